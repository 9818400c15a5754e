/** The payload of {@link WeCalendarDownloadEvent}. */
export interface WeCalendarDownloadDetail {
  /** The suggested file name, e.g. `terence-tao.ics`. */
  filename: string;
  /** The RFC 5545 text (CRLF line ends). */
  ics: string;
  /** The ids of the sessions in it. */
  sessionIds: string[];
}

/**
 * `we-calendar-download`: a `.ics` file is about to be offered for download (one session, the whole program or
 * "My program"). Cancel it (`preventDefault()`) to handle the file yourself, e.g. to upload it or show it.
 */
export class WeCalendarDownloadEvent extends CustomEvent<WeCalendarDownloadDetail> {
  constructor(detail: WeCalendarDownloadDetail) {
    super('we-calendar-download', { bubbles: true, composed: true, cancelable: true, detail });
  }
}

declare global {
  interface HTMLElementEventMap {
    'we-calendar-download': WeCalendarDownloadEvent;
  }
  /** It bubbles to the document: `document.addEventListener('we-calendar-download', …)` is typed too. */
  interface DocumentEventMap {
    'we-calendar-download': WeCalendarDownloadEvent;
  }
}
