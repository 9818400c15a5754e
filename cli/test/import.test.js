import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, ICLR, run, scratch } from './helpers.js';

const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));

test('the 687 ICLR 2020 papers import from Mini-Conf CSV and then validate with no problem', async () => {
  const dir = scratch();
  const out = join(dir, 'papers.yml');
  const imported = await run(['import', 'miniconf-papers', join(ICLR, 'papers.csv'), '-o', out]);
  assert.equal(imported.code, 0, imported.err);
  assert.match(imported.err, /687 papers written/);
  const checked = await run(['validate', out]);
  assert.equal(checked.code, 0, checked.err);
  assert.match(checked.err, /687 papers for <paper-list papers>, no problems/);
  assert.match(checked.err, /0 error\(s\), 0 warning\(s\)/);
  const first = readFileSync(out, 'utf8');
  assert.match(first, /- id: B1xSperKvH\n {2}title: Enabling Deep Spiking/);
  assert.match(first, /authors:\n {4}- Nitin Rathi\n {4}- Gopalakrishnan Srinivasan/);
});

test('--openreview-ids links each Mini-Conf paper to its OpenReview forum and PDF', async () => {
  const { code, out } = await run(['import', 'miniconf-papers', join(ICLR, 'papers.csv'), '--openreview-ids']);
  assert.equal(code, 0);
  const papers = JSON.parse(out);
  assert.equal(papers[0].url, 'https://openreview.net/forum?id=B1xSperKvH');
  assert.equal(papers[0].pdf, 'https://openreview.net/pdf?id=B1xSperKvH');
  assert.equal(papers.filter((p) => p.url && p.pdf).length, 687);
});

test('Mini-Conf speakers become speaker cards with photo, affiliation and talk, and unused columns are named', async () => {
  const { code, out, err } = await run(['import', 'miniconf-speakers', join(ICLR, 'speakers.csv')]);
  assert.equal(code, 0, err);
  const speakers = JSON.parse(out);
  assert.equal(speakers.length, 2);
  assert.equal(speakers[0].name, 'Dr. Aisha Walcott-Bryant');
  assert.equal(speakers[0].affiliation, 'IBM Research Africa, Nairobi');
  assert.equal(speakers[0].photo, 'https://iclr.cc/virtual_2020/static/images/aisha.jpg');
  assert.deepEqual(speakers[0].talk, { title: 'AI + Africa = Global Innovation' });
  assert.match(err, /not imported: abstract, session/);
});

test('OpenReview API v1 notes: absolute PDF URLs, forum pages, types from the venue; unaccepted and untitled notes listed', async () => {
  const { code, out, err } = await run(['import', 'openreview', join(FIXTURES, 'openreview/notes-v1.json')]);
  assert.equal(code, 0, err);
  const papers = JSON.parse(out);
  assert.deepEqual(
    papers.map((p) => [p.id, p.type]),
    [
      ['B1xSperKvH', 'poster'],
      ['SJlbGJrtDB', 'spotlight'],
      ['HkxYzANYDB', 'oral'],
    ],
  );
  assert.equal(papers[0].pdf, 'https://openreview.net/pdf/5d6a7c1f0e2b3a4c5d6e7f8091a2b3c4d5e6f708.pdf');
  assert.equal(papers[0].url, 'https://openreview.net/forum?id=B1xSperKvH');
  assert.equal(papers[2].pdf, 'https://openreview.net/pdf?id=HkxYzANYDB');
  assert.deepEqual(papers[0].keywords, ['spiking neural networks', 'imagenet']);
  assert.match(err, /notes\[3\]: venue "Submitted to ICLR 2020" is not an accepted paper/);
  assert.match(err, /notes\[4\]: no content\.title/);
});

test('OpenReview API v2 notes read content.*.value', async () => {
  const { code, out, err } = await run(['import', 'openreview', join(FIXTURES, 'openreview/notes-v2.json')]);
  assert.equal(code, 0, err);
  const papers = JSON.parse(out);
  assert.equal(papers[0].title, 'Vision Transformers Need Registers');
  assert.deepEqual(papers[0].authors, ['Timothée Darcet', 'Maxime Oquab', 'Julien Mairal', 'Piotr Bojanowski']);
  assert.equal(papers[0].pdf, 'https://openreview.net/pdf/4b9cd1e9f3a2c0b1a2e3d4c5b6a7980716253443.pdf');
  assert.deepEqual(
    papers.map((p) => p.type),
    ['oral', 'spotlight', 'poster'],
  );
  assert.match(err, /API v2/);
});

test('a CMT export: usual column names, "Name (Affiliation)*" authors, rejected and untitled rows listed with their line', async () => {
  const { code, out, err } = await run(['import', 'csv', join(FIXTURES, 'csv/cmt.csv')]);
  assert.equal(code, 0, err);
  const papers = JSON.parse(out);
  assert.deepEqual(
    papers.map((p) => p.id),
    ['1', '3'],
  );
  assert.deepEqual(papers[0].authors[0], { name: 'Christopher Davis', affiliation: 'University of Cambridge' });
  assert.equal(papers[0].abstract, 'We study how visual properties, and visual context, help.');
  assert.match(err, /cmt\.csv:3: Status is "Reject" \(row skipped\)/);
  assert.match(err, /cmt\.csv:5: empty Paper Title \(row skipped\)/);
  // The columns left out are named: a co-located workshop's "Track Name" is not lost unseen.
  assert.match(
    err,
    /not imported: Primary Contact Author Name, Author Emails, Track Name, Secondary Subject Areas \(to import one, name its field: --map session="Primary Contact Author Name"\)/,
  );
});

test('a CSV Excel saved on Windows (windows-1252): the error says how to read it, and --encoding reads “ ” – é', async () => {
  const file = join(scratch(), 'cmt.csv');
  // "Café, Naïve “Bayes” – revisited" in windows-1252: é ï as in Latin-1, “ ” – at 0x93 0x94 0x96.
  const title = [...'Caf', 0xe9, ...', Na', 0xef, ...'ve ', 0x93, ...'Bayes', 0x94, ...' ', 0x96, ...' revisited'];
  const bytes = (parts) => Buffer.from(parts.map((c) => (typeof c === 'number' ? c : c.charCodeAt(0))));
  writeFileSync(
    file,
    Buffer.concat([bytes([...'Paper ID,Paper Title,Status\r\n1,"']), bytes(title), bytes([...'",Accept\r\n'])]),
  );
  const plain = await run(['import', 'csv', file]);
  assert.equal(plain.code, 1);
  assert.match(
    plain.err,
    /cmt\.csv:2: not UTF-8 text: save it as UTF-8, or give its encoding \(--encoding windows-1252/,
  );
  const { code, out, err } = await run(['import', 'csv', file, '--encoding', 'windows-1252']);
  assert.equal(code, 0, err);
  assert.equal(JSON.parse(out)[0].title, 'Café, Naïve “Bayes” – revisited');
  const unknown = await run(['import', 'csv', file, '--encoding', 'klingon']);
  assert.equal(unknown.code, 1);
  assert.match(unknown.err, /--encoding: unknown encoding "klingon"/);
});

test('a spreadsheet saved as CSV in Europe: BOM, ";" between cells, CRLF, a quoted cell over two lines; rows named by their line', async () => {
  const file = join(scratch(), 'sheet.csv');
  writeFileSync(
    file,
    '\uFEFFPaper ID;Paper Title;Authors;Status;Abstract\r\n' +
      '1;Modelling Visual Properties;Christopher Davis, Luana Bulat and Anita Vero;Accept;"Line one\r\nline two; still the abstract"\r\n' +
      '2;"Second; paper";"Davis, Christopher; Bulat, Luana";Accept (poster);x\r\n' +
      '3;Rejected;A B;Reject;y\r\n',
  );
  const { code, out, err } = await run(['import', 'csv', file]);
  assert.equal(code, 0, err);
  const papers = JSON.parse(out);
  assert.deepEqual(
    papers.map((p) => [p.title, p.authors]),
    [
      ['Modelling Visual Properties', ['Christopher Davis', 'Luana Bulat', 'Anita Vero']],
      ['Second; paper', ['Christopher Davis', 'Luana Bulat']],
    ],
  );
  assert.equal(papers[0].abstract, 'Line one\nline two; still the abstract');
  assert.match(err, /sheet\.csv:5: Status is "Reject" \(row skipped\)/);
});

test('an EasyChair export: authors split as <paper-list> splits them, keywords one per line, a short row listed', async () => {
  const { code, out, err } = await run(['import', 'csv', join(FIXTURES, 'csv/easychair.csv')]);
  assert.equal(code, 0, err);
  const papers = JSON.parse(out);
  assert.deepEqual(papers[0].authors, ['Aasa Feragen', 'Søren Hauberg']);
  assert.deepEqual(papers[0].keywords, ['manifolds', 'stratified spaces']);
  assert.deepEqual(papers[1].authors, ['Justin Sirignano', 'Konstantinos Spiliopoulos']);
  assert.match(err, /easychair\.csv:5: 3 cells, the header has 11 \(row skipped\)/);
});

test('--map names the columns; the element’s own warning about an unsafe URL names the row', async () => {
  const file = join(FIXTURES, 'csv/custom.csv');
  const { code, out, err } = await run([
    'import',
    'csv',
    file,
    '--map',
    'title="Paper Name",authors=Writers',
    '--map',
    'url=Link',
  ]);
  assert.equal(code, 0, err);
  const papers = JSON.parse(out);
  assert.equal(papers[0].title, 'On the universality of the incompressible Euler equation');
  assert.equal(papers[0].url, 'https://arxiv.org/abs/1904.04834');
  assert.match(err, /custom\.csv:3 \(papers\[1\]\.url\): unsafe URL scheme "javascript:"/);
});

test('the seed program written as a pretalx schedule imports to the sessions the seed page shows, from JSON and XML alike', async () => {
  const seed = readJson(new URL('../../demo/data/schedule.json', import.meta.url)).filter((s) => s.start);
  const results = [];
  for (const file of ['frab/seed-schedule.json', 'frab/seed-schedule.xml']) {
    const { code, out, err } = await run(['import', 'frab', join(FIXTURES, file)]);
    assert.equal(code, 0, err);
    assert.match(err, /set timezone="America\/Vancouver" date="2019-12-13" on <workshop-schedule>/);
    results.push(JSON.parse(out));
  }
  assert.deepEqual(results[0], results[1]);
  const items = results[0];
  assert.equal(items.length, seed.length);
  items.forEach((item, i) => {
    const s = seed[i];
    assert.equal(item.start, s.start, s.id);
    assert.equal(item.end, s.end ?? seed[i + 1]?.start ?? '18:30', s.id);
    assert.equal(item.id, s.id);
    assert.equal(item.title, s.title);
    assert.equal(item.type, s.type ?? 'talk', s.id);
    assert.deepEqual(
      item.speakers ?? [],
      (s.speakers ?? []).map((p) => (typeof p === 'string' ? p : p.name)),
      s.id,
    );
    assert.deepEqual(item.links ?? [], s.links ?? [], s.id);
    assert.equal(item.room, '512 CDGH');
  });
  assert.equal(items[1].track, 'Scientific Models to understand Deep Learning');
});

test('pretalx across a clock change: ends are start plus duration, and a wall clock read twice keeps its offset', async () => {
  // Vienna, Sunday Oct 25, 2026: 03:00 CEST becomes 02:00 CET, so 02:00–03:00 happens twice.
  const event = (id, date, duration, title) => ({
    id,
    guid: `g-${id}`,
    date,
    start: date.slice(11, 16),
    duration,
    room: 'Strauss 1',
    slug: `s-${id}`,
    title,
    type: 'Social',
    persons: [],
    links: [],
  });
  const schedule = {
    schedule: {
      version: '1.0',
      conference: {
        acronym: 'acl2026',
        title: 'ACL 2026',
        time_zone_name: 'Europe/Vienna',
        days: [
          {
            index: 1,
            date: '2026-10-24',
            day_start: '2026-10-24T04:00:00+02:00',
            day_end: '2026-10-25T03:59:00+01:00',
            rooms: {
              'Strauss 1': [
                event(1, '2026-10-24T23:00:00+02:00', '05:00', 'Social night'),
                event(2, '2026-10-25T02:30:00+02:00', '00:30', 'First 02:30'),
                event(3, '2026-10-25T02:15:00+01:00', '00:15', 'Second 02:15'),
              ],
            },
          },
        ],
      },
    },
  };
  const file = join(scratch(), 'schedule.json');
  writeFileSync(file, JSON.stringify(schedule));
  const { code, out, err } = await run(['import', 'frab', file]);
  assert.equal(code, 0, err);
  // (In any order: the element sorts by instant.)
  const byTitle = Object.fromEntries(JSON.parse(out).map((s) => [s.title, [s.start, s.end]]));
  assert.deepEqual(
    ['Social night', 'First 02:30', 'Second 02:15'].map((t) => byTitle[t]),
    [
      // 23:00 CEST (21:00 UTC) + 5 h = 02:00 UTC = 03:00 CET, not 04:00.
      ['2026-10-24T23:00', '2026-10-25T03:00'],
      // 02:30 CEST (00:30 UTC) + 30 min = 01:00 UTC = 02:00 CET; both clocks are read twice that night.
      ['2026-10-25T02:30+02:00', '2026-10-25T02:00+01:00'],
      ['2026-10-25T02:15+01:00', '2026-10-25T02:30+01:00'],
    ],
  );
  const written = join(scratch(), 'program.yml');
  assert.equal((await run(['import', 'frab', file, '-o', written])).code, 0);
  const checked = await run(['validate', written]);
  assert.equal(checked.code, 0, checked.err);
  assert.match(checked.err, /0 error\(s\), 0 warning\(s\)/);
});

test('Sessionize "All data": rooms, tracks and speakers resolved by id; two days as date-times; unscheduled sessions listed', async () => {
  const file = join(FIXTURES, 'sessionize/all-data.json');
  const { code, out, err } = await run(['import', 'sessionize', file, '--timezone', 'America/Vancouver']);
  assert.equal(code, 0, err);
  const items = JSON.parse(out);
  assert.deepEqual(
    items.map((s) => [s.start, s.end, s.type, s.room]),
    [
      ['2019-12-13T08:40', '2019-12-13T09:20', 'keynote', 'Room 512 CDGH'],
      ['2019-12-13T10:30', '2019-12-13T10:50', 'break', 'Room 512 CDGH'],
      ['2019-12-14T10:50', '2019-12-14T11:30', 'talk', 'Room 511'],
    ],
  );
  assert.deepEqual(items[0].speakers, [{ name: 'Surya Ganguli', affiliation: 'Stanford University' }]);
  assert.equal(items[0].track, 'Models for ML');
  // Sessionize's live and recording URLs become the fields that follow the clock, not links shown at every moment.
  assert.equal(items[0].recording, 'https://www.youtube.com/watch?v=abc123');
  assert.equal(items[2].stream, 'https://www.youtube.com/live/geometry');
  assert.deepEqual(
    items.map((s) => s.links),
    [undefined, undefined, undefined],
  );
  assert.match(err, /sessions\[3\]: "An Accepted Talk Not Yet Scheduled": not scheduled/);
  assert.match(err, /set timezone="America\/Vancouver" on <workshop-schedule>: 2 days/);
});

test('a declined Sessionize session is listed and left out, though it kept its slot', async () => {
  const raw = JSON.parse(readFileSync(join(FIXTURES, 'sessionize/all-data.json'), 'utf8'));
  raw.sessions[2].status = 'Declined';
  const file = join(scratch(), 'all.json');
  writeFileSync(file, JSON.stringify(raw));
  const { code, out, err } = await run(['import', 'sessionize', file, '--timezone', 'America/Vancouver']);
  assert.equal(code, 0, err);
  assert.deepEqual(
    JSON.parse(out).map((s) => s.id),
    ['101', 'sv-1'],
  );
  assert.match(err, /sessions\[2\]: "Geometry and Statistics": status "Declined" \(session skipped\)/);
});

test('Sessionize speakers become speaker cards: tagline, photo, bio paragraphs, links, and the talk linked to its session', async () => {
  const file = join(FIXTURES, 'sessionize/all-data.json');
  const { code, out, err } = await run(['import', 'sessionize-speakers', file]);
  assert.equal(code, 0, err);
  const speakers = JSON.parse(out);
  assert.deepEqual(speakers[0], {
    name: 'Surya Ganguli',
    affiliation: 'Stanford University',
    photo: 'https://sessionize.com/image/aaaa.jpg',
    bio: 'Professor of applied physics.\n\nHe studies deep learning theory.',
    talk: { title: 'An analytic theory of generalization dynamics', href: '#101' },
    links: [{ label: 'Company Website', url: 'https://ganguli-gang.stanford.edu/' }],
  });
  // The href is the id `import sessionize` gives the session, so the card's talk opens it in the schedule.
  const program = JSON.parse((await run(['import', 'sessionize', file, '--timezone', 'UTC'])).out);
  assert.ok(program.some((s) => `#${s.id}` === speakers[0].talk.href));
  assert.deepEqual(speakers[1], {
    name: 'Aasa Feragen',
    affiliation: 'University of Copenhagen',
    talk: { title: 'Geometry and Statistics', href: '#102' },
  });
  assert.match(err, /1 speaker\(s\) give more than one session; each card links the first \(Aasa Feragen\)/);
  assert.match(err, /2 speakers(?! written)/);
  const written = join(scratch(), 'speakers.yml');
  assert.equal((await run(['import', 'sessionize-speakers', file, '-o', written])).code, 0);
  const checked = await run(['validate', written]);
  assert.equal(checked.code, 0, checked.err);
  assert.match(checked.err, /2 speakers for <speaker-card speaker> \(one per person\), no problems/);
});

test('the Sessionize Speakers view (a list, sessions as { id, name }) imports too', async () => {
  const file = join(scratch(), 'speakers.json');
  writeFileSync(
    file,
    JSON.stringify([
      {
        id: 'a1',
        firstName: 'Zoë',
        lastName: 'Müller',
        fullName: 'Zoë Müller',
        bio: null,
        tagLine: '',
        profilePicture: null,
        sessions: [{ id: 500001, name: 'Keynote: Språk' }],
        isTopSpeaker: true,
        links: [],
        questionAnswers: [],
        categories: [],
      },
      { id: 'a2', firstName: '', lastName: '', fullName: '', sessions: [] },
    ]),
  );
  const { code, out, err } = await run(['import', 'sessionize-speakers', file]);
  assert.equal(code, 0, err);
  assert.deepEqual(JSON.parse(out), [{ name: 'Zoë Müller', talk: { title: 'Keynote: Språk', href: '#500001' } }]);
  assert.match(err, /speakers\[1\]: no fullName, firstName or lastName \(speaker skipped\)/);
});

test('an iCalendar file: every event in the calendar’s zone (a UTC event too); all-day events listed', async () => {
  const { code, out, err } = await run(['import', 'ics', join(FIXTURES, 'ics/calendar.ics')]);
  assert.equal(code, 0, err);
  const items = JSON.parse(out);
  assert.deepEqual(
    items.map((s) => [s.start, s.end, s.title, s.type]),
    [
      ['08:30', '08:40', 'Opening Remarks', 'remarks'],
      ['08:40', '09:20', 'Invited talk: Surya Ganguli', 'keynote'],
      ['10:30', '10:50', 'Coffee Break', 'break'],
    ],
  );
  assert.equal(items[1].abstract, 'An analytic theory of generalization dynamics, in deep linear networks.');
  assert.match(err, /VEVENT 4 "Workshop day": an all-day event/);
  assert.match(err, /timezone="America\/Vancouver" date="2019-12-13"/);
});

test('a calendar in UTC that names no zone (Indico): times stay UTC instants, so any timezone="…" shows them right', async () => {
  const dir = scratch();
  const file = join(dir, 'indico.ics');
  // As Indico writes its event and contribution exports: every time in UTC, no X-WR-TIMEZONE, no VTIMEZONE.
  writeFileSync(
    file,
    [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//CERN//INDICO//EN',
      'BEGIN:VEVENT',
      'SUMMARY:Opening plenary',
      'DTSTART;VALUE=DATE-TIME:20261025T070000Z',
      'DTEND;VALUE=DATE-TIME:20261025T080000Z',
      'DTSTAMP;VALUE=DATE-TIME:20261001T120000Z',
      'UID:indico-contribution-1234-5678@indico.example.org',
      'LOCATION:Hall A',
      'END:VEVENT',
      'END:VCALENDAR',
      '',
    ].join('\r\n'),
  );
  const { code, out, err } = await run(['import', 'ics', file]);
  assert.equal(code, 0, err);
  const [item] = JSON.parse(out);
  assert.equal(item.start, '2026-10-25T07:00Z');
  assert.equal(item.end, '2026-10-25T08:00Z');
  assert.match(err, /gives its times in UTC: they are written as UTC instants/);
  assert.doesNotMatch(err, /date="2026-10-25"/);
  // With the event's zone given, its wall clock (Vienna after the clock change: UTC+1).
  const vienna = await run(['import', 'ics', file, '--timezone', 'Europe/Vienna']);
  assert.equal(JSON.parse(vienna.out)[0].start, '08:00');
  assert.match(vienna.err, /timezone="Europe\/Vienna" date="2026-10-25"/);
});

test('a Google Calendar description written in HTML becomes lines and the inline subset the elements show', async () => {
  const file = join(scratch(), 'google.ics');
  writeFileSync(
    file,
    [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Google Inc//Google Calendar 70.9054//EN',
      'X-WR-TIMEZONE:Europe/Vienna',
      'BEGIN:VEVENT',
      'DTSTART:20261022T070000Z',
      'DTEND:20261022T080000Z',
      'DTSTAMP:20261001T120000Z',
      'UID:0a1b2c3d4e5f@google.com',
      // As Google folds it: 75 octets a line, commas escaped.
      'DESCRIPTION:<html-blob><p>We open the day\\, <b>together</b>.</p><ul><li>Welc',
      ' ome</li><li>Awards</li></ul><u>Bring</u> your <a href="https://example.org/b',
      ' adge" target="_blank">badge</a>.<br>See you</html-blob>',
      'SUMMARY:Opening',
      'END:VEVENT',
      'END:VCALENDAR',
      '',
    ].join('\r\n'),
  );
  const { code, out, err } = await run(['import', 'ics', file]);
  assert.equal(code, 0, err);
  assert.equal(
    JSON.parse(out)[0].abstract,
    'We open the day, <b>together</b>.\n\n• Welcome\n• Awards\n\nBring your <a href="https://example.org/badge" target="_blank">badge</a>.\nSee you',
  );
});

test('a repeating calendar event is imported once, with a warning', async () => {
  const dir = scratch();
  const file = join(dir, 'weekly.ics');
  writeFileSync(
    file,
    'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nX-WR-TIMEZONE:Europe/Berlin\r\nBEGIN:VEVENT\r\nUID:reading-group\r\nDTSTAMP:20240101T000000Z\r\nDTSTART:20240108T150000Z\r\nDTEND:20240108T160000Z\r\nRRULE:FREQ=WEEKLY;COUNT=4\r\nSUMMARY:Reading group\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n',
  );
  const { code, out, err } = await run(['import', 'ics', file]);
  assert.equal(code, 0, err);
  assert.deepEqual(JSON.parse(out), [
    { id: 'reading-group', start: '16:00', end: '17:00', title: 'Reading group', type: 'talk' },
  ]);
  assert.match(err, /"Reading group": repeats \(RRULE\): only its first occurrence is imported/);
  assert.match(err, /timezone="Europe\/Berlin" date="2024-01-08"/);
});

test('a YAML output keeps times, dates and words like "no" quoted, so Jekyll reads them back as written', async () => {
  const dir = scratch();
  const out = join(dir, 'program.yml');
  assert.equal((await run(['import', 'frab', join(FIXTURES, 'frab/seed-schedule.json'), '-o', out])).code, 0);
  const text = readFileSync(out, 'utf8');
  assert.match(text, /start: "08:30"/);
  const checked = await run(['validate', out]);
  assert.equal(checked.code, 0, checked.err);
  assert.match(checked.err, /0 error\(s\), 0 warning\(s\)/);
});

test('--strict writes nothing when a row could not be converted; without it the rest is written', async () => {
  const dir = scratch();
  const out = join(dir, 'papers.json');
  const strict = await run(['import', 'csv', join(FIXTURES, 'csv/cmt.csv'), '-o', out, '--strict']);
  assert.equal(strict.code, 1);
  assert.match(strict.err, /--strict: 2 not converted/);
  assert.equal(existsSync(out), false);
  const lenient = await run(['import', 'csv', join(FIXTURES, 'csv/cmt.csv'), '-o', out]);
  assert.equal(lenient.code, 0);
  assert.equal(readJson(out).length, 2);
  assert.deepEqual(readdirSync(dir), ['papers.json'], 'no temporary file is left');
});

test('a failed import leaves the previous output untouched', async () => {
  const dir = scratch();
  const out = join(dir, 'papers.json');
  writeFileSync(out, '["before"]');
  const bad = join(dir, 'bad.json');
  writeFileSync(bad, '{"notes": [');
  const { code } = await run(['import', 'openreview', bad, '-o', out]);
  assert.equal(code, 1);
  assert.equal(readFileSync(out, 'utf8'), '["before"]');
  assert.deepEqual(readdirSync(dir).sort(), ['bad.json', 'papers.json']);
});

test('every command has --help', async () => {
  for (const command of ['import', 'validate', 'preview', 'init']) {
    const { code, out } = await run([command, '--help']);
    assert.equal(code, 0);
    assert.match(out, new RegExp(`Usage: workshop-elements ${command}`));
  }
  assert.match((await run(['--help'])).out, /Commands:/);
});
