/**
 * Fired before a `.ics` file is offered for download. Cancel it (`preventDefault()`) to handle the file yourself,
 * e.g. to upload it or show it. Bubbles, composed.
 */
export class WeCalendarDownloadEvent extends CustomEvent<{ filename: string; ics: string; sessionIds: string[] }> {
  constructor(
    /** The suggested file name, e.g. `paper-submission.ics`. */
    filename: string,
    /** The RFC 5545 text (CRLF line ends). */
    ics: string,
    /** The ids of the sessions (or dates) in it. */
    sessionIds: string[],
  ) {
    super('we-calendar-download', {
      bubbles: true,
      composed: true,
      cancelable: true,
      detail: { filename, ics, sessionIds },
    });
  }
}

declare global {
  interface HTMLElementEventMap {
    'we-calendar-download': WeCalendarDownloadEvent;
  }
}
