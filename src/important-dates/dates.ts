/**
 * Dates as written → instants, in time order, with the mistakes organizers make flagged (pure, no DOM).
 */
import { UniqueIds } from '../internal/unique-ids.js';
import type { Problem } from '../internal/validate.js';
import { slug } from '../internal/slug.js';
import { dateKey, wallTimeToInstant } from '../internal/timezone.js';
import type { DateKind } from './types.js';
import type { DateData, WrittenDate } from './validate.js';
import { AOE, intlZone } from './zone.js';

/** A date placed in time. */
export interface PlacedDate {
  id: string;
  label: string;
  kind: DateKind;
  note?: string;
  url?: string;
  /** The day as written, `YYYY-MM-DD`. */
  date: string;
  /** The time as written (seconds after midnight); undefined for a whole day. */
  seconds?: number;
  /** The zone it is written in: an IANA name or `AoE`. */
  zone: string;
  /** True when the data gave no zone and the element's or the visitor's was assumed. */
  assumedZone: boolean;
  /** The moment it is about: the given time, or the end of a whole day (23:59:59 there). */
  at: number;
  /** When it starts: `at`, or 00:00 of a whole day there. */
  start: number;
  /** Where a whole day ends (the next midnight there), for calendars; `at` for a time. */
  end: number;
  /** The original deadline, when it was extended. */
  extendedFrom?: { date: string; seconds?: number; at: number };
  path: string;
}

export interface DateOptions {
  /** The element's `timezone` (IANA or `AoE`), for dates without their own. */
  zone?: string;
  /** The visitor's zone, assumed when neither the date nor the element has one. */
  viewer: string;
  /** The element's `event-date`: deadlines after it are flagged. */
  eventDate?: string;
}

/** Kinds that get the countdown and a calendar reminder. */
export const DEADLINE_KINDS: ReadonlySet<DateKind> = new Set(['deadline', 'camera-ready']);

const DAY_SECONDS = 86_400;
const LAST_SECOND = DAY_SECONDS - 1;

/** The instant of `seconds` after midnight of `date` in `zone` (IANA or AoE); 86400 is the next midnight. */
export function instantOf(date: string, seconds: number, zone: string): number {
  const [year, month, day] = date.split('-').map(Number);
  return wallTimeToInstant({ year, month, day, hour: 0, minute: 0, second: seconds }, intlZone(zone));
}

function place(written: WrittenDate, zone: string) {
  if (written.seconds !== undefined) {
    const at = instantOf(written.date, written.seconds, zone);
    return { at, start: at, end: at };
  }
  return {
    at: instantOf(written.date, LAST_SECOND, zone),
    start: instantOf(written.date, 0, zone),
    end: instantOf(written.date, DAY_SECONDS, zone),
  };
}

/** Places every date in time, sorted by when it starts; returns the problems only found now. */
export function placeDates(data: DateData[], options: DateOptions): { dates: PlacedDate[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const ids = new UniqueIds();
  const uniqueId = (wanted: string, path: string, written: boolean): string => {
    const id = ids.take(wanted);
    if (written && id !== wanted)
      problems.push({ path: `${path}.id`, message: `"${wanted}" is the id of another date too; this one is "${id}"` });
    return id;
  };

  const dates = data.map((d): PlacedDate => {
    const zone = d.zone ?? options.zone ?? options.viewer;
    if (!d.zone && !options.zone)
      problems.push({
        path: `${d.path}.timezone`,
        message:
          `missing, and the element has no timezone: assumed the visitor's own zone (${options.viewer}), so the ` +
          `moment differs from visitor to visitor; give "timezone" (e.g. "${AOE}" or "America/Los_Angeles")`,
      });
    const placed = place(d, zone);
    let extendedFrom: PlacedDate['extendedFrom'];
    if (d.extendedFrom) {
      const original = place(d.extendedFrom, zone);
      extendedFrom = { ...d.extendedFrom, at: original.at };
      if (original.at >= placed.at)
        problems.push({
          path: `${d.path}.extended_from`,
          message: `${describeWritten(d.extendedFrom)} is not before the new date ${describeWritten(d)}: an extension moves a deadline later (check which is which)`,
        });
    }
    return {
      id: '',
      label: d.label,
      kind: d.kind,
      note: d.note,
      url: d.url,
      date: d.date,
      seconds: d.seconds,
      zone,
      assumedZone: !d.zone && !options.zone,
      ...placed,
      extendedFrom,
      path: d.path,
    };
  });

  // Explicit ids first, so a slug never takes an id the organizer wrote.
  dates.forEach((p, i) => data[i].id && (p.id = uniqueId(data[i].id!, p.path, true)));
  dates.forEach((p) => p.id || (p.id = uniqueId(slug(p.label) || `date-${p.date}`, p.path, false)));

  flagSameDates(dates, problems);
  if (options.eventDate) flagAfterEvent(dates, options.eventDate, options.zone ?? options.viewer, problems);

  const order = dates.map((d, i) => ({ d, i }));
  order.sort((a, b) => a.d.start - b.d.start || a.d.at - b.d.at || a.i - b.i);
  return { dates: order.map((o) => o.d), problems };
}

/** A date written twice with different labels is often a row copied and only half edited. */
function flagSameDates(dates: PlacedDate[], problems: Problem[]): void {
  // For each moment, its first date and the first date of each label: one look-up per date, however many repeat.
  const seen = new Map<string, { first: PlacedDate; byLabel: Map<string, PlacedDate> }>();
  for (const d of dates) {
    const key = `${d.date}|${d.seconds ?? ''}|${d.zone}`;
    const earlier = seen.get(key);
    if (!earlier) {
      seen.set(key, { first: d, byLabel: new Map([[d.label, d]]) });
      continue;
    }
    const twin = earlier.byLabel.get(d.label);
    if (!twin) earlier.byLabel.set(d.label, d);
    problems.push({
      path: `${d.path}.date`,
      message: twin
        ? `the same date as ${twin.path}, with the same label: listed twice?`
        : `the same date as ${earlier.first.path} ("${earlier.first.label}") with a different label: a copied row not updated?`,
    });
  }
}

/** Deadlines and notifications come before the event; one after the end of `event-date` is a typo (a year?). */
function flagAfterEvent(dates: PlacedDate[], eventDate: string, zone: string, problems: Problem[]): void {
  const eventEnd = instantOf(eventDate, DAY_SECONDS, zone);
  for (const d of dates) {
    if (d.kind === 'event' || d.at < eventEnd) continue;
    problems.push({
      path: `${d.path}.date`,
      message: `${describeWritten(d)} is after the event itself (event-date ${eventDate}): a typo in the year or month?`,
    });
  }
}

function describeWritten(w: WrittenDate): string {
  if (w.seconds === undefined) return w.date;
  const h = Math.floor(w.seconds / 3600);
  const m = Math.floor((w.seconds % 3600) / 60);
  return `${w.date} ${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

/** The next deadline (of {@link DEADLINE_KINDS}) that has not passed at `now`. */
export function nextDeadline(dates: PlacedDate[], now: number): PlacedDate | undefined {
  let next: PlacedDate | undefined;
  for (const d of dates) if (DEADLINE_KINDS.has(d.kind) && d.at > now && (!next || d.at < next.at)) next = d;
  return next;
}

/** `past` once its moment is over (a whole day at its end); `now` during a whole-day event or notification. */
export function dateStatus(d: PlacedDate, now: number): 'past' | 'now' | 'upcoming' {
  if (now >= (d.seconds === undefined ? d.end : d.at)) return 'past';
  if (d.seconds === undefined && d.kind !== 'deadline' && d.kind !== 'camera-ready' && now >= d.start) return 'now';
  return 'upcoming';
}

/** The day of `at` in `zone` (IANA or AoE). */
export function dayIn(at: number, zone: string): string {
  return dateKey(at, intlZone(zone));
}
