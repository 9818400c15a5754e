/** Fired when an element's data or one of its settings cannot be used. Bubbles, composed. */
export class WeErrorEvent extends CustomEvent<{ message: string; source: string }> {
  constructor(
    /** What went wrong, as shown in the element. */
    message: string,
    /** What it came from: the attribute, property, URL or setting, e.g. `src "dates.json"` or `timezone`. */
    source: string,
  ) {
    super('we-error', { bubbles: true, composed: true, detail: { message, source } });
  }
}

declare global {
  interface HTMLElementEventMap {
    'we-error': WeErrorEvent;
  }
}
