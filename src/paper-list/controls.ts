/**
 * The controls bar of `<paper-list>` (search, filters, sort, affiliations, "Download .bib", the count). The filter
 * options it offers come from filter-options.ts.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { FILTER_KEYS } from './list-engine.js';
import type { FilterOptions } from './filter-options.js';
import { fold, type Filters, type SortOrder } from './search.js';
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

const LABELS: Record<FilterKey, Term> = {
  type: 'filterType',
  award: 'filterAward',
  session: 'filterSession',
  keyword: 'filterKeyword',
};

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
    ${repeat(
      // Keyed: a filter that appears while papers load is inserted, and the menus already shown (one of them
      // focused, or open) stay the same elements; so do their options as new ones are added.
      FILTER_KEYS.filter((k) => options[k][1].length > 0),
      (k) => k,
      (k) => {
        // Selected as the filter matches: "ORAL" from a shared URL is the option "oral".
        const current = fold(f[k]);
        return html`<label class="field">
          <span>${t(LABELS[k])}</span>
          <!-- .selected, not ?selected: the attribute stops selecting once the visitor has used the menu, and
               Back must show the filter it brings back. -->
          <select part="filter" name=${k} @change=${(e: Event) => c.onFilter(k, (e.target as HTMLSelectElement).value)}>
            <option value="" .selected=${live(!f[k])}>${t(options[k][0])}</option>
            ${repeat(
              options[k][1],
              (v) => v,
              (v) => html`<option .value=${v} .selected=${live(current !== '' && fold(v) === current)}>${v}</option>`,
            )}
          </select>
        </label>`;
      },
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
    <!-- Shown at once; read from the status region once typing pauses (internal/settled-status.ts). -->
    <p part="status" aria-hidden="true">
      ${
        c.partial
          ? t('loadingPapers')
          : c.count === c.total
            ? t('papersCount', { n: c.total })
            : t('papersShown', { shown: c.count, n: c.total })
      }
    </p>
    <p role="status" class="visually-hidden" data-status-region></p>
  </div>`;
}
