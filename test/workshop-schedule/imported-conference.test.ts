// A big conference's program as the importers write it (pretalx, Sessionize, Indico): what its visitors see.
import { expect } from '@open-wc/testing';
import { $$, clean, loadData, mount, session, text } from './element-helpers.js';
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
});
