import { expect } from '@open-wc/testing';
import type { ScheduleItem } from '../../src/workshop-schedule/types.js';
import { expectWellFormed, parseIcs } from './ics-helpers.js';
import { $, $$, clean, conferenceItems, download, loadData, mount } from './element-helpers.js';

before(loadData);
beforeEach(clean);
afterEach(clean);

// The whole generated conference (5 days, 6 rooms, 300 talks), in a file of its own: the heaviest test.
describe('<workshop-schedule> a 300-talk conference: everything renders and exports', function () {
  this.timeout(60_000);
  it('exports all 300+ sessions of the conference, exact across the zone', async () => {
    const el = await mount({ items: conferenceItems, timezone: 'Europe/Vienna' });
    expect($$(el, 'li[part~="session"]')).to.have.length(conferenceItems.filter((i) => 'start' in i).length);
    const file = await download(el, $(el, '[part="download"]')!);
    expectWellFormed(file.ics);
    const events = parseIcs(file.ics);
    const sessions = conferenceItems.filter((i): i is Extract<ScheduleItem, { start: unknown }> => 'start' in i);
    expect(events).to.have.length(sessions.length);
    const byStart = events.map((e) => e.start).sort((a, b) => a - b);
    // Vienna is UTC+2 in April: "2027-04-26T09:00" is 07:00Z
    expect(byStart[0]).to.equal(Date.parse('2027-04-26T07:00:00Z'));
    expect(new Set(events.map((e) => e.uid)).size).to.equal(sessions.length);
  });
});
