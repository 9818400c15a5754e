// What the README promises about the schedule and no other test checked: "Live now" re-checked every 30 s, two
// schedules on one page kept apart, favorites-change when a share link is opened, and --we-scroll-margin.
import { expect, fixtureSync, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { WeFavoritesChangeEvent } from '../../src/events/favorites-change.js';
import type { WorkshopSchedule } from '../../src/workshop-schedule/workshop-schedule.js';
import { $, clean, loadData, mount, seedItems, session } from './element-helpers.js';

before(loadData);
beforeEach(clean);
afterEach(clean);

const star = (el: WorkshopSchedule, id: string) => session(el, id).querySelector<HTMLButtonElement>('[part="star"]')!;
const live = (el: WorkshopSchedule) => [...el.shadowRoot!.querySelectorAll('[aria-current="time"]')].map((li) => li.id);

describe('<workshop-schedule> README promises', function () {
  this.timeout(30_000);

  it('re-checks "Live now" every 30 s with the real clock (driven here, no waiting)', async () => {
    // The clock: Date.now as the test sets it, and the element's interval timer caught instead of run.
    const realNow = Date.now;
    const realSetInterval = window.setInterval;
    let clock = Date.parse('2019-12-13T09:00:00-08:00') - 60 * 60_000; // an hour before the first talk
    const timers: { tick: () => void; ms?: number }[] = [];
    Date.now = () => clock;
    window.setInterval = ((tick: () => void, ms?: number) => {
      timers.push({ tick, ms });
      return 0;
    }) as typeof setInterval;
    try {
      const el = await mount({ now: '' });
      window.setInterval = realSetInterval;
      expect(timers.map((t) => t.ms)).to.deep.equal([30_000]);
      expect(live(el)).to.deep.equal([]);
      clock = Date.parse('2019-12-13T09:30:00-08:00');
      await el.updateComplete;
      expect(live(el), 'not before the tick').to.deep.equal([]);
      timers[0].tick();
      await el.updateComplete;
      expect(live(el)).to.deep.equal(['terence-tao']);
      expect(session(el, 'terence-tao').querySelector('[part="live-badge"]')).to.exist;
    } finally {
      Date.now = realNow;
      window.setInterval = realSetInterval;
    }
  });

  it('stops its clock when it leaves the page', async () => {
    const realClear = window.clearInterval;
    const cleared: unknown[] = [];
    window.clearInterval = ((id?: number) => {
      cleared.push(id);
      realClear(id);
    }) as typeof clearInterval;
    try {
      const el = await mount({ now: '' });
      el.remove();
      expect(cleared).to.have.length(1);
    } finally {
      window.clearInterval = realClear;
    }
  });

  it('keeps two schedules on one page apart: stars, "My program" and a #id link', async () => {
    history.replaceState(null, '', '#terence-tao');
    const wrap = fixtureSync<HTMLDivElement>(
      html`<div lang="en-US">
        <workshop-schedule
          id="main"
          .items=${seedItems}
          timezone="America/Vancouver"
          date="2019-12-13"
        ></workshop-schedule>
        <workshop-schedule
          id="social"
          .items=${seedItems}
          timezone="America/Vancouver"
          date="2019-12-13"
        ></workshop-schedule>
      </div>`,
    );
    const [a, b] = [...wrap.querySelectorAll('workshop-schedule')];
    await a.dataComplete;
    await b.dataComplete;
    await waitUntil(() => session(a, 'terence-tao').hasAttribute('data-fragment-target'), 'first revealed');
    expect(session(b, 'terence-tao').hasAttribute('data-fragment-target'), 'the second leaves it').to.equal(false);
    star(a, 'opening').click();
    await a.updateComplete;
    await b.updateComplete;
    expect(star(a, 'opening').getAttribute('aria-pressed')).to.equal('true');
    expect(star(b, 'opening').getAttribute('aria-pressed')).to.equal('false');
    $(a, '[part="favorites-toggle"]')!.click();
    await a.updateComplete;
    expect($(b, '[part="favorites-toggle"]')!.getAttribute('aria-pressed')).to.equal('false');
    // Each remembers its own stars for the page.
    b.remove();
    const again = fixtureSync<WorkshopSchedule>(
      html`<workshop-schedule
        id="social"
        .items=${seedItems}
        timezone="America/Vancouver"
        date="2019-12-13"
      ></workshop-schedule>`,
    );
    await again.dataComplete;
    expect(star(again, 'opening').getAttribute('aria-pressed')).to.equal('false');
    await expect(wrap).to.be.accessible({ ignoredRules: ['landmark-unique', 'duplicate-id', 'duplicate-id-aria'] });
  });

  it('fires we-favorites-change with the stars when a share link is opened', async () => {
    const el = await mount();
    star(el, 'opening').click();
    const changed = oneEvent(el, 'we-favorites-change');
    location.hash = '#my-program=terence-tao,aasa-feragen';
    const event = (await changed) as unknown as WeFavoritesChangeEvent;
    expect(event.detail.favorites).to.deep.equal(['opening', 'terence-tao', 'aasa-feragen']);
    await el.updateComplete;
    expect($(el, '[part="favorites-toggle"]')!.getAttribute('aria-pressed')).to.equal('true');
  });

  it('keeps --we-scroll-margin above a session reached by a #id link', async () => {
    history.replaceState(null, '', '#aasa-feragen');
    const wrap = fixtureSync<HTMLDivElement>(
      html`<div lang="en-US" style="--we-scroll-margin: 123px">
        <workshop-schedule .items=${seedItems} timezone="America/Vancouver" date="2019-12-13"></workshop-schedule>
        <div style="height: 200vh"></div>
      </div>`,
    );
    const el = wrap.querySelector('workshop-schedule')!;
    await el.dataComplete;
    const target = session(el, 'aasa-feragen');
    await waitUntil(() => target.hasAttribute('data-fragment-target'), 'revealed');
    expect(getComputedStyle(target).scrollMarginTop).to.equal('123px');
    // Scrolled so that the margin is kept above it.
    expect(target.getBoundingClientRect().top).to.be.closeTo(123, 2);
  });
});
