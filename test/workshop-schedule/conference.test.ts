import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import {
  $,
  $$,
  clean,
  dayOne,
  fiveDaySample,
  loadData,
  mount,
  parallelSample,
  session,
  text,
  visibleSessions,
} from './element-helpers.js';
import { spokenText } from '../helpers/accessible-name.js';
import { announcements, manualQuiet } from '../helpers/announcements.js';
import { captureConsole } from '../helpers/console.js';
import { opaque } from '../../src/internal/page-background.js';

before(loadData);
beforeEach(clean);
afterEach(clean);

describe('<workshop-schedule> several days, several rooms', function () {
  this.timeout(40_000); // 300 sessions and axe on a loaded 2-core machine
  const gridOf = (el: Element) => $$(el, 'li[part~="session"]');

  it('groups sessions by day with a jump-to-day nav', async () => {
    const el = await mount({ items: fiveDaySample, timezone: 'Europe/Vienna', date: '' });
    const days = $$(el, '[part="day"]');
    expect(days).to.have.length(5);
    expect(text(days[0].querySelector('[part~="day-heading"]'))).to.match(/^Monday, April 26, 2027 \d/);
    const links = $$<HTMLAnchorElement>(el, '[part="nav"] a');
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(days.map((d) => `#day-${d.dataset.day}`));
    links[3].click();
    await waitUntil(() => days[3].hasAttribute('data-fragment-target'), 'day 4 revealed', { timeout: 5000 });
    expect(Math.abs(days[3].getBoundingClientRect().top)).to.be.lessThan(200);
  });

  it('shows one column per room when wide, and short talks never overlap', async () => {
    const el = await mount({ items: dayOne, timezone: 'Europe/Vienna', width: '1100px' });
    const day = $$(el, '[part="day"]')[0];
    expect(getComputedStyle(day.querySelector('ol')!).display).to.equal('grid');
    expect([...day.querySelectorAll('[part="room-heading"]')].map((r) => text(r))).to.deep.equal([
      'Hall A',
      'Hall B',
      'Room 1',
      'Room 2',
      'Room 3',
      'Room 4',
    ]);
    const boxes = [...day.querySelectorAll<HTMLElement>('li[part~="session"], li[part="section"]')].map((li) => ({
      id: li.id,
      r: li.getBoundingClientRect(),
    }));
    for (const a of boxes)
      for (const b of boxes) {
        if (a === b) continue;
        const overlap =
          a.r.left < b.r.right - 1 && b.r.left < a.r.right - 1 && a.r.top < b.r.bottom - 1 && b.r.top < a.r.bottom - 1;
        expect(overlap, `${a.id} overlaps ${b.id}`).to.equal(false);
      }
    // a short talk is not cut off: its content fits inside it
    for (const li of day.querySelectorAll<HTMLElement>('li[part~="session"]'))
      expect(li.scrollHeight).to.be.at.most(li.clientHeight + 1);
    // rooms in their columns, left to right, and the keynote spans them all
    const hallA = [...day.querySelectorAll<HTMLElement>('li[part~="session"]')].find((li) =>
      text(li).includes('Hall A'),
    )!;
    const room4 = [...day.querySelectorAll<HTMLElement>('li[part~="session"]')].find((li) =>
      text(li).includes('Room 4'),
    )!;
    expect(hallA.getBoundingClientRect().left).to.be.lessThan(room4.getBoundingClientRect().left);
    expect(session(el, 'keynote-1').getBoundingClientRect().width).to.be.greaterThan(900);
    // The column shows the room; each session still says it to screen readers (the headings are aria-hidden).
    const room = hallA.querySelector<HTMLElement>('[part="room"]')!;
    expect(text(room)).to.equal('Hall A');
    expect(getComputedStyle(room).display).not.to.equal('none');
    expect(getComputedStyle(room).visibility).to.equal('visible');
    expect(room.getBoundingClientRect().width).to.be.at.most(1);
  });

  it('shows a day whose sessions would cover each other as a list, and names the clash', async () => {
    const console_ = captureConsole();
    let el: Awaited<ReturnType<typeof mount>>;
    try {
      el = await mount({
        items: [
          { start: '09:00', end: '10:00', title: 'A1', room: 'A' },
          { start: '09:00', end: '10:00', title: 'B1', room: 'B' },
          { start: '09:30', end: '11:00', title: 'A2', room: 'A' },
        ],
        timezone: 'UTC',
        date: '2024-06-10',
        width: '1100px',
      });
      expect(console_.warnings).to.have.length(1);
      expect(console_.warnings[0]).to.contain('items[2].start').and.contain('"A1" (items[0]) in room "A"');
    } finally {
      console_.restore();
    }
    expect(getComputedStyle($(el, 'ol')!).display).to.equal('flex');
    expect(gridOf(el).map((li) => text(li.querySelector('[part="room"]')))).to.deep.equal(['A', 'B', 'A']);
  });

  it('passes axe as a wide grid and as a narrow list', async () => {
    for (const width of ['1100px', '380px']) {
      const el = await mount({ items: parallelSample, timezone: 'Europe/Vienna', width });
      expect($$(el, 'li[part~="session"]').length).to.equal(parallelSample.filter((i) => 'start' in i).length);
      expect(getComputedStyle($(el, 'ol')!).display).to.equal(width === '380px' ? 'flex' : 'grid');
      await expect(el).to.be.accessible();
    }
  });

  it('shows a single time-sorted list naming the room when the element is narrow (container, not page)', async () => {
    const el = await mount({ items: dayOne, timezone: 'Europe/Vienna', width: '380px' });
    const day = $$(el, '[part="day"]')[0];
    expect(getComputedStyle(day.querySelector('ol')!).display).to.equal('flex');
    expect(getComputedStyle(day.querySelector('[part="rooms"]')!).display).to.equal('none');
    const items = [...day.querySelectorAll<HTMLElement>('li[part~="session"]')];
    const starts = items.map((li) => Date.parse(li.querySelector('time')!.getAttribute('datetime')!));
    expect(starts).to.deep.equal([...starts].sort((a, b) => a - b));
    const tops = items.map((li) => li.getBoundingClientRect().top);
    expect(tops).to.deep.equal([...tops].sort((a, b) => a - b));
    const talk = items.find((li) => li.querySelector('[part="room"]'))!;
    expect(getComputedStyle(talk.querySelector('[part="room"]')!).display).not.to.equal('none');
  });

  it('keeps day and room headings visible while scrolling (sticky)', async () => {
    const el = await mount({ items: dayOne, timezone: 'Europe/Vienna', width: '1100px' });
    const heading = $(el, '[part~="day-heading"]')!;
    const rooms = $(el, '[part="rooms"]')!;
    expect(getComputedStyle(heading).position).to.equal('sticky');
    expect(getComputedStyle(rooms).position).to.equal('sticky');
    const day = $$(el, '[part="day"]')[0];
    const middle = day.getBoundingClientRect().top + window.scrollY + day.offsetHeight / 2;
    window.scrollTo(0, middle);
    await aTimeout(0); // not nextFrame: a background tab gets no frames
    expect(Math.round(heading.getBoundingClientRect().top)).to.equal(0);
    expect(rooms.getBoundingClientRect().top).to.be.at.least(heading.getBoundingClientRect().bottom - 1);
    window.scrollTo(0, 0);
    expect(gridOf(el).length).to.equal(dayOne.filter((i) => 'start' in i).length);
  });

  it('keeps its sizes on a Bootstrap 3 page (10px root font, 14px text): one-line times, rooms right under the day', async () => {
    document.documentElement.style.fontSize = '10px';
    try {
      const el = await mount({ items: dayOne, timezone: 'Europe/Vienna', width: '1100px' });
      el.parentElement!.style.fontSize = '14px';
      await el.updateComplete;
      const heading = $(el, '[part~="day-heading"]')!;
      const rooms = $(el, '[part="rooms"]')!;
      expect(getComputedStyle($(el, 'ol')!).display).to.equal('grid');
      const day = $$(el, '[part="day"]')[0];
      window.scrollTo(0, day.getBoundingClientRect().top + window.scrollY + day.offsetHeight / 2);
      await aTimeout(0);
      expect(Math.abs(rooms.getBoundingClientRect().top - heading.getBoundingClientRect().bottom)).to.be.below(1.5);
      window.scrollTo(0, 0);
      // In the list, a time range with its zone stays on one line.
      el.parentElement!.style.width = '700px';
      await aTimeout(0);
      const when = gridOf(el)[1].querySelector<HTMLElement>('.when')!;
      const line = parseFloat(getComputedStyle(when).lineHeight) || 14 * 1.45;
      expect(when.getBoundingClientRect().height).to.be.below(line * 1.5);
    } finally {
      document.documentElement.style.fontSize = '';
    }
  });

  it("paints sticky headings with the page's own background, also a dark one without color-scheme", async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div style="background: rgb(20, 24, 28); color: rgb(230, 230, 230)">
        <section><workshop-schedule timezone="UTC" date="2024-06-10"></workshop-schedule></section>
      </div>`,
    );
    const el = page.querySelector('workshop-schedule')!;
    el.items = [{ start: '09:00', title: 'Opening' }];
    await el.updateComplete;
    const heading = $(el, '[part~="day-heading"]')!;
    expect(getComputedStyle(heading).backgroundColor).to.equal('rgb(20, 24, 28)');
    // A black page: opaque, although its last channel is 0.
    page.style.background = 'rgb(0, 0, 0)';
    document.body.classList.add('theme-switched'); // a site's theme switch: the element reads the page again
    await waitUntil(() => getComputedStyle(heading).backgroundColor === 'rgb(0, 0, 0)', 'black page background');
    document.body.classList.remove('theme-switched');
    // The organizer's own choice wins.
    el.style.setProperty('--we-schedule-sticky-background', 'rgb(1, 2, 3)');
    expect(getComputedStyle(heading).backgroundColor).to.equal('rgb(1, 2, 3)');
  });

  it('reads the page background again when a dark stylesheet is added to <head> after the element rendered', async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div class="late-theme"><workshop-schedule timezone="UTC" date="2024-06-10"></workshop-schedule></div>`,
    );
    const el = page.querySelector('workshop-schedule')!;
    el.items = [{ start: '09:00', title: 'Opening' }];
    await el.updateComplete;
    const heading = $(el, '[part~="day-heading"]')!;
    const style = document.createElement('style');
    style.textContent = '.late-theme { background: rgb(20, 24, 28); }';
    const css = '.late-theme { background: rgb(5, 6, 7); }';
    const link = Object.assign(document.createElement('link'), {
      rel: 'stylesheet',
      href: URL.createObjectURL(new Blob([css], { type: 'text/css' })),
    });
    try {
      document.head.append(style);
      await waitUntil(() => getComputedStyle(heading).backgroundColor === 'rgb(20, 24, 28)', 'a <style> added');
      style.remove();
      document.head.append(link); // a <link> counts once it has loaded
      await waitUntil(() => getComputedStyle(heading).backgroundColor === 'rgb(5, 6, 7)', 'a <link> loaded');
    } finally {
      style.remove();
      link.remove();
      URL.revokeObjectURL(link.href);
    }
  });

  it('tells an opaque computed colour from a see-through one', () => {
    for (const c of [
      'rgb(0, 0, 0)',
      'rgb(255, 160, 0)',
      'rgba(1, 2, 3, 1)',
      'color(srgb 0 0 0)',
      'color(srgb 0 0 0 / 1)',
    ])
      expect(opaque(c), c).to.equal(true);
    for (const c of ['transparent', 'rgba(0, 0, 0, 0)', 'rgba(20, 20, 20, 0.5)', 'color(srgb 1 1 1 / 0.2)', ''])
      expect(opaque(c), c).to.equal(false);
  });
});

describe('<workshop-schedule> finding things', function () {
  this.timeout(40_000); // 300 sessions and axe on a loaded 2-core machine
  it('searches titles, speakers and abstracts, showing the count at once and announcing it once typing pauses', async () => {
    const el = await mount({ filterable: true });
    const quiet = manualQuiet();
    try {
      const search = $<HTMLInputElement>(el, '[part="search"]')!;
      const status = $(el, '[part="status"]')!;
      const heard = announcements(el.shadowRoot!);
      const shown = [];
      for (const q of ['t', 'ta', 'tao']) {
        search.value = q;
        search.dispatchEvent(new Event('input'));
        await el.updateComplete;
        shown.push(text(status));
      }
      expect(visibleSessions(el).map((s) => s.id)).to.deep.equal(['terence-tao']);
      // Every keystroke shows its count; a screen reader hears the last one, once, when typing pauses.
      expect(new Set(shown).size).to.be.greaterThan(1);
      expect(shown.at(-1)).to.equal('1 of 17 sessions shown.');
      expect(heard.take()).to.deep.equal([]);
      quiet.pass();
      expect(heard.take()).to.deep.equal(['1 of 17 sessions shown.']);
      expect(spokenText($(el, '[part="controls"]')).split('1 of 17 sessions shown.')).to.have.length(2);
      heard.stop();
      search.value = 'Christopher Davis'; // a nested spotlight talk
      search.dispatchEvent(new Event('input'));
      await el.updateComplete;
      expect(visibleSessions(el).map((s) => s.id)).to.deep.equal(['spotlights']);
      await expect(el).to.be.accessible();
    } finally {
      quiet.restore();
    }
  });

  it('appears by itself past 40 sessions, with track and room filters', async () => {
    const el = await mount({ items: dayOne, timezone: 'Europe/Vienna' });
    const selects = $$<HTMLSelectElement>(el, '[part="search-bar"] [part="filter"]');
    expect(selects).to.have.length(2);
    const [track, room] = selects;
    track.value = 'Graphs';
    track.dispatchEvent(new Event('change'));
    await el.updateComplete;
    const graphs = visibleSessions(el);
    expect(graphs.length).to.be.greaterThan(0);
    for (const li of graphs) expect(text(li.querySelector('[part="track"]'))).to.equal('Graphs');
    room.value = 'Room 2';
    room.dispatchEvent(new Event('change'));
    await el.updateComplete;
    for (const li of visibleSessions(el)) expect(text(li.querySelector('[part="room"]'))).to.equal('Room 2');
    const total = dayOne.filter((i) => 'start' in i).length;
    expect(text($(el, '[part="status"]'))).to.equal(`${visibleSessions(el).length} of ${total} sessions shown.`);
    await expect(el).to.be.accessible();
  });

  it('has no search box for a small program without filterable', async () => {
    const el = await mount();
    expect($(el, '[part="search"]')).to.equal(null);
  });
});

describe('<workshop-schedule> a conference: live sessions', function () {
  this.timeout(40_000);
  it('shows parallel sessions live at once', async () => {
    const el = await mount({ items: dayOne, timezone: 'Europe/Vienna', now: '2027-04-26T10:31:00+02:00' });
    expect($$(el, '[aria-current="time"]').length).to.equal(6);
  });
});
