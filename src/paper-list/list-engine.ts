/**
 * The chunked list engine of `<paper-list>`, apart from the element (as `@lit-labs/virtualizer` keeps its
 * `Virtualizer` apart from `LitVirtualizer`): it orders and groups the papers into chunks, applies search and
 * filters to them, decides how much to build per task, and brings the list's DOM to that state. The element tells
 * it what to show and when; it knows nothing of controls, highlighting, the URL or BibTeX.
 */
import { groupBy, matcher, ordered, OTHER_LABEL, type Filters, type SortOrder } from './search.js';
import type { PaperData } from './model.js';
import { createElement } from '../internal/page.js';

/** A `group-by` heading and the papers under it. */
export interface Group {
  group: string;
  papers: PaperData[];
}
export type Row = PaperData | Group;

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
export interface View {
  all: PaperData[];
  sort: SortOrder;
  groupBy?: 'session' | 'type';
  rows: Row[];
  chunks: Chunk[];
  /** A paper's id → its row index. */
  position: Map<string, number>;
}

export const FILTER_KEYS = ['type', 'award', 'session', 'keyword'] as const;
/** Rows per chunk (see {@link Chunk}). */
export const CHUNK = 20;
/** Papers rendered at once when the list first shows: more than a screenful. */
const FIRST = 2 * CHUNK;
/** Work per task while rendering progressively: below the 50 ms that counts as a long task. */
const BUDGET_MS = 40;

export interface EngineHooks {
  /** Builds a paper's element (row.ts). */
  paper(p: PaperData): HTMLElement;
  /** The ARIA level of group headings. */
  groupLevel(): number;
  /** The folded search text of a paper (cached by the element). */
  hay(p: PaperData): string;
}

export class ListEngine {
  view?: View;
  /** Papers that pass search and filters, in order. */
  shown: PaperData[] = [];
  /** The view and filters that `shown` and the chunks' `shown` rows were computed for. */
  private applied?: { view: View; filters: Filters; terms: string[] };
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
  private version = 0;
  private listEl?: HTMLElement;
  /** The chunk whose element is at each position of the list. */
  private mounted: (Chunk | undefined)[] = [];

  constructor(private readonly hooks: EngineHooks) {}

  /** Forgets the view: the list is not shown, or its rows must be built anew (another heading level). */
  reset(): void {
    this.view = this.applied = undefined;
  }

  /**
   * Orders and groups the papers into chunks, keeping the chunks (and their DOM) that did not change.
   * Returns true when the list renders anew from the first screen (anything but more papers streamed in).
   */
  setView(all: PaperData[], sort: SortOrder, grouped?: 'session' | 'type'): boolean {
    const old = this.view;
    if (old && old.all === all && old.sort === sort && old.groupBy === grouped) return false;
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
    if (!appended) this.rendered = 0;
    this.rendered = Math.min(this.rendered, chunks.length);
    return !appended;
  }

  /** Whether `filters` still have to be applied to the current view. */
  needsFilters(filters: Filters): boolean {
    return !(this.applied?.view === this.view && this.applied?.filters === filters);
  }

  /** Applies search and filters (`terms`: the search's folded words): which rows each chunk shows, the group counts. */
  applyFilters(f: Filters, terms: string[]): void {
    const view = this.view!;
    if (!this.needsFilters(f)) return;
    // Typing on narrows the result: when every earlier word is part of a word now, only earlier matches can match.
    const before = this.applied?.view === view ? this.applied : undefined;
    const narrowing =
      before !== undefined &&
      FILTER_KEYS.every((k) => before.filters[k] === f[k]) &&
      before.terms.every((t) => terms.some((n) => n.includes(t)));
    const previous = this.matched;
    this.applied = { view, filters: f, terms };

    const test = matcher(f, this.hooks.hay);
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
  }

  /** Whether the paper at row `at` passes search and filters. */
  matches(at: number): boolean {
    return !!this.matched[at];
  }

  /** The next update builds the list at least down to row `at` (a deep link further down). */
  reach(at: number): void {
    this.budget = Math.max(this.budget, at + CHUNK);
  }

  /** The next update builds every row left (printing). */
  unlimit(): void {
    this.budget = Infinity;
  }

  /**
   * Brings the chunks' `displayed` rows toward their `shown` rows, top down: hiding and showing built rows is cheap
   * and always done; building rows (a list still loading, a search bringing back papers never built) stops after
   * `this.budget` rows, and the next task goes on.
   */
  display(): void {
    const view = this.view!;
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
  pending(): boolean {
    return !!this.view?.chunks.some((chunk) => chunk.displayed !== chunk.shown);
  }

  /** Called from a new task to render the next step: as many rows as fit in the task's budget on this machine. */
  startStep(): void {
    this.budget = Math.min(1000, Math.max(CHUNK, Math.round(BUDGET_MS * this.rowsPerMs)));
    this.stepRows = this.budget;
    this.stepStart = performance.now();
  }

  /** Called once a step has rendered: adapts the amount per task to this machine (rendering, style and layout). */
  endStep(): void {
    if (!this.stepRows) return;
    const rate = this.stepRows / Math.max(1, performance.now() - this.stepStart);
    this.rowsPerMs = (this.rowsPerMs + rate) / 2;
    this.stepRows = 0;
  }

  /** The papers in the DOM, in order. */
  displayedPapers(): PaperData[] {
    return (this.view?.chunks ?? []).flatMap((c) => c.displayed).filter((r): r is PaperData => !('group' in r));
  }

  /** The paper with this id. */
  paper(id: string): PaperData | undefined {
    const at = this.view?.position.get(id);
    return at === undefined ? undefined : (this.view!.rows[at] as PaperData);
  }

  /** Every built paper and its element, also those a search hides now. */
  *builtPapers(): Generator<[PaperData, HTMLElement]> {
    for (const chunk of this.view?.chunks ?? [])
      for (const [row, article] of chunk.nodes ?? []) if (!('group' in row)) yield [row, article];
  }

  /**
   * Brings the list's DOM to the chunks' `displayed` rows. The rows are plain DOM managed here rather than a Lit
   * `repeat`: a keystroke can hide or show thousands of papers, and without Lit's two markers and part per row that
   * takes a fraction of the time. Each paper is built once (row.ts) and then patched in place.
   */
  sync(list: HTMLElement): void {
    const view = this.view!;
    if (list !== this.listEl) {
      this.listEl = list;
      this.mounted = [];
    }
    for (let c = 0; c < this.rendered; c++) {
      const chunk = view.chunks[c];
      const el = (chunk.el ??= Object.assign(createElement('div'), { className: 'chunk' }));
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

  private buildRow(row: Row): HTMLElement {
    if (!('group' in row)) return this.hooks.paper(row);
    const heading = createElement('div');
    heading.setAttribute('part', 'heading group-heading');
    heading.setAttribute('role', 'heading');
    heading.setAttribute('aria-level', String(this.hooks.groupLevel()));
    const count = createElement('span');
    count.className = 'count';
    heading.append(`${row.group} `, count);
    return heading;
  }
}

const sameRows = (a: Row[], b: Row[]) => a.length === b.length && a.every((r, i) => r === b[i]);
