/**
 * Wall-clock times in an IANA zone ↔ instants, with nothing but `Intl.DateTimeFormat`.
 *
 * No library: the browser already ships the tz database; we read a zone's offset at an instant from
 * `formatToParts` and pick the instant whose offset agrees with the wall time (exact across DST,
 * half-hour zones, +13/-12 zones and the day Samoa skipped).
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function partsFormatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      era: 'short',
    });
    formatters.set(zone, f);
  }
  return f;
}

/** True when the browser knows `zone` as a time zone. */
export function isValidTimeZone(zone: string): boolean {
  try {
    partsFormatter(zone);
    return true;
  } catch {
    return false;
  }
}

/** The viewer's own zone. */
export function viewerTimeZone(): string {
  return new Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** A calendar date and wall-clock time, as written by the organizer. */
export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

// formatToParts is the slow part of reading a program (a third of a 300-talk conference's first render, in a
// profile), and a program asks about the same instants again and again (sessions in parallel rooms, ends that are
// the next starts): each answer is kept. Cleared past a bound, so a long-lived page does not grow it for ever.
const walls = new Map<string, Readonly<WallTime>>();

/** The wall-clock time in `zone` at `instant` (ms since the epoch). */
export function wallTimeAt(instant: number, zone: string): Readonly<WallTime> {
  const offset = steadyOffset(instant, zone);
  if (offset === undefined) return askedWallTime(instant, zone);
  const d = new Date(Math.floor(instant / 1000) * 1000 + offset);
  // The year as readWallTime gives it (1 BC is 0).
  const [year, month, day] = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
  return { year, month, day, hour: d.getUTCHours(), minute: d.getUTCMinutes(), second: d.getUTCSeconds() };
}

// Most days have no clock change near them: then one offset holds for the whole UTC day, read once per zone and day
// from two instants three days apart (no zone changes its clocks twice within three days and back). A 300-talk
// program asked formatToParts about ~600 instants; it now asks about two a day. Days near a change ask each instant.
const steady = new Map<string, number | null>();

function steadyOffset(instant: number, zone: string): number | undefined {
  const midnight = Math.floor(instant / DAY) * DAY;
  const key = `${zone}|${midnight}`;
  let offset = steady.get(key);
  if (offset === undefined) {
    if (steady.size > 10_000) steady.clear();
    const before = askedOffset(midnight - DAY, zone);
    steady.set(key, (offset = before === askedOffset(midnight + 2 * DAY, zone) ? before : null));
  }
  return offset ?? undefined;
}

function askedOffset(instant: number, zone: string): number {
  return wallAsUtc(askedWallTime(instant, zone)) - instant;
}

/** {@link wallTimeAt} asked of `Intl`. */
function askedWallTime(instant: number, zone: string): Readonly<WallTime> {
  const key = `${zone}|${instant}`;
  let wall = walls.get(key);
  if (!wall) {
    if (walls.size > 10_000) walls.clear();
    walls.set(key, (wall = readWallTime(instant, zone)));
  }
  return wall;
}

function readWallTime(instant: number, zone: string): WallTime {
  const parts: Record<string, string> = {};
  for (const p of partsFormatter(zone).formatToParts(new Date(instant))) parts[p.type] = p.value;
  let year = Number(parts.year);
  if (parts.era === 'BC' || parts.era === 'B') year = 1 - year;
  return {
    year,
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour) % 24, // some engines say 24 for midnight
    minute: Number(parts.minute),
    second: Number(parts.second),
  };
}

function wallAsUtc(w: Readonly<WallTime>): number {
  const d = new Date(Date.UTC(2000, w.month - 1, w.day, w.hour, w.minute, w.second));
  d.setUTCFullYear(w.year);
  return d.getTime();
}

/** The zone's offset from UTC at `instant`, in ms (e.g. -8 h for PST). */
export function offsetAt(instant: number, zone: string): number {
  const whole = Math.floor(instant / 1000) * 1000;
  return wallAsUtc(wallTimeAt(whole, zone)) - whole;
}

const DAY = 86_400_000;

/**
 * The instant of a wall-clock time in `zone`. A time that happens twice (the hour repeated when DST
 * ends) gives the first one; a time that never happens (skipped when DST starts) is moved forward
 * by the gap, as clocks and RFC 5545 do (02:30 becomes 03:30).
 */
export function wallTimeToInstant(w: WallTime, zone: string): number {
  const wall = wallAsUtc(w);
  const key = `${zone}|${wall}`;
  let instant = instants.get(key);
  if (instant === undefined) {
    instant = resolve(wall, zone);
    // Bounded as the other caches: a long-lived page that loads program after program would otherwise keep them all.
    if (instants.size > 10_000) instants.clear();
    instants.set(key, instant);
  }
  return instant;
}

// A program repeats the same few start times; formatToParts is the slow part.
const instants = new Map<string, number>();

function resolve(wall: number, zone: string): number {
  // Offsets a day either side cover every real transition (at most one per day).
  const before = offsetAt(wall - DAY, zone);
  const after = offsetAt(wall + DAY, zone);
  const candidates = [wall - before, wall - after].filter((t) => offsetAt(t, zone) === wall - t);
  if (candidates.length) return Math.min(...candidates);
  return wall - before;
}

/** `YYYY-MM-DD` of `instant` in `zone`. */
export function dateKey(instant: number, zone: string): string {
  const w = wallTimeAt(instant, zone);
  return `${String(w.year).padStart(4, '0')}-${pad(w.month)}-${pad(w.day)}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** Whole days from date key `a` to date key `b` (`+1` when `b` is the next day). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00Z`) - Date.parse(`${a}T00:00Z`)) / DAY);
}
