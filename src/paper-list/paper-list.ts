import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { live } from 'lit/directives/live.js';
import { DataController, jsonConverter } from '../internal/data.js';
import { FragmentController } from '../internal/fragment.js';
import { renderState } from '../internal/render.js';
import { nextTask } from '../internal/tasks.js';
import { SettingWarnings } from '../internal/warnings.js';
import { bibtexEntry, bibtexFile, bibtexKeys, toAscii } from './bibtex.js';
import { paperRow, setAuthors, setBibtex, setText, type RowOptions } from './row.js';
import { styles } from './paper-list.styles.js';
import {
  distinct,
  fold,
  groupBy,
  haystack,
  matcher,
  ordered,
  OTHER_LABEL,
  queryTerms,
  type Filters,
  type SortOrder,
} from './search.js';
import type { Paper } from './types.js';
import { paperValidator, validatePapers, type PaperData } from './validate.js';

/** A `group-by` heading and the papers under it. */
interface Group {
  group: string;
  papers: PaperData[];
}
type Row = PaperData | Group;

/**
 * CHUNK consecutive rows of the whole ordered list. Its rows never change with search and filters, only which of
 * them are `shown`, so a keystroke touches just the chunks whose matches changed. A row is built once; search
 * hides and shows it (`hidden`, so it is out of layout, find-in-page, printing and the accessibility tree).
 */
interface Chunk {
  rows: Row[];
  /** The rows that pass search and filters. */
  shown: Row[];
  /**
   * The rows visible in the DOM: `shown` once rendered. Rows a search brings back that were never built may take a
   * few tasks; meanwhile the built ones are visible.
   */
  displayed: Row[];
  /** Changes whenever the chunk's DOM must change. */
  version: number;
  /** The version its DOM shows. */
  synced?: number;
  /** Its element in the list (`display: contents`) and the elements of its rows built so far (in row order). */
  el?: HTMLElement;
  nodes?: Map<Row, HTMLElement>;
}

/** All papers in the chosen order and grouping, cut into chunks. */
interface View {
  all: PaperData[];
  sort: SortOrder;
  groupBy?: 'session' | 'type';
  rows: Row[];
  chunks: Chunk[];
  /** A paper's id → its row index. */
  position: Map<string, number>;
}

const NO_FILTERS: Filters = { q: '', type: '', award: '', session: '', keyword: '' };
const FILTER_KEYS = ['type', 'award', 'session', 'keyword'] as const;
const SORTS: Record<SortOrder, string> = { given: 'Given order', title: 'Title', author: 'First author' };
/** Rows per chunk (see {@link Chunk}). */
const CHUNK = 20;
/** Papers rendered at once when the list first shows: more than a screenful. */
const FIRST = 2 * CHUNK;
/**
 * After a keystroke, the papers from the top of the screen down whose highlights update at once (the rest later):
 * a screenful of the shortest papers (a title and a row of links are about 80 pixels).
 */
const highlightAtOnce = () => Math.min(40, Math.ceil(innerHeight / 80) + 1);
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
 * @cssproperty [--we-link-color=#0b57d0 mixed 68% with the text colour] - Links (shared by all elements).
 * @cssproperty [--we-accent-color=#0b57d0] - Accent, focus highlight of a `#id` target (shared).
 * @cssproperty [--we-muted-color] - Authors, counts and secondary text (shared).
 * @cssproperty [--we-border-color] - Separators and inputs (shared).
 * @cssproperty [--we-surface-color] - Background of the controls and BibTeX (shared).
 * @cssproperty [--we-radius=8px] - Corner radius (shared).
 * @cssproperty [--we-focus-color=#0b57d0 mixed 60% with the text colour] - Focus ring (shared).
 * @cssproperty [--we-scroll-margin=4em] - Space kept above a paper opened by a `#id` link (shared).
 *
 * @fires load - When data from `src` has loaded.
 * @fires error - When the data cannot be used (malformed JSON, failed `src`, wrong shape).
 * @fires fragment-target - When a `#id` in the page URL scrolled to a paper; `detail.id` is the id.
 */
export class PaperList extends LitElement {
  static override styles = styles;

  /** The papers: a JSON attribute or the property. Wins over `src` and a JSON script child. */
  @property({ type: Array, converter: jsonConverter('papers') }) papers?: Paper[];

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

  private data = new DataController(this, {
    tag: 'paper-list',
    name: 'papers',
    value: () => this.papers,
    src: () => this.src,
    validate: validatePapers,
    item: paperValidator,
  });

  private view?: View;
  /** The view and filters that `shown` and the chunks' `shown` rows were computed for. */
  private applied?: { view: View; filters: Filters };
  /** Papers that pass search and filters, in order. */
  private shown: PaperData[] = [];
  /** Per row index: 1 when the paper passes search and filters. */
  private matched = new Uint8Array(0);
  private groupCounts = new Map<Group, number>();
  /** Chunks rendered so far: the rest follow progressively. */
  private rendered = 0;
  /** Rows the next update may add to the DOM (the rest follow in later tasks). */
  private budget = FIRST;
  /** Rows this machine renders per millisecond, measured on progressive steps; sizes the next step. */
  private rowsPerMs = 1;
  /** Rows added by the progressive step being rendered, and when it began. */
  private stepRows = 0;
  private stepStart = 0;
  private pendingChunk?: number;
  /** The current search terms, joined by spaces. */
  private termsKey = '';
  /**
   * The search terms each rendered paper is highlighted for. After a keystroke only the papers on screen are
   * re-highlighted at once; the others keep their marks until they scroll near (see `stale`).
   */
  private rowTerms = new Map<string, string>();
  /** The same for the abstracts, which are only re-highlighted when open. */
  private abstractTerms = new Map<string, string>();
  private version = 0;
  /** Some rendered papers may show outdated highlights: scrolling updates those that come near the screen. */
  private stale = false;
  private scrollFrame?: number;
  /** Papers to re-highlight once the update has rendered. */
  private highlightNow: PaperData[] = [];
  /** Whether the rendered papers show affiliations. */
  private affiliationsShown = false;
  private hays = new WeakMap<PaperData, string>();
  private bibOpen = new Set<string>();
  private copied?: string;
  private indexing?: PaperData[];

  constructor() {
    super();
    // Deep links: a paper not rendered yet is rendered first, then revealed.
    new FragmentController(
      this,
      (id) => this.paperElement(id),
      (id) => {
        const at = this.view?.position.get(id);
        return at === undefined ? undefined : `papers[${(this.view!.rows[at] as PaperData).index}].id`;
      },
    );
    this.addEventListener('click', this.onListClick);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // `toggle` neither bubbles nor leaves the shadow root: caught there on the way down.
    this.renderRoot.addEventListener('toggle', this.onToggle, true);
    if (this.syncUrl) this.readUrl();
    window.addEventListener('popstate', this.onPopState);
    window.addEventListener('beforeprint', this.onBeforePrint);
    // Capturing: scroll events do not bubble, and the list may be in a scrolling box of the page.
    document.addEventListener('scroll', this.onScroll, { capture: true, passive: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.onPopState);
    window.removeEventListener('beforeprint', this.onBeforePrint);
    this.pendingChunk = undefined;
    document.removeEventListener('scroll', this.onScroll, true);
  }

  /** The .bib file of the papers currently shown (after search and filters), as "Download .bib" saves it. */
  toBibTeX(): string {
    return bibtexFile(this.shown, this.context, this.keys());
  }

  private get context() {
    return { venue: this.venue, year: this.year };
  }

  private bibKeys?: { all: PaperData[]; year?: string; keys: Map<PaperData, string> };
  /** Every paper's BibTeX key, worked out over all papers: the same in its button and in any download. */
  private keys(): Map<PaperData, string> {
    const all = this.view?.all ?? [];
    if (this.bibKeys?.all !== all || this.bibKeys.year !== this.year)
      this.bibKeys = { all, year: this.year, keys: bibtexKeys(all, this.year) };
    return this.bibKeys.keys;
  }

  private entry(p: PaperData): string {
    return bibtexEntry(p, this.context, this.keys().get(p));
  }

  /** `sort` as written, in any case; another value is warned about once and read as "given". */
  private get sortOrder(): SortOrder {
    if (this.sort == null) return 'given'; // the attribute removed
    const v = this.sort.toLowerCase() as SortOrder;
    if (Object.prototype.hasOwnProperty.call(SORTS, v)) return v;
    this.warnings.warn(
      'sort',
      `sort "${this.sort}" is not one of ${Object.keys(SORTS).join(', ')}; the given order is used`,
    );
    return 'given';
  }

  /** `group-by` as written, in any case; another value is warned about once and read as none. */
  private get grouping(): 'session' | 'type' | undefined {
    const v = this.groupBy?.toLowerCase();
    if (v === 'session' || v === 'type') return v;
    if (this.groupBy)
      this.warnings.warn('group-by', `group-by "${this.groupBy}" is not session or type; papers are not grouped`);
    return undefined;
  }

  private warnings = new SettingWarnings('paper-list');

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Rows are built for one heading level: a new level builds them anew.
    if (changed.has('headingLevel') && this.view) this.view = this.applied = undefined;
  }

  override render() {
    const state = this.data.state;
    if (state.status !== 'ready' || (!state.data.length && !state.partial)) {
      this.view = this.applied = undefined;
      return (
        renderState('paper-list', state, { loading: 'Loading papers…', empty: 'No papers yet.' }) ?? this.renderEmpty()
      );
    }
    const all = state.data;
    const sort = this.order ?? this.sortOrder;
    const grouped = this.grouping;
    // Papers arrive in the data's order: a sorted or grouped list waits for all of them rather than reshuffle.
    if (state.partial && (sort !== 'given' || grouped || !all.length)) {
      this.view = this.applied = undefined;
      return html`<div part="loading" role="status">Loading papers…</div>`;
    }
    this.updateView(all, sort, grouped);
    this.applyFilters();
    const view = this.view!;
    this.display(view);
    const busy = state.partial || this.pending(view);
    const count = this.shown.length;
    const controls = [all, this.filters, sort, this.showAffiliations, count, state.partial];
    return html`${all.length > 1 ? guard(controls, () => this.renderControls(all, count, state.partial)) : nothing}
      <div part="list" aria-busy=${busy ? 'true' : 'false'}></div>
      ${count === 0 && !state.partial ? this.renderNoResults() : nothing}
      <span class="visually-hidden" aria-live="polite">${this.message}</span>`;
  }

  /** Orders and groups the papers into chunks, keeping the chunks (and their DOM) that did not change. */
  private updateView(all: PaperData[], sort: SortOrder, grouped?: 'session' | 'type'): void {
    const old = this.view;
    if (old && old.all === all && old.sort === sort && old.groupBy === grouped) return;
    // Groups come in the data's order whatever the sort, which orders the papers within each.
    const rows: Row[] = grouped
      ? groupBy(all, grouped).flatMap((g): Row[] => {
          const papers = ordered(g.papers, sort);
          return [{ group: g.label ?? OTHER_LABEL, papers }, ...papers];
        })
      : ordered(all, sort);
    const chunks: Chunk[] = [];
    for (let at = 0, c = 0; at < rows.length; at += CHUNK, c++) {
      const part = rows.slice(at, at + CHUNK);
      const before = old?.chunks[c];
      if (before && sameRows(before.rows, part)) chunks.push(before);
      else if (before && before.rows.length < part.length && before.rows.every((r, i) => r === part[i])) {
        // More papers streamed into a partly filled chunk: it keeps its element and built rows and grows. Built
        // anew, the first screen's papers were painted a second time, and Largest Contentful Paint waited for it.
        before.rows = part;
        chunks.push(before);
      } else chunks.push({ rows: part, shown: [], displayed: [], version: 0 });
    }
    const position = new Map<string, number>();
    rows.forEach((r, i) => 'group' in r || position.set(r.id, i));
    this.view = { all, sort, groupBy: grouped, rows, chunks, position };
    this.applied = undefined;
    // More papers streamed in: the rendered chunks stay. Anything else renders anew, from the first screen.
    const appended = old && old.rows.length <= rows.length && old.rows.every((r, i) => r === rows[i]);
    if (!appended) {
      this.rendered = 0;
      this.rowTerms.clear();
      this.abstractTerms.clear();
    }
    this.rendered = Math.min(this.rendered, chunks.length);
  }

  /** Applies search and filters: which rows each chunk shows, and the group counts. */
  private applyFilters(): void {
    const view = this.view!;
    const f = this.filters;
    if (this.applied?.view === view && this.applied.filters === f) return;
    const newTerms = queryTerms(f.q);
    const terms = newTerms.join(' ');
    const termsChanged = terms !== this.termsKey;
    // Where the visitor is reading, measured before the list changes.
    const anchor = termsChanged ? this.anchor() : 0;
    // Typing on narrows the result: when every earlier word is part of a word now, only earlier matches can match.
    const before = this.applied?.view === view ? this.applied.filters : undefined;
    const narrowing =
      before !== undefined &&
      FILTER_KEYS.every((k) => before[k] === f[k]) &&
      queryTerms(before.q).every((t) => newTerms.some((n) => n.includes(t)));
    const previous = this.matched;
    this.termsKey = terms;
    this.applied = { view, filters: f };

    const test = matcher(f, this.hay);
    const matched = new Uint8Array(view.rows.length);
    const counts = new Map<Group, number>();
    const shown: PaperData[] = [];
    let group: Group | undefined;
    view.rows.forEach((r, i) => {
      if ('group' in r) {
        counts.set((group = r), 0);
      } else if ((!narrowing || previous[i]) && test(r)) {
        matched[i] = 1;
        shown.push(r);
        if (group) counts.set(group, counts.get(group)! + 1);
      }
    });
    view.chunks.forEach((chunk, c) => {
      const next = chunk.rows.filter((r, k) => ('group' in r ? counts.get(r)! > 0 : matched[c * CHUNK + k]));
      const groupsChanged = next.some((r) => 'group' in r && counts.get(r) !== this.groupCounts.get(r));
      if (groupsChanged) chunk.version = ++this.version;
      if (!sameRows(next, chunk.shown)) chunk.shown = next;
    });
    this.matched = matched;
    this.groupCounts = counts;
    this.shown = shown;
    if (termsChanged) {
      // The papers from the top of the screen down get their new highlights now; the others when they come near.
      let k = shown.findIndex((p) => view.position.get(p.id)! >= anchor);
      if (k === -1) k = shown.length;
      this.highlightNow = shown.slice(Math.max(0, k - 2), k + highlightAtOnce());
      this.stale = true;
    }
  }

  /**
   * Brings the DOM toward the chunks' `shown` rows, top down: hiding and showing built rows is cheap and always
   * done; building rows (a list still loading, a search bringing back papers never built) stops after
   * `this.budget` rows, and the next task goes on.
   */
  private display(view: View): void {
    let budget = this.budget;
    this.budget = FIRST;
    const start = budget;
    view.chunks.forEach((chunk, c) => {
      if (chunk.displayed === chunk.shown) return;
      if (c >= this.rendered) {
        // Chunks render in order: a chunk not rendered yet waits for the ones above it.
        if (c > this.rendered || budget <= 0) return;
        this.rendered = c + 1;
      }
      const built = chunk.nodes;
      const missing = built ? chunk.shown.filter((r) => !built.has(r)).length : chunk.shown.length;
      let next = chunk.shown;
      if (missing && budget <= 0) next = chunk.shown.filter((r) => built?.has(r));
      else budget -= Math.max(1, missing);
      if (next !== chunk.shown && sameRows(next, chunk.displayed)) return;
      chunk.displayed = next;
      chunk.version = ++this.version;
    });
    // Rows built, for the progressive step's rate (chunks only hidden or shown count as one row).
    if (this.stepRows) this.stepRows = Math.max(1, start - budget);
  }

  /** Whether rows still wait to be rendered or restored. */
  private pending(view: View): boolean {
    return view.chunks.some((chunk) => chunk.displayed !== chunk.shown);
  }

  /** The row index of the first rendered paper that reaches into the screen (0 when none does). */
  private anchor(): number {
    const papers = this.displayedPapers();
    const k = this.firstBelow(papers, 0);
    return k < papers.length ? this.view!.position.get(papers[k].id)! : 0;
  }

  /** The papers in the DOM, in order. */
  private displayedPapers(): PaperData[] {
    return (this.view?.chunks ?? []).flatMap((c) => c.displayed).filter((r): r is PaperData => !('group' in r));
  }

  /** Index of the first of `papers` whose bottom is below `y` (viewport coordinates): a binary search. */
  private firstBelow(papers: PaperData[], y: number): number {
    let lo = 0;
    let hi = papers.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const el = this.shadowRoot!.getElementById(papers[mid].id);
      if (el && el.getBoundingClientRect().bottom < y) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Updates a rendered paper's highlights to the current search terms when they are outdated. */
  // Papers in view are found by a binary search on their positions instead of an IntersectionObserver: observing
  // thousands of papers after each keystroke cost more than the keystroke's own work.
  // A collapsed abstract is not seen: it gets its highlights when opened (see onToggle), which saves most of the
  // work of a keystroke (abstracts are most of the text).
  private refreshHighlight(p: PaperData): void {
    const text = this.rowTerms.get(p.id) !== this.termsKey;
    // Only a paper with an abstract has one to highlight (an empty one has no <details>).
    const abstract = !!p.abstract && this.abstractTerms.get(p.id) !== this.termsKey;
    if (!text && !abstract) return;
    const article = this.shadowRoot!.getElementById(p.id);
    if (!article) {
      this.rowTerms.delete(p.id);
      this.abstractTerms.delete(p.id);
      return;
    }
    const open = abstract && !!article.querySelector<HTMLDetailsElement>('[part="abstract"]')?.open;
    if (text) this.rowTerms.set(p.id, this.termsKey);
    if (open) this.abstractTerms.set(p.id, this.termsKey);
    setText(article, p, this.rowOptions(p), { text, abstract: open });
  }

  /** An abstract opened (by its summary, or by find-in-page where the browser opens it) shows the current highlights. */
  private onToggle = (e: Event) => {
    const details = e.composedPath()[0] as HTMLDetailsElement;
    if (details.localName !== 'details' || !details.open) return;
    const paper = this.paperOf(details);
    if (paper) this.refreshHighlight(paper);
  };

  /** The paper whose article holds `el`. */
  private paperOf(el: Element): PaperData | undefined {
    const at = this.view?.position.get(el.closest('article')?.id ?? '');
    return at === undefined ? undefined : (this.view!.rows[at] as PaperData);
  }

  private rowOptions(p: PaperData): RowOptions {
    const terms = this.rowTerms.get(p.id) ?? this.termsKey;
    return {
      level: this.level,
      terms: terms ? terms.split(' ') : [],
      affiliations: this.showAffiliations,
      bibtex: this.bibOpen.has(p.id) ? this.entry(p) : undefined,
      copied: this.copied === p.id,
    };
  }

  /**
   * Brings the list's DOM to the chunks' `displayed` rows. The rows are plain DOM managed here rather than a Lit
   * `repeat`: a keystroke can hide or show thousands of papers, and without Lit's two markers and part per row that
   * takes a fraction of the time. Each paper is built once (row.ts) and then patched in place.
   */
  private syncList(view: View): void {
    const list = this.shadowRoot!.querySelector<HTMLElement>('[part="list"]');
    if (!list) return;
    if (list !== this.listEl) {
      this.listEl = list;
      this.mounted = [];
    }
    for (let c = 0; c < this.rendered; c++) {
      const chunk = view.chunks[c];
      const el = (chunk.el ??= Object.assign(document.createElement('div'), { className: 'chunk' }));
      if (chunk.synced !== chunk.version) {
        chunk.synced = chunk.version;
        this.syncChunk(chunk, el);
      }
      // A new chunk is filled before it is attached: inserting into a detached element is several times cheaper.
      if (this.mounted[c] !== chunk) {
        const old = this.mounted[c]?.el;
        if (old) old.replaceWith(el);
        else list.append(el);
        this.mounted[c] = chunk;
      }
    }
    // Chunks past the rendered ones (a new order starts again from the top).
    for (const chunk of this.mounted.splice(this.rendered)) chunk?.el?.remove();
  }

  /** Brings a chunk's rows to its `displayed` ones: builds the missing rows, hides and shows the others. */
  private syncChunk(chunk: Chunk, el: HTMLElement): void {
    // A chunk without a match is hidden whole; its rows keep their state until it shows again.
    el.hidden = chunk.displayed.length === 0;
    if (el.hidden) return;
    const nodes = (chunk.nodes ??= new Map());
    const wanted = new Set(chunk.displayed);
    let previous: Element | null = null;
    for (const row of chunk.rows) {
      let node = nodes.get(row);
      const want = wanted.has(row);
      if (!node) {
        if (!want) continue;
        nodes.set(row, (node = this.buildRow(row)));
        el.insertBefore(node, previous ? previous.nextSibling : el.firstChild);
      } else if (node.hidden === want) node.hidden = !want;
      previous = node;
      if (want && 'group' in row) node.querySelector('.count')!.textContent = `(${this.groupCounts.get(row) ?? 0})`;
    }
  }

  private listEl?: HTMLElement;
  /** The chunk whose element is at each position of the list. */
  private mounted: (Chunk | undefined)[] = [];

  private buildRow(row: Row): HTMLElement {
    if ('group' in row) {
      const heading = document.createElement('div');
      heading.setAttribute('part', 'group-heading');
      heading.setAttribute('role', 'heading');
      heading.setAttribute('aria-level', String(Math.max(1, this.level - 1)));
      const count = document.createElement('span');
      count.className = 'count';
      heading.append(`${row.group} `, count);
      return heading;
    }
    this.rowTerms.set(row.id, this.termsKey);
    this.abstractTerms.set(row.id, this.termsKey);
    return paperRow(row, this.rowOptions(row));
  }

  private renderEmpty() {
    return html`<p part="empty">No papers yet.</p>`;
  }

  private renderControls(all: PaperData[], count: number, partial?: boolean) {
    const f = this.filters;
    // Filters offer the values of all papers: they appear once all have arrived.
    const { options, affiliations } = partial ? NO_CONTROLS : this.controlsFor(all);
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
            <!-- .selected, not ?selected: the attribute stops selecting once the visitor has used the menu, and
                 Back must show the filter it brings back. -->
            <select
              part="filter"
              name=${k}
              @change=${(e: Event) => this.setFilter(k, (e.target as HTMLSelectElement).value)}
            >
              <option value="" .selected=${live(!f[k])}>${options[k][0]}</option>
              ${options[k][1].map((v) => html`<option .value=${v} .selected=${live(f[k] === v)}>${v}</option>`)}
            </select>
          </label>`,
      )}
      <label class="field">
        <span>Sort by</span>
        <select part="filter" name="sort" @change=${this.onSortChange}>
          ${Object.entries(SORTS).map(
            ([v, label]) =>
              html`<option value=${v} .selected=${live((this.order ?? this.sortOrder) === v)}>${label}</option>`,
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
        ${
          partial
            ? 'Loading papers…'
            : count === all.length
              ? `${num(all.length)} papers`
              : `${num(count)} of ${num(all.length)} papers`
        }
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

  private hay = (p: PaperData): string => {
    let hay = this.hays.get(p);
    if (hay === undefined) this.hays.set(p, (hay = haystack(p)));
    return hay;
  };

  /** Builds the search index in small slices once the list has rendered, so the first keystroke is fast. */
  private buildIndex(all: PaperData[], from = 0): void {
    const end = performance.now() + 10;
    let i = from;
    for (; i < all.length && performance.now() < end; i++) this.hay(all[i]);
    if (i < all.length && this.indexing === all) nextTask(() => this.buildIndex(all, i));
  }

  protected override updated(): void {
    const view = this.view;
    if (!view) return;
    if (this.affiliationsShown !== this.showAffiliations) {
      this.affiliationsShown = this.showAffiliations;
      // Every built paper, also those a search hides now: they show the same when it is cleared.
      for (const chunk of view.chunks)
        for (const [row, article] of chunk.nodes ?? [])
          if (!('group' in row) && row.authors.some((a) => a.affiliations.length))
            setAuthors(article, row, this.rowOptions(row));
    }
    this.syncList(view);
    for (const p of this.highlightNow.splice(0)) this.refreshHighlight(p);
    if (this.stepRows) {
      // Adapt the amount per task to this machine (rendering, style and layout of the step's rows).
      const rate = this.stepRows / Math.max(1, performance.now() - this.stepStart);
      this.rowsPerMs = (this.rowsPerMs + rate) / 2;
      this.stepRows = 0;
    }
    if (this.pending(view)) {
      // One pending task at a time, always for the current view (a search may have changed it meanwhile).
      this.pendingChunk ??= nextTask(() => {
        this.pendingChunk = undefined;
        if (!this.view || !this.pending(this.view)) return;
        // As many rows as fit in the task's budget on this machine.
        this.budget = Math.min(1000, Math.max(CHUNK, Math.round(BUDGET_MS * this.rowsPerMs)));
        this.stepRows = this.budget;
        this.stepStart = performance.now();
        this.requestUpdate();
      });
    } else if (this.indexing !== view.all && !(this.data.state.status === 'ready' && this.data.state.partial)) {
      const all = view.all;
      this.indexing = all;
      nextTask(() => this.buildIndex(all));
    }
  }

  /** After a search, papers scrolled near the screen get their new highlights (once per frame). */
  private onScroll = () => {
    if (!this.stale || this.scrollFrame !== undefined) return;
    this.scrollFrame = requestAnimationFrame(() => {
      this.scrollFrame = undefined;
      const papers = this.displayedPapers();
      const margin = innerHeight;
      let k = this.firstBelow(papers, -margin);
      for (; k < papers.length; k++) {
        const article = this.shadowRoot!.getElementById(papers[k].id);
        if (article && article.getBoundingClientRect().top > innerHeight + margin) break;
        this.refreshHighlight(papers[k]);
      }
    });
  };

  /** Printing shows every paper, fully highlighted: render what is left now. */
  private onBeforePrint = () => {
    if (!this.view) return;
    this.budget = Infinity;
    this.requestUpdate();
    this.performUpdate();
    for (const p of this.shown) this.refreshHighlight(p);
  };

  /**
   * The element of a paper; renders the list up to it first when it is further down, and clears search and
   * filters when they hide it (a shared link must show its paper).
   */
  private paperElement(id: string): HTMLElement | null {
    const found = this.shadowRoot?.getElementById(id);
    const view = this.view;
    // Hidden by search: the paper itself, or its whole chunk.
    if (found && !found.closest('[hidden]')) return found;
    if (!view) return null;
    const at = view.position.get(id);
    if (at === undefined) return null;
    this.budget = Math.max(this.budget, at + CHUNK);
    // Not from inside this update: Lit warns about updates requested while updating.
    queueMicrotask(() => {
      if (!this.matched[at]) this.setFilters(NO_FILTERS, 'replace');
      this.requestUpdate();
    });
    return null;
  }

  private onSearchInput = (e: Event) => {
    // Applied at once: a keystroke only hides or shows rows and re-highlights the screenful in view.
    this.setFilters({ ...this.filters, q: (e.target as HTMLInputElement).value }, 'replace');
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
    if (this.order && this.order !== this.sortOrder) url.searchParams.set('sort', this.order);
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

  /** The papers' BibTeX buttons (native buttons, so also Enter and Space), through one listener on the host. */
  private onListClick = (e: Event) => {
    const button = (e.composedPath()[0] as Element).closest?.('[part="bibtex-button"]');
    const paper = button && this.paperOf(button);
    if (paper) void this.onBibtexClick(paper);
  };

  private async onBibtexClick(p: PaperData) {
    if (this.bibOpen.delete(p.id)) {
      this.touch(p);
      return;
    }
    const entry = this.entry(p);
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(entry);
      const before = this.copied;
      this.copied = p.id;
      this.message = `BibTeX of “${p.title}” copied to the clipboard.`;
      this.touch(p);
      // Only the last copied paper says "copied".
      const at = before === undefined ? undefined : this.view?.position.get(before);
      if (at !== undefined && before !== p.id) this.touch(this.view!.rows[at] as PaperData);
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

  /** Updates a paper's BibTeX button and entry (opened, closed or copied). */
  private touch(p: PaperData) {
    const article = this.shadowRoot!.getElementById(p.id);
    if (article) setBibtex(article, p, this.rowOptions(p));
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

// The texts are English, so are the digit groups: "1,234 of 5,000 papers".
const num = (n: number) => n.toLocaleString('en');
const sameRows = (a: Row[], b: Row[]) => a.length === b.length && a.every((r, i) => r === b[i]);
const NO_CONTROLS = {
  options: { type: ['', []], award: ['', []], session: ['', []], keyword: ['', []] },
  affiliations: false,
} as const;

if (!customElements.get('paper-list')) customElements.define('paper-list', PaperList);

declare global {
  interface HTMLElementTagNameMap {
    'paper-list': PaperList;
  }
}
