'use client';
// A client module for React Server Components (Next.js App Router): `@lit/react` uses hooks, so a server
// component renders these wrappers as client components instead of calling them on the server.

/**
 * workshop-elements/react: the five elements as React components (made with `@lit/react`), with typed props for
 * their properties and `onWe…` props for their events. Importing this entry defines all five elements in the
 * browser; `workshop-elements/react/paper-list.js` etc. bring one element alone.
 */
export { WorkshopSchedule } from './workshop-schedule.js';
export { SpeakerCard } from './speaker-card.js';
export { PaperList } from './paper-list.js';
export { SponsorStrip } from './sponsor-strip.js';
export { ImportantDates } from './important-dates.js';
