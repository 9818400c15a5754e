import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { WeFragmentTargetEvent } from '../events/fragment-target.js';
import { Warnings } from './warnings.js';
import { elementById, off, on } from './page.js';

/**
 * The element that revealed the current fragment. Two elements may render the same id (two lists sharing a paper):
 * the first in the document takes it, as the browser's own fragment does; whichever renders first reveals it, and
 * hands it over to an earlier one that renders later. Kept on `globalThis`: one for every copy of the elements on
 * the page (two CDN files, or one and the full bundle, each bring their own copy of this module).
 */
const claims: { current?: { hash: string; controller: FragmentController } } = ((
  globalThis as { [k: symbol]: typeof claims }
)[Symbol.for('workshop-elements.fragment-claim')] ??= {});

/**
 * Fragment links (`page.html#terence-tao`) into an element's shadow DOM: the browser cannot
 * follow them there, so this controller scrolls to the matching `id` inside the element,
 * moves focus to it and highlights it — on load, after data renders, and on `hashchange`.
 * An id the element does not render is left alone (it may belong to another element or the page).
 */
export class FragmentController implements ReactiveController {
  private pending = true;
  private current?: HTMLElement;
  private readonly warnings: Warnings;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    /** Finds the element for an id; default: `#id` in the host's shadow root. */
    private readonly find: (id: string) => HTMLElement | null | undefined = (id) =>
      host.shadowRoot?.getElementById(id) ?? null,
    /** Where the data names an id this element renders (e.g. `papers[3].id`), without rendering anything. */
    private readonly source?: (id: string) => string | undefined,
  ) {
    this.warnings = new Warnings(host.localName);
    host.addController(this);
  }

  hostConnected(): void {
    on(window, 'hashchange', this.onHashChange);
    this.pending = true;
  }

  hostDisconnected(): void {
    off(window, 'hashchange', this.onHashChange);
  }

  hostUpdated(): void {
    if (this.pending) this.reveal();
  }

  private onHashChange = (): void => {
    this.pending = true;
    this.reveal();
  };

  /** Scrolls to the id in `location.hash` when this element renders it; retried after each update until then. */
  reveal(): void {
    let id = location.hash.slice(1);
    try {
      id = decodeURIComponent(id);
    } catch {
      /* keep the raw id */
    }
    if (!id) {
      this.pending = false;
      return;
    }
    if (elementById(id, this.host.ownerDocument)) {
      // The page's own element is where the browser went; say so once the data turns out to have the same id
      // (checked again after each update until then: the data may still be loading).
      const field = this.source?.(id);
      if (field)
        this.warnings.warn(
          'fragment',
          `${field} "${id}" is also the id of an element of the page, where #${id} leads; give it another id to link to it`,
        );
      if (field || !this.source) this.pending = false;
      return;
    }
    const other = claims.current?.hash === location.hash ? claims.current.controller : undefined;
    if (other && other !== this && other.host.isConnected && precedes(other.host, this.host)) {
      this.pending = false;
      return;
    }
    const target = this.find(id);
    if (!target) return;
    this.pending = false;
    if (other && other !== this) other.release();
    claims.current = { hash: location.hash, controller: this };
    this.current?.removeAttribute('data-fragment-target');
    this.current = target;
    target.setAttribute('data-fragment-target', '');
    if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    target.scrollIntoView({ block: 'start' });
    target.focus({ preventScroll: true });
    this.host.dispatchEvent(new WeFragmentTargetEvent({ id }));
  }

  /** Another element took the fragment: this one no longer marks its target. */
  private release(): void {
    this.current?.removeAttribute('data-fragment-target');
    this.current = undefined;
  }
}

const precedes = (a: Node, b: Node) => !!(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
