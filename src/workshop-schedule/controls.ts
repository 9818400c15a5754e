/** The search box, the track and room filters and the status line of the schedule's bar: templates of its state. */
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
  const select = (label: string, value: string, options: string[], set: (v: string) => void) =>
    options.length > 1
      ? html`<label
          >${label}
          <select part="filter" .value=${value} @change=${(e: Event) => set((e.target as HTMLSelectElement).value)}>
            <option value="">All</option>
            ${options.map((o) => html`<option value=${o} ?selected=${o === value}>${o}</option>`)}
          </select></label
        >`
      : nothing;
  return html`<div part="search-bar" class="filters" role="search" aria-label=${view.landmark('Search the program')}>
    <label
      >Search
      <input
        part="search"
        type="search"
        .value=${state.query}
        placeholder="Title, speaker, abstract…"
        @input=${(e: Event) => set('query', (e.target as HTMLInputElement).value)}
    /></label>
    ${select('Track', state.track, program.tracks, (v) => set('track', v))}
    ${select('Room', state.room, program.rooms, (v) => set('room', v))}
  </div>`;
}

/** The live status line: how many sessions the search and filters show, or why "My program" is empty. */
export function statusTemplate(view: ScheduleView, myProgram: boolean, starred: number): TemplateResult {
  const filtered = view.visible.size !== view.total;
  return html`<p part="status" role="status" class=${view.filterable || myProgram ? 'status' : 'visually-hidden'}>
    ${
      myProgram && !starred
        ? 'No sessions in my program yet: star a session (☆) to add it.'
        : filtered || view.filterable
          ? `${view.visible.size} of ${view.total} sessions shown.`
          : ''
    }
  </p>`;
}
