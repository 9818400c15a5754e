// Property tests (fast-check) of the schedule's first-day-first reading (src/workshop-schedule/first-day.ts) and of
// the zone arithmetic it leans on (src/internal/timezone.ts). For arbitrary programs (days in any order, times in
// the forms organizers write, zones, broken entries mixed in), reading the first day first and the rest later gives
// what one pass gives: the same entries, order, ids and warnings; and the first day as it renders alone is the whole
// program's first day. The zone caches agree with `Intl` asked directly, in zones with odd offsets and far from now.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { importTs } from './ts-module.mjs';

const { readFirstDay, firstDayPlan, firstDayProgram, outlineOf } = await importTs('src/workshop-schedule/first-day.ts');
const { validateItems } = await importTs('src/workshop-schedule/validate.ts');
const { buildProgram, sessionIds } = await importTs('src/workshop-schedule/program.ts');
const { wallTimeAt, offsetAt, dateKey, wallTimeToInstant } = await importTs('src/internal/timezone.ts');

const ZONES = [
  'UTC',
  'Europe/Vienna',
  'America/Vancouver',
  'America/St_Johns',
  'Asia/Kathmandu',
  'Australia/Lord_Howe',
  'Pacific/Chatham',
  'America/Santiago',
  'Pacific/Apia',
  'Europe/Dublin',
  'Africa/Casablanca',
  'Antarctica/Troll',
];

// ---- programs ------------------------------------------------------------------------------------------------

const pad = (n) => String(n).padStart(2, '0');
/** Days of a program: near clock changes in March, April, October and November, in a year from 1950 to 2060. */
const dayArb = fc
  .record({
    year: fc.integer({ min: 1950, max: 2060 }),
    month: fc.constantFrom(3, 4, 9, 10, 11, 12),
    day: fc.integer({ min: 1, max: 28 }),
  })
  .map(({ year, month, day }) => `${year}-${pad(month)}-${pad(day)}`);
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const TITLES = ['Coffee break', 'Lunch', 'Opening', 'Poster session', 'Keynote', 'Talk A', 'Talk B', '', '  ', 2019];
const IDS = ['opening', 'coffee-break', 'coffee-break-2', 'lunch', 'talk-a', 'k1', ' k1 ', 42];
const ROOMS = ['Hall A', 'Hall B', 'Room 512', ' Hall A '];

/** A start as the seed and organizers write it, on `day` at `minutes` after midnight. */
const startArb = (day, minutes, plain) => {
  const hh = pad(Math.floor(minutes / 60));
  const mm = pad(minutes % 60);
  const h12 = ((Math.floor(minutes / 60) + 11) % 12) + 1;
  const ampm = minutes >= 720 ? 'PM' : 'AM';
  const [y, m, d] = day.split('-');
  const usual = [
    { weight: 12, arbitrary: fc.constant({ start: `${day}T${hh}:${mm}` }) },
    { weight: 4, arbitrary: fc.constant({ start: `${day} ${hh}:${mm}:00 +0000` }) },
  ];
  if (plain) return fc.oneof(...usual);
  return fc.oneof(
    ...usual,
    { weight: 1, arbitrary: fc.constant({ start: `${day}T${hh}:${mm}+05:45` }) },
    { weight: 1, arbitrary: fc.constant({ start: `${day} ${hh}:${mm}:00 -0800` }) },
    { weight: 1, arbitrary: fc.constant({ start: `${pad(h12)}:${mm} ${ampm}`, date: `${MONTHS[+m - 1]} ${+d}` }) },
    { weight: 1, arbitrary: fc.constant({ start: `${hh}:${mm}`, date: day }) },
    { weight: 1, arbitrary: fc.constant({ start: `${hh}:${mm}`, date: `${d}/${m}/${y}` }) },
    { weight: 1, arbitrary: fc.constant({ start: `${d}/${m}/${y} ${hh}:${mm}` }) },
    { weight: 1, arbitrary: fc.constant({ start: `${day}T${hh}:${mm}`, date: `${MONTHS[+m - 1]} ${+d}, ${y}` }) },
  );
};

const optional = (arb, freq = 2) => fc.option(arb, { freq, nil: undefined });

const nestedArb = fc.record(
  { title: fc.constantFrom(...TITLES), id: optional(fc.constantFrom(...IDS), 3) },
  { requiredKeys: [] },
);

/** One session on one of `days`; late ones (up to 23:50) and ends past midnight included. */
const sessionArb = (days, plain) =>
  fc
    .record({
      day: fc.constantFrom(...days),
      minutes: plain
        ? fc.integer({ min: 0, max: 22 * 6 - 1 })
        : fc.oneof({ weight: 9, arbitrary: fc.integer({ min: 0, max: 21 * 6 }) }, fc.integer({ min: 0, max: 143 })),
      length: optional(fc.integer({ min: -6, max: 30 })),
      endForm: fc.constantFrom('time', 'datetime', 'pm'),
      title: optional(fc.constantFrom(...TITLES), 8),
      id: optional(fc.constantFrom(...IDS)),
      room: optional(fc.constantFrom(...ROOMS), 1),
      track: optional(fc.constantFrom('ML', 'Theory', 3), 2),
      type: optional(fc.constantFrom('talk', 'break', 'keynote', 'poster', 'Tutorial')),
      items: optional(fc.array(nestedArb, { maxLength: 3 }), 4),
      typo: optional(fc.constantFrom('speker', 'titel', 'rom')),
    })
    .chain((s) =>
      startArb(s.day, s.minutes * 10, plain).map((start) => {
        const entry = { ...start };
        if (s.title !== undefined) entry.title = s.title;
        if (s.id !== undefined) entry.id = s.id;
        if (s.room !== undefined) entry.room = s.room;
        if (s.track !== undefined) entry.track = s.track;
        if (s.type !== undefined) entry.type = s.type;
        if (s.items !== undefined) entry.items = s.items;
        if (s.typo !== undefined) entry[s.typo] = 'x';
        if (s.length !== undefined) {
          const end = (s.minutes + s.length) * 10;
          const e = ((end % 1440) + 1440) % 1440;
          entry.end =
            s.endForm === 'time'
              ? `${pad(Math.floor(e / 60))}:${pad(e % 60)}`
              : s.endForm === 'pm'
                ? `${((Math.floor(e / 60) + 11) % 12) + 1}:${pad(e % 60)} ${e >= 720 ? 'PM' : 'AM'}`
                : `${s.day}T${pad(Math.floor(e / 60))}:${pad(e % 60)}`;
        }
        return entry;
      }),
    );

/** Entries that are not sessions: headings, broken entries, things that are not objects. */
const otherArb = (plain) =>
  fc.oneof(
    fc.constantFrom(
      { section: 'Morning' },
      { section: 'Posters', links: [{ label: 'Video', url: 'https://example.org/v' }] },
    ),
    plain
      ? fc.constant({ title: 'No start' })
      : fc.constantFrom({ title: 'Bad start', start: '25:00' }, { start: null }),
    fc.constantFrom(42, null, 'a string', [1, 2], { title: 'No start' }, { room: 'Hall A' }),
    fc.constant({ start: '2019-12-14T09:00', title: 'Typo', titel: 'x' }),
  );

const programArb = fc
  .uniqueArray(dayArb, { minLength: 1, maxLength: 4 })
  .chain((days) => fc.record({ days: fc.constant(days), plain: fc.constantFrom(true, true, true, false) }))
  .chain(({ days, plain }) =>
    fc.record({
      days: fc.constant(days),
      // Plain: every start a date and time before 22:00 (what can be read first day first); else any form.
      entries: fc.array(
        fc.oneof({ weight: 12, arbitrary: sessionArb(days, plain) }, { weight: 1, arbitrary: otherArb(plain) }),
        { minLength: 35, maxLength: 120 },
      ),
      // Mostly sorted by start, as programs are written; sometimes a later day first.
      order: fc.constantFrom('sorted', 'sorted', 'as drawn', 'later day first'),
      zone: fc.constantFrom(...ZONES),
    }),
  )
  .map(({ days, entries, order, zone }) => {
    const key = (e) => (e && typeof e === 'object' && typeof e.start === 'string' ? e.start : '');
    let list = entries;
    if (order !== 'as drawn') list = [...entries].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
    if (order === 'later day first') {
      const last = days.toSorted().at(-1);
      list = [...list.filter((e) => key(e).startsWith(last)), ...list.filter((e) => !key(e).startsWith(last))];
    }
    return { items: list, zone, date: days[0] };
  });

const clone = (v) => JSON.parse(JSON.stringify(v));
const now = () => Promise.resolve();
const within = (read) => read();

/** Everything of a session the page shows or links to (functions and maps compared as entries). */
const dayView = (day) => ({ ...day, cells: [...day.cells], sections: [...day.sections] });

test('reading the first day first, then the rest, gives what one pass gives, and the first day as it will stay', () => {
  let staged = 0;
  fc.assert(
    fc.property(programArb, ({ items, zone, date }) => {
      const once = validateItems(clone(items));
      const first = readFirstDay(clone(items), within, now);
      if (!first.rest) {
        assert.deepEqual(first, once, 'read at once: the same as one pass');
        return;
      }
      staged++;
      const outline = outlineOf(first.data);
      assert.ok(outline, 'a first day has an outline');
      const whole = first.rest.read();
      // The same entries in the same order, the same warnings (paths, entries and messages), once each.
      assert.deepEqual(whole, once);
      assert.deepEqual(first.data, whole.data.slice(0, first.data.length), 'the first part is the start of the whole');
      // The first day as it renders before the rest is read is the whole program's first day.
      const program = buildProgram(whole.data, zone, date);
      const part = firstDayProgram(buildProgram(first.data, zone, date, outline.later), outline);
      assert.deepEqual(
        outline.days,
        program.days.map((d) => d.key),
        'the day links',
      );
      assert.equal(outline.sessions, program.sessions.length, 'the number of sessions');
      assert.deepEqual(outline.rooms, program.rooms, 'the room filter');
      assert.deepEqual(outline.tracks, program.tracks, 'the track filter');
      assert.equal(part.days.length, 1);
      assert.deepEqual(dayView(part.days[0]), dayView(program.days[0]), 'the first day, ids included');
      // The stars of "My program" are counted and kept by the ids of every session, the later days' included.
      assert.deepEqual(sessionIds(part).toSorted(), sessionIds(program).toSorted(), 'the ids of all sessions');
    }),
    { numRuns: 120 },
  );
  // About a third of the drawn programs are read first day first (25–50 of 120 seen); fewer than 12 means the
  // generator has drifted away from the programs this test is about.
  assert.ok(staged >= 12, `too few programs were read first day first (${staged}): the generator needs a look`);
});

test('a program read first day first is never one that a first look cannot place', () => {
  fc.assert(
    fc.property(programArb, ({ items }) => {
      const plan = firstDayPlan(items);
      if (!plan) return;
      for (const e of items) {
        if (!e || typeof e !== 'object' || !Object.hasOwn(e, 'start')) continue;
        assert.match(String(e.start), /^\d{4}-\d{2}-\d{2}[T ](?:[01]\d|2[01]):\d{2}(?::00 \+0000)?$/);
        assert.ok(!('join' in e || 'stream' in e || 'mode' in e));
      }
    }),
    { numRuns: 200 },
  );
});

// ---- zones ---------------------------------------------------------------------------------------------------

const direct = new Map();
/** The wall-clock time in `zone` at `instant`, asked of a fresh `Intl.DateTimeFormat` (no cache of ours). */
function intlWall(instant, zone) {
  let f = direct.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      era: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    direct.set(zone, f);
  }
  const p = Object.fromEntries(f.formatToParts(new Date(instant)).map((x) => [x.type, x.value]));
  const year = p.era === 'BC' || p.era === 'B' ? 1 - Number(p.year) : Number(p.year);
  return {
    year,
    month: Number(p.month),
    day: Number(p.day),
    hour: Number(p.hour) % 24,
    minute: Number(p.minute),
    second: Number(p.second),
  };
}
const asUtc = (w) => {
  const d = new Date(Date.UTC(2000, w.month - 1, w.day, w.hour, w.minute, w.second));
  d.setUTCFullYear(w.year);
  return d.getTime();
};

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Instants from 1800 to 2200, half of them within a day of a clock change of the zone. */
const instantArb = fc.record({
  zone: fc.constantFrom(...ZONES, 'Asia/Kolkata', 'America/Havana', 'Asia/Gaza', 'Pacific/Kiritimati'),
  base: fc.integer({ min: Date.UTC(1800, 0, 1), max: Date.UTC(2200, 0, 1) }),
  nearChange: fc.boolean(),
  jitter: fc.integer({ min: -2 * DAY, max: 2 * DAY }),
});
/** The instant of the zone's next clock change after `from` within a year, found by halving; else `from`. */
function nextChange(from, zone) {
  const off = (t) => asUtc(intlWall(t, zone)) - Math.floor(t / 1000) * 1000;
  const start = off(from);
  for (let t = from; t < from + 366 * DAY; t += 7 * DAY) {
    if (off(t) === start) continue;
    let lo = t - 7 * DAY;
    let hi = t;
    while (hi - lo > 1000) {
      const mid = Math.floor((lo + hi) / 2000) * 1000;
      if (off(mid) === start) lo = mid;
      else hi = mid;
    }
    return hi;
  }
  return from;
}
const pick = ({ zone, base, nearChange, jitter }) => ({
  zone,
  instant: nearChange ? nextChange(base, zone) + jitter : base + jitter,
});

test('the zone caches give what Intl gives: wall time, offset and day, near clock changes and far from now', () => {
  fc.assert(
    fc.property(instantArb.map(pick), ({ zone, instant }) => {
      const expected = intlWall(instant, zone);
      assert.deepEqual({ ...wallTimeAt(instant, zone) }, expected, `${zone} at ${new Date(instant).toISOString()}`);
      const whole = Math.floor(instant / 1000) * 1000;
      assert.equal(offsetAt(instant, zone), asUtc(expected) - whole);
      const day = `${String(expected.year).padStart(4, '0')}-${pad(expected.month)}-${pad(expected.day)}`;
      assert.equal(dateKey(instant, zone), day);
    }),
    { numRuns: 120 },
  );
});

test('a wall-clock time that happens is placed at an instant that shows it, the first of two when it repeats', () => {
  fc.assert(
    fc.property(instantArb.map(pick), ({ zone, instant }) => {
      const wall = intlWall(Math.floor(instant / 60_000) * 60_000, zone);
      const t = wallTimeToInstant(wall, zone);
      assert.deepEqual(intlWall(t, zone), wall, `${zone} ${JSON.stringify(wall)}`);
      // No earlier instant within the largest change (a day, Samoa's) shows the same wall time, but the repeated hour.
      for (const back of [HOUR / 2, HOUR, 2 * HOUR, 3 * HOUR]) {
        const earlier = intlWall(t - back, zone);
        assert.notDeepEqual(earlier, wall, `${zone}: ${JSON.stringify(wall)} also at ${back / HOUR} h earlier`);
      }
    }),
    { numRuns: 800 },
  );
});
