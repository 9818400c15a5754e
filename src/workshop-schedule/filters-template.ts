/** The schedule's search bar: the search box and the track and room filters (a search landmark). */
import { html, nothing, type TemplateResult } from 'lit';
import type { ScheduleView } from './day-templates.js';
import type { Program } from './program.js';

/** The visitor's search and filters, and how to change them. */
export interface FilterValues {
  get(): { query: string; track: string; room: string };
  query(v: string): void;
  track(v: string): void;
  room(v: string): void;
}

export function filtersTemplate(program: Program, view: ScheduleView, values: FilterValues): TemplateResult {
  const t = view.t;
  const { query, track, room } = values.get();
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
        .value=${query}
        placeholder=${t('searchProgramPlaceholder')}
        @input=${(e: Event) => values.query((e.target as HTMLInputElement).value)}
    /></label>
    ${select(t('track'), track, program.tracks, values.track)} ${select(t('room'), room, program.rooms, values.room)}
  </div>`;
}
