/** The payload of {@link WeErrorEvent}. */
export interface WeErrorDetail {
  /** What went wrong, as the element shows it, e.g. `timezone "Mars/Base" is not an IANA time zone …`. */
  message: string;
  /**
   * What the organizer wrote that cannot be used: the attribute or property (`items`, `papers`, `timezone`, `date`),
   * the `src` URL as written, or `script` for a `<script type="application/json">` child.
   */
  source: string;
}

/**
 * `we-error`: an element cannot use its data or a setting and shows an error instead. Named `we-error`, not `error`:
 * a bubbling `error` reaching `window` would pass for a script error, and React keeps `onError` for itself.
 */
export class WeErrorEvent extends CustomEvent<WeErrorDetail> {
  constructor(detail: WeErrorDetail) {
    super('we-error', { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface HTMLElementEventMap {
    'we-error': WeErrorEvent;
  }
  /** It bubbles to the document: `document.addEventListener('we-error', …)` is typed too. */
  interface DocumentEventMap {
    'we-error': WeErrorEvent;
  }
}
