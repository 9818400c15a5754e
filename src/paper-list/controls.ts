/**
 * The controls bar of `<paper-list>` (search, filters, sort, affiliations, "Download .bib", the count) and the
 * filter options it offers, computed once per data.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { FILTER_KEYS } from './list-engine.js';
import type { PaperData } from './model.js';
import { distinct, fold, type Filters, type SortOrder } from './search.js';

export type FilterKey = (typeof FILTER_KEYS)[number];
export const SORTS: Record<SortOrder, string> = { given: 'Given order', title: 'Title', author: 'First author' };
/** Keyword filter: the most used keywords only (ICLR 2020 has over 2,000 distinct ones). */
const MAX_KEYWORDS = 300;
const LABELS: Record<FilterKey, string> = { type: 'Type', award: 'Award', session: 'Session', keyword: 'Keyword' };

export interface FilterOptions {
  options: Record<FilterKey, [string, string[]]>;
  affiliations: boolean;
}

/** Before all papers have arrived: no filter, since filters offer the values of all papers. */
export const NO_OPTIONS: FilterOptions = {
  options: { type: ['', []], award: ['', []], session: ['', []], keyword: ['', []] },
  affiliations: false,
};

/** The filter menus' options ("All …" first) and whether any author has an affiliation. */
export function filterOptions(all: PaperData[]): FilterOptions {
  return {
    options: {
      type: ['All types', distinct(all, (p) => p.type)],
      award: ['All papers', distinct(all, (p) => p.award)],
      session: ['All sessions', distinct(all, (p) => p.session)],
      keyword: ['All keywords', keywords(all)],
    },
    affiliations: all.some((p) => p.authors.some((a) => a.affiliations.length)),
  };
}

/** Keywords used by at least two papers, the most used ones, alphabetically. */
function keywords(all: PaperData[]): string[] {
  // Counted as the filter matches them ("Deep Learning" is "deep learning"), spelled as first seen.
  const counts = new Map<string, { keyword: string; n: number }>();
  for (const p of all)
    for (const k of p.keywords) {
      const key = fold(k);
      const c = counts.get(key);
      if (c) c.n++;
      else counts.set(key, { keyword: k, n: 1 });
    }
  const useful = [...counts.values()].filter(({ n }) => n > 1 || all.length < 20);
  return useful
    .sort((a, b) => b.n - a.n)
    .slice(0, MAX_KEYWORDS)
    .map(({ keyword }) => keyword)
    .sort((a, b) => a.localeCompare(b));
}

export interface ControlsState {
  total: number;
  count: number;
  partial?: boolean;
  filters: Filters;
  sort: SortOrder;
  showAffiliations: boolean;
  options: FilterOptions;
  /** The search landmark's name, unique on the page ("Search papers", "Search papers, Posters"). */
  searchLabel: string;
  onSearchInput(e: Event): void;
  onFilter(key: FilterKey, value: string): void;
  onSort(e: Event): void;
  onAffiliations(e: Event): void;
  onDownload(): void;
}

export function controlsTemplate(c: ControlsState): TemplateResult {
  const f = c.filters;
  const { options, affiliations } = c.options;
  return html`<div part="controls" role="search" aria-label=${c.searchLabel}>
    <label class="field search">
      <span>Search papers</span>
      <input
        part="search"
        type="search"
        .value=${f.q}
        placeholder="Title, author, abstract, keyword"
        autocomplete="off"
        @input=${c.onSearchInput}
      />
    </label>
    ${FILTER_KEYS.filter((k) => options[k][1].length > 0).map(
      (k) =>
        html`<label class="field">
          <span>${LABELS[k]}</span>
          <!-- .selected, not ?selected: the attribute stops selecting once the visitor has used the menu, and
               Back must show the filter it brings back. -->
          <select part="filter" name=${k} @change=${(e: Event) => c.onFilter(k, (e.target as HTMLSelectElement).value)}>
            <option value="" .selected=${live(!f[k])}>${options[k][0]}</option>
            ${options[k][1].map((v) => html`<option .value=${v} .selected=${live(f[k] === v)}>${v}</option>`)}
          </select>
        </label>`,
    )}
    <label class="field">
      <span>Sort by</span>
      <select part="sort" name="sort" @change=${c.onSort}>
        ${Object.entries(SORTS).map(
          ([v, label]) => html`<option value=${v} .selected=${live(c.sort === v)}>${label}</option>`,
        )}
      </select>
    </label>
    ${
      affiliations
        ? html`<label class="check">
            <input type="checkbox" .checked=${c.showAffiliations} @change=${c.onAffiliations} />
            Show affiliations
          </label>`
        : nothing
    }
    <button part="download" type="button" ?disabled=${c.count === 0} @click=${c.onDownload}>Download .bib</button>
    <p part="status" role="status">
      ${
        c.partial
          ? 'Loading papers…'
          : c.count === c.total
            ? `${num(c.total)} papers`
            : `${num(c.count)} of ${num(c.total)} papers`
      }
    </p>
  </div>`;
}

// The texts are English, so are the digit groups: "1,234 of 5,000 papers".
const num = (n: number) => n.toLocaleString('en');
