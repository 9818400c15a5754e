/**
 * The first day first: a long program validates the entries of its first day in the element's first update, which
 * renders that day, and the rest of the entries after the first paint (the data controller's `rest`). Validation
 * and the program's time arithmetic for the other days were a third of the first update of a 300-talk conference.
 *
 * Only where the first day is known for certain from a quick look at the entries ({@link firstDayPlan}): every
 * session's `start` a date and time written without an offset (`2027-04-26T09:00`, or Jekyll's `… +0000`), so its day
 * is the day written in any zone, and before 22:00, so no clock change moves it to the next. Everything the bar above
 * the days shows is read in that look too (the days for the day links, the number of sessions, the rooms and tracks
 * for the filters), so it shows as it will stay. A program with online links or modes (`join`, `stream`, `mode`,
 * which set the "In the room" / "Online" toggle from all sessions) is read at once, as is one whose first day is
 * most of it. Read in two parts or at once, the validated data is the same (`itemsReader`), and so is every warning:
 * the console reports them once the whole program is read. The look also notes each later session's `id` and title
 * (`Outline.later`): a session without an `id` takes its slug after every written `id` of the program, so the first
 * day's sessions take the ids they keep, and "My program" keeps and counts stars against every session's id.
 */
import type { Rest } from '../internal/data.js';
import { own, type Validated } from '../internal/validate.js';
import { itemsReader, readTime, type SessionData, type TimeSpec } from './validate.js';
import { ONE_UPDATE } from './day-steps.js';
import type { LaterSession, Program } from './program.js';

/** What the controls show of the whole program while only its first day is read. */
export interface Outline {
  /** `YYYY-MM-DD` of every day, in order; the first is the day read first. */
  days: string[];
  /** Sessions in the whole program. */
  sessions: number;
  rooms: string[];
  tracks: string[];
  /** The sessions after the first day's entries in the data: they take ids the first day's would otherwise take. */
  later: LaterSession[];
}

/** Validated data with the rest to read later (see the data controller's `Rest`). */
export type Staged = Validated<SessionData[]> & { rest?: Rest<SessionData[]> };

/** A session starting this late could move to the next day when a clock change skips an hour. */
const LATEST = 22 * 3600;
/** The first day is read first only when it is at most this share of the sessions. */
const FIRST_SHARE = 0.6;
/** Fields that make the controls depend on every session (the hybrid toggle, the mode note). */
const ONLINE = ['join', 'stream', 'mode'];

const outlines = new WeakMap<object, Outline>();

/** The outline of data that is the first day of a longer program; `undefined` for a whole program. */
export function outlineOf(data: object): Outline | undefined {
  return outlines.get(data);
}

/**
 * `items` validated as far as the end of their first day, with the rest to read once `after()` resolves; else all
 * of them. Each part is read inside `within` (the element's `base-url`).
 */
export function readFirstDay(raw: unknown, within: <R>(read: () => R) => R, after: () => Promise<unknown>): Staged {
  const plan = Array.isArray(raw) ? firstDayPlan(raw) : undefined;
  const items = itemsReader(raw);
  const whole = () =>
    within(() => {
      items.read(Infinity);
      return items.finish();
    });
  if (!plan) return whole();
  within(() => items.read(plan.end));
  const first = { data: items.data.slice(), problems: items.problems.slice() };
  outlines.set(first.data, plan.outline);
  return { ...first, rest: { after: after(), read: whole } };
}

/** Text as the validator reads it (`Fields.text`, trimmed, empty as none). */
function text(value: unknown): string | undefined {
  const t =
    typeof value === 'string' ? value : typeof value === 'number' && Number.isFinite(value) ? String(value) : '';
  return t.trim() || undefined;
}

/**
 * Where the first day's entries end (every entry before `end` is read first), and the outline; `undefined` when the
 * program is read at once (see the top of this file).
 */
export function firstDayPlan(raw: readonly unknown[]): { end: number; outline: Outline } | undefined {
  if (raw.length <= ONE_UPDATE) return undefined; // a workshop: fewer sessions than entries
  const dates: (string | undefined)[] = [];
  const rooms = new Set<string>();
  const tracks = new Set<string>();
  let sessions = 0;
  // Sessions in parallel rooms share their start: each text is read once.
  const read = new Map<unknown, TimeSpec | undefined>();
  const specOf = (start: unknown) => {
    if (!read.has(start)) read.set(start, readTime(start)?.spec);
    return read.get(start);
  };
  const dayOf = (start: unknown) => {
    const spec = specOf(start);
    // A time alone (on the element's `date` or the entry's), an offset, or late at night: its day needs the zone.
    return spec?.kind === 'wall' && spec.seconds < LATEST ? spec.date : undefined;
  };
  for (const value of raw) {
    dates.push(undefined);
    if (!value || typeof value !== 'object' || Array.isArray(value)) continue;
    if (ONLINE.some((key) => own(value, key) !== undefined)) return undefined;
    if (!Object.hasOwn(value, 'start')) continue;
    const day = dayOf(own(value, 'start'));
    if (!day) return undefined;
    dates[dates.length - 1] = day;
    sessions++;
    const room = text(own(value, 'room'));
    const track = text(own(value, 'track'));
    if (room) rooms.add(room);
    if (track) tracks.add(track);
  }
  const days = [...new Set(dates.filter((d) => d !== undefined))].sort();
  if (sessions <= ONE_UPDATE || days.length < 2) return undefined;
  const first = days[0];
  let end = dates.lastIndexOf(first) + 1;
  // What follows the first day's last session up to the next session (a heading, an entry that is skipped) is read
  // with it: a skipped entry right after a session changes how that session ends (`beforeSkipped`).
  while (end < raw.length && dates[end] === undefined) end++;
  const firstSessions = dates.slice(0, end).filter((d) => d !== undefined).length;
  if (firstSessions > sessions * FIRST_SHARE) return undefined;
  // Every entry with a `start` is a session here (its start was read above), and takes an id (program.ts).
  const later: LaterSession[] = [];
  for (let i = end; i < raw.length; i++) {
    const value = raw[i] as object;
    if (dates[i] === undefined) continue;
    const start = specOf(own(value, 'start'))!;
    later.push({ id: text(own(value, 'id')), title: text(own(value, 'title')) ?? '', start });
  }
  return { end, outline: { days, sessions, rooms: [...rooms], tracks: [...tracks], later } };
}

/**
 * The program of the first day's entries as it renders while the rest is read: its first day only (entries of later
 * days among them wait for theirs), with the whole program's rooms and tracks for the filters.
 */
export function firstDayProgram(program: Program, outline: Outline): Program {
  return { ...program, days: program.days.slice(0, 1), rooms: outline.rooms, tracks: outline.tracks, problems: [] };
}
