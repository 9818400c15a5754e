/** Shared by the <important-dates> element tests: mounting and shadow-DOM queries. */
import { fixture, html } from '@open-wc/testing';
import '../../src/important-dates/important-dates.js';
import type { ImportantDates } from '../../src/important-dates/important-dates.js';
import type { ImportantDate } from '../../src/important-dates/types.js';

/** The demo's dates: the seed page's table, in 2019. */
export const SEED = '/demo/data/dates.json';

/** AoE deadlines around the example, and an event in Vancouver. */
export const AOE_DATES: ImportantDate[] = [
  { id: 'abstract', label: 'Abstract submission', date: '2019-09-06', time: '23:59' },
  { id: 'paper', label: 'Paper submission', date: '2019-09-13', time: '23:59', extended_from: '2019-09-09' },
  { id: 'decisions', label: 'Notification', date: '2019-10-01', kind: 'notification' },
  { id: 'workshop', label: 'Workshop', date: '2019-12-13', timezone: 'America/Vancouver', kind: 'event' },
];

export interface MountOptions {
  dates?: ImportantDate[];
  src?: string;
  timezone?: string;
  viewer?: string;
  now?: string;
  layout?: string;
  eventDate?: string;
  headingLevel?: number;
}

export async function mount(o: MountOptions = {}): Promise<ImportantDates> {
  const el = await fixture<ImportantDates>(
    html`<important-dates
      .dates=${o.src ? undefined : (o.dates ?? AOE_DATES)}
      src=${o.src ?? ''}
      timezone=${o.timezone ?? 'AoE'}
      viewer-timezone=${o.viewer ?? ''}
      now=${o.now ?? ''}
      layout=${o.layout ?? 'table'}
      event-date=${o.eventDate ?? ''}
      heading-level=${o.headingLevel ?? 3}
    ></important-dates>`,
  );
  await el.dataComplete;
  return el;
}

/** Text with every kind of space as one plain space. */
export const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
export const $ = <T extends Element = HTMLElement>(el: Element, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
export const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];
/** The row or item of the date with `id`. */
export const row = (el: Element, id: string) => el.shadowRoot!.getElementById(id)!;
