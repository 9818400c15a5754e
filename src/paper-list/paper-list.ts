import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import { DataController, jsonConverter } from '../internal/data.js';
import { FragmentController } from '../internal/fragment.js';
import { link, renderState } from '../internal/render.js';
import { bibtexEntry, bibtexFile, toAscii } from './bibtex.js';
import { styles } from './paper-list.styles.js';
import { distinct, groupBy, haystack, highlight, queryTerms, select, type Filters, type SortOrder } from './search.js';
import type { Paper } from './types.js';
import { LINKS, validatePapers, type AuthorData, type PaperData } from './validate.js';

type Row = PaperData | { group: string; count: number };

const NO_FILTERS: Filters = { q: '', type: '', award: '', session: '', keyword: '' };
const FILTER_KEYS = ['type', 'award', 'session', 'keyword'] as const;
const SORTS: Record<SortOrder, string> = { given: 'Given order', title: 'Title', author: 'First author' };
/** Rows per rendered chunk; each chunk re-renders only when its papers, the search or one of its papers change. */
const CHUNK = 20;
/** Rows rendered at once when the list (or a search result) first shows: more than a screenful. */
const FIRST = 2 * CHUNK;
/** Work per task while rendering progressively: below the 50 ms that counts as a long task. */
const BUDGET_MS = 40;
/** Keyword filter: the most used keywords only (ICLR 2020 has over 2,000 distinct ones). */
const MAX_KEYWORDS = 300;

/**
 * Accepted papers: title, authors, badges, links, abstract and BibTeX for each; search, filters, sorting and
 * grouping; `#id` deep links. Renders the first screen at once and the rest progressively, so 5,000 papers
 * stay responsive while all of them end up in the DOM (find-in-page and printing work).
 *
 * @summary A searchable, citable list of accepted papers fed by JSON.
 *
 * @csspart controls - The search box, filters, sort and download bar.
 * @csspart search - The search input.
 * @csspart filter - Each filter and sort `<select>`.
 * @csspart status - The "12 of 687 papers" count (a `role="status"` region).
 * @csspart download - The "Download .bib" button.
 * @csspart list - The container of all papers.
 * @csspart group-heading - A heading of `group-by` groups.
 * @csspart paper - One paper (an `<article>` with `id` = the paper's id).
 * @csspart title - A paper's title.
 * @csspart badge - Any badge; also `badge award`, `badge oral`, `badge spotlight`.
 * @csspart authors - The author line.
 * @csspart affiliation - An author's affiliation (shown with "Show affiliations").
 * @csspart links - The row of labelled links.
 * @csspart abstract - The collapsed abstract (`<details>`).
 * @csspart bibtex-button - The "BibTeX" button that copies the entry.
 * @csspart bibtex - The BibTeX entry, shown selectable when the clipboard is refused.
 * @csspart mark - A search match (`<mark>`).
 * @csspart no-results - The message when search and filters leave no paper.
 * @csspart error - The error message shown when the data cannot be used.
 * @csspart loading - The loading message while `src` loads.
 * @csspart empty - The message shown when there are no papers.
 *
 * @cssproperty [--we-paper-gap=1em] - Space between papers.
 * @cssproperty [--we-paper-size=9em] - Estimated height of an off-screen paper (for `content-visibility`).
 * @cssproperty [--we-badge-color=var(--we-accent-color)] - Background of badges.
 * @cssproperty [--we-award-color=#8a5a00] - Background of award badges (white text on it).
 * @cssproperty [--we-mark-color=#fde68a] - Background of search matches (dark text on it).
 * @cssproperty [--we-link-color=#0b57d0] - Links (shared by all elements).
 * @cssproperty [--we-accent-color=#0b57d0] - Accent, focus highlight of a `#id` target (shared).
 * @cssproperty [--we-muted-color] - Authors, counts and secondary text (shared).
 * @cssproperty [--we-border-color] - Separators and inputs (shared).
 * @cssproperty [--we-surface-color] - Background of the controls and BibTeX (shared).
 * @cssproperty [--we-radius=8px] - Corner radius (shared).
 *
 * @fires load - When data from `src` has loaded.
 * @fires error - When the data cannot be used (malformed JSON, failed `src`, wrong shape).
 * @fires fragment-target - When a `#id` in the page URL scrolled to a paper; `detail.id` is the id.
 */
export class PaperList extends LitElement {
  static override styles = styles;

  /** The papers: a JSON attribute or the property. Wins over `src` and a JSON script child. */
  @property({ converter: jsonConverter('papers') }) papers?: Paper[];

  /** URL of a JSON file with the papers, relative to the page. */
  @property() src?: string;

  /** The venue, for generated BibTeX (`booktitle`), e.g. "SMMaL Workshop at NeurIPS 2019". */
  @property() venue?: string;

  /** The year, for generated BibTeX (`year`) and keys. */
  @property() year?: string;

  /** Renders headed groups by `session` or `type`. */
  @property({ attribute: 'group-by' }) groupBy?: 'session' | 'type';

  /** Initial order: `given` (the data's order), `title` or `author` (first author's family name). */
  @property() sort: SortOrder = 'given';

  /** Heading level of paper titles (2–6); group headings are one level above. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 3;

  /** Mirrors search, filters and sort in the page URL (`?q=…&type=…`) so a view can be shared; off by default. */
  @property({ attribute: 'sync-url', type: Boolean }) syncUrl = false;

  @state() private filters: Filters = NO_FILTERS;
  @state() private order?: SortOrder;
  @state() private showAffiliations = false;
  @state() private message = '';
  /** A search is typed but not applied yet: the list is busy. */
  @state() private searching = false;

  private data = new DataController(this, {
    tag: 'paper-list',
    name: 'papers',
    value: () => this.papers,
    src: () => this.src,
    validate: validatePapers,
  });

  private view?: { key: unknown[]; all: PaperData[]; rows: Row[]; shown: PaperData[] };
  private shownCount = 0;
  private step = 2;
  private pendingChunk?: number;
  private chunkVersions = new Map<number, number>();
  private hays: string[] = [];
  private haysFor?: PaperData[];
  private bibOpen = new Set<string>();
  private copied?: string;
  private searchTask?: number;
  private indexing = false;
  private searchQuery = '';
  private renderStart = 0;

  constructor() {
    super();
    // Deep links: a paper not rendered yet is rendered first, then revealed.
    new FragmentController(this, (id) => this.paperElement(id));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.syncUrl) this.readUrl();
    window.addEventListener('popstate', this.onPopState);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.onPopState);
    this.pendingChunk = undefined;
  }

  /** The .bib file of the papers currently shown (after search and filters), as "Download .bib" saves it. */
  toBibTeX(): string {
    return bibtexFile(this.view?.shown ?? [], this.context);
  }

  private get context() {
    return { venue: this.venue, year: this.year };
  }

  override render() {
    const state = this.data.state;
    if (state.status !== 'ready' || !state.data.length) {
      this.view = undefined;
      return (
        renderState('paper-list', state, { loading: 'Loading papers…', empty: 'No papers yet.' }) ?? this.renderEmpty()
      );
    }
    const all = state.data;
    const sort = this.order ?? this.sort;
    const key = [all, this.filters, sort, this.groupBy];
    if (!this.view || key.some((k, i) => k !== this.view!.key[i])) {
      const shown = select(all, this.filters, sort, (i) => this.hay(all, i));
      const rows: Row[] =
        this.groupBy === 'session' || this.groupBy === 'type'
          ? groupBy(shown, this.groupBy).flatMap((g) => [
              { group: g.label ?? 'Other', count: g.papers.length },
              ...g.papers,
            ])
          : shown;
      this.view = { key, all, rows, shown };
      // The first screen in this task; the rest progressively.
      this.shownCount = Math.min(rows.length, FIRST);
      this.chunkVersions.clear();
    }
    const { rows, shown } = this.view;
    const terms = queryTerms(this.filters.q);
    const termsKey = terms.join(' ');
    const chunks: TemplateResult[] = [];
    for (let c = 0; c * CHUNK < this.shownCount; c++) {
      const part = rows.slice(c * CHUNK, Math.min((c + 1) * CHUNK, this.shownCount));
      const deps = [
        rows,
        part.length,
        termsKey,
        this.showAffiliations,
        this.chunkVersions.get(c) ?? 0,
        this.headingLevel,
      ];
      chunks.push(html`${guard(deps, () => repeat(part, rowKey, (r) => this.renderRow(r, terms)))}`);
    }
    const controls = [all, this.filters, sort, this.showAffiliations, shown.length];
    return html`${all.length > 1 ? guard(controls, () => this.renderControls(all, shown.length)) : nothing}
      <div part="list" aria-busy=${this.searching || this.shownCount < rows.length ? 'true' : 'false'}>${chunks}</div>
      ${shown.length === 0 ? this.renderNoResults() : nothing}
      <span class="visually-hidden" aria-live="polite">${this.message}</span>`;
  }

  private renderEmpty() {
    return html`<p part="empty">No papers yet.</p>`;
  }

  private renderControls(all: PaperData[], count: number) {
    const f = this.filters;
    const { options, affiliations } = this.controlsFor(all);
    const labels = { type: 'Type', award: 'Award', session: 'Session', keyword: 'Keyword' };
    return html`<div part="controls" role="search">
      <label class="field search">
        <span>Search papers</span>
        <input
          part="search"
          type="search"
          .value=${f.q}
          placeholder="Title, author, abstract, keyword"
          autocomplete="off"
          @input=${this.onSearchInput}
        />
      </label>
      ${FILTER_KEYS.filter((k) => options[k][1].length > 0).map(
        (k) =>
          html`<label class="field">
            <span>${labels[k]}</span>
            <select
              part="filter"
              name=${k}
              @change=${(e: Event) => this.setFilter(k, (e.target as HTMLSelectElement).value)}
            >
              <option value="" ?selected=${!f[k]}>${options[k][0]}</option>
              ${options[k][1].map((v) => html`<option .value=${v} ?selected=${f[k] === v}>${v}</option>`)}
            </select>
          </label>`,
      )}
      <label class="field">
        <span>Sort by</span>
        <select part="filter" name="sort" @change=${this.onSortChange}>
          ${Object.entries(SORTS).map(
            ([v, label]) => html`<option value=${v} ?selected=${(this.order ?? this.sort) === v}>${label}</option>`,
          )}
        </select>
      </label>
      ${
        affiliations
          ? html`<label class="check">
              <input type="checkbox" .checked=${this.showAffiliations} @change=${this.onAffiliationsChange} />
              Show affiliations
            </label>`
          : nothing
      }
      <button part="download" type="button" ?disabled=${count === 0} @click=${this.download}>Download .bib</button>
      <p part="status" role="status">
        ${count === all.length ? `${num(all.length)} papers` : `${num(count)} of ${num(all.length)} papers`}
      </p>
    </div>`;
  }

  private renderNoResults() {
    const f = this.filters;
    const what = f.q ? `match “${f.q}”` : 'match these filters';
    return html`<p part="no-results">
      No papers ${what}.
      <button type="button" @click=${this.clearFilters}>Clear search and filters</button>
    </p>`;
  }

  private renderRow(row: Row, terms: string[]): TemplateResult {
    if ('group' in row) {
      return html`<div part="group-heading" role="heading" aria-level=${Math.max(1, this.level - 1)}>
        ${row.group} <span class="count">(${row.count})</span>
      </div>`;
    }
    const p = row;
    const hl = (text: string) =>
      terms.length
        ? highlight(text, terms).map((s) => (s.mark ? html`<mark part="mark">${s.text}</mark>` : s.text))
        : text;
    const href = p.pdf ?? p.url;
    const titleId = `${p.id}--title`;
    const badges = [
      p.award ? ['award', p.award] : undefined,
      isBadgeType(p.type) ? [p.type!.toLowerCase(), p.type!] : undefined,
    ];
    const links = LINKS.filter(([k]) => p[k]);
    const open = this.bibOpen.has(p.id);
    return html`<article part="paper" id=${p.id} aria-labelledby=${titleId}>
      <div part="title" role="heading" aria-level=${this.level} id=${titleId}>
        ${href ? link(href, hl(p.title)) : hl(p.title)}
      </div>
      ${
        badges.some(Boolean)
          ? html`<div class="badges">
              ${badges.map((b) => (b ? html`<span part="badge ${b[0]}">${b[1]}</span>` : nothing))}
            </div>`
          : nothing
      }
      ${p.authors.length ? html`<p part="authors">${this.renderAuthors(p.authors, hl)}</p>` : nothing}
      <div class="actions">
        ${
          links.length
            ? html`<ul part="links">
                ${links.map(([k, label]) => html`<li>${link(p[k]!, label)}</li>`)}
              </ul>`
            : nothing
        }
        <button
          part="bibtex-button"
          type="button"
          aria-expanded=${open ? 'true' : nothing}
          @click=${() => this.onBibtexClick(p)}
        >
          ${this.copied === p.id ? 'BibTeX copied' : 'BibTeX'}
        </button>
      </div>
      ${
        p.abstract
          ? html`<details part="abstract">
              <summary>Abstract</summary>
              <p>${hl(p.abstract)}</p>
            </details>`
          : nothing
      }
      ${p.keywords.length ? html`<p class="keywords">${hl(p.keywords.join(' · '))}</p>` : nothing}
      ${
        open
          ? html`<pre part="bibtex" tabindex="0" aria-label="BibTeX of ${p.title}">
${bibtexEntry(p, this.context)}</pre>`
          : nothing
      }
    </article>`;
  }

  private renderAuthors(authors: AuthorData[], hl: (t: string) => unknown) {
    const plain = !authors.some((a) => a.url || (this.showAffiliations && a.affiliations.length));
    // One text node for the common case: thousands of papers render noticeably faster.
    if (plain) return hl(authors.map((a) => a.name).join(', '));
    return authors.map(
      (a, i) =>
        html`${i ? ', ' : ''}<span class="author"
            >${a.url ? link(a.url, hl(a.name)) : hl(a.name)}${
              this.showAffiliations && a.affiliations.length
                ? html` <span part="affiliation">(${hl(a.affiliations.join('; '))})</span>`
                : nothing
            }</span
          >`,
    );
  }

  private get level() {
    return Math.min(6, Math.max(2, Math.round(this.headingLevel) || 3));
  }

  private controls?: {
    all: PaperData[];
    options: Record<(typeof FILTER_KEYS)[number], [string, string[]]>;
    affiliations: boolean;
  };

  /** The filter options, computed once per data (not on every progressive render). */
  private controlsFor(all: PaperData[]) {
    if (this.controls?.all !== all) {
      this.controls = {
        all,
        options: {
          type: ['All types', distinct(all, (p) => p.type)],
          award: ['All papers', distinct(all, (p) => p.award)],
          session: ['All sessions', distinct(all, (p) => p.session)],
          keyword: ['All keywords', this.keywords(all)],
        },
        affiliations: all.some((p) => p.authors.some((a) => a.affiliations.length)),
      };
    }
    return this.controls;
  }

  /** Keywords used by at least two papers, the most used ones, alphabetically. */
  private keywords(all: PaperData[]): string[] {
    const counts = new Map<string, number>();
    for (const p of all) for (const k of p.keywords) counts.set(k, (counts.get(k) ?? 0) + 1);
    const useful = [...counts].filter(([, n]) => n > 1 || all.length < 20);
    return useful
      .sort((a, b) => b[1] - a[1])
      .slice(0, MAX_KEYWORDS)
      .map(([k]) => k)
      .sort((a, b) => a.localeCompare(b));
  }

  private hay(all: PaperData[], i: number): string {
    if (this.haysFor !== all) {
      this.haysFor = all;
      this.hays = [];
    }
    return (this.hays[i] ??= haystack(all[i]));
  }

  /** Builds the search index in small slices once the list has rendered, so the first keystroke is fast. */
  private buildIndex(all: PaperData[], from = 0): void {
    const end = performance.now() + 10;
    let i = from;
    for (; i < all.length && performance.now() < end; i++) this.hay(all, i);
    if (i < all.length && this.haysFor === all) nextTask(() => this.buildIndex(all, i));
    else this.indexing = false;
  }

  protected override update(changed: PropertyValues): void {
    this.renderStart = performance.now();
    super.update(changed);
  }

  protected override updated(): void {
    const rows = this.view?.rows;
    if (!rows) return;
    if (this.shownCount < rows.length) {
      // Adapt the amount per task to this machine, keeping each task under the long-task threshold.
      const took = performance.now() - this.renderStart;
      if (this.shownCount > FIRST)
        this.step = Math.max(1, Math.min(50, Math.round((this.step * BUDGET_MS) / Math.max(took, 1))));
      // One pending task at a time, always for the current view (a search may have replaced the rows meanwhile).
      this.pendingChunk ??= nextTask(() => {
        this.pendingChunk = undefined;
        const current = this.view?.rows;
        if (!current || this.shownCount >= current.length) return;
        this.shownCount = Math.min(current.length, this.shownCount + CHUNK * this.step);
        this.requestUpdate();
      });
    } else if (!this.indexing && (this.haysFor !== this.view!.all || this.hays.length < this.view!.all.length)) {
      const all = this.view!.all;
      this.indexing = true;
      nextTask(() => this.buildIndex(all));
    }
  }

  /** The element of a paper; renders the list up to it first when it is further down. */
  private paperElement(id: string): HTMLElement | null {
    const found = this.shadowRoot?.getElementById(id);
    if (found || !this.view) return found ?? null;
    const at = this.view.rows.findIndex((r) => !('group' in r) && r.id === id);
    if (at >= this.shownCount) {
      this.shownCount = Math.min(this.view.rows.length, (Math.floor(at / CHUNK) + 1) * CHUNK);
      // Not from inside this update: Lit warns about updates requested while updating.
      queueMicrotask(() => this.requestUpdate());
    }
    return null;
  }

  private onSearchInput = (e: Event) => {
    const q = (e.target as HTMLInputElement).value;
    // Typing never waits for the list: the work runs after the input event, coalesced for fast typists.
    this.searchQuery = q;
    this.searching = true;
    this.searchTask ??= nextTask(() => {
      this.searchTask = undefined;
      this.searching = false;
      this.setFilters({ ...this.filters, q: this.searchQuery }, 'replace');
    });
  };

  private setFilter(key: (typeof FILTER_KEYS)[number], value: string) {
    this.setFilters({ ...this.filters, [key]: value }, 'push');
  }

  private onSortChange = (e: Event) => {
    this.order = (e.target as HTMLSelectElement).value as SortOrder;
    this.writeUrl('push');
  };

  private onAffiliationsChange = (e: Event) => {
    this.showAffiliations = (e.target as HTMLInputElement).checked;
  };

  private clearFilters = () => {
    this.setFilters(NO_FILTERS, 'push');
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('[part="search"]')?.focus());
  };

  private setFilters(filters: Filters, history: 'push' | 'replace') {
    const wasSearch = this.filters.q !== '' || filters.q !== '';
    this.filters = filters;
    this.message = '';
    this.writeUrl(
      history === 'replace' && wasSearch && this.lastUrlWrite === 'q' ? 'replace' : 'push',
      history === 'replace' ? 'q' : 'filter',
    );
  }

  private lastUrlWrite?: 'q' | 'filter';

  /** With `sync-url`: the first keystroke of a search and every filter change add a history entry. */
  private writeUrl(mode: 'push' | 'replace', what: 'q' | 'filter' = 'filter') {
    if (!this.syncUrl) return;
    this.lastUrlWrite = what;
    const url = new URL(location.href);
    for (const k of ['q', ...FILTER_KEYS] as const) {
      if (this.filters[k]) url.searchParams.set(k, this.filters[k]);
      else url.searchParams.delete(k);
    }
    if (this.order && this.order !== this.sort) url.searchParams.set('sort', this.order);
    else url.searchParams.delete('sort');
    if (url.href === location.href) return;
    if (mode === 'push') history.pushState(history.state, '', url);
    else history.replaceState(history.state, '', url);
  }

  private readUrl() {
    const params = new URL(location.href).searchParams;
    const get = (k: string) => params.get(k) ?? '';
    this.filters = {
      q: get('q'),
      type: get('type'),
      award: get('award'),
      session: get('session'),
      keyword: get('keyword'),
    };
    const sort = get('sort');
    this.order = sort in SORTS ? (sort as SortOrder) : undefined;
    this.lastUrlWrite = undefined;
  }

  private onPopState = () => {
    if (this.syncUrl) this.readUrl();
  };

  private async onBibtexClick(p: PaperData) {
    if (this.bibOpen.delete(p.id)) {
      this.touch(p);
      return;
    }
    const entry = bibtexEntry(p, this.context);
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(entry);
      this.copied = p.id;
      this.message = `BibTeX of “${p.title}” copied to the clipboard.`;
      this.touch(p);
    } catch {
      // Refused (no permission, not a secure page): show it selected so Ctrl+C works.
      this.bibOpen.add(p.id);
      this.message = 'Copying was refused; the BibTeX entry is shown below the paper, selected.';
      this.touch(p);
      await this.updateComplete;
      const pre = this.shadowRoot!.getElementById(p.id)?.querySelector<HTMLElement>('[part="bibtex"]');
      if (pre) {
        pre.focus();
        getSelection()?.selectAllChildren(pre);
      }
    }
  }

  /** Re-renders the chunk that holds this paper. */
  private touch(p: PaperData) {
    const at = this.view?.rows.indexOf(p) ?? -1;
    if (at >= 0) {
      const c = Math.floor(at / CHUNK);
      this.chunkVersions.set(c, (this.chunkVersions.get(c) ?? 0) + 1);
    }
    this.requestUpdate();
  }

  private download = () => {
    const blob = new Blob([this.toBibTeX()], { type: 'application/x-bibtex' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = `${
      toAscii(this.venue ?? 'papers')
        .replace(/[^A-Za-z0-9]+/g, '-')
        .replace(/^-|-$/g, '') || 'papers'
    }.bib`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
  };
}

/**
 * Runs `task` in a new task, soon: a MessageChannel message, which browsers neither clamp (setTimeout's 4 ms after
 * nesting) nor throttle in background tabs, so a list opened in a background tab is complete when it is shown.
 */
const channel = new MessageChannel();
const tasks: (() => void)[] = [];
channel.port1.onmessage = () => tasks.shift()?.();
function nextTask(task: () => void): number {
  tasks.push(task);
  channel.port2.postMessage(null);
  return tasks.length;
}

// The texts are English, so are the digit groups: "1,234 of 5,000 papers".
const num = (n: number) => n.toLocaleString('en');
const rowKey = (r: Row) => ('group' in r ? `group:${r.group}` : r.id);
const isBadgeType = (type?: string) => type !== undefined && /^(oral|spotlight)$/i.test(type);

if (!customElements.get('paper-list')) customElements.define('paper-list', PaperList);

declare global {
  interface HTMLElementTagNameMap {
    'paper-list': PaperList;
  }
}
