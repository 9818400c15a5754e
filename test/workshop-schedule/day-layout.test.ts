import { expect, fixtureSync, html, nextFrame, oneEvent } from '@open-wc/testing';
import { $, $$, clean, conferenceItems, loadData, session } from './element-helpers.js';
import { emulate, printRules, resetMedia } from '../helpers/media.js';
import type { WorkshopSchedule } from '../../src/workshop-schedule/workshop-schedule.js';
import type { ScheduleItem } from '../../src/workshop-schedule/types.js';

before(loadData);
beforeEach(() => {
  clean();
  // Each test starts at the top of the page: the days below it are off screen.
  scrollTo(0, 0);
});
afterEach(clean);

/** The conference as a page writes it, at a width (900 px: days as grids; 390 px: a phone's list). */
function place(items: ScheduleItem[], { width = 900, style = '', now = '' } = {}): WorkshopSchedule {
  const wrapper = fixtureSync<HTMLDivElement>(
    html`<div lang="en-US" style="width:${width}px">
      <workshop-schedule
        style=${style}
        .items=${items}
        timezone="Europe/Vienna"
        viewer-timezone="Europe/Vienna"
        now=${now}
      ></workshop-schedule>
    </div>`,
  );
  return wrapper.querySelector('workshop-schedule')!;
}

/** Two rendering updates: what the browser lays out (or skips) for what is on screen is decided in one of them. */
const frames = async () => {
  await nextFrame();
  await nextFrame();
};

/** Whether the browser lays out and paints `e`, rather than skipping it inside an off-screen day. */
const laidOut = (e: Element) => e.checkVisibility({ contentVisibilityAuto: true });
const days = (el: Element) => $$(el, '[part="day"]');
const firstSession = (day: Element) => day.querySelector<HTMLElement>('li[part~="session"]')!;
const top = (e: Element) => Math.round(e.getBoundingClientRect().top);

describe('<workshop-schedule> days off screen skip layout', function () {
  this.timeout(60_000); // 300 sessions, three engines at once on a loaded 2-core machine

  it('skips the layout of a later day while it is off screen, and lays it out once scrolled to', async () => {
    const el = place(conferenceItems);
    await el.dataComplete;
    await frames();
    const [first, , , , last] = days(el);
    expect(laidOut(firstSession(first)), 'the first day, on screen').to.equal(true);
    expect(laidOut(firstSession(last)), 'the last day, far below').to.equal(false);
    last.scrollIntoView();
    await frames();
    expect(laidOut(firstSession(last))).to.equal(true);
  });

  for (const width of [900, 390])
    it(`stands a skipped day in with about its real height, estimated from the first day (${width} px)`, async () => {
      const el = place(conferenceItems, { width });
      await el.dataComplete;
      await frames();
      for (const day of days(el).slice(1)) {
        const estimate = day.getBoundingClientRect().height;
        expect(laidOut(firstSession(day)), day.dataset.day).to.equal(false);
        day.scrollIntoView();
        await frames();
        const real = day.getBoundingClientRect().height;
        expect(laidOut(firstSession(day)), day.dataset.day).to.equal(true);
        expect(estimate / real, `${day.dataset.day}: ${estimate} for ${real} px`).to.be.within(0.8, 1.25);
      }
    });

  // The days above a link's target took their real height after the scroll, and the page showed the day before.
  const links = [
    { id: 'day-2027-04-28', style: '' },
    { id: 'keynote-3', style: '' },
    { id: 'day-2027-04-30', style: '--we-schedule-session-size: 1em' },
    { id: 'day-2027-04-28', style: '--we-schedule-session-size: 20em' },
  ];
  for (const { id, style } of links)
    it(`keeps a #${id} link on its target while the days above it come in${style && ` (${style})`}`, async () => {
      history.replaceState(null, '', `#${id}`);
      const el = place(conferenceItems, { style });
      await oneEvent(el, 'we-fragment-target');
      const target = session(el, id) ?? $(el, `[data-day="${id.slice(4)}"]`)!;
      const at = top(target);
      expect(at, 'at the top of the screen, below the scroll margin').to.be.within(0, 200);
      for (let i = 0; i < 4; i++) {
        await nextFrame();
        expect(top(target), `frame ${i + 1}`).to.be.closeTo(at, 2);
      }
      await el.dataComplete;
      await frames();
      expect(top(target), 'once every day is in').to.be.closeTo(at, 2);
      expect(el.shadowRoot!.activeElement).to.equal(target);
    });

  it('keeps "Jump to day" and "Jump to now" on their target', async () => {
    const el = place(conferenceItems, { now: '2027-04-29T11:00:00+02:00' });
    await el.dataComplete;
    await frames();
    const jumps = [
      $<HTMLAnchorElement>(el, '[part="nav"] a[href$="#day-2027-04-30"]')!,
      $<HTMLAnchorElement>(el, '[part="jump-now"]')!,
      $<HTMLAnchorElement>(el, '[part="nav"] a[href$="#day-2027-04-28"]')!,
    ];
    for (const jump of jumps) {
      const arrived = oneEvent(el, 'we-fragment-target');
      jump.click();
      const { detail } = await arrived;
      const target = el.shadowRoot!.getElementById(detail.id) ?? $(el, `[data-day="${detail.id.slice(4)}"]`)!;
      const at = top(target);
      expect(at, detail.id).to.be.within(0, 200);
      await frames();
      await frames();
      expect(top(target), detail.id).to.be.closeTo(at, 2);
    }
  });

  it('lets find-in-page reach a session on a skipped later day', async () => {
    const el = place(conferenceItems);
    await el.dataComplete;
    await frames();
    const find = (s: string) => (window as { find?: (s: string, ...flags: boolean[]) => boolean }).find?.(s);
    const last = firstSession(days(el)[4]).parentElement!.children[12] as HTMLElement;
    const title = last.querySelector('[part~="title"]')!.textContent!.trim();
    expect(laidOut(last)).to.equal(false);
    const firstTitle = firstSession(days(el)[0]).querySelector('[part~="title"]')!.textContent!.trim();
    getSelection()!.removeAllRanges();
    if (!find(firstTitle)) {
      // WebKit's window.find does not search shadow roots at all (not even the first day, laid out on screen): its
      // own find-in-page cannot be driven from a test. What it relies on, content-visibility: auto text found and
      // laid out, is checked on the page instead.
      const spacer = Object.assign(document.createElement('div'), { style: 'height: 4000px' });
      const box = Object.assign(document.createElement('div'), { style: 'content-visibility: auto' });
      box.append(Object.assign(document.createElement('p'), { textContent: title }));
      document.body.append(spacer, box);
      await frames();
      expect(laidOut(box.firstElementChild!), 'skipped off screen').to.equal(false);
      getSelection()!.removeAllRanges();
      expect(find(title), 'found off screen').to.equal(true);
      await frames();
      expect(laidOut(box.firstElementChild!), 'laid out once found').to.equal(true);
      spacer.remove();
      box.remove();
      return;
    }
    getSelection()!.removeAllRanges();
    expect(find(title), 'found').to.equal(true);
    await frames();
    expect(laidOut(last), 'laid out once found').to.equal(true);
    expect(top(last), 'brought on screen').to.be.within(-last.offsetHeight, innerHeight);
  });

  it('prints every day', async () => {
    const el = place(conferenceItems);
    await el.dataComplete;
    await frames();
    const later = days(el).slice(1);
    expect(later.map((d) => laidOut(firstSession(d)))).to.include(false);
    try {
      if (await emulate({ media: 'print' }, 'print')) {
        await frames();
        expect(later.map((d) => laidOut(firstSession(d)))).to.deep.equal(later.map(() => true));
      } else {
        // WebKit's driver cannot emulate print: the print rules are read instead.
        const shown = printRules(el).filter((r) => r.style.getPropertyValue('content-visibility') === 'visible');
        for (const day of later)
          expect(
            shown.some((r) => day.matches(r.selectorText)),
            day.dataset.day,
          ).to.equal(true);
      }
    } finally {
      await resetMedia();
    }
  });

  it('brings a search match on a skipped later day on screen, with no gap for the days it emptied, and is accessible', async () => {
    const el = place(conferenceItems);
    await el.dataComplete;
    await frames();
    const match = firstSession(days(el)[4]);
    expect(laidOut(match)).to.equal(false);
    const title = match.querySelector('[part~="title"]')!.textContent!.trim();
    const input = $<HTMLInputElement>(el, '[part="search"]');
    expect(input, 'a search box (past 40 sessions)').to.not.equal(null);
    input!.value = title;
    input!.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await el.updateComplete;
    await frames();
    expect(match.hidden).to.equal(false);
    // Each day the search emptied stands in with about its heading's height, not the whole day's: two frames on,
    // the match is laid out right under the day before it.
    const below = top(match) - days(el)[3].getBoundingClientRect().bottom;
    expect(below, 'under the day before').to.be.within(0, 200);
    expect(laidOut(match)).to.equal(true);
    await expect(el).to.be.accessible();
  });
});
