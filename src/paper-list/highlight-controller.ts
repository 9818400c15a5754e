/**
 * Search highlights of `<paper-list>`, as a Lit reactive controller. After a keystroke only the papers on screen are
 * re-highlighted at once; the others keep their marks until they scroll near, and a collapsed abstract gets its
 * marks when opened, which saves most of a keystroke's work (abstracts are most of the text).
 * Papers in view are found by a binary search on their positions instead of an IntersectionObserver: observing
 * thousands of papers after each keystroke cost more than the keystroke's own work.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ListEngine } from './list-engine.js';
import type { PaperData } from './model.js';
import { off, on } from '../internal/page.js';

/**
 * After a keystroke, the papers from the top of the screen down whose highlights update at once (the rest later):
 * a screenful of the shortest papers (a title and a row of links are about 80 pixels).
 */
const highlightAtOnce = () => Math.min(40, Math.ceil(innerHeight / 80) + 1);

/** Patches a paper's text (`text`: title, authors, keywords; `abstract`: the open abstract) to its current terms. */
export type PatchText = (article: HTMLElement, p: PaperData, parts: { text: boolean; abstract: boolean }) => void;

export class HighlightController implements ReactiveController {
  /** The current search terms, joined by spaces. */
  private termsKey = '';
  /** The search terms each rendered paper is highlighted for. */
  private rowTerms = new Map<string, string>();
  /** The same for the abstracts, which are only re-highlighted when open. */
  private abstractTerms = new Map<string, string>();
  /** Some rendered papers may show outdated highlights: scrolling updates those that come near the screen. */
  private stale = false;
  private scrollFrame?: number;
  /** Papers to re-highlight once the update has rendered. */
  private now: PaperData[] = [];

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment },
    private readonly engine: ListEngine,
    private readonly patch: PatchText,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // `toggle` neither bubbles nor leaves the shadow root: caught there on the way down.
    this.host.renderRoot.addEventListener('toggle', this.onToggle, true);
    // Capturing: scroll events do not bubble, and the list may be in a scrolling box of the page.
    on(document, 'scroll', this.onScroll, { capture: true, passive: true });
  }

  hostDisconnected(): void {
    this.host.renderRoot.removeEventListener('toggle', this.onToggle, true);
    off(document, 'scroll', this.onScroll, true);
    if (this.scrollFrame !== undefined) cancelAnimationFrame(this.scrollFrame);
    this.scrollFrame = undefined;
  }

  /** The terms a paper is (or is about to be) highlighted for. */
  termsFor(id: string): string[] {
    const terms = this.rowTerms.get(id) ?? this.termsKey;
    return terms ? terms.split(' ') : [];
  }

  /** A paper was just built with the current terms. */
  built(id: string): void {
    this.rowTerms.set(id, this.termsKey);
    this.abstractTerms.set(id, this.termsKey);
  }

  /** The list renders anew: no paper is highlighted yet. */
  reset(): void {
    this.rowTerms.clear();
    this.abstractTerms.clear();
  }

  /**
   * Runs `apply` (search and filters applied to the list) for these terms; when the terms changed, the papers from
   * where the visitor is reading down get their new highlights after the update, the others when they come near.
   */
  search(terms: string[], apply: () => void): void {
    const key = terms.join(' ');
    if (key === this.termsKey) {
      apply();
      return;
    }
    // Where the visitor is reading, measured before the list changes.
    const anchor = this.anchor();
    this.termsKey = key;
    apply();
    const shown = this.engine.shown;
    const position = this.engine.view!.position;
    let k = shown.findIndex((p) => position.get(p.id)! >= anchor);
    if (k === -1) k = shown.length;
    this.now = shown.slice(Math.max(0, k - 2), k + highlightAtOnce());
    this.stale = true;
  }

  /** Highlights the papers chosen by the last `search`: call once the update has rendered them. */
  flush(): void {
    for (const p of this.now.splice(0)) this.refresh(p);
  }

  /** Updates a rendered paper's highlights to the current search terms when they are outdated. */
  refresh(p: PaperData): void {
    const text = this.rowTerms.get(p.id) !== this.termsKey;
    // Only a paper with an abstract has one to highlight (an empty one has no <details>).
    const abstract = !!p.abstract && this.abstractTerms.get(p.id) !== this.termsKey;
    if (!text && !abstract) return;
    const article = this.host.shadowRoot!.getElementById(p.id);
    if (!article) {
      this.rowTerms.delete(p.id);
      this.abstractTerms.delete(p.id);
      return;
    }
    const open = abstract && !!article.querySelector<HTMLDetailsElement>('[part="abstract"]')?.open;
    if (text) this.rowTerms.set(p.id, this.termsKey);
    if (open) this.abstractTerms.set(p.id, this.termsKey);
    this.patch(article, p, { text, abstract: open });
  }

  /** The row index of the first rendered paper that reaches into the screen (0 when none does). */
  private anchor(): number {
    const papers = this.engine.displayedPapers();
    const k = this.firstBelow(papers, 0);
    return k < papers.length ? this.engine.view!.position.get(papers[k].id)! : 0;
  }

  /** Index of the first of `papers` whose bottom is below `y` (viewport coordinates): a binary search. */
  private firstBelow(papers: PaperData[], y: number): number {
    let lo = 0;
    let hi = papers.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const el = this.host.shadowRoot!.getElementById(papers[mid].id);
      if (el && el.getBoundingClientRect().bottom < y) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** After a search, papers scrolled near the screen get their new highlights (once per frame). */
  private onScroll = () => {
    if (!this.stale || this.scrollFrame !== undefined) return;
    this.scrollFrame = requestAnimationFrame(() => {
      this.scrollFrame = undefined;
      const papers = this.engine.displayedPapers();
      const margin = innerHeight;
      let k = this.firstBelow(papers, -margin);
      for (; k < papers.length; k++) {
        const article = this.host.shadowRoot!.getElementById(papers[k].id);
        if (article && article.getBoundingClientRect().top > innerHeight + margin) break;
        this.refresh(papers[k]);
      }
    });
  };

  /** An abstract opened (by its summary, or by find-in-page where the browser opens it) shows the current highlights. */
  private onToggle = (e: Event) => {
    const details = e.composedPath()[0] as HTMLDetailsElement;
    if (details.localName !== 'details' || !details.open) return;
    const paper = this.engine.paper(details.closest('article')?.id ?? '');
    if (paper) this.refresh(paper);
  };
}
