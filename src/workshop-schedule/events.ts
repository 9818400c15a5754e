/** Events `<workshop-schedule>` fires, with typed payloads. */

/**
 * Fired before a `.ics` file is offered for download (one session, the whole program or "My program").
 * Cancel it (`preventDefault()`) to handle the file yourself, e.g. to upload it or show it.
 */
export class CalendarDownloadEvent extends Event {
  constructor(
    /** The suggested file name, e.g. `terence-tao.ics`. */
    readonly filename: string,
    /** The RFC 5545 text (CRLF line ends). */
    readonly ics: string,
    /** The ids of the sessions in it. */
    readonly sessionIds: string[],
  ) {
    super('calendar-download', { bubbles: true, composed: true, cancelable: true });
  }
}

/** Fired when the visitor stars or unstars a session, or opens a shared "My program" link. */
export class FavoritesChangeEvent extends Event {
  constructor(
    /** The starred session ids, in the order they were starred. */
    readonly favorites: string[],
  ) {
    super('favorites-change', { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'calendar-download': CalendarDownloadEvent;
    'favorites-change': FavoritesChangeEvent;
  }
}
