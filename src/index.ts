/**
 * workshop-elements: importing this module defines all five elements (in a browser; on a server it defines
 * nothing) and exports their classes, event classes and data types. Import one element alone with
 * `workshop-elements/paper-list.js` etc. A language other than English: `workshop-elements/translations/de.js`.
 */
export { WorkshopSchedule } from './workshop-schedule/workshop-schedule.js';
export type * from './workshop-schedule/types.js';
export { SpeakerCard } from './speaker-card/speaker-card.js';
export type * from './speaker-card/types.js';
export { PaperList } from './paper-list/paper-list.js';
export type * from './paper-list/types.js';
export { SponsorStrip } from './sponsor-strip/sponsor-strip.js';
export type * from './sponsor-strip/types.js';
export { ImportantDates } from './important-dates/important-dates.js';
export type * from './important-dates/types.js';
export * from './events/index.js';
export * from './localize.js';
