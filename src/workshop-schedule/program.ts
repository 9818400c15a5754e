/**
 * Validated sessions + the element's `timezone` and `date` → the program as it renders: exact instants,
 * default ends, ids, days, rooms, and the grid placement of parallel sessions. Pure, no DOM.
 */
import { slug } from '../internal/slug.js';
import { UniqueIds } from '../internal/unique-ids.js';
import type { Link, Problem } from '../internal/validate.js';
import type { OnlineLinks } from './live.js';
import { dateKey, wallTimeToInstant } from '../internal/timezone.js';
import type { NestedData, SessionData, TimeSpec } from './validate.js';

/** A talk inside a session (e.g. a spotlight), as validated: nothing more to derive. */
export type NestedTalk = NestedData;

export interface Session extends NestedTalk, OnlineLinks {
  id: string;
  start: number;
  end: number;
  /** True when neither `end` nor a later session says when it ends (shown without an end time). */
  openEnd: boolean;
  room?: string;
  track?: string;
  section?: string;
  sectionLinks?: Link[];
  sectionRecording?: string;
  items: NestedTalk[];
  /** `YYYY-MM-DD` in the event's zone. */
  day: string;
  /** The start was written with its own offset (`…T08:30-08:00`), not as a wall clock. */
  instantWritten: boolean;
  /** Where it came from in the data, e.g. `items[3]`, for warnings. */
  path?: string;
}

/** Where a session or section sits in a day's grid (CSS grid lines, 1-based; column -1 = the last). */
export interface Cell {
  row: number;
  rowEnd: number;
  col: number;
  colEnd: number;
}

export interface Day {
  /** `YYYY-MM-DD` in the event's zone. */
  key: string;
  sessions: Session[];
  /** Rooms used this day, in the order they first appear in the data. */
  rooms: string[];
  /** Sessions in different rooms overlap: shown as a grid when the element is wide. */
  parallel: boolean;
  /** Grid placement for parallel days, by session id. */
  cells: Map<string, Cell>;
  /** Section headings and the session they come before (by id), with their grid row. */
  sections: Map<string, SectionHeading>;
}

/** A section heading as it renders. */
export interface SectionHeading {
  title: string;
  links: Link[];
  row: number;
  /** A URL or `pending`: shown once the section's sessions of the day have ended (`end`). */
  recording?: string;
  end: number;
}

export interface Program {
  sessions: Session[];
  days: Day[];
  rooms: string[];
  tracks: string[];
  problems: Problem[];
  /** The ids of the sessions not read yet (`later` of {@link buildProgram}), in the data's order. */
  laterIds?: string[];
}

/** The ids of every session of the program, those not read yet included (see first-day.ts). */
export const sessionIds = (program: Program): string[] => [
  ...program.sessions.map((s) => s.id),
  ...(program.laterIds ?? []),
];

/** Default length of the last session of a day when nothing says when it ends (calendar export needs an end). */
export const OPEN_END_MINUTES = 30;

function instant(spec: TimeSpec, zone: string, date: string): number {
  if (spec.kind === 'instant') return spec.instant;
  const [year, month, day] = (spec.date ?? date).split('-').map(Number);
  // Seconds may reach 86400 ("24:00"): Date.UTC carries the overflow into the next day.
  return wallTimeToInstant({ year, month, day, hour: 0, minute: 0, second: spec.seconds }, zone);
}

/** The id a session without one takes: its title's slug, or its start's (`session-201912130830`, UTC). */
const sessionSlug = (title: string, start: number) =>
  slug(title) || `session-${new Date(start).toISOString().slice(0, 16).replace(/\D/g, '')}`;

/** What a session of the data not read yet needs for the ids of those read (see first-day.ts). */
export interface LaterSession {
  id?: string;
  title: string;
  start: TimeSpec;
}

/**
 * Places every session in time and in the day grid. `date` is the day for times given without one.
 * Problems found only now (an `end` before its `start` written in a different form) are returned. `later`: the
 * sessions that follow `data` in a longer program (its first day is read first, first-day.ts), for the ids.
 */
export function buildProgram(
  data: SessionData[],
  zone: string,
  date: string,
  later: readonly LaterSession[] = [],
): Program {
  const problems: Problem[] = [];
  const ids = new UniqueIds();
  const nested = (n: NestedData): NestedTalk => ({
    ...n,
    id: n.id ? ids.take(n.id) : n.title ? ids.take(slug(n.title) || 'talk') : undefined,
  });

  // Rooms and tracks in the order they first appear; the maps keep every step O(1) for thousands of sessions.
  const roomIndex = new Map<string, number>();
  const trackIndex = new Map<string, number>();
  const placed = data.map((s) => {
    const start = instant(s.start, zone, date);
    let end = s.end ? instant(s.end, zone, date) : undefined;
    if (end !== undefined && end <= start) {
      problems.push({
        path: `${s.path}.end`,
        message: 'not after start (ignored: the session ends when the next one starts)',
      });
      end = undefined;
    }
    if (s.room && !roomIndex.has(s.room)) roomIndex.set(s.room, roomIndex.size);
    if (s.track && !trackIndex.has(s.track)) trackIndex.set(s.track, trackIndex.size);
    return { s, start, end, day: dateKey(start, zone) };
  });
  // Explicit ids first, so a slug never takes an id the organizer wrote. The sessions of `later` take theirs in the
  // same turns, so that the sessions of `data` have the ids they have in the whole program.
  const sessionIds = new Map<SessionData, string>();
  for (const { s } of placed) if (s.id) sessionIds.set(s, ids.take(s.id));
  const laterIds = later.map((s) => (s.id ? ids.take(s.id) : ''));
  for (const { s, start } of placed) if (!s.id) sessionIds.set(s, ids.take(sessionSlug(s.title, start)));
  later.forEach((s, i) => (laterIds[i] ||= ids.take(sessionSlug(s.title, instant(s.start, zone, date)))));

  const roomOrder = (r?: string) => (r === undefined ? -1 : roomIndex.get(r)!);
  placed.sort((a, b) => a.start - b.start || roomOrder(a.s.room) - roomOrder(b.s.room));
  const nextStarts = nextStartIndexes(placed);

  const sessions: Session[] = placed.map(({ s, start, end, day }, i) => {
    let openEnd = false;
    // Before a skipped entry, the next start is not this one's end: the skipped one may have been between.
    if (end === undefined && !s.beforeSkipped) {
      // The next later start in the same room (or any room, for sessions that span rooms), on the same day.
      const next = placed[nextStarts[i]];
      if (next && next.day === day) end = next.start;
    }
    if (end === undefined) {
      end = start + OPEN_END_MINUTES * 60_000;
      openEnd = true;
    }
    return {
      ...s,
      id: sessionIds.get(s)!,
      start,
      end,
      openEnd,
      day,
      instantWritten: s.start.kind === 'instant',
      items: s.items.map(nested),
    };
  });
  const rooms = [...roomIndex.keys()];
  const tracks = [...trackIndex.keys()];

  const byDay = new Map<string, Session[]>();
  for (const s of sessions) {
    const day = byDay.get(s.day);
    if (day) day.push(s);
    else byDay.set(s.day, [s]);
  }
  const days = [...byDay.keys()].sort().map((key) => layoutDay(key, byDay.get(key)!, rooms, problems));
  return { sessions, days, rooms, tracks, problems, ...(later.length ? { laterIds } : {}) };
}

/**
 * For each session of a list sorted by start, the index of the first later-starting session that ends it: in the
 * same room, or in any room when either has none (-1: none). One pass from the end, so O(n).
 */
function nextStartIndexes(placed: { s: SessionData; start: number }[]): number[] {
  const out = new Array<number>(placed.length).fill(-1);
  const firstInRoom = new Map<string, number>();
  let firstAny = -1;
  let firstRoomless = -1;
  for (let end = placed.length; end > 0;) {
    // The sessions starting at one time: all of them look past the group, then join the later ones.
    let begin = end - 1;
    while (begin > 0 && placed[begin - 1].start === placed[end - 1].start) begin--;
    for (let i = begin; i < end; i++) {
      const room = placed[i].s.room;
      const candidates = room ? [firstInRoom.get(room) ?? -1, firstRoomless] : [firstAny];
      const found = candidates.filter((c) => c !== -1);
      out[i] = found.length ? Math.min(...found) : -1;
    }
    for (let i = end - 1; i >= begin; i--) {
      const room = placed[i].s.room;
      if (room) firstInRoom.set(room, i);
      else firstRoomless = i;
      firstAny = i;
    }
    end = begin;
  }
  return out;
}

/**
 * Groups one day's sessions into a grid: one column per room, one row per distinct start or end.
 * A grid has no place for two sessions at once in one room, or for a session of all rooms (no `room`) during
 * another: such a day is shown as a list, and each clash is reported (into `problems`) on the later session.
 */
export function layoutDay(key: string, sessions: Session[], allRooms: string[], problems: Problem[] = []): Day {
  const used = new Set(sessions.map((s) => s.room));
  const rooms = allRooms.filter((r) => used.has(r));
  const clashes = findClashes(sessions);
  let parallel = clashes.parallel;
  if (parallel) {
    for (const { a, b } of clashes.pairs) {
      const where = a.room && b.room ? `in room "${a.room}"` : 'while it spans all rooms';
      problems.push({
        path: `${b.path ?? b.id}.start`,
        message: `overlaps "${a.title || a.id}" (${a.path ?? a.id}) ${where}; this day is shown as a list`,
      });
    }
    if (clashes.pairs.length) parallel = false;
  }
  const sections = new Map<string, SectionHeading>();
  const sectionAt = new Map<number, { id: string; title: string; links: Link[]; recording?: string }>();
  const sectionEnd = new Map<string, number>();
  let previous: string | undefined;
  let heading: string | undefined;
  for (const s of sessions) {
    if (s.section && s.section !== previous && !sectionAt.has(s.start)) {
      sectionAt.set(s.start, {
        id: s.id,
        title: s.section,
        links: s.sectionLinks ?? [],
        recording: s.sectionRecording,
      });
      heading = s.id;
    }
    if (!s.section) heading = undefined;
    if (heading) sectionEnd.set(heading, Math.max(sectionEnd.get(heading) ?? 0, s.end));
    previous = s.section;
  }
  const times = [...new Set(sessions.flatMap((s) => [s.start, s.end]))].sort((a, b) => a - b);
  const startLine = new Map<number, number>();
  const endLine = new Map<number, number>();
  let line = 1;
  for (const t of times) {
    const section = sectionAt.get(t);
    if (section) {
      // A section heading gets a row of its own; sessions ending at that time stop above it.
      endLine.set(t, line);
      const { id, title, links, recording } = section;
      sections.set(id, { title, links, recording, row: line, end: sectionEnd.get(id) ?? t });
      line++;
    } else endLine.set(t, line);
    startLine.set(t, line);
    line++;
  }
  const cells = new Map<string, Cell>();
  const column = new Map(rooms.map((r, i) => [r, i + 1]));
  for (const s of sessions) {
    const col = s.room ? column.get(s.room)! : 1;
    cells.set(s.id, { row: startLine.get(s.start)!, rowEnd: endLine.get(s.end)!, col, colEnd: s.room ? col + 1 : -1 });
  }
  return { key, sessions, rooms, parallel, cells, sections };
}

/**
 * Whether sessions in different rooms overlap (`parallel`), and the clashes a grid cannot show: a session overlapping
 * an earlier one in its room, or any while one of the two spans all rooms. Each clashing session is named once, with
 * the earlier session it overlaps that ends last. One sweep in start order, O(n log n): a day of 8,000 overlapping
 * posters gives 7,999 clashes, not 32 million pairs.
 */
export function findClashes(sessions: readonly Session[]): { parallel: boolean; pairs: { a: Session; b: Session }[] } {
  const order = [...sessions].sort((x, y) => x.start - y.start);
  const pairs: { a: Session; b: Session }[] = [];
  /** Of the sessions so far: the one ending last in each room, without a room, and overall. */
  const lastInRoom = new Map<string, Session>();
  let lastRoomless: Session | undefined;
  let lastAny: Session | undefined;
  /** The two rooms whose sessions so far end last (for "overlaps a session in another room"). */
  let top: Session | undefined;
  let second: Session | undefined;
  let parallel = false;
  const later = (x: Session | undefined, y: Session) => (!x || y.end > x.end ? y : x);
  const overlaps = (a: Session | undefined, b: Session): a is Session => !!a && a.end > b.start;
  for (const b of order) {
    if (b.room) {
      const other = top && top.room !== b.room ? top : second;
      if (overlaps(other, b)) parallel = true;
      const a = [lastInRoom.get(b.room), lastRoomless].filter((x) => overlaps(x, b))[0];
      if (a) pairs.push({ a, b });
      lastInRoom.set(b.room, later(lastInRoom.get(b.room), b));
      if (!top || b.end > top.end) {
        if (top && top.room !== b.room) second = top;
        top = b;
      } else if (b.room !== top.room && (!second || b.end > second.end)) second = b;
    } else {
      if (overlaps(lastAny, b)) pairs.push({ a: lastAny, b });
      lastRoomless = later(lastRoomless, b);
    }
    lastAny = later(lastAny, b);
  }
  return { parallel, pairs };
}
