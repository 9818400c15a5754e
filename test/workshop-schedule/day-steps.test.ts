import { expect, fixtureSync, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  $,
  $$,
  clean,
  conferenceItems,
  fiveDaySample,
  loadData,
  mount,
  parallelSample,
  session,
} from './element-helpers.js';
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

/** Where each session and section heading sits: its id (or heading), the day, and its grid placement. */
const layout = (el: Element) =>
  $$(el, '[part="day"] li[part~="session"], [part="day"] li[part="section"]').map((li) => ({
    day: li.closest<HTMLElement>('[part="day"]')!.dataset.day,
    id: li.id || li.textContent!.trim().slice(0, 40),
    row: li.style.getPropertyValue('grid-row'),
    column: li.style.getPropertyValue('grid-column'),
  }));

/** The ids of the first day's sessions, in order, from a schedule rendered to the end. */
async function firstDayIds(): Promise<string[]> {
  const el = place(conferenceItems);
  await el.dataComplete;
  const ids = $$(el, '[part="day"]')[0].querySelectorAll('li[part~="session"]');
  return [...ids].map((li) => li.id);
}

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

  it('renders a day in steps: the first update shows the first screen of the first day, not the whole day', async () => {
    const day = await firstDayIds();
    clean();
    const el = place(conferenceItems);
    await el.updateComplete;
    const shown = renderedSessions(el);
    expect(shown, 'some sessions of the first day').to.be.greaterThan(5);
    expect(shown, 'not the whole first day').to.be.lessThan(day.length);
    // The first sessions of the day, in order: what the top of the page shows.
    expect($$(el, 'li[part~="session"]').map((li) => li.id)).to.deep.equal(day.slice(0, shown));
  });

  it('places every session in the grid as one update would', async () => {
    const el = place(conferenceItems);
    await el.dataComplete;
    const stepped = layout(el);
    clean();
    const once = place(conferenceItems);
    await once.updateComplete;
    // Printing renders the rest in one update.
    window.dispatchEvent(new Event('beforeprint'));
    await once.updateComplete;
    expect(renderedSessions(once)).to.equal(sessionCount(conferenceItems));
    expect(stepped.length).to.be.greaterThan(sessionCount(conferenceItems));
    expect(stepped).to.deep.equal(layout(once));
    expect(stepped.some((s) => s.row.includes('/'))).to.equal(true);
  });

  it('scrolls a #id link to a session of a later step of the first day', async () => {
    const id = (await firstDayIds()).at(-1)!;
    clean();
    history.replaceState(null, '', `#${id}`);
    const el = place(conferenceItems);
    await el.updateComplete;
    expect(session(el, id), 'not in the first step').to.equal(null);
    const { detail } = await oneEvent(el, 'we-fragment-target');
    expect(detail.id).to.equal(id);
    expect(el.shadowRoot!.activeElement).to.equal(session(el, id));
  });

  it('keeps keyboard focus on a button of the first step while the rest comes in', async () => {
    const el = place(conferenceItems);
    await el.updateComplete;
    const star = $(el, 'li[part~="session"] [part="star"]')!;
    star.focus();
    expect(el.shadowRoot!.activeElement).to.equal(star);
    await el.dataComplete;
    expect(renderedSessions(el)).to.equal(sessionCount(conferenceItems));
    expect(star.isConnected, 'the same button, not a new one').to.equal(true);
    expect(el.shadowRoot!.activeElement).to.equal(star);
  });

  it('shows a star and a search made while the rest renders on the sessions already in', async () => {
    const el = place(conferenceItems);
    await el.updateComplete;
    const first = $$(el, 'li[part~="session"]').find((li) => li.querySelector('[part="star"]'))!;
    first.querySelector<HTMLButtonElement>('[part="star"]')!.click();
    const input = $(el, '[part="search"]') as HTMLInputElement;
    input.value = 'zzz-no-session-has-this';
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await el.dataComplete;
    expect(first.querySelector('[part="star"]')!.getAttribute('aria-pressed')).to.equal('true');
    expect(first.hidden, 'hidden by the search').to.equal(true);
    expect($$(el, 'li[part~="session"]').filter((li) => !li.hidden)).to.have.length(0);
    input.value = '';
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect($$(el, 'li[part~="session"]').filter((li) => !li.hidden)).to.have.length(sessionCount(conferenceItems));
  });

  it('renders a new program given while the old one is still rendering, and only the new one', async () => {
    const el = place(conferenceItems);
    await el.updateComplete;
    const pending = el.dataComplete;
    const shorter = conferenceItems.slice(0, -10);
    const gone = conferenceItems.slice(-10).flatMap((i) => ('id' in i && i.id ? [i.id] : []));
    el.items = shorter;
    await pending;
    expect(renderedSessions(el)).to.equal(sessionCount(shorter));
    for (const id of gone) expect(session(el, id), id).to.equal(null);
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

  it('shows the whole keyboard focus ring of every control in a grid session (each session clips its own paint)', async () => {
    const el = await mount({ items: parallelSample, timezone: 'Europe/Vienna', width: '900px' });
    const grid = $(el, 'ol.grid')!;
    expect(getComputedStyle(grid).display, 'a day shown as a grid').to.equal('grid');
    // A key press first: focus moved by script then shows the ring, as it does for a keyboard user.
    await sendKeys({ press: 'Shift' });
    const sessions = [...grid.querySelectorAll<HTMLElement>('li[part~="session"]')];
    const controls = sessions.flatMap((li) => [...li.querySelectorAll<HTMLElement>('button, a[href], summary')]);
    expect(controls.length).to.be.greaterThan(sessions.length);
    for (const control of controls) {
      control.focus();
      await waitUntil(() => el.shadowRoot!.activeElement === control);
      expect(control.matches(':focus-visible'), 'the ring shows').to.equal(true);
      const style = getComputedStyle(control);
      const ring = parseFloat(style.outlineWidth) + parseFloat(style.outlineOffset);
      expect(ring, 'a ring that stands out of the control').to.be.greaterThan(0);
      const r = control.getBoundingClientRect();
      const li = control.closest('li[part~="session"]')!;
      const box = li.getBoundingClientRect();
      const border = parseFloat(getComputedStyle(li).borderTopWidth);
      // What the session clips to: inside its border.
      const where = `${li.id} ${control.localName} ${control.textContent!.trim().slice(0, 30)}`;
      expect(r.top - ring, where).to.be.at.least(box.top + border - 0.5);
      expect(r.bottom + ring, where).to.be.at.most(box.bottom - border + 0.5);
      expect(r.left - ring, where).to.be.at.least(box.left + border - 0.5);
      expect(r.right + ring, where).to.be.at.most(box.right - border + 0.5);
    }
    await expect(el).to.be.accessible();
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
