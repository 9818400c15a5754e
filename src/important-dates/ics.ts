/**
 * Important dates as an iCalendar file, through the schedule's RFC 5545 writer: every moment in UTC (AoE 23:59 on
 * Sep 13 is DTSTART:20190914T115900Z), a whole day as its exact span in its zone, and a reminder one day before
 * each deadline.
 */
import { buildCalendar, shortHash, uidSafe, type IcsEvent } from '../internal/ics.js';
import { encodeComponent } from '../internal/well-formed.js';
import { DEADLINE_KINDS, type PlacedDate } from './dates.js';
import { KIND_LABELS, writtenText, zoneLabel } from './format.js';

export interface DatesCalendarOptions {
  /** The page the dates are on, without its fragment: for UIDs and the link back. */
  page: string;
  /** Whether the events link back to `page` (not where the page has no URL others can open, e.g. `about:srcdoc`). */
  linkable?: boolean;
  /** The page's host name, the UID's domain. */
  host: string;
  /** The calendar's name, e.g. the page title. */
  name?: string;
  stamp?: number;
}

/** The `.ics` text for `dates` (CRLF line ends). */
export function datesCalendar(dates: PlacedDate[], options: DatesCalendarOptions): string {
  const events = dates.map((d): IcsEvent => {
    const written = `${writtenText(d.date, d.seconds, 'en-US')} ${zoneLabel(d.zone, d.at, 'en-US')}`;
    const lines = [d.seconds === undefined ? `${written} (the whole day, until 23:59:59 there)` : written];
    if (d.extendedFrom)
      lines.push(`Extended from ${writtenText(d.extendedFrom.date, d.extendedFrom.seconds, 'en-US')}`);
    if (d.note) lines.push(d.note);
    if (d.url) lines.push(d.url);
    const link = options.linkable === false ? undefined : `${options.page}#${encodeComponent(d.id)}`;
    if (link) lines.push('', link);
    return {
      uid: `${uidSafe(d.id)}-${shortHash(options.page)}@${options.host}`,
      start: d.start,
      end: d.seconds === undefined ? d.end : undefined,
      summary: d.label,
      description: lines.join('\n'),
      url: link,
      categories: [KIND_LABELS[d.kind]],
      // Relative to the end: the deadline itself, also for a whole day (its end is the next midnight).
      alarm: DEADLINE_KINDS.has(d.kind)
        ? { trigger: ';RELATED=END:-P1D', description: `In 24 hours: ${d.label} (${written})` }
        : undefined,
    };
  });
  return buildCalendar(events, { name: options.name, stamp: options.stamp, product: 'important-dates' });
}
