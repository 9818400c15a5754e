/**
 * The controls bar of `<paper-list>` (search, filters, sort, affiliations, "Download .bib", the count) and the
 * filter options it offers, computed once per data.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { FILTER_KEYS } from './list-engine.js';
import type { PaperData } from './model.js';
import { distinct, fold, type Filters, type SortOrder } from './search.js';
import type { PAPER_TERMS, PaperTerm } from './terms.js';

type Term = keyof typeof PAPER_TERMS;
export type FilterKey = (typeof FILTER_KEYS)[number];
/** The sort orders, with the terms that name them. */
export const SORTS: Record<SortOrder, Term> = { given: 'sortGiven', title: 'sortTitle', author: 'sortAuthor' };
export const SORT_ORDERS = Object.keys(SORTS) as SortOrder[];
/** `sort` as written, in any case; another value reads as "given" (and is warned about). */
export function readSort(sort: string | null | undefined): SortOrder {
  const v = sort?.toLowerCase() as SortOrder | undefined;
  return v && SORT_ORDERS.includes(v) ? v : 'given';
}

/** `group-by` as written, in any case; another value reads as none (and is warned about). */
export function readGrouping(groupBy: string | null | undefined): 'session' | 'type' | undefined {
  const v = groupBy?.toLowerCase();
  return v === 'session' || v === 'type' ? v : undefined;
}

/** Keyword filter: the most used keywords only (ICLR 2020 has over 2,000 distinct ones). */
const MAX_KEYWORDS = 300;
const LABELS: Record<FilterKey, Term> = {
  type: 'filterType',
  award: 'filterAward',
  session: 'filterSession',
  keyword: 'filterKeyword',
};

export interface FilterOptions {
  /** Per filter: the term of its "All …" option, and the values. */
  options: Record<FilterKey, [Term, string[]]>;
  affiliations: boolean;
}

/** Before all papers have arrived: no filter, since filters offer the values of all papers. */
export const NO_OPTIONS: FilterOptions = {
  options: {
    type: ['allTypes', []],
    award: ['allAwards', []],
    session: ['allSessions', []],
    keyword: ['allKeywords', []],
  },
  affiliations: false,
};

/** The filter menus' options ("All …" first) and whether any author has an affiliation. */
export function filterOptions(all: PaperData[]): FilterOptions {
  return {
    options: {
      type: ['allTypes', distinct(all, (p) => p.type)],
      award: ['allAwards', distinct(all, (p) => p.award)],
      session: ['allSessions', distinct(all, (p) => p.session)],
      keyword: ['allKeywords', keywords(all)],
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
  /** The list's terms in the page's language. */
  t: PaperTerm;
  onSearchInput(e: Event): void;
  onFilter(key: FilterKey, value: string): void;
  onSort(e: Event): void;
  onAffiliations(e: Event): void;
  onDownload(): void;
}

export function controlsTemplate(c: ControlsState): TemplateResult {
  const { filters: f, t } = c;
  const { options, affiliations } = c.options;
  return html`<div part="controls" role="search" aria-label=${c.searchLabel}>
    <label class="field search">
      <span>${t('searchPapers')}</span>
      <input
        part="search"
        type="search"
        .value=${f.q}
        placeholder=${t('searchPapersPlaceholder')}
        autocomplete="off"
        @input=${c.onSearchInput}
      />
    </label>
    ${FILTER_KEYS.filter((k) => options[k][1].length > 0).map(
      (k) =>
        html`<label class="field">
          <span>${t(LABELS[k])}</span>
          <!-- .selected, not ?selected: the attribute stops selecting once the visitor has used the menu, and
               Back must show the filter it brings back. -->
          <select part="filter" name=${k} @change=${(e: Event) => c.onFilter(k, (e.target as HTMLSelectElement).value)}>
            <option value="" .selected=${live(!f[k])}>${t(options[k][0])}</option>
            ${options[k][1].map((v) => html`<option .value=${v} .selected=${live(f[k] === v)}>${v}</option>`)}
          </select>
        </label>`,
    )}
    <label class="field">
      <span>${t('sortBy')}</span>
      <select part="sort" name="sort" @change=${c.onSort}>
        ${Object.entries(SORTS).map(
          ([v, label]) => html`<option value=${v} .selected=${live(c.sort === v)}>${t(label)}</option>`,
        )}
      </select>
    </label>
    ${
      affiliations
        ? html`<label class="check">
            <input type="checkbox" .checked=${c.showAffiliations} @change=${c.onAffiliations} />
            ${t('showAffiliations')}
          </label>`
        : nothing
    }
    <button part="download" type="button" ?disabled=${c.count === 0} @click=${c.onDownload}>${t('downloadBib')}</button>
    <p part="status" role="status">
      ${
        c.partial
          ? t('loadingPapers')
          : c.count === c.total
            ? t('papersCount', { n: c.total })
            : t('papersShown', { shown: c.count, n: c.total })
      }
    </p>
  </div>`;
}
