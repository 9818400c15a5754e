/** Fired when an element's data has loaded, been validated and rendered. Bubbles, composed. */
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
