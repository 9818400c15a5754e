/** The English terms of `<workshop-schedule>` (see `internal/localize.ts`; every language has them all). */
import type { TermArgs } from '../internal/localize.js';
import { COMMON_TERMS } from '../internal/terms.js';

export const SCHEDULE_TERMS = {
  ...COMMON_TERMS,
  loadingProgram: 'Loading the program…',
  noProgram: 'No program yet.',
  noSessions: 'No sessions in the program yet.',
  sessionsSkipped: {
    one: '{n} session could not be shown — details in the browser console',
    other: '{n} sessions could not be shown — details in the browser console',
  },
  timesAsWritten: '<{tag}>: times are shown as written, without time-zone conversion or calendar export.',
  showMyTimeZone: 'Show times in my time zone ({zone})',
  myProgramCount: 'My program ({n})',
  downloadProgram: 'Download the program (.ics)',
  downloadMyProgram: 'Download my program (.ics)',
  shareMyProgram: 'Link to share my program',
  jumpToNow: 'Jump to now',
  programDays: 'Days of the program',
  myProgramEmpty: 'No sessions in my program yet: star a session (☆) to add it.',
  sessionsShown: { one: '{shown} of {n} session shown.', other: '{shown} of {n} sessions shown.' },
  searchProgram: 'Search the program',
  search: 'Search',
  searchProgramPlaceholder: 'Title, speaker, abstract…',
  track: 'Track',
  room: 'Room',
  all: 'All',
  liveNow: 'Live now',
  tba: 'TBA',
  starSession: 'My program: {title}',
  myProgram: 'My program',
  typeTalk: 'Talk',
  typeKeynote: 'Invited talk',
  typeSpotlights: 'Spotlights',
  typePoster: 'Posters',
  typePanel: 'Panel',
  typeBreak: 'Break',
  typeRemarks: 'Remarks',
  typeOther: 'Session',
};

/** A schedule term in the page's language (the element's `Localize.term`). */
export type ScheduleTerm = (key: keyof typeof SCHEDULE_TERMS, args?: TermArgs) => string;
