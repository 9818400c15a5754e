/**
 * workshop-elements/react: the four elements as React components (made with `@lit/react`), with typed props for
 * their properties and `onWe…` props for their events. Importing this entry defines all four elements in the
 * browser; `workshop-elements/react/paper-list.js` etc. bring one element alone.
 */
export { WorkshopSchedule } from './workshop-schedule.js';
export { SpeakerCard } from './speaker-card.js';
export { PaperList } from './paper-list.js';
export { SponsorStrip } from './sponsor-strip.js';
