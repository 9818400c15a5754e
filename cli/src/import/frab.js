// The frab schedule format: served by frab, pretalx (`/<event>/schedule/export/schedule.json` and `schedule.xml`)
// and converted from Indico and others by c3voc's tools. JSON schema: https://c3voc.de/schedule/schema.json;
// XML: https://github.com/voc/schedule/tree/master/validator/xsd. Rooms, tracks, persons, durations and
// the conference's `time_zone_name` map onto <workshop-schedule> items.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { CliError, lineAt } from '../io.js';
import { wallClock } from '../yaml-jekyll.js';
import { addMinutes, buildSchedule, durationMinutes, idOf, sessionType } from './schedule.js';

/** `2019-12-13T08:30:00-08:00` → the wall clock as written ({date, time}) — the conference's zone in frab. */
function wallOf(text) {
  const m = typeof text === 'string' && /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})/.exec(text.trim());
  return m ? { date: m[1], time: m[2] } : undefined;
}

/** `2026-10-25T02:30:00+02:00` → its instant (ms); undefined without an offset. */
function instantOf(text) {
  const m =
    typeof text === 'string' &&
    /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})(?::(\d{2}))?(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})$/.exec(text.trim());
  if (!m) return undefined;
  const offset = m[4] === 'Z' ? 'Z' : `${m[4].slice(0, 3)}:${m[4].slice(-2)}`;
  const ms = Date.parse(`${m[1]}T${m[2]}:${m[3] ?? '00'}${offset}`);
  return Number.isNaN(ms) ? undefined : ms;
}

/**
 * An instant as the wall clock in `zone`; with its offset (`+02:00`) when that clock is read twice, in the hour a
 * clock change repeats (Vienna's 02:00–03:00 on the last Sunday of October): the element could not tell which.
 */
function wallIn(ms, zone) {
  const local = wallClock(ms, zone);
  const at = { date: local.date, time: local.time.slice(0, 5) };
  const twice = [-3600000, 3600000].some((d) => {
    const other = wallClock(ms + d, zone);
    return other.date === local.date && other.time === local.time;
  });
  if (!twice) return at;
  const sign = local.offset < 0 ? '-' : '+';
  const abs = Math.abs(local.offset);
  return {
    ...at,
    offset: `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`,
  };
}

const isZone = (zone) => {
  try {
    return Boolean(zone) && Boolean(new Intl.DateTimeFormat('en', { timeZone: zone }));
  } catch {
    return false;
  }
};

/** Converts events of the common shape (JSON, or XML turned into the same shape) to sessions. */
function sessions(conference, days, file) {
  const zoneName = typeof conference.time_zone_name === 'string' ? conference.time_zone_name.trim() : undefined;
  // With the event's offset and the conference's zone, the end is the start's instant plus the duration: a session
  // over a clock change (a party on the night it happens) lasts as long as it says, not an hour more or less.
  const zone = isZone(zoneName) ? zoneName : undefined;
  const out = [];
  const skipped = [];
  const warnings = [];
  days.forEach((day, d) => {
    for (const [roomName, events] of Object.entries(day.rooms ?? {})) {
      (Array.isArray(events) ? events : [events]).forEach((event, e) => {
        const path = `days[${d}].rooms[${JSON.stringify(roomName)}][${e}]`;
        const instant = zone ? instantOf(event.date) : undefined;
        const start =
          (instant !== undefined ? wallIn(instant, zone) : wallOf(event.date)) ??
          (typeof event.start === 'string' && /^\d{1,2}:\d{2}$/.test(event.start.trim()) && day.date
            ? { date: day.date, time: event.start.trim().padStart(5, '0') }
            : undefined);
        if (!start) {
          skipped.push({
            path,
            message: `no readable start (date ${JSON.stringify(event.date)}, start ${JSON.stringify(event.start)}) (event skipped)`,
          });
          return;
        }
        const minutes = durationMinutes(event.duration);
        if (event.duration !== undefined && minutes === undefined)
          skipped.push({
            path,
            message: `duration ${JSON.stringify(event.duration)} is not hh:mm (end left out)`,
            kept: true,
          });
        const persons = (event.persons ?? [])
          .map((p) => (typeof p === 'string' ? p : (p.public_name ?? p.name ?? p.full_public_name ?? p['#text'])))
          .filter((n) => typeof n === 'string' && n.trim())
          .map((n) => n.trim());
        const links = (event.links ?? [])
          .map((l) => ({ label: (l.title ?? l['#text'] ?? 'Link').trim(), url: (l.url ?? l.href ?? '').trim() }))
          .filter((l) => l.url);
        out.push({
          id: idOf(event.slug ?? event.guid ?? event.id ?? ''),
          start,
          end: minutes
            ? instant !== undefined
              ? wallIn(instant + minutes * 60000, zone)
              : addMinutes(start, minutes)
            : undefined,
          title: String(event.title ?? '').trim(),
          type: sessionType(event.type, event.title),
          speakers: persons,
          abstract:
            [event.abstract, event.description]
              .filter((t) => typeof t === 'string' && t.trim())
              .join('\n\n')
              .trim() || undefined,
          room: String(event.room ?? roomName).trim() || undefined,
          track: typeof event.track === 'string' && event.track.trim() ? event.track.trim() : undefined,
          links,
        });
      });
    }
  });
  if (!out.length && !skipped.length) throw new CliError(file, undefined, 'the schedule has no events');
  const { items, notes } = buildSchedule(out, zoneName);
  return {
    kind: 'program',
    data: items,
    skipped,
    warnings,
    notes: [
      `${conference.title ? `“${conference.title}”: ` : ''}${out.length} events in ${days.length} day(s)`,
      ...notes,
    ],
  };
}

export function importFrabJson(raw, file) {
  const conference = raw?.schedule?.conference;
  if (!conference || !Array.isArray(conference.days))
    throw new CliError(
      file,
      1,
      'expected a frab/pretalx schedule.json: { "schedule": { "conference": { "days": [...] } } }',
    );
  return sessions(conference, conference.days, file);
}

/** `<persons><person/>…</persons>` → the list; an empty element parses as "" (and "".link is String#link). */
const childList = (parent, name) =>
  parent && typeof parent === 'object' && Array.isArray(parent[name]) ? parent[name] : [];

const ARRAYS = new Set(['day', 'room', 'event', 'person', 'link', 'attachment']);

export function importFrabXml(text, file) {
  const valid = XMLValidator.validate(text);
  if (valid !== true) throw new CliError(file, valid.err.line, `not valid XML: ${valid.err.msg}`);
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    textNodeName: '#text',
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
    isArray: (name) => ARRAYS.has(name),
  });
  const doc = parser.parse(text);
  const schedule = doc.schedule;
  if (!schedule || !schedule.conference)
    throw new CliError(
      file,
      lineAt(text, text.indexOf('<')),
      'expected a frab/pretalx schedule.xml: <schedule><conference>…<day>…',
    );
  const days = (schedule.day ?? []).map((day) => {
    const rooms = {};
    for (const room of day.room ?? []) {
      rooms[room.name] = (room.event ?? []).map((e) => ({
        ...e,
        persons: childList(e.persons, 'person'),
        links: childList(e.links, 'link'),
      }));
    }
    return { date: day.date, rooms };
  });
  return sessions(schedule.conference, days, file);
}
