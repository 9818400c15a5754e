/**
 * Organizer data → sessions, as written (times not yet placed in a zone: that needs the element's
 * `timezone` and `date`, see program.ts). Pure; every dropped or doubtful field becomes a Problem.
 */
import {
  entryLabel,
  fieldsOf,
  listOf,
  listReader,
  type Fields,
  type Link,
  type Problem,
  type Validated,
} from '../internal/validate.js';
import { isDate, readClockNumber, readClockText } from '../internal/dates.js';
import { describe } from '../internal/url.js';
import type { OnlineLinks } from './live.js';
import { inherit, readOnline } from './online-data.js';
import { readTimeRange } from './time-range.js';
import { duplicateIds } from './data-checks.js';
import { onSessionDate } from './session-date.js';
import type { SessionType } from './types.js';

export const SESSION_TYPES: readonly SessionType[] = [
  'talk',
  'keynote',
  'spotlights',
  'poster',
  'panel',
  'break',
  'remarks',
  'other',
];

/** A time as written: an exact instant, or a wall-clock time (seconds after midnight) on a date or on the element's `date`. */
export type TimeSpec = { kind: 'instant'; instant: number } | { kind: 'wall'; date?: string; seconds: number };

export interface SpeakerData {
  name: string;
  affiliation?: string;
  url?: string;
}

export interface NestedData {
  id?: string;
  title: string;
  type: SessionType;
  speakers: SpeakerData[];
  abstract?: string;
  links: Link[];
}

export interface SessionData extends NestedData, OnlineLinks {
  start: TimeSpec;
  end?: TimeSpec;
  room?: string;
  track?: string;
  items: NestedData[];
  /** The section heading above it in the data, if any. */
  section?: string;
  /** The links of that section heading (e.g. the recording of the morning). */
  sectionLinks?: Link[];
  /** That section heading's recording (a URL or `pending`), shown on the heading once the section has ended. */
  sectionRecording?: string;
  /** The entry after it in the data was skipped: its end is not taken from a later session (it would stretch). */
  beforeSkipped?: boolean;
  /** Where it came from, e.g. `items[3]`, for later warnings. */
  path: string;
}

const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:(Z|[+-]\d{2}(?::?\d{2})?)|( [+-]\d{4}))?$/i;

/** Parses one time as written; `undefined` when it is not one of the accepted forms. */
export function parseTime(value: unknown): TimeSpec | undefined {
  return readTime(value)?.spec;
}

/**
 * One time as written, with a warning when it was read but not as written (`16`, YAML's `13.4`):
 * `undefined` when it is none of the accepted forms.
 */
export function readTime(value: unknown): { spec: TimeSpec; warning?: string } | undefined {
  if (typeof value === 'number') {
    const r = readClockNumber(value);
    return r && { spec: { kind: 'wall', seconds: r.seconds }, warning: r.warning };
  }
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  const clock = readClockText(text);
  if (clock) return { spec: { kind: 'wall', seconds: clock.seconds } };
  const m = DATE_TIME.exec(text);
  if (!m) return undefined;
  const date = `${m[1]}-${m[2]}-${m[3]}`;
  const seconds = readClockText(`${m[4]}:${m[5]}${m[6] ? `:${m[6]}` : ''}`)?.seconds;
  if (!isDate(date) || seconds === undefined) return undefined;
  // "2019-12-13 08:30:00 +0000" is how Jekyll's jsonify writes a date-time that YAML read from an unquoted
  // `2019-12-13 08:30:00` (or `…T08:30:00`): YAML takes it as UTC, but the organizer wrote the event's wall clock.
  // Another offset in that form was written by the organizer, and is kept.
  const ruby = m[8]?.trim();
  if (!m[7] && (!ruby || ruby === '+0000')) return { spec: { kind: 'wall', date, seconds } };
  const zone = m[7] ?? ruby!;
  const offset =
    zone.toUpperCase() === 'Z' ? 'Z' : zone.replace(/^([+-]\d{2}):?(\d{2})?$/, (_, h, mm) => `${h}:${mm ?? '00'}`);
  const instant = Date.parse(`${date}T00:00:00${offset}`) + seconds * 1000;
  return Number.isFinite(instant) ? { spec: { kind: 'instant', instant } } : undefined;
}

const TIME_FORMS =
  'a time like "13:40", "1:40 PM", "13h40", "2019-12-13T13:40" or "2019-12-13T13:40-08:00" (see docs/writing-data.md)';

function time(f: Fields, key: string): TimeSpec | undefined | null {
  const raw = f.raw(key);
  if (raw === undefined || raw === null) return undefined;
  const read = readTime(raw);
  const spec = read?.spec;
  if (!spec) f.warn(key, `expected ${TIME_FORMS}, got ${describe(raw)}`);
  else if (read.warning) f.warn(key, read.warning);
  // YAML read an unquoted date-time as UTC and Jekyll wrote it in the `timezone:` of _config.yml: the offset may
  // not be the organizer's. Kept as the instant it names, with a word on how to keep the time as written.
  else if (typeof raw === 'string' && / [+-]\d{4}$/.test(raw.trim()) && !/ \+0000$/.test(raw.trim()))
    f.warn(
      key,
      `"${raw}" looks like a YAML date-time that Jekyll converted to its own time zone; it is shown as that instant (quote the time in the YAML to keep it as written)`,
    );
  return spec ?? null;
}

const DAY = 86_400;
/** The longest session an end earlier than its start can mean, by going on past midnight. */
const NEXT_DAY_MAX = 12 * 3600;

/** `end - start` in seconds when both are written the same way, else undefined. */
function comparable(start: TimeSpec, end: TimeSpec): number | undefined {
  if (start.kind === 'instant' && end.kind === 'instant') return (end.instant - start.instant) / 1000;
  if (start.kind === 'wall' && end.kind === 'wall' && start.date === end.date) return end.seconds - start.seconds;
  return undefined;
}

function speakers(f: Fields): SpeakerData[] {
  const raw = f.raw('speakers');
  if (raw === undefined || raw === null) return [];
  // A number is a name as YAML read it (`- 42`, `speakers: 2019`), as everywhere else in the data.
  const list = typeof raw === 'string' || typeof raw === 'number' ? [raw] : raw;
  return listOf(list, `${f.path}.speakers`, f.problems, (item, path) => {
    // Every optional field set (see `own` in internal/validate.ts): an absent one would be read from Object.prototype.
    if (typeof item === 'string' || (typeof item === 'number' && Number.isFinite(item)))
      return String(item).trim() ? { name: String(item), affiliation: undefined, url: undefined } : undefined;
    const s = fieldsOf(item, path, f.problems, 'speaker');
    if (!s) return undefined;
    const name = s.requiredText('name', 'speaker');
    const affiliation = s.text('affiliation');
    const url = s.url('url');
    s.done();
    return name === undefined ? undefined : { name, affiliation, url };
  });
}

/** The fields a session and a nested talk share. */
function common(f: Fields, what: string): NestedData {
  const id = f.text('id')?.trim() || undefined;
  let title = f.text('title');
  if (title === undefined && !f.has('title')) f.warn('title', `missing (${what} shown as "TBA")`);
  title = title?.trim() ?? '';
  let type: SessionType = 'talk';
  const rawType = f.text('type');
  if (rawType !== undefined) {
    const t = rawType.trim().toLowerCase() as SessionType;
    if (SESSION_TYPES.includes(t)) type = t;
    else
      f.warn('type', `unknown type ${JSON.stringify(rawType)} (shown as a talk; known: ${SESSION_TYPES.join(', ')})`);
  }
  return {
    id,
    title,
    type,
    speakers: speakers(f),
    abstract: f.text('abstract')?.trim() || undefined,
    links: f.links('links') ?? [],
  };
}

/**
 * Validates `items`: sections, sessions and rooms; bad sessions are skipped, bad fields dropped, each with a Problem.
 * Sessions take the `join`, `stream` and `mode` they lack from their section heading, then from their room's entry
 * (which may come anywhere in the data).
 */
export function validateItems(raw: unknown): Validated<SessionData[]> {
  const items = itemsReader(raw);
  items.read(Infinity);
  return items.finish();
}

/**
 * {@link validateItems} a part at a time: `read(end)` validates the entries before index `end` (what it gives so far
 * is in `data` and `problems`), `finish()` the checks of the whole list. Read in parts or at once, the result is the
 * same (first-day.ts reads the first day first).
 */
export function itemsReader(raw: unknown): Validated<SessionData[]> & {
  read(end: number): void;
  finish(): Validated<SessionData[]>;
} {
  let section: string | undefined;
  let sectionLinks: Link[] | undefined;
  let sectionOnline: OnlineLinks | undefined;
  let previous: SessionData | undefined;
  // A heading is drawn above its first session: one with none after it would vanish without a word.
  let emptySection: Problem | undefined;
  const headingWithoutSessions = (problems: Problem[]) => {
    if (emptySection) problems.push(emptySection);
    emptySection = undefined;
  };
  const rooms = new Map<string, OnlineLinks>();
  const list = listReader(raw, 'items', (value, path, _i, problems: Problem[]) => {
    const f = fieldsOf(value, path, problems, 'item');
    if (!f) return undefined;
    if (f.has('section') && !f.has('start')) {
      section = f.text('section')?.trim() || undefined;
      headingWithoutSessions(problems);
      if (section)
        emptySection = {
          path: `${path}.section`,
          entry: entryLabel(value),
          message: 'no session follows this heading, so it is not shown (a heading is drawn above its sessions)',
        };
      sectionLinks = f.links('links');
      sectionOnline = readOnline(f, true);
      f.done();
      return undefined;
    }
    // `{ "room": "Hall A", "join": "…" }`: a room's online links, for its sessions.
    if (f.has('room') && !f.has('start') && !f.has('title')) {
      const name = f.text('room')?.trim();
      const online = readOnline(f, false);
      f.done();
      if (name && (online.join || online.stream || online.mode)) rooms.set(name, online);
      else f.warn('', 'a room entry needs a room name and a join, stream or mode (entry ignored)');
      return undefined;
    }
    const range = readTime(f.raw('start')) ? undefined : readTimeRange(f.raw('start'));
    const start = onSessionDate(f, range ? readTime(range.start)!.spec : time(f, 'start'));
    if (range)
      f.warn(
        'start',
        `${describe(f.raw('start'))} is read as ${f.has('end') ? 'the start' : 'start and end'}; write ${f.has('end') ? `start: "${range.start}"` : `two fields, start: "${range.start}" and end: "${range.end}"`}`,
      );
    else if (start === undefined) f.warn('start', 'missing (session skipped)');
    else if (start === null) problems[problems.length - 1].message += ' (session skipped)';
    let end = time(f, 'end') ?? (range && !f.has('end') ? readTime(range.end)!.spec : undefined);
    const base = common(f, 'session');
    const online = inherit(readOnline(f, true), sectionOnline);
    const room = f.text('room')?.trim() || undefined;
    const track = f.text('track')?.trim() || undefined;
    const items = f.has('items')
      ? listOf(f.raw('items'), `${path}.items`, problems, (item, itemPath) => {
          const n = fieldsOf(item, itemPath, problems, 'nested session');
          if (!n) return undefined;
          const data = common(n, 'nested session');
          n.done();
          return data;
        })
      : [];
    f.done();
    if (!start) {
      if (previous) previous.beforeSkipped = true;
      return undefined;
    }
    if (end) {
      const timeAlone = end.kind === 'wall' && end.date === undefined;
      // An end written as a time alone is on the start's day ("2019-12-13T23:00" to "23:45")…
      if (end.kind === 'wall' && end.date === undefined && start.kind === 'wall' && start.date)
        end = { ...end, date: start.date };
      let length = comparable(start, end);
      // … or on the next day when it is earlier, for a session of up to 12 hours ("23:00" to "01:00").
      if (timeAlone && end.kind === 'wall' && length !== undefined && length <= 0 && length + DAY <= NEXT_DAY_MAX) {
        end = { ...end, seconds: end.seconds + DAY };
        length += DAY;
      }
      if (length !== undefined && length <= 0) {
        f.warn('end', 'not after start (ignored: the session ends when the next one starts)');
        end = undefined;
      }
    }
    const sectionRecording = sectionOnline?.recording;
    previous = { ...base, ...online, start, end, room, track, items, section, sectionLinks, sectionRecording, path };
    emptySection = undefined;
    return previous;
  });
  return {
    data: list.data,
    problems: list.problems,
    read: list.read,
    finish() {
      const result = { data: list.data, problems: list.problems };
      headingWithoutSessions(result.problems);
      result.problems.push(...duplicateIds(raw));
      if (rooms.size)
        result.data = result.data.map((s) =>
          s.room && rooms.has(s.room) ? { ...s, ...inherit(s, rooms.get(s.room)) } : s,
        );
      return result;
    },
  };
}
