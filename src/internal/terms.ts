/** The English terms more than one element uses (see `localize.ts`; every language has them all). */
export const COMMON_TERMS = {
  couldNotShow: '<{tag}> could not show its data.',
  addToCalendar: 'Add to calendar',
  /** The accessible name of a control about one thing: "Add to calendar: Paper submission". */
  actionFor: '{action}: {what}',
  abstract: 'Abstract',
  dayShift: { one: '{sign}{n} day', other: '{sign}{n} days' },
};
