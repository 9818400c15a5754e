import { aTimeout, expect, html, fixture, nextFrame, oneEvent, waitUntil } from '@open-wc/testing';
import type { FavoritesChangeEvent } from '../../src/workshop-schedule/workshop-schedule.js';
import type { ScheduleItem } from '../../src/workshop-schedule/types.js';
import { captureConsole } from '../helpers/console.js';
import { expectWellFormed, parseIcs } from './ics-helpers.js';
import { $, $$, clean, download, loadData, mount, SEED, session, text, visibleSessions } from './element-helpers.js';

before(loadData);
beforeEach(clean);
afterEach(clean);

describe('<workshop-schedule> the seed program', () => {
  it('renders every line of the seed with time range, kind, speaker, title and links', async () => {
    const el = await mount();
    expect(visibleSessions(el)).to.have.length(17);
    const tao = session(el, 'terence-tao');
    expect(text(tao.querySelector('.when'))).to.equal('9:20 AM–10:00 AM PST');
    expect(text(tao.querySelector('[part="kind"]'))).to.equal('Invited talk');
    expect(text(tao.querySelector('[part="title"]'))).to.contain(
      'On the universality of the incompressible Euler equation',
    );
    expect(text(tao.querySelector('[part="speakers"]'))).to.equal(
      'Terence Tao (University of California, Los Angeles)',
    );
    const slides = tao.querySelector<HTMLAnchorElement>('[part="links"] a')!;
    expect(slides.textContent).to.equal('Slides (still unavailable)');
    expect(slides.href).to.equal('https://google.com/');
    expect(slides.rel).to.equal('noopener noreferrer');
    expect(text(session(el, 'opening').querySelector('.when'))).to.equal('8:30 AM–8:40 AM PST');
    expect(text(session(el, 'closing').querySelector('.when'))).to.equal('6:00 PM–6:30 PM PST');
    await expect(el).to.be.accessible();
  });

  it('shows section headings before the sessions they head', async () => {
    const el = await mount();
    const headings = $$(el, '[part="section"]').map((s) => text(s));
    expect(headings).to.deep.equal([
      'Scientific Models to understand Deep Learning',
      'Deep Learning to understand Scientific Models',
    ]);
    const first = $(el, '[part="section"]')!;
    expect(first.nextElementSibling!.id).to.equal('surya-ganguli');
  });

  it('nests the six spotlight talks and shows empty titles as TBA', async () => {
    const el = await mount();
    const talks = [...session(el, 'spotlights').querySelectorAll('[part="nested"] > li')];
    expect(talks).to.have.length(6);
    expect(text(talks[0])).to.contain('Modelling Visual Properties').and.contain('Christopher Davis');
    expect(talks.slice(1).map((t) => text(t))).to.deep.equal(['TBA', 'TBA', 'TBA', 'TBA', 'TBA']);
    expect(text(session(el, 'slot-1000').querySelector('[part="title"]'))).to.equal('TBA');
  });

  it('draws breaks differently from talks', async () => {
    const el = await mount();
    const coffee = session(el, 'coffee-1');
    const talk = session(el, 'terence-tao');
    expect(coffee.part.contains('break')).to.equal(true);
    const c = getComputedStyle(coffee);
    const t = getComputedStyle(talk);
    expect(c.borderTopStyle).to.equal('dashed');
    expect(t.borderTopStyle).to.equal('solid');
    expect(c.backgroundColor).not.to.equal(t.backgroundColor);
    expect(coffee.querySelector('[part="star"]')).to.equal(null);
  });

  it('marks every time as <time datetime> with the exact instant', async () => {
    const el = await mount();
    const times = $$(el, 'time');
    expect(times.length).to.equal(2 * 17);
    for (const t of times)
      expect(new Date(t.getAttribute('datetime')!).toISOString()).to.equal(t.getAttribute('datetime'));
    const opening = session(el, 'opening').querySelectorAll('time');
    expect(opening[0].getAttribute('datetime')).to.equal('2019-12-13T16:30:00.000Z');
    expect(opening[1].getAttribute('datetime')).to.equal('2019-12-13T16:40:00.000Z');
  });

  it('puts each day in a list named by its heading', async () => {
    const el = await mount();
    const list = $(el, 'ol[part="sessions"]')!;
    const heading = el.shadowRoot!.getElementById(list.getAttribute('aria-labelledby')!)!;
    expect(text(heading)).to.equal('Friday, December 13, 2019');
    expect(heading.tagName).to.equal('H3');
    expect($(el, 'nav[part="nav"]'), 'one day: no day links').to.equal(null);
  });

  it('loads the seed from src, as the demo does', async () => {
    const el = document.createElement('workshop-schedule');
    el.setAttribute('src', SEED);
    el.setAttribute('timezone', 'America/Vancouver');
    el.setAttribute('date', '2019-12-13');
    const loaded = oneEvent(el, 'load');
    document.body.append(el);
    await el.updateComplete;
    expect($(el, '[part="loading"]')).to.exist;
    await expect(el).to.be.accessible();
    await loaded;
    await el.updateComplete;
    expect(visibleSessions(el)).to.have.length(17);
    el.remove();
  });
});

describe('<workshop-schedule> time zones', () => {
  it('shows times in the event zone with its abbreviation, in the page language', async () => {
    const el = await mount({ viewer: 'Europe/Vienna' });
    expect(text(session(el, 'opening').querySelector('.when'))).to.equal('8:30 AM–8:40 AM PST');
    el.parentElement!.setAttribute('lang', 'de-AT');
    el.requestUpdate();
    await el.updateComplete;
    expect(text(session(el, 'opening').querySelector('.when'))).to.match(/^8:30–0?8:40 (PST|GMT-8)$/);
  });

  it('switches every time to the viewer zone with an aria-pressed toggle, marking the next day', async () => {
    const el = await mount({ viewer: 'Asia/Tokyo' });
    const toggle = $(el, '[part="zone-toggle"]')!;
    expect(toggle.getAttribute('aria-pressed')).to.equal('false');
    expect(text(toggle)).to.contain('Asia/Tokyo');
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    // 8:30 PST = 1:30 the next day in Tokyo
    expect(text(session(el, 'opening').querySelector('.when'))).to.equal('1:30 AM–1:40 AM GMT+9 +1 day');
    expect(text(session(el, 'opening').querySelector('[part="day-shift"]'))).to.equal('+1 day');
    // the datetime stays the same instant
    expect(session(el, 'opening').querySelector('time')!.getAttribute('datetime')).to.equal('2019-12-13T16:30:00.000Z');
    await expect(el).to.be.accessible();
  });

  it('marks the previous day too, and remembers the choice for the page', async () => {
    const first = await mount({
      viewer: 'Pacific/Honolulu',
      timezone: 'Pacific/Apia',
      items: [{ start: '08:30', title: 'Early' }],
    });
    $(first, '[part="zone-toggle"]')!.click();
    await first.updateComplete;
    // 8:30 in Apia (+14 in Dec 2019) is 8:30 the day before in Honolulu (-10)
    expect(text($(first, '.when'))).to.equal('8:30 AM HST −1 day');
    first.remove();
    const second = await mount({
      viewer: 'Pacific/Honolulu',
      timezone: 'Pacific/Apia',
      items: [{ start: '08:30', title: 'Early' }],
    });
    expect($(second, '[part="zone-toggle"]')!.getAttribute('aria-pressed')).to.equal('true');
  });

  it('is exact for half-hour and -12 zones', async () => {
    const el = await mount({
      timezone: 'Asia/Kolkata',
      viewer: 'Etc/GMT+12',
      items: [{ start: '08:30', end: '09:15', title: 'Half' }],
    });
    expect(el.shadowRoot!.querySelector('time')!.getAttribute('datetime')).to.equal('2019-12-13T03:00:00.000Z');
    $(el, '[part="zone-toggle"]')!.click();
    await el.updateComplete;
    expect(text($(el, '.when'))).to.equal('3:00 PM–3:45 PM GMT-12 −1 day');
  });

  it('shows an invalid timezone or date as an error in the element, not a crash', async () => {
    const console_ = captureConsole();
    try {
      const el = await mount({ timezone: 'Mars/Olympus_Mons' });
      const box = $(el, '[part="error"]')!;
      expect(box.getAttribute('role')).to.equal('alert');
      expect(text(box)).to.contain('Mars/Olympus_Mons').and.contain('IANA');
      expect(console_.errors).to.have.length(1);
      await expect(el).to.be.accessible();
      el.timezone = 'UTC';
      await el.updateComplete;
      expect($(el, '[part="error"]')).to.equal(null);
      el.date = '13/12/2019';
      await el.updateComplete;
      expect(text($(el, '[part="error"]'))).to.contain('13/12/2019');
    } finally {
      console_.restore();
    }
  });

  it('renders times without timezone or date in the viewer zone, today', async () => {
    const wrapper = await fixture(
      html`<div lang="en-US">
        <workshop-schedule .items=${[{ start: '08:30', title: 'Opening Remarks' }]}></workshop-schedule>
      </div>`,
    );
    const el = wrapper.querySelector('workshop-schedule')!;
    await el.updateComplete;
    const datetime = el.shadowRoot!.querySelector('time')!.getAttribute('datetime')!;
    const local = new Date(datetime);
    expect([local.getHours(), local.getMinutes()]).to.deep.equal([8, 30]);
    expect($(el, '[part="zone-toggle"]'), 'no toggle when both zones are the same').to.equal(null);
  });
});

describe('<workshop-schedule> now', function () {
  this.timeout(40_000); // 300 sessions and axe on a loaded 2-core machine
  it('marks the running session "Live now" with aria-current="time" and offers "Jump to now"', async () => {
    const el = await mount({ now: '2019-12-13T09:30:00-08:00' });
    const tao = session(el, 'terence-tao');
    expect(tao.getAttribute('aria-current')).to.equal('time');
    expect(text(tao.querySelector('[part="live-badge"]'))).to.equal('Live now');
    expect($$(el, '[aria-current="time"]')).to.have.length(1);
    await expect(el).to.be.accessible();
    const jump = $<HTMLAnchorElement>(el, '[part="jump-now"]')!;
    expect(jump.getAttribute('href')).to.equal('#terence-tao');
    jump.click();
    await waitUntil(() => tao.hasAttribute('data-fragment-target'), 'live session revealed');
  });

  it('follows the now attribute, and shows nothing live before or after the event', async () => {
    const el = await mount({ now: '2019-12-12T12:00:00Z' });
    expect($$(el, '[aria-current="time"]')).to.have.length(0);
    expect($(el, '[part="jump-now"]')).to.equal(null);
    el.now = '2019-12-13T18:10:00-08:00';
    await el.updateComplete;
    expect($$(el, '[aria-current="time"]').map((s) => s.id)).to.deep.equal(['closing']);
    el.now = '2019-12-13T19:00:00-08:00';
    await el.updateComplete;
    expect($$(el, '[aria-current="time"]')).to.have.length(0);
  });
});

describe('<workshop-schedule> calendar export', function () {
  this.timeout(40_000); // 300 sessions and axe on a loaded 2-core machine
  it('downloads a valid .ics for one session, with the exact instants in UTC', async () => {
    const el = await mount();
    const file = await download(el, session(el, 'terence-tao').querySelector('[part="calendar-button"]')!);
    expect(file.filename).to.equal('terence-tao.ics');
    expectWellFormed(file.ics);
    const [event] = parseIcs(file.ics);
    expect(event.start).to.equal(Date.parse('2019-12-13T17:20:00Z'));
    expect(event.end).to.equal(Date.parse('2019-12-13T18:00:00Z'));
    expect(event.utc).to.equal(true);
    expect(event.summary).to.contain(
      'On the universality of the incompressible Euler equation on compact manifolds, II.',
    );
    expect(event.description)
      .to.contain('Terence Tao (University of California, Los Angeles)')
      .and.contain('#terence-tao');
    expect(event.uid).to.match(/^terence-tao-/);
  });

  it('downloads the whole program as one .ics with stable UIDs', async () => {
    const el = await mount();
    const button = $(el, '[part="download"]')!;
    const one = await download(el, button);
    const two = await download(el, button);
    const events = parseIcs(one.ics);
    expect(events).to.have.length(17);
    expect(events.map((e) => e.uid)).to.deep.equal(parseIcs(two.ics).map((e) => e.uid));
    expect(new Set(events.map((e) => e.uid)).size).to.equal(17);
    const times = $$(el, 'li[part~="session"]').map((li) => li.querySelector('time')!.getAttribute('datetime'));
    expect(events.map((e) => new Date(e.start).toISOString())).to.deep.equal(times);
  });

  it('offers a real download when nobody cancels the event', async () => {
    const el = await mount();
    const clicked: string[] = [];
    const original = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicked.push(`${this.download} ${this.href.slice(0, 5)}`);
    };
    try {
      session(el, 'opening').querySelector<HTMLElement>('[part="calendar-button"]')!.click();
    } finally {
      HTMLAnchorElement.prototype.click = original;
    }
    expect(clicked).to.deep.equal(['opening.ics blob:']);
  });
});

describe('<workshop-schedule> my program', () => {
  it('stars sessions, shows only them in "My program", and exports only them', async () => {
    const el = await mount();
    const star = session(el, 'terence-tao').querySelector<HTMLButtonElement>('[part="star"]')!;
    expect(star.getAttribute('aria-pressed')).to.equal('false');
    const changed = oneEvent(el, 'favorites-change');
    star.click();
    expect(((await changed) as unknown as FavoritesChangeEvent).favorites).to.deep.equal(['terence-tao']);
    session(el, 'panel').querySelector<HTMLButtonElement>('[part="star"]')!.click();
    await el.updateComplete;
    expect(star.getAttribute('aria-pressed')).to.equal('true');
    const toggle = $(el, '[part="favorites-toggle"]')!;
    expect(text(toggle)).to.contain('(2)');
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    expect(visibleSessions(el).map((s) => s.id)).to.deep.equal(['terence-tao', 'panel']);
    expect($$(el, '[part="section"]').filter((s) => !s.hidden)).to.have.length(2);
    const file = await download(el, $(el, '[part="download"]')!);
    expect(file.filename).to.equal('my-program.ics');
    const events = parseIcs(file.ics);
    expect(events.map((e) => new Date(e.start).toISOString())).to.deep.equal([
      '2019-12-13T17:20:00.000Z',
      '2019-12-14T01:10:00.000Z',
    ]);
    expect(events[0].uid).to.match(/^terence-tao-/);
    expect(events[1].uid).to.match(/^panel-/);
    expect(file.sessionIds).to.deep.equal(['terence-tao', 'panel']);
    await expect(el).to.be.accessible();
  });

  it('remembers the stars for the page', async () => {
    const first = await mount();
    session(first, 'opening').querySelector<HTMLButtonElement>('[part="star"]')!.click();
    first.remove();
    const second = await mount();
    expect(session(second, 'opening').querySelector('[part="star"]')!.getAttribute('aria-pressed')).to.equal('true');
  });

  it('shares the selection as a link that opens the same program on another device', async () => {
    const el = await mount();
    session(el, 'terence-tao').querySelector<HTMLButtonElement>('[part="star"]')!.click();
    session(el, 'aasa-feragen').querySelector<HTMLButtonElement>('[part="star"]')!.click();
    $(el, '[part="favorites-toggle"]')!.click();
    await el.updateComplete;
    const share = $<HTMLAnchorElement>(el, '[part="share"]')!;
    const url = new URL(share.href);
    expect(url.pathname).to.equal(location.pathname);
    el.remove();
    clean(); // another device: nothing stored
    history.replaceState(null, '', url.hash);
    const other = await mount();
    expect($(other, '[part="favorites-toggle"]')!.getAttribute('aria-pressed')).to.equal('true');
    expect(visibleSessions(other).map((s) => s.id)).to.deep.equal(['terence-tao', 'aasa-feragen']);
  });

  it('says how to start when "My program" is empty', async () => {
    const el = await mount();
    $(el, '[part="favorites-toggle"]')!.click();
    await el.updateComplete;
    expect(visibleSessions(el)).to.have.length(0);
    expect(text($(el, '[part="status"]'))).to.contain('No sessions in my program yet');
    await expect(el).to.be.accessible();
  });
});

describe('<workshop-schedule> details, links and fragment targets', () => {
  it('expands abstracts in place', async () => {
    const el = await mount({
      items: [{ id: 'x', start: '09:00', title: 'With abstract', abstract: 'The long story.' }],
    });
    const details = session(el, 'x').querySelector('details')!;
    expect(details.open).to.equal(false);
    details.querySelector('summary')!.click();
    await aTimeout(0);
    expect(details.open).to.equal(true);
    expect(text(details)).to.contain('The long story.');
    await expect(el).to.be.accessible();
  });

  it('scrolls to and highlights the session named by the page fragment', async () => {
    history.replaceState(null, '', '#terence-tao');
    const el = await mount();
    const tao = session(el, 'terence-tao');
    await waitUntil(() => tao.hasAttribute('data-fragment-target'), 'highlighted');
    expect(el.shadowRoot!.activeElement).to.equal(tao);
    history.replaceState(null, '', '#aasa-feragen');
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await waitUntil(() => session(el, 'aasa-feragen').hasAttribute('data-fragment-target'), 'moved');
    expect(tao.hasAttribute('data-fragment-target')).to.equal(false);
  });

  it('gives every session an id from data or a slug of its title', async () => {
    const el = await mount({
      items: [
        { start: '09:00', title: 'Gödel & Co.' },
        { start: '10:00', title: 'Gödel & Co.' },
      ],
    });
    expect($$(el, 'li[part~="session"]').map((li) => li.id)).to.deep.equal(['godel-co', 'godel-co-2']);
  });
});

describe('<workshop-schedule> bad input', () => {
  it('skips a session with an unparseable time, warning with items[i].start, and renders the rest', async () => {
    const console_ = captureConsole();
    try {
      const el = await mount({
        items: [
          { start: '08:30', title: 'Kept' },
          { start: 'soon', title: 'Dropped' },
          { start: '09:00', end: '08:00', title: 'Backwards', type: 'lecture' as never },
          { start: '10:00', title: 'Evil', links: [{ label: 'Run', url: 'javascript:alert(1)' }] },
        ],
      });
      expect(visibleSessions(el).map((s) => text(s.querySelector('[part="title"]')))).to.deep.equal([
        'Kept',
        'Backwards',
        'Evil',
      ]);
      expect(console_.warnings).to.have.length(1);
      expect(console_.warnings[0])
        .to.contain('items[1].start')
        .and.contain('items[2].end')
        .and.contain('items[2].type');
      expect(console_.warnings[0]).to.contain('items[3].links[0].url');
      expect($(el, 'a[href^="javascript"]')).to.equal(null);
      expect(console_.errors).to.deep.equal([]);
      await expect(el).to.be.accessible();
    } finally {
      console_.restore();
    }
  });

  it('accepts YAML seconds after midnight as a time and refuses other numbers', async () => {
    const console_ = captureConsole();
    try {
      const el = await mount({
        items: [
          { start: 34_200, end: 36_000, title: 'From YAML' },
          { start: 1e9, title: 'No' },
        ] as ScheduleItem[],
      });
      expect(text($(el, '.when'))).to.equal('9:30 AM–10:00 AM PST');
      expect(visibleSessions(el)).to.have.length(1);
      expect(console_.warnings[0]).to.contain('items[1].start');
    } finally {
      console_.restore();
    }
  });

  it('renders the Big List of Naughty Strings as text, running nothing', async () => {
    const blns: string[] = await (await fetch('/test/fixtures/blns/blns.json')).json();
    const console_ = captureConsole();
    try {
      const items = blns.map((s, i) => ({
        id: `n${i}`,
        start: `2019-12-13T${String(8 + Math.floor(i / 60)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}`,
        title: s,
        speakers: [s || 'x'],
        abstract: s || undefined,
        room: s.trim() ? `R${i % 3}` : undefined,
        track: s.trim() || undefined,
      }));
      const el = await mount({ items: items as ScheduleItem[] });
      await nextFrame();
      expect((window as unknown as { __pwned?: unknown }).__pwned).to.equal(undefined);
      expect(el.shadowRoot!.querySelectorAll('script, img, iframe')).to.have.length(0);
      const withScript = blns.findIndex((s) => s.includes('<script>'));
      expect(session(el, `n${withScript}`).querySelector('[part="title"]')!.textContent).to.equal(blns[withScript]);
      expect($$(el, 'li[part~="session"]')).to.have.length(blns.length);
    } finally {
      console_.restore();
    }
  });

  it('shows the empty state for an empty program', async () => {
    const el = await mount({ items: [] });
    expect($(el, '[part="empty"]')).to.exist;
    await expect(el).to.be.accessible();
  });
});

describe('<workshop-schedule> looks at home anywhere', () => {
  it('inherits the host font and colour, and host CSS does not leak in (Bootstrap-3-like stylesheet)', async () => {
    const style = document.createElement('style');
    style.textContent = `
      ol, ul, li { margin: 40px !important; padding: 40px !important; list-style: square !important; }
      button { background: #ff0000 !important; height: 80px !important; }
      h3, h4, p { margin: 50px !important; font-size: 40px !important; }
      a { color: rgb(255, 0, 0) !important; }
      .session, .title, .when { display: none !important; }
      body { font-family: Georgia, serif; color: rgb(51, 51, 51); }`;
    document.head.append(style);
    try {
      const el = await mount();
      const tao = session(el, 'terence-tao');
      expect(getComputedStyle(tao).display).to.equal('grid');
      expect(getComputedStyle(tao).marginTop).to.equal('0px');
      expect(getComputedStyle(tao.querySelector('[part="title"]')!).display).to.equal('block');
      expect(getComputedStyle(tao.querySelector('[part="calendar-button"]')!).height).not.to.equal('80px');
      expect(getComputedStyle(tao.querySelector('a')!).color).not.to.equal('rgb(255, 0, 0)');
      expect(getComputedStyle(tao).fontFamily).to.contain('Georgia');
      expect(getComputedStyle(tao.querySelector('[part="title"]')!).color).to.equal('rgb(51, 51, 51)');
    } finally {
      style.remove();
    }
  });

  it('takes colours from documented custom properties and exposes parts', async () => {
    const el = await mount();
    el.style.setProperty('--we-schedule-break-color', 'rgb(255, 250, 230)');
    expect(getComputedStyle(session(el, 'coffee-1')).backgroundColor).to.equal('rgb(255, 250, 230)');
    for (const part of [
      'controls',
      'day',
      'day-heading',
      'sessions',
      'session',
      'time',
      'title',
      'speakers',
      'star',
      'calendar-button',
    ])
      expect($(el, `[part~="${part}"]`), part).to.exist;
    await expect(el).to.be.accessible();
  });

  it('has buttons with names and targets of at least 24×24 px, reachable by keyboard', async () => {
    const el = await mount({ filterable: true, viewer: 'Asia/Tokyo' });
    for (const button of $$<HTMLButtonElement>(el, 'button')) {
      const r = button.getBoundingClientRect();
      expect(r.width, button.outerHTML).to.be.at.least(24);
      expect(r.height, button.outerHTML).to.be.at.least(24);
      expect((button.getAttribute('aria-label') ?? button.textContent ?? '').trim()).not.to.equal('');
      expect(button.tabIndex).to.equal(0);
    }
  });
});
