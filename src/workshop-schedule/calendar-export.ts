/**
 * The program's sessions as a calendar file: one `.ics` event per session, with stable UIDs. No DOM, apart from the
 * last two functions, which read the page's address and offer the file.
 */
import { WeCalendarDownloadEvent } from '../events/calendar-download.js';
import { downloadText } from '../internal/download.js';
import { documentTitle, hasShareableUrl } from '../internal/page.js';
import { encodeComponent } from '../internal/well-formed.js';
import { plainText } from '../internal/rich-text.js';
import { TYPE_LABELS } from './type-labels.js';
import { CALENDAR_TERMS, PENDING } from './live.js';
import { buildCalendar, shortHash, uidSafe, type IcsEvent } from '../internal/ics.js';
import type { Session } from './program.js';
import type { SpeakerData } from './validate.js';

/**
 * The calendar of these sessions. `page` is the page's URL without its hash (each event links to its session), `host`
 * the page's host name (part of the UIDs, with a hash of the page: two pages on one host keep apart).
 */
export function sessionsCalendar(
  sessions: Session[],
  page: string,
  host: string,
  name?: string,
  room?: string,
  linkable = true,
): string {
  const events: IcsEvent[] = sessions.map((s) => {
    const link = linkable ? `${page}#${encodeComponent(s.id)}` : undefined;
    return {
      uid: `${uidSafe(s.id)}-${shortHash(page)}@${host}`,
      start: s.start,
      end: s.end,
      summary: s.title || 'TBA',
      description: describeSession(s, link),
      location: s.room ?? room,
      // The call or the stream is where the visitor goes at the time; the page link stays in the description.
      url: s.join ?? s.stream ?? link,
      categories: [TYPE_LABELS[s.type], ...(s.track ? [s.track] : [])],
    };
  });
  return buildCalendar(events, { name });
}

/** The calendar event's description: speakers, nested talks, abstract, the online links and links, and the page. */
function describeSession(s: Session, pageLink: string | undefined): string {
  const who = (speakers: SpeakerData[]) =>
    speakers.map((p) => (p.affiliation ? `${p.name} (${p.affiliation})` : p.name)).join(', ');
  const lines: string[] = [];
  if (s.speakers.length) lines.push(who(s.speakers));
  for (const n of s.items) lines.push(`• ${n.title || 'TBA'}${n.speakers.length ? ` — ${who(n.speakers)}` : ''}`);
  if (s.abstract) lines.push('', plainText(s.abstract));
  if (s.join) lines.push(`${CALENDAR_TERMS.join}: ${s.join}`);
  if (s.stream) lines.push(`${CALENDAR_TERMS.stream}: ${s.stream}`);
  if (s.recording && s.recording !== PENDING) lines.push(`${CALENDAR_TERMS.recording}: ${s.recording}`);
  for (const l of s.links) lines.push(`${l.label}: ${l.url}`);
  if (pageLink) lines.push('', pageLink);
  return lines.join('\n').trim();
}

/**
 * The sessions' calendar for this page: UIDs and links from its URL (no links where it has none others can open, as
 * in `<iframe srcdoc>`), the calendar named by its title (read so that `<img name="title">` cannot replace it).
 */
export function pageCalendar(sessions: Session[], room?: string, doc: Document = document): string {
  const page = location.href.split('#', 1)[0];
  const host = location.hostname || 'workshop-elements';
  return sessionsCalendar(sessions, page, host, documentTitle(doc) || undefined, room, hasShareableUrl());
}

/** Offers the sessions as one `.ics` file (downloaded inside `parent`), after a cancelable `we-calendar-download` event. */
export function offerCalendar(host: HTMLElement, parent: Node, sessions: Session[], filename: string, room?: string) {
  const ics = pageCalendar(sessions, room, host.ownerDocument);
  const event = new WeCalendarDownloadEvent({ filename, ics, sessionIds: sessions.map((s) => s.id) });
  if (host.dispatchEvent(event)) downloadText(parent, ics, filename, 'text/calendar;charset=utf-8');
}
