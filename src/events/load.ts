/**
 * `we-load`: an element has loaded its data from `src`. Bubbles and is composed, so a listener on the page
 * (`document.addEventListener('we-load', …)`) hears every element; `event.target` is the element.
 */
export class WeLoadEvent extends Event {
  constructor() {
    super('we-load', { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'we-load': WeLoadEvent;
  }
  /** It bubbles to the document: `document.addEventListener('we-load', …)` is typed too. */
  interface DocumentEventMap {
    'we-load': WeLoadEvent;
  }
}
