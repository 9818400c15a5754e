/**
 * The schedule's bar: the time-zone and "My program" buttons, downloads, the search box, the track and room filters,
 * the day links and the status line, templates of its state.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { SETTING_ERROR_ID, type ScheduleView } from './day-templates.js';
import { attendToggle } from './live-templates.js';
import { formatDay } from '../internal/format.js';
import { fragmentHref } from '../internal/page.js';
import type { Program } from './program.js';

/** What the bar shows that the view does not hold. */
export interface ControlsState {
  myProgram: boolean;
  /** Starred sessions of the program. */
  count: number;
  /** The link that opens the same "My program" elsewhere, when there is one to share. */
  shareUrl?: string;
  filters: FilterValues;
  /** Every day of the program (`YYYY-MM-DD`), for the day links. */
  days: string[];
}

/** What the bar's controls do. */
export interface ControlsActions {
  toggleLocalTime(): void;
  setOnline(online: boolean): void;
  toggleMyProgram(): void;
  download(): void;
  setFilter(key: keyof FilterValues, value: string): void;
  /** A link to an id in the element (see its `jumpTo`). */
  jumpTo(e: Event): void;
}

export function controlsTemplate(
  program: Program,
  view: ScheduleView,
  state: ControlsState,
  actions: ControlsActions,
): TemplateResult {
  const { myProgram, count } = state;
  return html`<div part="controls" class="controls">
    <div class="toolbar">
      ${
        view.viewer !== view.zone || view.asWritten
          ? html`<button
              type="button"
              part="zone-toggle"
              aria-pressed=${view.localTime ? 'true' : 'false'}
              ?disabled=${view.asWritten}
              aria-describedby=${view.asWritten ? SETTING_ERROR_ID : nothing}
              @click=${actions.toggleLocalTime}
            >
              ${view.t('showMyTimeZone', { zone: view.viewer })}
            </button>`
          : nothing
      }
      ${attendToggle(view, actions.setOnline)}
      <button
        type="button"
        part="favorites-toggle"
        aria-pressed=${myProgram ? 'true' : 'false'}
        @click=${actions.toggleMyProgram}
      >
        <span aria-hidden="true">★</span> ${view.t('myProgramCount', { n: count })}
      </button>
      <button
        type="button"
        part="download"
        ?disabled=${view.asWritten}
        aria-describedby=${view.asWritten ? SETTING_ERROR_ID : nothing}
        @click=${actions.download}
      >
        ${view.t(myProgram ? 'downloadMyProgram' : 'downloadProgram')}
      </button>
      ${
        myProgram && count && state.shareUrl
          ? html`<a part="share" href=${state.shareUrl}>${view.t('shareMyProgram')}</a>`
          : nothing
      }
      ${
        view.nowTarget
          ? html`<a part="jump-now" href=${fragmentHref(view.nowTarget.id)} @click=${actions.jumpTo}
              >${view.t('jumpToNow')}</a
            >`
          : nothing
      }
    </div>
    ${view.filterable ? filtersTemplate(program, view, state.filters, actions.setFilter) : nothing}
    ${dayNavTemplate(state.days, view, actions.jumpTo)} ${statusTemplate(view, myProgram, count)}
  </div>`;
}

/** What the search box and the filters hold. */
export interface FilterValues {
  query: string;
  track: string;
  room: string;
}

function filtersTemplate(
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

/** The status line: how many sessions the search and filters show, or why "My program" is empty. */
function statusTemplate(view: ScheduleView, myProgram: boolean, starred: number): TemplateResult {
  // While only the first day is read, nothing is filtered (a search or filter reads the rest first): all are shown.
  const shown = view.complete ? view.visible.size : view.total;
  const filtered = shown !== view.total;
  // Shown at once; read from the status region once typing pauses (internal/settled-status.ts).
  return html`<p part="status" aria-hidden="true" class=${view.filterable || myProgram ? 'status' : 'visually-hidden'}>
      ${
        myProgram && !starred
          ? view.t('myProgramEmpty')
          : filtered || view.filterable
            ? view.t('sessionsShown', { shown, n: view.total })
            : ''
      }
    </p>
    <p role="status" class="visually-hidden" data-status-region></p>`;
}

/** The "jump to day" links of a program of several days. */
function dayNavTemplate(days: string[], view: ScheduleView, jumpTo: (e: Event) => void) {
  if (days.length < 2) return nothing;
  return html`<nav part="nav" aria-label=${view.landmark(view.t('programDays'))}>
    <ul>
      ${days.map(
        (d) => html`<li><a href=${fragmentHref(`day-${d}`)} @click=${jumpTo}>${formatDay(d, view.lang, true)}</a></li>`,
      )}
    </ul>
  </nav>`;
}

/** A link to an id in the element whose target the page's hash already names: reveal it again (no hashchange). */
export function revealIfCurrent(e: Event, reveal: () => void): void {
  if ((e.currentTarget as HTMLAnchorElement).hash === location.hash) {
    e.preventDefault();
    reveal();
  }
}
