/** The English terms more than one element uses (see `localize.ts`; every language has them all). */
export const COMMON_TERMS = {
  couldNotShow: '<{tag}> could not show its data.',
  addToCalendar: 'Add to calendar',
  abstract: 'Abstract',
  dayShift: { one: '{sign}{n} day', other: '{sign}{n} days' },
};
