/** The English terms of `<important-dates>` (see `internal/localize.ts`; every language has them all). */
import type { TermArgs } from '../internal/localize.js';
import { COMMON_TERMS } from '../internal/terms.js';

export const DATES_TERMS = {
  couldNotShow: COMMON_TERMS.couldNotShow,
  addToCalendar: COMMON_TERMS.addToCalendar,
  actionFor: COMMON_TERMS.actionFor,
  dayShift: COMMON_TERMS.dayShift,
  loadingDates: 'Loading the dates…',
  noDates: 'No dates yet.',
  zoneNotRead: '<{tag}>: dates without a time zone of their own are shown in yours.',
  datesSkipped: {
    one: "{n} date is not shown: {which} could not be read (the browser's console says why).",
    other: "{n} dates are not shown: {which} could not be read (the browser's console says why).",
  },
  importantDates: 'Important dates',
  columnWhat: 'What',
  columnWhen: 'When',
  columnYourTime: 'Your time',
  columnCalendar: 'Calendar',
  addAllDates: 'Add all dates to my calendar (.ics)',
  past: 'Past',
  today: 'Today',
  originally: 'Originally',
  extendedTo: 'extended to',
  sameInYourZone: 'Same in your time zone',
  yourTime: 'Your time:',
  localAt: '{time} in {place}',
  localUntil: 'until {time} in {place}',
  localRange: '{start} – {end} in {place}',
  leftUnderMinute: 'less than a minute left',
  leftDays: { one: '{n} day left', other: '{n} days left' },
  leftDaysHours: { one: '{n} day {h} h left', other: '{n} days {h} h left' },
  leftHours: '{h} h left',
  leftHoursMinutes: '{h} h {m} min left',
  leftMinutes: '{m} min left',
};

/** A term of `<important-dates>` in the page's language (the element's `Localize.term`). */
export type DatesTerm = (key: keyof typeof DATES_TERMS, args?: TermArgs) => string;
