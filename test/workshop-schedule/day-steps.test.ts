import { expect, fixtureSync, html, oneEvent } from '@open-wc/testing';
import { $$, clean, conferenceItems, fiveDaySample, loadData, mount, session } from './element-helpers.js';
import { captureConsole } from '../helpers/console.js';
import type { WorkshopSchedule } from '../../src/workshop-schedule/workshop-schedule.js';
import type { ScheduleItem } from '../../src/workshop-schedule/types.js';

before(loadData);
beforeEach(clean);
afterEach(clean);

/** The conference as a page writes it, without waiting for anything. */
function place(items: ScheduleItem[]): WorkshopSchedule {
  const wrapper = fixtureSync<HTMLDivElement>(
    html`<div lang="en-US" style="width:900px">
      <workshop-schedule .items=${items} timezone="Europe/Vienna" viewer-timezone="Europe/Vienna"></workshop-schedule>
    </div>`,
  );
  return wrapper.querySelector('workshop-schedule')!;
}

const sessionCount = (items: ScheduleItem[]) => items.filter((i) => 'start' in i).length;
const renderedSessions = (el: Element) => $$(el, 'li[part~="session"]').length;

describe('<workshop-schedule> a long program renders day by day', function () {
  this.timeout(40_000); // 300 sessions on a loaded 2-core machine

  it('renders the first day in the first update and every day once dataComplete resolves', async () => {
    const el = place(conferenceItems);
    await el.updateComplete;
    const first = $$(el, '[part="day"]');
    expect(first, 'the first update shows the first day only').to.have.length(1);
    expect(first[0].dataset.day).to.equal('2027-04-26');
    expect(renderedSessions(el)).to.be.lessThan(sessionCount(conferenceItems));
    await el.dataComplete;
    expect($$(el, '[part="day"]').map((d) => d.dataset.day)).to.deep.equal([
      '2027-04-26',
      '2027-04-27',
      '2027-04-28',
      '2027-04-29',
      '2027-04-30',
    ]);
    expect(renderedSessions(el)).to.equal(sessionCount(conferenceItems));
  });

  it('scrolls a #id link to a session of the last day to it once that day is in', async () => {
    const id = 'paper-ryljkpetws'; // on Friday, the fifth day
    history.replaceState(null, '', `#${id}`);
    const el = place(conferenceItems);
    const { detail } = await oneEvent(el, 'we-fragment-target');
    expect(detail.id).to.equal(id);
    const target = session(el, id);
    expect(target.closest<HTMLElement>('[part="day"]')!.dataset.day).to.equal('2027-04-30');
    expect(target.hasAttribute('data-fragment-target')).to.equal(true);
    expect(el.shadowRoot!.activeElement).to.equal(target);
    // At the top of the screen (below the sticky headings), not left where the first day ended.
    const top = target.getBoundingClientRect().top;
    expect(top).to.be.within(-1, 300);
  });

  it('prints every session: printing renders the days not yet in', async () => {
    const el = place(conferenceItems);
    await el.updateComplete;
    expect(renderedSessions(el)).to.be.lessThan(sessionCount(conferenceItems));
    window.dispatchEvent(new Event('beforeprint'));
    await el.updateComplete;
    // Before any later task: the print is laid out right after the beforeprint listeners and their microtasks.
    expect($$(el, '[part="day"]')).to.have.length(5);
    expect(renderedSessions(el)).to.equal(sessionCount(conferenceItems));
    await el.dataComplete;
    expect(renderedSessions(el)).to.equal(sessionCount(conferenceItems));
  });

  it('renders a new program from its first day again, and completes it', async () => {
    const el = await mount({ items: conferenceItems, timezone: 'Europe/Vienna' });
    el.items = conferenceItems.slice(0, -10);
    await el.updateComplete;
    expect($$(el, '[part="day"]')).to.have.length(1);
    await el.dataComplete;
    expect($$(el, '[part="day"]')).to.have.length(5);
    expect(renderedSessions(el)).to.equal(sessionCount(conferenceItems.slice(0, -10)));
  });

  it('carries on after being taken out of the page and put back', async () => {
    const el = place(conferenceItems);
    await el.updateComplete;
    const parent = el.parentElement!;
    el.remove();
    parent.append(el);
    await el.dataComplete;
    expect(renderedSessions(el)).to.equal(sessionCount(conferenceItems));
  });

  it('renders a short program in one update, and is accessible', async () => {
    const log = captureConsole();
    const twoDays = fiveDaySample.slice(
      0,
      fiveDaySample.findIndex((i) => 'section' in i && i.section.startsWith('Day 3')),
    );
    const el = place(twoDays);
    await el.updateComplete;
    expect($$(el, '[part="day"]')).to.have.length(2);
    await el.dataComplete;
    await expect(el).to.be.accessible();
    log.restore(); // throws when anything was logged
  });
});
