/** The schedule's bar: the search box, the track and room filters, the day links and the status line, templates of its state. */
import { html, nothing, type TemplateResult } from 'lit';
import type { ScheduleView } from './day-templates.js';
import { formatDay } from '../internal/format.js';
import { fragmentHref } from '../internal/page.js';
import type { Program } from './program.js';

/** What the search box and the filters hold. */
export interface FilterValues {
  query: string;
  track: string;
  room: string;
}

export function filtersTemplate(
  program: Program,
  view: ScheduleView,
  state: FilterValues,
  set: (key: keyof FilterValues, value: string) => void,
): TemplateResult {
  const t = view.t;
  const select = (label: string, value: string, options: string[], set: (v: string) => void) =>
    options.length > 1
      ? html`<label
          >${label}
          <select part="filter" .value=${value} @change=${(e: Event) => set((e.target as HTMLSelectElement).value)}>
            <option value="">${t('all')}</option>
            ${options.map((o) => html`<option value=${o} ?selected=${o === value}>${o}</option>`)}
          </select></label
        >`
      : nothing;
  return html`<div part="search-bar" class="filters" role="search" aria-label=${view.landmark(t('searchProgram'))}>
    <label
      >${t('search')}
      <input
        part="search"
        type="search"
        .value=${state.query}
        placeholder=${t('searchProgramPlaceholder')}
        @input=${(e: Event) => set('query', (e.target as HTMLInputElement).value)}
    /></label>
    ${select(t('track'), state.track, program.tracks, (v) => set('track', v))}
    ${select(t('room'), state.room, program.rooms, (v) => set('room', v))}
  </div>`;
}

/** The live status line: how many sessions the search and filters show, or why "My program" is empty. */
export function statusTemplate(view: ScheduleView, myProgram: boolean, starred: number): TemplateResult {
  const filtered = view.visible.size !== view.total;
  return html`<p part="status" role="status" class=${view.filterable || myProgram ? 'status' : 'visually-hidden'}>
    ${
      myProgram && !starred
        ? view.t('myProgramEmpty')
        : filtered || view.filterable
          ? view.t('sessionsShown', { shown: view.visible.size, n: view.total })
          : ''
    }
  </p>`;
}

/** The "jump to day" links of a program of several days. */
export function dayNavTemplate(program: Program, view: ScheduleView, jumpTo: (e: Event) => void) {
  if (program.days.length < 2) return nothing;
  return html`<nav part="nav" aria-label=${view.landmark(view.t('programDays'))}>
    <ul>
      ${program.days.map(
        (d) =>
          html`<li>
            <a href=${fragmentHref(`day-${d.key}`)} @click=${jumpTo}>${formatDay(d.key, view.lang, true)}</a>
          </li>`,
      )}
    </ul>
  </nav>`;
}

/** "Jump to now", while a session runs (or is next). */
export function jumpNowTemplate(view: ScheduleView, jumpTo: (e: Event) => void) {
  return view.nowTarget
    ? html`<a part="jump-now" href=${fragmentHref(view.nowTarget.id)} @click=${jumpTo}>${view.t('jumpToNow')}</a>`
    : nothing;
}

/**
 * A click on a link to an id in the schedule: reveals it again when the page's hash already names it (the browser
 * would not scroll). The link's `hash`, not its `href`: under a `<base href>` the link is written in full.
 */
export function revealIfCurrent(e: Event, reveal: () => void): void {
  if ((e.currentTarget as HTMLAnchorElement).hash === location.hash) {
    e.preventDefault();
    reveal();
  }
}
