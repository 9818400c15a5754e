/**
 * Dates as text, through `Intl` in the page's language: as the organizer wrote them ("Sep 13, 2019, 23:59 AoE") and
 * in the visitor's zone ("Sep 14, 13:59" in "Berlin", one day later). Times use a 24-hour clock, as deadlines do.
 */
import { formatter, zoneName } from '../internal/format.js';
import { daysBetween } from '../internal/timezone.js';
import { dayIn, DEADLINE_KINDS, type PlacedDate } from './dates.js';
import type { DatesTerm } from './terms.js';
import { AOE, intlZone, zoneCity } from './zone.js';

const DAY_OPTIONS: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'short', day: 'numeric' };
const TIME_OPTIONS: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };

/** "AoE", "PDT"; an offset-only name gets its city: "GMT+2 (Berlin)". */
export function zoneLabel(zone: string, at: number, lang?: string): string {
  if (zone === AOE) return AOE;
  const name = zoneName(at, zone, lang);
  const city = zoneCity(zone);
  return /^(GMT|UTC)[+\-−]/.test(name) && city ? `${name} (${city})` : name || zone;
}

/** "Sep 13, 2019, 23:59" for a time (seconds shown when written), "Nov 9, 2019" for a whole day; no zone. */
export function writtenText(date: string, seconds: number | undefined, lang?: string): string {
  if (seconds === undefined) return formatter(lang, { ...DAY_OPTIONS, timeZone: 'UTC' }).format(Date.parse(date));
  // The wall clock as written, formatted in UTC so no zone can move it (24:00 shows as the next day's 00:00).
  const wall = Date.parse(date) + seconds * 1000;
  const options = { ...DAY_OPTIONS, ...TIME_OPTIONS, ...(seconds % 60 ? { second: '2-digit' as const } : {}) };
  return formatter(lang, { ...options, timeZone: 'UTC' }).format(wall);
}

/** What the visitor's zone shows for a date, or undefined when its clock reads the same as the written one. */
export interface LocalView {
  /** `until` for a whole-day deadline (it is its end that matters), `range` for another whole day. */
  form: 'at' | 'until' | 'range';
  /** One instant, or the first and last minute of a whole day. */
  times: { at: number; text: string }[];
  /** "Berlin", or the zone's short name where it has no city ("UTC"). */
  place: string;
  /** Calendar days between the written day and the visitor's (`+1`: a day later there). */
  shift: number;
}

export function localView(d: PlacedDate, viewer: string, lang?: string): LocalView | undefined {
  const zone = intlZone(d.zone);
  const sameClock = (t: number) =>
    dayIn(t, d.zone) === dayIn(t, viewer) && clock(t, zone, lang) === clock(t, viewer, lang);
  if (sameClock(d.at) && sameClock(d.start)) return undefined;
  const writtenYear = d.date.slice(0, 4);
  const text = (t: number) => {
    const options = dayIn(t, viewer).slice(0, 4) === writtenYear ? { month: 'short', day: 'numeric' } : DAY_OPTIONS;
    return formatter(lang, { ...(options as Intl.DateTimeFormatOptions), ...TIME_OPTIONS, timeZone: viewer }).format(t);
  };
  const place = zoneCity(viewer) ?? zoneName(d.at, viewer, lang);
  if (d.seconds !== undefined)
    return { form: 'at', times: [{ at: d.at, text: text(d.at) }], place, shift: shiftOf(d, viewer) };
  if (DEADLINE_KINDS.has(d.kind))
    return { form: 'until', times: [{ at: d.at, text: text(d.at) }], place, shift: shiftOf(d, viewer) };
  return {
    form: 'range',
    times: [
      { at: d.start, text: text(d.start) },
      { at: d.at, text: text(d.at) },
    ],
    place,
    shift: 0,
  };
}

function clock(t: number, zone: string, lang?: string): string {
  return formatter(lang, { ...TIME_OPTIONS, timeZone: zone }).format(t);
}

/** Days from the written day to the visitor's day of the date's moment. */
export function shiftOf(d: PlacedDate, viewer: string): number {
  return daysBetween(d.date, dayIn(d.at, viewer));
}

/** "+1 day", "−2 days", in `t`'s language. */
export function shiftText(shift: number, t: DatesTerm): string {
  return t('dayShift', { sign: shift > 0 ? '+' : '−', n: Math.abs(shift) });
}

/** The kinds as the calendar file's categories (language-neutral, like the rest of the `.ics`). */
export const KIND_LABELS: Record<PlacedDate['kind'], string> = {
  deadline: 'Deadline',
  notification: 'Notification',
  event: 'Event',
  'camera-ready': 'Camera-ready',
};
