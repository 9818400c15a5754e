// A big conference's program as the importers write it (pretalx, Sessionize, Indico): what its visitors see.
import { expect } from '@open-wc/testing';
import { $, $$, clean, download, loadData, mount, session, text } from './element-helpers.js';
import { expectWellFormed, parseIcs } from './ics-helpers.js';
import { spokenText, shownText } from '../helpers/accessible-name.js';
import { captureConsole } from '../helpers/console.js';
import type { ScheduleItem } from '../../src/workshop-schedule/types.js';

before(loadData);
beforeEach(clean);
afterEach(clean);

/** Two parallel tutorials in Vienna, one with two links (pretalx writes a talk's links as a list). */
const parallel: ScheduleItem[] = [
  {
    id: 't1',
    start: '2026-10-22T10:30',
    end: '2026-10-22T12:00',
    title: 'Tutorial: Low-resource MT',
    room: 'Room 1.15',
    links: [
      { label: 'Slides', url: 'https://example.org/slides' },
      { label: 'Underline', url: 'https://example.org/underline' },
    ],
  },
  { id: 't2', start: '2026-10-22T10:30', end: '2026-10-22T12:00', title: 'Tutorial: Dialogue', room: 'Room 1.31' },
];

/** Three days around Vienna's clock change (Sunday Oct 25, 2026, 03:00 CEST → 02:00 CET), in two rooms. */
const threeDays: ScheduleItem[] = [
  ...parallel,
  { id: 'sat-keynote', start: '2026-10-24T09:00', end: '2026-10-24T10:00', title: 'Saturday keynote', type: 'keynote' },
  { id: 'sun-a', start: '2026-10-25T10:30', end: '2026-10-25T11:15', title: 'Sunday oral A', room: 'Room 1.15' },
  { id: 'sun-b', start: '2026-10-25T10:30', end: '2026-10-25T11:15', title: 'Sunday oral B', room: 'Room 1.31' },
  { id: 'sun-lunch', start: '2026-10-25T12:00', end: '2026-10-25T13:30', title: 'Lunch', type: 'break' },
];

describe('<workshop-schedule> an imported multi-room conference', function () {
  this.timeout(20_000);

  it('keeps a session’s links apart in a room column of the grid', async () => {
    const el = await mount({ items: parallel, timezone: 'Europe/Vienna', date: '', width: '1000px' });
    expect(getComputedStyle($$(el, 'ol')[0]).display).to.equal('grid');
    const [slides, underline] = [...session(el, 't1').querySelectorAll<HTMLElement>('[part="links"] a')];
    expect([text(slides), text(underline)]).to.deep.equal(['Slides', 'Underline']);
    const a = slides.getBoundingClientRect();
    const b = underline.getBoundingClientRect();
    // Side by side with a gap, or on the next line: never "SlidesUnderline".
    const apart = b.top >= a.bottom - 1 || b.left - a.right >= 4;
    expect(apart, `Slides ends at ${a.right}, Underline starts at ${b.left}`).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('offers each day of a multi-day program as one calendar file, at the right instants across the clock change', async () => {
    const el = await mount({ items: threeDays, timezone: 'Europe/Vienna', date: '', width: '1000px' });
    const buttons = $$<HTMLButtonElement>(el, '[part="day-download"]');
    expect(buttons.map((b) => shownText(b))).to.deep.equal(Array(3).fill('Add this day to my calendar (.ics)'));
    expect(buttons.map((b) => spokenText(b))).to.deep.equal([
      'Add this day to my calendar (.ics): Thursday, October 22, 2026',
      'Add this day to my calendar (.ics): Saturday, October 24, 2026',
      'Add this day to my calendar (.ics): Sunday, October 25, 2026',
    ]);
    // Each button is in its day's section, after the day's heading.
    expect(buttons[2].closest('[part="day"]')!.getAttribute('data-day')).to.equal('2026-10-25');
    const sunday = await download(el, buttons[2]);
    expect(sunday.filename).to.equal('program-2026-10-25.ics');
    expect(sunday.sessionIds).to.deep.equal(['sun-a', 'sun-b', 'sun-lunch']);
    expectWellFormed(sunday.ics);
    const events = parseIcs(sunday.ics);
    // 10:30 in Vienna on the Sunday is CET (UTC+1): 09:30 UTC; the Thursday's 10:30 was CEST, 08:30 UTC.
    expect(new Date(events[0].start).toISOString()).to.equal('2026-10-25T09:30:00.000Z');
    const thursday = parseIcs((await download(el, buttons[0])).ics);
    expect(new Date(thursday[0].start).toISOString()).to.equal('2026-10-22T08:30:00.000Z');
    await expect(el).to.be.accessible();
  });

  it('gives a day’s starred sessions in "My program", and no day button for a one-day program', async () => {
    const el = await mount({ items: threeDays, timezone: 'Europe/Vienna', date: '', width: '1000px' });
    session(el, 'sun-b').querySelector<HTMLButtonElement>('[part="star"]')!.click();
    $(el, '[part="favorites-toggle"]')!.click();
    await el.updateComplete;
    const buttons = $$<HTMLButtonElement>(el, '[part="day-download"]');
    expect(buttons.map((b) => b.closest('[part="day"]')!.getAttribute('data-day'))).to.deep.equal(['2026-10-25']);
    expect((await download(el, buttons[0])).sessionIds).to.deep.equal(['sun-b']);
    await expect(el).to.be.accessible();
    clean();
    const oneDay = await mount({ items: parallel, timezone: 'Europe/Vienna', date: '' });
    expect($$(oneDay, '[part="day-download"]')).to.have.length(0);
  });

  it('breaks a phone’s line between the room and the kind, never inside "BREAK"', async () => {
    const coffee: ScheduleItem = {
      id: 'coffee',
      start: '2026-10-22T12:00',
      end: '2026-10-22T12:30',
      title: 'Coffee break',
      type: 'break',
      room: 'Hall A (Plenary)',
    };
    const el = await mount({ items: [...parallel, coffee], timezone: 'Europe/Vienna', date: '', width: '360px' });
    const kind = session(el, 'coffee').querySelector<HTMLElement>('[part="kind"]')!;
    expect(text(session(el, 'coffee').querySelector('.meta'))).to.equal('Hall A (Plenary) Break');
    const lines = new Set([...kind.getClientRects()].map((r) => Math.round(r.top)));
    expect(lines.size, 'the kind is on one line').to.equal(1);
    await expect(el).to.be.accessible();
  });

  it('starts the links after an abstract without a separator dot', async () => {
    const talk: ScheduleItem = {
      id: 'opening',
      start: '2026-10-25T07:00Z',
      end: '2026-10-25T08:00Z',
      title: 'Opening plenary',
      abstract: 'We open the day.',
      links: [
        { label: 'Details', url: 'https://example.org/details' },
        { label: 'Slides', url: 'https://example.org/slides' },
      ],
    };
    const el = await mount({ items: [talk], timezone: 'Europe/Vienna', date: '' });
    const items = [...session(el, 'opening').querySelectorAll('[part="links"] > li')];
    const before = items.map((li) => getComputedStyle(li, '::before').content);
    expect(before[0]).to.equal('none');
    expect(before[1]).to.contain('·');
    await expect(el).to.be.accessible();
  });

  it('places the night of the clock change as the pretalx import writes it: offsets where a clock is read twice', async () => {
    // `import frab` output for Vienna's Oct 25, 2026 (see cli/test/import.test.js).
    const night: ScheduleItem[] = [
      { id: 'social', start: '2026-10-24T23:00', end: '2026-10-25T03:00', title: 'Social night', room: 'Strauss 1' },
      {
        id: 'first',
        start: '2026-10-25T02:30+02:00',
        end: '2026-10-25T02:00+01:00',
        title: 'First 02:30',
        room: 'Hall',
      },
      {
        id: 'second',
        start: '2026-10-25T02:15+01:00',
        end: '2026-10-25T02:30+01:00',
        title: 'Second 02:15',
        room: 'Hall',
      },
    ];
    const console = captureConsole();
    const el = await mount({ items: night, timezone: 'Europe/Vienna', date: '' });
    const times = (id: string) => [...session(el, id).querySelectorAll('time')].map((t) => t.getAttribute('datetime'));
    expect(times('social')).to.deep.equal(['2026-10-24T21:00:00.000Z', '2026-10-25T02:00:00.000Z']);
    expect(times('first')).to.deep.equal(['2026-10-25T00:30:00.000Z', '2026-10-25T01:00:00.000Z']);
    expect(times('second')).to.deep.equal(['2026-10-25T01:15:00.000Z', '2026-10-25T01:30:00.000Z']);
    // In time order, with nothing to warn about (an end not after its start would be named).
    expect(console.warnings).to.deep.equal([]);
    console.restore();
    await expect(el).to.be.accessible();
  });
});
