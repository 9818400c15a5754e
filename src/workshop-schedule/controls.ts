/** The search box and the track and room filters of the schedule's bar: a template of the element's state. */
import { html, nothing, type TemplateResult } from 'lit';
import type { ScheduleView } from './day-templates.js';
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

/** What the status line says: how many sessions search and filters show, or how to fill an empty "My program". */
export function statusText(view: ScheduleView, myProgram: boolean, starred: number): string {
  if (myProgram && !starred) return view.t('myProgramEmpty');
  const filtered = view.visible.size !== view.total;
  return filtered || view.filterable ? view.t('sessionsShown', { shown: view.visible.size, n: view.total }) : '';
}
