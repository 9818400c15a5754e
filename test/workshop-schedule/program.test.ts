import { expect } from '@open-wc/testing';
import { parseShareFragment, shareFragment } from '../../src/workshop-schedule/favorites.js';
import { matches } from '../../src/workshop-schedule/filter.js';
import { buildProgram } from '../../src/workshop-schedule/program.js';
import { slug } from '../../src/internal/slug.js';
import { parseTime, validateItems } from '../../src/workshop-schedule/validate.js';

const iso = (t: number) => new Date(t).toISOString();
const seed = async () => (await fetch('/demo/data/schedule.json')).json();

describe('validate: times as organizers write them', () => {
  it('accepts "08:30", a date-time, an instant with offset and YAML seconds after midnight', () => {
    expect(parseTime('08:30')).to.deep.equal({ kind: 'wall', seconds: 30_600 });
    expect(parseTime('8:30')).to.deep.equal({ kind: 'wall', seconds: 30_600 });
    expect(parseTime(34_200)).to.deep.equal({ kind: 'wall', seconds: 34_200 });
    expect(parseTime('2019-12-13T08:30')).to.deep.equal({ kind: 'wall', date: '2019-12-13', seconds: 30_600 });
    // As Jekyll's jsonify writes YAML's unquoted date-times: without a zone (read as UTC), and with one.
    expect(parseTime('2019-12-13 08:30:00 +0000')).to.deep.equal({ kind: 'wall', date: '2019-12-13', seconds: 30_600 });
    expect(parseTime('2019-12-13 08:30:00 -0800')).to.deep.equal({
      kind: 'instant',
      instant: Date.parse('2019-12-13T16:30Z'),
    });
    expect(parseTime('2019-12-13 08:30:00 +00')).to.equal(undefined);
    // Jekyll with `timezone:` shifts such a time: it stays the instant it names, with a warning on how to keep it.
    const shifted = validateItems([{ start: '2019-12-13 00:30:00 -0800', title: 'Shifted' }]);
    expect(shifted.data).to.have.length(1);
    expect(shifted.problems.map((x) => x.path)).to.deep.equal(['items[0].start']);
    expect(shifted.problems[0].message).to.contain('quote the time');
    expect(validateItems([{ start: '2019-12-13 08:30:00 +0000', title: 'UTC build' }]).problems).to.deep.equal([]);
    expect(parseTime('2019-12-13T08:30-08:00')).to.deep.equal({
      kind: 'instant',
      instant: Date.parse('2019-12-13T16:30Z'),
    });
    expect(parseTime('2019-12-13T16:30:00Z')).to.deep.equal({
      kind: 'instant',
      instant: Date.parse('2019-12-13T16:30Z'),
    });
    expect(parseTime('2019-12-13T22:00+05:30')).to.deep.equal({
      kind: 'instant',
      instant: Date.parse('2019-12-13T16:30Z'),
    });
  });

  it("accepts the seed's 12-hour times and other forms people write, each as the time it says", () => {
    const { data, problems } = validateItems([
      { start: '08:30 AM', title: 'a' },
      { start: '01:40 PM', end: '2:20 pm', title: 'b' },
      { start: '15h30', title: 'c' },
      { start: '16.10', title: 'd' },
      { start: '17:00:00', title: 'e' },
    ]);
    expect(problems).to.deep.equal([]);
    expect(data.map((s) => (s.start as { seconds: number }).seconds / 60)).to.deep.equal([510, 820, 930, 970, 1020]);
    expect((data[1].end as { seconds: number }).seconds).to.equal(14 * 3600 + 20 * 60);
  });

  it('reads start: 16 (a YAML number) as 16:00 and says how to write it', () => {
    const { data, problems } = validateItems([{ start: 16, title: 'Four' }]);
    expect((data[0].start as { seconds: number }).seconds).to.equal(16 * 3600);
    expect(problems).to.have.length(1);
    expect(problems[0].path).to.equal('items[0].start');
    expect(problems[0].message).to.contain('"16:00"');
  });

  it('refuses everything else', () => {
    for (const bad of [
      '25:00',
      '08:61',
      '8.3',
      'soon',
      '2019-02-30T08:00',
      '',
      -1,
      90_000,
      1.555,
      930,
      true,
      null,
      {},
      '13:30 PM',
    ])
      expect(parseTime(bad), String(bad)).to.equal(undefined);
  });

  it('skips a session with an unparseable time, naming items[i].start; keeps the rest', () => {
    const { data, problems } = validateItems([
      { start: '08:30', title: 'Kept' },
      { start: 'half past eight', title: 'Skipped' },
      { title: 'No start' },
    ]);
    expect(data.map((s) => s.title)).to.deep.equal(['Kept']);
    expect(problems.map((p) => p.path)).to.deep.equal(['items[1].start', 'items[2].start']);
    expect(problems[0].message).to.contain('half past eight').and.contain('skipped');
  });

  it('warns about an unknown type, an end before start, a missing title and a javascript: link, and still keeps the session', () => {
    const { data, problems } = validateItems([
      { start: '09:00', end: '08:00', type: 'workshop', links: [{ label: 'x', url: 'javascript:alert(1)' }] },
    ]);
    expect(data).to.have.length(1);
    expect(data[0].type).to.equal('talk');
    expect(data[0].end).to.equal(undefined);
    expect(data[0].links).to.deep.equal([]);
    expect(data[0].title).to.equal('');
    expect(problems.map((p) => p.path).sort()).to.deep.equal([
      'items[0].end',
      'items[0].links[0].url',
      'items[0].title',
      'items[0].type',
    ]);
  });

  it('applies a section heading to the following sessions, and warns about unknown keys', () => {
    const { data, problems } = validateItems([
      { start: '08:00', title: 'Before' },
      { section: 'Morning' },
      { start: '09:00', title: 'A', titel: 'typo' },
      { start: '10:00', title: 'B' },
      { section: 'Afternoon' },
      { start: '13:00', title: 'C' },
    ]);
    expect(data.map((s) => s.section)).to.deep.equal([undefined, 'Morning', 'Morning', 'Afternoon']);
    expect(problems.map((p) => p.path)).to.deep.equal(['items[2].titel']);
  });

  it('reads speakers as strings or objects, and nested talks', () => {
    const { data, problems } = validateItems([
      {
        start: '10:15',
        title: 'Spotlights',
        type: 'spotlights',
        speakers: 'Ada',
        items: [
          {
            title: 'One',
            speakers: [{ name: 'Bo', affiliation: 'MIT', url: 'https://bo.example/' }, { affiliation: 'no name' }],
          },
          'bad',
        ],
      },
    ]);
    // Every optional field is the speaker's own (undefined), never one inherited from Object.prototype.
    expect(data[0].speakers).to.deep.equal([{ name: 'Ada', affiliation: undefined, url: undefined }]);
    expect(data[0].items[0].speakers).to.deep.equal([{ name: 'Bo', affiliation: 'MIT', url: 'https://bo.example/' }]);
    expect(problems.map((p) => p.path)).to.deep.equal(['items[0].items[0].speakers[1].name', 'items[0].items[1]']);
  });
});

describe('program: instants, ends, ids, days and rooms', () => {
  it('places the seed program in Vancouver time with default ends and the given ids', async () => {
    const { data, problems } = validateItems(await seed());
    expect(problems).to.deep.equal([]);
    const p = buildProgram(data, 'America/Vancouver', '2019-12-13');
    expect(p.days.map((d) => d.key)).to.deep.equal(['2019-12-13']);
    expect(p.sessions).to.have.length(17);
    const byId = new Map(p.sessions.map((s) => [s.id, s]));
    expect(iso(byId.get('opening')!.start)).to.equal('2019-12-13T16:30:00.000Z');
    expect(iso(byId.get('opening')!.end)).to.equal('2019-12-13T16:40:00.000Z'); // the next session's start
    expect(iso(byId.get('closing')!.end)).to.equal('2019-12-14T02:30:00.000Z');
    expect(byId.get('closing')!.day).to.equal('2019-12-13'); // evening in Vancouver, next day in UTC
    expect(byId.get('terence-tao')!.section).to.equal('Scientific Models to understand Deep Learning');
    expect(byId.get('spotlights')!.items).to.have.length(6);
    expect(p.days[0].parallel).to.equal(false);
  });

  it('gives sessions without id a stable slug of the title, unique on the page', () => {
    const { data } = validateItems([
      { start: '08:00', title: 'Gödel, Escher & Bach!' },
      { start: '09:00', title: 'Gödel, Escher & Bach!' },
      { start: '10:00', title: '' },
    ]);
    const ids = buildProgram(data, 'UTC', '2019-12-13').sessions.map((s) => s.id);
    expect(ids).to.deep.equal(['godel-escher-bach', 'godel-escher-bach-2', 'session-201912131000']);
    expect(slug('Terence Tao')).to.equal('terence-tao');
  });

  it('groups several days, detects parallel rooms and lays them out without overlap', () => {
    const { data } = validateItems([
      { start: '2027-03-29T09:00', end: '2027-03-29T10:00', title: 'Keynote', type: 'keynote' },
      { start: '2027-03-29T10:00', end: '2027-03-29T10:15', title: 'A1', room: 'A' },
      { start: '2027-03-29T10:15', end: '2027-03-29T10:30', title: 'A2', room: 'A' },
      { start: '2027-03-29T10:00', end: '2027-03-29T10:30', title: 'B1', room: 'B' },
      { start: '2027-03-30T09:00', title: 'Day two', room: 'B' },
    ]);
    const p = buildProgram(data, 'Europe/Vienna', '2027-03-29');
    expect(p.days.map((d) => d.key)).to.deep.equal(['2027-03-29', '2027-03-30']);
    const [day] = p.days;
    expect(day.parallel).to.equal(true);
    expect(day.rooms).to.deep.equal(['A', 'B']);
    const cell = (id: string) => day.cells.get(id)!;
    expect(cell('keynote')).to.deep.include({ col: 1, colEnd: -1 });
    expect(cell('a1')).to.deep.include({ col: 1, colEnd: 2 });
    expect(cell('b1')).to.deep.include({ col: 2, colEnd: 3 });
    expect(cell('a1').rowEnd).to.equal(cell('a2').row);
    expect(cell('b1').row).to.equal(cell('a1').row);
    expect(cell('b1').rowEnd).to.equal(cell('a2').rowEnd);
    expect(cell('keynote').rowEnd).to.be.at.most(cell('a1').row);
    expect(p.days[1].parallel).to.equal(false);
  });

  it('gives a section heading a grid row of its own, between the sessions before and after it', () => {
    const { data } = validateItems([
      { start: '09:00', title: 'A', room: 'R1' },
      { start: '09:00', title: 'B', room: 'R2' },
      { section: 'Afternoon' },
      { start: '10:00', end: '11:00', title: 'C', room: 'R1' },
      { start: '10:00', end: '11:00', title: 'D', room: 'R2' },
    ]);
    const [day] = buildProgram(data, 'UTC', '2019-12-13').days;
    const heading = day.sections.get('c')!;
    expect(heading.title).to.equal('Afternoon');
    expect(day.cells.get('a')!.rowEnd).to.equal(heading.row);
    expect(day.cells.get('c')!.row).to.equal(heading.row + 1);
  });

  it('shows a day as a list, with a warning on each clash, when sessions would cover each other in the grid', () => {
    const items = [
      { start: '09:00', end: '10:00', title: 'A1', room: 'A' },
      { start: '09:00', end: '10:00', title: 'B1', room: 'B' },
      { start: '09:30', end: '11:00', title: 'A2', room: 'A' },
      { start: '10:00', end: '10:30', title: 'Plenary' },
    ];
    const { data } = validateItems(items);
    const p = buildProgram(data, 'UTC', '2024-06-10');
    expect(p.days[0].parallel).to.equal(false);
    expect(p.problems.map((x) => x.path)).to.deep.equal(['items[2].start', 'items[3].start']);
    expect(p.problems[0].message).to.contain('"A1" (items[0]) in room "A"');
    expect(p.problems[1].message).to.contain('"A2" (items[2]) while it spans all rooms');
    // Without the clashes the same day is a grid, and nothing is reported.
    const fine = buildProgram(validateItems(items.slice(0, 2)).data, 'UTC', '2024-06-10');
    expect(fine.problems).to.deep.equal([]);
    expect(fine.days[0].parallel).to.equal(true);
  });

  it('reads an earlier end written as a time alone as the next day, for sessions up to 12 hours', () => {
    const { data, problems } = validateItems([
      { start: '23:00', end: '01:00', title: 'Night hack' },
      { start: '2019-12-14T22:00', end: '23:30', title: 'Dated start, time-only end' },
      { start: '09:00', end: '08:00', title: 'A typo, not 23 hours' },
      { start: '2019-12-13T23:00', end: '2019-12-13T01:00', title: 'A dated end stays on its date' },
    ]);
    expect(problems.map((x) => x.path)).to.deep.equal(['items[2].end', 'items[3].end']);
    const p = buildProgram(data, 'Europe/Berlin', '2019-12-13');
    const byTitle = new Map(p.sessions.map((s) => [s.title, s]));
    expect(iso(byTitle.get('Night hack')!.start)).to.equal('2019-12-13T22:00:00.000Z');
    expect(iso(byTitle.get('Night hack')!.end)).to.equal('2019-12-14T00:00:00.000Z');
    expect(iso(byTitle.get('Dated start, time-only end')!.end)).to.equal('2019-12-14T22:30:00.000Z');
    expect(p.problems).to.deep.equal([]);
  });

  it('reports an end before its start written in another form, and ends the session at the next start', () => {
    const { data } = validateItems([
      { start: '2019-12-13T09:00', end: '2019-12-13T16:00Z', title: 'A' },
      { start: '10:00', title: 'B' },
    ]);
    const p = buildProgram(data, 'America/Vancouver', '2019-12-13');
    expect(p.problems.map((x) => x.path)).to.deep.equal(['items[0].end']);
    expect(iso(p.sessions[0].end)).to.equal('2019-12-13T18:00:00.000Z');
  });
});

describe('filter and share link', () => {
  it('finds sessions by title, speaker, affiliation and abstract, ignoring case and accents, and filters by track and room', () => {
    const { data } = validateItems([
      {
        start: '09:00',
        title: 'Euler flows',
        speakers: [{ name: 'Terence Tao', affiliation: 'UCLA' }],
        track: 'Math',
        room: 'A',
      },
      { start: '09:00', title: 'Other', abstract: 'About Gödel numbering', track: 'Logic', room: 'B' },
    ]);
    const [tao, other] = buildProgram(data, 'UTC', '2019-12-13').sessions;
    const f = (query: string, track = '', room = '') => ({ query, track, room });
    expect(matches(tao, f('tao'))).to.equal(true);
    expect(matches(tao, f('ucla euler'))).to.equal(true);
    expect(matches(tao, f('ucla gödel'))).to.equal(false);
    expect(matches(other, f('GODEL'))).to.equal(true);
    expect(matches(tao, f('', 'Logic'))).to.equal(false);
    expect(matches(other, f('', '', 'B'))).to.equal(true);
    expect(matches(tao, { ...f(''), only: new Set(['other']) })).to.equal(false);
  });

  it('round-trips ids with commas and non-ASCII through the share fragment', () => {
    const ids = ['terence-tao', 'a,b', 'ümlaut #1'];
    const fragment = shareFragment(ids);
    expect(fragment).to.match(/^my-program=/);
    expect(parseShareFragment(`#${fragment}`)).to.deep.equal(ids);
    expect(parseShareFragment('#terence-tao')).to.equal(undefined);
  });
});
