// What every program import shares: sessions with wall-clock times in one zone → <workshop-schedule> items, and
// the `timezone` and `date` attributes the organizer sets on the element (the items do not hold them).
import { SESSION_TYPES } from 'workshop-elements/validate.js';

const pad = (n) => String(n).padStart(2, '0');

/** A type as tools write it ("Talk", "Keynote", "Coffee break", "Lightning talks") → one of the schedule's types. */
export function sessionType(...texts) {
  const text = texts
    .filter((t) => typeof t === 'string')
    .join(' ')
    .toLowerCase();
  const exact = texts.find((t) => typeof t === 'string' && SESSION_TYPES.includes(t.trim().toLowerCase()));
  if (exact) return exact.trim().toLowerCase();
  if (/keynote|invited/.test(text)) return 'keynote';
  if (/break|coffee|lunch|dinner|reception/.test(text)) return 'break';
  if (/poster/.test(text)) return 'poster';
  if (/panel/.test(text)) return 'panel';
  if (/spotlight|lightning/.test(text)) return 'spotlights';
  if (/opening|closing|welcome|remarks/.test(text)) return 'remarks';
  return 'talk';
}

/** `{ date: "2019-12-13", time: "08:30" }` plus minutes → the same, later (wall clock arithmetic). */
export function addMinutes({ date, time }, minutes) {
  const [y, m, d] = date.split('-').map(Number);
  const [h, mi] = time.split(':').map(Number);
  const t = new Date(Date.UTC(y, m - 1, d, h, mi + minutes));
  return {
    date: `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`,
    time: `${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}`,
  };
}

/** "00:40", "1:30", "01:30:00", "PT1H30M", 40 → minutes; undefined when unreadable. */
export function durationMinutes(text) {
  if (typeof text === 'number') return text;
  if (typeof text !== 'string') return undefined;
  let m = /^(\d{1,3}):(\d{2})(?::(\d{2}))?$/.exec(text.trim());
  if (m) return +m[1] * 60 + +m[2] + Math.round(+(m[3] ?? 0) / 60);
  m = /^P(?:(\d+)D)?T?(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?$/i.exec(text.trim());
  if (m && text.trim().length > 1) return +(m[1] ?? 0) * 1440 + +(m[2] ?? 0) * 60 + +(m[3] ?? 0);
  return undefined;
}

/**
 * Sessions `{ start: {date, time, utc?}, end?: {date, time, utc?}, title, … }` → items sorted by start. A one-day program
 * writes times as "08:30" (with the element's `date`), a longer one as "2019-12-13T08:30".
 */
export function buildSchedule(sessions, timezone) {
  const sorted = [...sessions].sort((a, b) =>
    `${a.start.date}T${a.start.time}`.localeCompare(`${b.start.date}T${b.start.time}`),
  );
  const days = [...new Set(sorted.map((s) => s.start.date))];
  // A time marked `utc` (a calendar that names no zone) is written as an instant, "2026-10-25T07:00Z": right
  // whatever `timezone` the element is given. Written as a wall clock it would move by the zone's offset.
  // A time with its `offset` (a wall clock a clock change repeats) is written with it.
  const utc = sorted.some((s) => s.start.utc || s.end?.utc);
  const oneDay = days.length === 1 && !utc;
  const at = (t) =>
    t.utc
      ? `${t.date}T${t.time}Z`
      : t.offset
        ? `${t.date}T${t.time}${t.offset}`
        : oneDay && t.date === days[0]
          ? t.time
          : `${t.date}T${t.time}`;
  const items = sorted.map((s) => {
    const item = {};
    if (s.id) item.id = s.id;
    item.start = at(s.start);
    if (s.end)
      item.end =
        oneDay && s.end.date !== days[0] && !s.end.utc && !s.end.offset ? `${s.end.date}T${s.end.time}` : at(s.end);
    item.title = s.title ?? '';
    item.type = s.type ?? 'talk';
    if (s.speakers?.length) item.speakers = s.speakers;
    if (s.abstract) item.abstract = s.abstract;
    if (s.room) item.room = s.room;
    if (s.track) item.track = s.track;
    if (s.links?.length) item.links = s.links;
    if (s.stream) item.stream = s.stream;
    if (s.recording) item.recording = s.recording;
    return item;
  });
  const attrs = [timezone ? `timezone="${timezone}"` : undefined, oneDay ? `date="${days[0]}"` : undefined].filter(
    Boolean,
  );
  const notes = [];
  if (attrs.length)
    notes.push(
      `set ${attrs.join(' ')} on <workshop-schedule>: ${oneDay ? 'times are written as the day’s wall clock' : `${days.length} days, from ${days[0]} to ${days.at(-1)}`}${timezone ? `, in ${timezone}` : ''}`,
    );
  if (!timezone && utc)
    notes.push(
      'the file names no time zone and gives its times in UTC: they are written as UTC instants ("…Z"), right in any zone; set timezone="…" (the event’s zone) on <workshop-schedule> to show them in it, or import again with --timezone to write the event’s wall clock',
    );
  else if (!timezone)
    notes.push(
      'the file names no time zone: set timezone="…" on <workshop-schedule>, or times show in the visitor’s zone',
    );
  return { items, notes };
}

/** An id as the tool gives it (a slug, a number, a UID), with characters awkward in a `#fragment` turned into "-". */
export const idOf = (text) =>
  String(text)
    .trim()
    .replace(/[^A-Za-z0-9_-]+/g, '-')
    .replace(/^-+|-+$/g, '') || undefined;
