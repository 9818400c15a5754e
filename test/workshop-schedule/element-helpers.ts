/** Shared by the <workshop-schedule> element tests: demo data, mounting, shadow-DOM queries. */
import { fixtureSync, html, oneEvent } from '@open-wc/testing';
import '../../src/workshop-schedule/workshop-schedule.js';
import type { WeCalendarDownloadDetail } from '../../src/events/calendar-download.js';
import type { WorkshopSchedule } from '../../src/workshop-schedule/workshop-schedule.js';
import type { ScheduleItem } from '../../src/workshop-schedule/types.js';

export const SEED = '/demo/data/schedule.json';
export const CONFERENCE = '/demo/data/conference.json';
export let seedItems: ScheduleItem[];
export let conferenceItems: ScheduleItem[];
/** The first day of the conference: 63 sessions in 6 rooms. */
export let dayOne: ScheduleItem[];
/** A small parallel program (the first day's plenary and two talks per room), for axe, which is slow on big trees. */
export let parallelSample: ScheduleItem[];
/** All five days, each with its plenary and two talks per room: multi-day behaviour without the weight of 300 talks. */
export let fiveDaySample: ScheduleItem[];

/** Loads the demo data once per test file. */
export async function loadData() {
  seedItems ??= await (await fetch(SEED)).json();
  conferenceItems ??= await (await fetch(CONFERENCE)).json();
  dayOne ??= conferenceItems.slice(
    0,
    conferenceItems.findIndex((i) => 'section' in i && i.section.startsWith('Day 2')),
  );
  parallelSample ??= sample(dayOne);
  fiveDaySample ??= sample(conferenceItems);
}

function sample(items: ScheduleItem[]): ScheduleItem[] {
  const perRoom = new Map<string, number>();
  const kept = items.filter((i) => {
    if ('section' in i || !('start' in i)) return true;
    if (!i.room) return String(i.start).slice(11) < '12:00'; // the keynote and the coffee break
    const key = `${String(i.start).slice(0, 10)} ${i.room}`;
    perRoom.set(key, (perRoom.get(key) ?? 0) + 1);
    return perRoom.get(key)! <= 2;
  });
  // A heading whose sessions were all left out would be named in a warning (it has nothing to stand above).
  return kept.filter((i, n) => {
    if (!('section' in i)) return true;
    const next = kept.slice(n + 1).find((j) => 'section' in j || 'start' in j);
    return next !== undefined && !('section' in next);
  });
}

/** Forgets stored favourites and choices, and the page fragment. */
export const clean = () => {
  for (const key of Object.keys(localStorage)) if (key.startsWith('workshop-schedule:')) localStorage.removeItem(key);
  if (location.hash) history.replaceState(null, '', location.pathname + location.search);
};

/** Text with every kind of space (Intl puts U+202F before AM/PM) as one plain space. */
export const text = (node: Element | ShadowRoot | null | undefined) =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
export const $ = <T extends Element = HTMLElement>(el: Element, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
export const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];
export const session = (el: Element, id: string) => el.shadowRoot!.getElementById(id)!;
export const visibleSessions = (el: Element) => $$(el, 'li[part~="session"]').filter((li) => !li.hidden);

export interface Options {
  items?: ScheduleItem[];
  timezone?: string;
  date?: string;
  now?: string;
  viewer?: string;
  width?: string;
  filterable?: boolean;
  id?: string;
}

export async function mount(o: Options = {}): Promise<WorkshopSchedule> {
  const wrapper = fixtureSync<HTMLDivElement>(
    html`<div lang="en-US" style=${`width:${o.width ?? '700px'}`}>
      <workshop-schedule
        id=${o.id ?? 'schedule'}
        .items=${o.items ?? seedItems}
        timezone=${o.timezone ?? 'America/Vancouver'}
        date=${o.date ?? '2019-12-13'}
        now=${o.now ?? ''}
        viewer-timezone=${o.viewer ?? 'America/Vancouver'}
        ?filterable=${o.filterable ?? false}
      ></workshop-schedule>
    </div>`,
  );
  const el = wrapper.querySelector('workshop-schedule')!;
  // A long program renders day by day: every day is in once its data is complete.
  await el.dataComplete;
  return el;
}

/** Clicks a button and returns the .ics file the element offers (the event's `detail`), without downloading it. */
export async function download(el: WorkshopSchedule, button: HTMLElement): Promise<WeCalendarDownloadDetail> {
  const listener = oneEvent(el, 'we-calendar-download');
  el.addEventListener('we-calendar-download', (e) => e.preventDefault(), { once: true });
  button.click();
  return (await listener).detail;
}
