/**
 * An RFC 5545 (iCalendar) writer for the program: CRLF line ends, TEXT escaping, lines folded at
 * 75 octets without splitting a UTF-8 character, stable UIDs, times in UTC.
 * Hand-written: the format is small, and `lit` stays the only runtime dependency.
 */
import { fnv1a } from './hash.js';

/** One calendar event. */
export interface IcsEvent {
  /** Stable across downloads, so re-importing updates instead of duplicating. */
  uid: string;
  start: number;
  /** Omitted for a moment (a deadline): RFC 5545 then ends the event at its start. */
  end?: number;
  summary: string;
  description?: string;
  location?: string;
  url?: string;
  categories?: string[];
  /** A reminder: `trigger` is an RFC 5545 TRIGGER with its parameters, e.g. `;RELATED=END:-P1D`. */
  alarm?: { trigger: string; description: string };
}

/**
 * Escapes a TEXT value: backslash, `;`, `,` and newlines; drops control characters RFC 5545 forbids. U+2028, U+2029
 * and U+0085 (NEL) are line breaks to some readers, which would split the content line there: they are written as
 * the escaped newline they mean.
 */
export function escapeText(value: string): string {
  return value
    .replace(/\r\n?|[\u0085\u2028\u2029]/g, '\n')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
    .replace(/[\\;,]/g, (c) => `\\${c}`)
    .replace(/\n/g, '\\n');
}

/** UTF-8 length of one code point. */
function octets(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/** Folds one content line: at most 75 octets per line, continuation lines start with a space. */
export function foldLine(line: string): string {
  if (line.length <= 75 && /^[\x20-\x7e]*$/.test(line)) return line;
  const out: string[] = [];
  let current = '';
  let size = 0;
  for (const ch of line) {
    const n = octets(ch.codePointAt(0)!);
    if (size + n > 75) {
      out.push(current);
      current = ' ';
      size = 1;
    }
    current += ch;
    size += n;
  }
  out.push(current);
  return out.join('\r\n');
}

/** `20191213T163000Z`. */
export function utcStamp(instant: number): string {
  return new Date(instant)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/**
 * A UID part from any id: only characters every calendar accepts. An id that had to be changed for that gets a hash
 * of itself, so two ids that read the same once changed (`keynote:1`, `keynote/1`; `日本`, `中国`) stay apart.
 */
export function uidSafe(text: string): string {
  const safe = text.replace(/[^A-Za-z0-9._-]+/g, '-').slice(0, 120) || 'session';
  return safe === text ? safe : `${safe}-${shortHash(text)}`;
}

/** A short stable hash, to tell two pages on one host apart in UIDs. */
export const shortHash = (text: string): string => fnv1a(text).toString(36);

/** The whole calendar file, lines ending in CRLF. */
export function buildCalendar(
  events: IcsEvent[],
  options: { name?: string; stamp?: number; product?: string } = {},
): string {
  const stamp = utcStamp(options.stamp ?? Date.now());
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//workshop-elements//${options.product ?? 'workshop-schedule'}//EN`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
  ];
  if (options.name) lines.push(`X-WR-CALNAME:${escapeText(options.name)}`);
  for (const e of events) {
    lines.push('BEGIN:VEVENT', `UID:${e.uid}`, `DTSTAMP:${stamp}`, `DTSTART:${utcStamp(e.start)}`);
    if (e.end !== undefined) lines.push(`DTEND:${utcStamp(e.end)}`);
    lines.push(`SUMMARY:${escapeText(e.summary)}`);
    if (e.description) lines.push(`DESCRIPTION:${escapeText(e.description)}`);
    if (e.location) lines.push(`LOCATION:${escapeText(e.location)}`);
    if (e.url) lines.push(`URL:${e.url.replace(/[\u0000-\u001f\u007f]/g, '')}`);
    if (e.categories?.length) lines.push(`CATEGORIES:${e.categories.map(escapeText).join(',')}`);
    if (e.alarm)
      lines.push(
        'BEGIN:VALARM',
        'ACTION:DISPLAY',
        `TRIGGER${e.alarm.trigger}`,
        `DESCRIPTION:${escapeText(e.alarm.description)}`,
        'END:VALARM',
      );
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
