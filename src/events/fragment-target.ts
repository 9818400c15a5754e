/** The payload of {@link WeFragmentTargetEvent}. */
export interface WeFragmentTargetDetail {
  /** The id from the page URL's `#fragment` that the element scrolled to. */
  id: string;
}

/** `we-fragment-target`: a `#id` link into the element was followed: it scrolled to, focused and marked that item. */
export class WeFragmentTargetEvent extends CustomEvent<WeFragmentTargetDetail> {
  constructor(detail: WeFragmentTargetDetail) {
    super('we-fragment-target', { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface HTMLElementEventMap {
    'we-fragment-target': WeFragmentTargetEvent;
  }
  /** It bubbles to the document: `document.addEventListener('we-fragment-target', …)` is typed too. */
  interface DocumentEventMap {
    'we-fragment-target': WeFragmentTargetEvent;
  }
}
