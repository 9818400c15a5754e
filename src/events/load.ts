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
}
