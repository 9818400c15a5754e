import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { shouldDefine } from '../internal/define.js';
import { DataController, jsonConverter } from '../internal/data.js';
import { itemByItem } from '../internal/data-lists.js';
import { FragmentController } from '../internal/fragment.js';
import { renderNotice, skippedEntries } from '../internal/notice.js';
import { landmarkNames } from '../internal/landmarks.js';
import { labelsConverter, Localize, type Message } from '../internal/localize.js';
import { renderState } from '../internal/render.js';
import { plainText } from '../internal/rich-text.js';
import { withBase } from '../internal/url.js';
import { nextTask } from '../internal/tasks.js';
import { Warnings } from '../internal/warnings.js';
import { restyle } from '../internal/adopt-styles.js';
import { SettledStatus } from '../internal/settled-status.js';
import { BibtexActions } from './bibtex-actions.js';
import { controlsTemplate, readGrouping, readSort, SORT_ORDERS, type FilterKey } from './controls.js';
import { OptionsTracker, type FilterOptions } from './filter-options.js';
import { HighlightController } from './highlight-controller.js';
import { ListEngine } from './list-engine.js';
import type { PaperData } from './model.js';
import { styles } from './paper-list.styles.js';
import { PAPER_TERMS } from './terms.js';
import { paperRow, rowWords, setAuthors, setBibtex, setText, type RowOptions, type RowWords } from './row.js';
import { haystack, queryTerms, type Filters, type SortOrder } from './search.js';
import type { Paper } from './types.js';
import { UrlSyncController } from './url-sync-controller.js';
import { paperValidator, validatePapers } from './validate.js';
import { off, on } from '../internal/page.js';

const NO_FILTERS: Filters = { q: '', type: '', award: '', session: '', keyword: '' };

/** What the element shows: a data state (loading, error, empty), a wait for all papers, or the list. */
type Phase = 'state' | 'waiting' | 'list';

/**
 * Accepted papers: title, authors, badges, links, abstract and BibTeX for each; search, filters, sorting and
 * grouping; `#id` deep links. Renders the first screen at once and the rest progressively, so 5,000 papers
 * stay responsive while all of them end up in the DOM (find-in-page and printing work).
 *
 * @summary A searchable, citable list of accepted papers fed by JSON.
 *
 * @csspart base - The wrapper of everything the element shows, in every state.
 * @csspart controls - The search box, filters, sort and download bar (a search landmark, "Search papers").
 * @csspart search - The search input.
 * @csspart filter - Each filter `<select>` (type, award, session, keyword).
 * @csspart sort - The "Sort by" `<select>`.
 * @csspart status - The "12 of 687 papers" count, updated as the visitor types; a screen reader hears it from a
 *   separate status region once typing pauses.
 * @csspart download - The "Download .bib" button.
 * @csspart list - The container of all papers.
 * @csspart heading - Every heading: the groups' and the papers' titles.
 * @csspart group-heading - A heading of `group-by` groups (level `heading-level`), with `heading`.
 * @csspart paper - One paper (an `<article>` with `id` = the paper's id).
 * @csspart title - A paper's title, a heading (with `heading`): level `heading-level`, one below in groups.
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
 * @csspart notice - "1 paper could not be shown — details in the browser console", at the end when entries were
 *   skipped; hide it with `::part(notice) { display: none }`.
 *
 * @cssproperty [--we-paper-gap=1em] - Space between papers.
 * @cssproperty [--we-paper-size=9em] - Estimated height of an off-screen paper (for `content-visibility`).
 * @cssproperty [--we-paper-badge-color=var(--we-accent-color)] - Background of badges.
 * @cssproperty [--we-paper-award-color=#8a5a00] - Background of award badges (white text on it).
 * @cssproperty [--we-paper-mark-color=#fde68a] - Background of search matches (dark text on it).
 * @cssproperty [--we-link-color=#0b57d0 mixed 68% with the text colour] - Links (shared by all elements).
 * @cssproperty [--we-accent-color=#0b57d0] - Accent, focus highlight of a `#id` target (shared).
 * @cssproperty [--we-muted-color] - Authors, counts and secondary text (shared).
 * @cssproperty [--we-border-color] - Separators and inputs (shared).
 * @cssproperty [--we-surface-color] - Background of the controls and BibTeX (shared).
 * @cssproperty [--we-radius=8px] - Corner radius (shared).
 * @cssproperty [--we-focus-color=#0b57d0 mixed 60% with the text colour] - Focus ring (shared).
 * @cssproperty [--we-scroll-margin=4em] - Space kept above a paper opened by a `#id` link (shared).
 *
 * @fires {WeLoadEvent} we-load - When data from `src` has loaded.
 * @fires {WeErrorEvent} we-error - When the data cannot be used (malformed JSON, failed `src`, wrong shape);
 *   `detail` is `{ message, source }`.
 * @fires {WeFragmentTargetEvent} we-fragment-target - When a `#id` in the page URL scrolled to a paper; `detail` is `{ id }`.
 */
export class PaperList extends LitElement {
  static override styles = styles;

  /** Moved into another document (an iframe): its styles are adopted there again. */
  adoptedCallback(): void {
    restyle(this);
  }

  /** The papers: a JSON attribute or the property. Wins over `src` and a JSON script child. */
  @property({ type: Array, converter: jsonConverter('papers') }) papers?: Paper[];

  /** URL of a JSON file with the papers, relative to the page. */
  @property() src?: string;

  /**
   * The site's base path, for root-relative paths in the data (`/static/img/x.png` → `/my-site/static/img/x.png`):
   * a Jekyll page passes `base-url="{{ site.baseurl }}"`. Default: none.
   */
  @property({ attribute: 'base-url' }) baseUrl?: string;

  /** The venue, for generated BibTeX (`booktitle`), e.g. "SMMaL Workshop at NeurIPS 2019". */
  @property() venue?: string;

  /** The year, for generated BibTeX (`year`) and keys. */
  @property() year?: string;

  /** Renders headed groups by `session` or `type`. */
  @property({ attribute: 'group-by' }) groupBy?: 'session' | 'type';

  /** Initial order: `given` (the data's order), `title` or `author` (first author's family name). */
  @property() sort: SortOrder = 'given';

  /**
   * Level of the top headings (1–6): the papers' titles, or with `group-by` the group headings (titles one level
   * below). 3 fits a list under an `<h2>`.
   */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 3;

  /**
   * Tells this list's search landmark apart from another list's on the page, e.g. "Posters": "Search papers, Posters".
   * Without it a second list's is numbered.
   */
  @property() label?: string;

  /** Mirrors search, filters and sort in the page URL (`?q=…&type=…`) so a view can be shared; off by default. */
  @property({ attribute: 'sync-url', type: Boolean }) syncUrl = false;

  /** Overrides single terms of the page's language (JSON), e.g. `{"linkVideo": "Talk video"}`; see the README. */
  @property({ converter: labelsConverter }) labels?: Partial<Record<keyof typeof PAPER_TERMS, Message>>;

  @state() private filters: Filters = NO_FILTERS;
  @state() private order?: SortOrder;
  @state() private showAffiliations = false;
  @state() private message = '';

  private data = new DataController(this, {
    tag: 'paper-list',
    name: 'papers',
    value: () => this.papers,
    src: () => this.src,
    validate: (raw) => withBase(this.baseUrl, () => validatePapers(raw)),
    items: itemByItem(() => {
      const next = paperValidator();
      return (value, path, index, problems) => withBase(this.baseUrl, () => next(value, path, index, problems));
    }),
    key: () => this.baseUrl,
    // Long lists render over several tasks: complete once the last paper is in the DOM.
    rendered: () => !this.engine.pending(),
  });

  /**
   * Resolves when the current papers have been loaded, validated and rendered — every paper in the DOM, also in a
   * list rendered progressively — or found unusable (the element shows why). Newer data supersedes older: a promise
   * taken while papers load resolves once the newest have rendered.
   */
  get dataComplete(): Promise<void> {
    return this.data.complete;
  }

  private hays = new WeakMap<PaperData, string>();
  private engine = new ListEngine({
    paper: (p) => {
      this.highlight.built(p.id);
      return paperRow(p, this.rowOptions(p));
    },
    groupLevel: () => this.level,
    hay: (p) => this.hay(p),
  });
  private highlight = new HighlightController(this, this.engine, (article, p, parts) =>
    setText(article, p, this.rowOptions(p), parts),
  );
  private url = new UrlSyncController(this, {
    enabled: () => this.syncUrl,
    current: () => ({ filters: this.filters, order: this.order }),
    defaultSort: () => this.sortOrder,
    apply: ({ filters, order }) => {
      this.filters = filters;
      this.order = order;
    },
    sorts: SORT_ORDERS,
  });
  private bibtex = new BibtexActions(this, {
    all: () => this.engine.view?.all ?? [],
    paper: (id) => this.engine.paper(id),
    patch: (p) => this.touch(p),
    announce: (what, p) =>
      (this.message = what === 'copied' ? this.t('bibtexCopiedAnnounce', { title: p.title }) : this.t('bibtexRefused')),
  });
  private warnings = new Warnings('paper-list');
  private localize = new Localize(this, PAPER_TERMS);
  private t = (key: keyof typeof PAPER_TERMS, args?: Record<string, string | number>) => this.localize.term(key, args);
  /** The rows' words, for the language and `labels` they were made for (rows are rebuilt when they change). */
  private words?: { key: string; labels: PaperList['labels']; words: RowWords };

  /** Derived in `willUpdate`, rendered by `render`. */
  private phase: Phase = 'state';
  /** The `sort` and `group-by` settings as read (invalid values fall back, and are warned about in `updated`). */
  private sortOrder: SortOrder = 'given';
  private grouping?: 'session' | 'type';
  private options?: FilterOptions;
  private optionsTracker = new OptionsTracker();
  /** Whether the rendered papers show affiliations. */
  private affiliationsShown = false;
  /** The next progressive step, and the search index being built: both cancelled on disconnect. */
  private cancelStep?: () => void;
  private cancelIndex?: () => void;
  private indexing?: PaperData[];

  constructor() {
    super();
    new SettledStatus(this); // the count's live region
    // Deep links: a paper not rendered yet is rendered first, then revealed.
    new FragmentController(
      this,
      (id) => this.paperElement(id),
      (id) => {
        const p = this.engine.paper(id);
        return p && `papers[${p.index}].id`;
      },
    );
    this.addEventListener('click', this.onListClick);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    on(window, 'beforeprint', this.onBeforePrint);
    // Back in the page: resume the progressive rendering and the search index where they stopped.
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    off(window, 'beforeprint', this.onBeforePrint);
    this.cancelStep?.();
    this.cancelIndex?.();
    this.cancelStep = this.cancelIndex = this.indexing = undefined;
  }

  /** The .bib file of the papers currently shown (after search and filters), as "Download .bib" saves it. */
  toBibTeX(): string {
    return this.bibtex.file(this.engine.shown);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Rows are built for one heading level (titles go one level down in groups) and language: a new one builds them anew.
    const words = this.words?.words;
    if (this.rowWords() !== words || changed.has('headingLevel') || changed.has('groupBy')) this.engine.reset();
    this.sortOrder = readSort(this.sort);
    this.grouping = readGrouping(this.groupBy);
    this.data.sync();
    const state = this.data.state;
    const sort = this.order ?? this.sortOrder;
    if (state.status !== 'ready' || (!state.data.length && !state.partial)) this.phase = 'state';
    // Papers arrive in the data's order: a sorted or grouped list waits for all of them rather than reshuffle.
    else if (state.partial && (sort !== 'given' || this.grouping || !state.data.length)) this.phase = 'waiting';
    else this.phase = 'list';
    if (this.phase !== 'list' || state.status !== 'ready') {
      this.engine.reset();
      return;
    }
    const all = state.data;
    if (this.engine.setView(all, sort, this.grouping)) this.highlight.reset();
    const f = this.filters;
    if (this.engine.needsFilters(f)) {
      const terms = queryTerms(f.q);
      this.highlight.search(terms, () => this.engine.applyFilters(f, terms));
    }
    this.engine.display();
    // Filters show from the first papers and gain options as papers arrive: the controls bar takes its shape with
    // the first screen instead of growing, and pushing the list down, once the last paper is in.
    this.options = this.optionsTracker.update(all, !!state.partial, f);
  }

  override render() {
    return html`<div part="base">${this.renderContent()}</div>`;
  }

  private renderContent() {
    const state = this.data.state;
    if (this.phase === 'state')
      return (
        renderState('paper-list', state, this.t, { loading: 'loadingPapers', empty: 'noPapers' }) ?? this.renderEmpty()
      );
    if (this.phase === 'waiting' || state.status !== 'ready')
      return html`<div part="loading" role="status">${this.t('loadingPapers')}</div>`;
    const all = state.data;
    const busy = state.partial || this.engine.pending();
    const count = this.engine.shown.length;
    const sort = this.order ?? this.sortOrder;
    const controls = [all, this.filters, sort, this.showAffiliations, count, state.partial, this.options, this.label];
    return html`${
        all.length > 1
          ? guard([...controls, this.rowWords()], () =>
              controlsTemplate({
                total: all.length,
                count,
                partial: state.partial,
                filters: this.filters,
                sort,
                showAffiliations: this.showAffiliations,
                options: this.options!,
                searchLabel: landmarkNames(this, this.label)(this.t('searchPapers')),
                t: this.t,
                onSearchInput: this.onSearchInput,
                onFilter: this.setFilter,
                onSort: this.onSortChange,
                onAffiliations: this.onAffiliationsChange,
                onDownload: this.download,
              }),
            )
          : nothing
      }
      <div part="list" aria-busy=${busy ? 'true' : 'false'}></div>
      ${count === 0 && !state.partial ? this.renderNoResults() : nothing}
      ${renderNotice(skippedEntries(state.problems, 'paper'), (n) => this.t('papersSkipped', { n }))}
      <span class="visually-hidden" aria-live="polite">${this.message}</span>`;
  }

  private renderEmpty() {
    return html`<p part="empty">${this.t('noPapers')}</p>`;
  }

  private renderNoResults() {
    const f = this.filters;
    return html`<p part="no-results">
      ${f.q ? this.t('noPapersMatch', { query: f.q }) : this.t('noPapersMatchFilters')}
      <button type="button" @click=${this.clearFilters}>${this.t('clearFilters')}</button>
    </p>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('sort') && this.sort != null && this.sortOrder !== this.sort.toLowerCase())
      this.warnings.warn(
        'sort',
        `sort "${this.sort}" is not one of ${SORT_ORDERS.join(', ')}; the given order is used`,
      );
    if (changed.has('groupBy') && this.groupBy && !this.grouping)
      this.warnings.warn('group-by', `group-by "${this.groupBy}" is not session or type; papers are not grouped`);
    if (this.phase !== 'list') return;
    const view = this.engine.view!;
    if (this.affiliationsShown !== this.showAffiliations) {
      this.affiliationsShown = this.showAffiliations;
      // Every built paper, also those a search hides now: they show the same when it is cleared.
      for (const [p, article] of this.engine.builtPapers())
        if (p.authors.some((a) => a.affiliations.length)) setAuthors(article, p, this.rowOptions(p));
    }
    const list = this.shadowRoot!.querySelector<HTMLElement>('[part="list"]');
    if (list) this.engine.sync(list);
    this.highlight.flush();
    this.engine.endStep();
    if (this.engine.pending()) {
      // One pending task at a time, always for the current view (a search may have changed it meanwhile).
      this.cancelStep ??= nextTask(() => {
        this.cancelStep = undefined;
        if (!this.engine.pending()) return;
        this.engine.startStep();
        this.requestUpdate();
      });
    } else if (this.indexing !== view.all && !(this.data.state.status === 'ready' && this.data.state.partial)) {
      const all = view.all;
      this.indexing = all;
      this.cancelIndex = nextTask(() => this.buildIndex(all));
    }
  }

  private get level() {
    return Math.min(6, Math.max(1, Math.round(this.headingLevel) || 3));
  }

  private hay(p: PaperData): string {
    let hay = this.hays.get(p);
    if (hay === undefined) this.hays.set(p, (hay = haystack(p, p.abstract && plainText(p.abstract))));
    return hay;
  }

  /** Builds the search index in small slices once the list has rendered, so the first keystroke is fast. */
  private buildIndex(all: PaperData[], from = 0): void {
    const end = performance.now() + 10;
    let i = from;
    for (; i < all.length && performance.now() < end; i++) this.hay(all[i]);
    if (i < all.length && this.indexing === all) this.cancelIndex = nextTask(() => this.buildIndex(all, i));
  }

  /** The rows' words in the current language, the same object while the language and `labels` stay. */
  private rowWords(): RowWords {
    const key = this.localize.key;
    if (this.words?.key !== key || this.words.labels !== this.labels)
      this.words = { key, labels: this.labels, words: rowWords(this.t) };
    return this.words.words;
  }

  private rowOptions(p: PaperData): RowOptions {
    return {
      words: this.rowWords(),
      level: Math.min(6, this.level + (this.grouping ? 1 : 0)),
      terms: this.highlight.termsFor(p.id),
      affiliations: this.showAffiliations,
      ...this.bibtex.state(p),
    };
  }

  /** Printing shows every paper, fully highlighted: render what is left now. */
  private onBeforePrint = () => {
    if (!this.engine.view) return;
    this.engine.unlimit();
    this.requestUpdate();
    this.performUpdate();
    for (const p of this.engine.shown) this.highlight.refresh(p);
  };

  /**
   * The element of a paper; renders the list up to it first when it is further down, and clears search and
   * filters when they hide it (a shared link must show its paper).
   */
  private paperElement(id: string): HTMLElement | null {
    const found = this.shadowRoot?.getElementById(id);
    // Hidden by search: the paper itself, or its whole chunk.
    if (found && !found.closest('[hidden]')) return found;
    const at = this.engine.view?.position.get(id);
    if (at === undefined) return null;
    this.engine.reach(at);
    // Not from inside this update: Lit warns about updates requested while updating.
    queueMicrotask(() => {
      if (!this.engine.matches(at)) this.setFilters(NO_FILTERS, 'replace');
      this.requestUpdate();
    });
    return null;
  }

  private onSearchInput = (e: Event) => {
    // Applied at once: a keystroke only hides or shows rows and re-highlights the screenful in view.
    this.setFilters({ ...this.filters, q: (e.target as HTMLInputElement).value }, 'replace');
  };

  private setFilter = (key: FilterKey, value: string) => {
    this.setFilters({ ...this.filters, [key]: value }, 'push');
  };

  private onSortChange = (e: Event) => {
    this.order = (e.target as HTMLSelectElement).value as SortOrder;
    this.url.write('push');
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
    this.url.write(
      history === 'replace' && wasSearch && this.url.lastWrite === 'q' ? 'replace' : 'push',
      history === 'replace' ? 'q' : 'filter',
    );
  }

  /** The papers' BibTeX buttons (native buttons, so also Enter and Space), through one listener on the host. */
  private onListClick = (e: Event) => {
    const button = (e.composedPath()[0] as Element).closest?.('[part="bibtex-button"]');
    const paper = button && this.engine.paper(button.closest('article')?.id ?? '');
    if (paper) void this.bibtex.click(paper);
  };

  /** Updates a paper's BibTeX button and entry (opened, closed or copied). */
  private touch(p: PaperData) {
    const article = this.shadowRoot!.getElementById(p.id);
    if (article) setBibtex(article, p, this.rowOptions(p));
  }

  private download = () => this.bibtex.download(this.engine.shown);
}

if (shouldDefine('paper-list')) customElements.define('paper-list', PaperList);

declare global {
  interface HTMLElementTagNameMap {
    'paper-list': PaperList;
  }
}
