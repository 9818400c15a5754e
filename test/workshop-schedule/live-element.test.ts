import { expect, fixture, html } from '@open-wc/testing';
import type { ScheduleItem } from '../../src/workshop-schedule/types.js';
import type { WorkshopSchedule } from '../../src/workshop-schedule/workshop-schedule.js';
import { spokenText, shownText } from '../helpers/accessible-name.js';
import { captureConsole } from '../helpers/console.js';
import { $, $$, clean, download, mount, session, text } from './element-helpers.js';
import { parseIcs } from './ics-helpers.js';

const REMOTE_JOIN = 'https://meet.example.org/remote-talk';
const HALL_JOIN = 'https://zoom.example.org/j/hall-a';
const HALL_STREAM = 'https://video.example.org/live/hall-a';

/** A hybrid morning in Vancouver (PST, UTC−8): a room with its call and stream, a remote talk, posters in the foyer. */
const hybrid: ScheduleItem[] = [
  { room: 'Hall A', join: HALL_JOIN, stream: HALL_STREAM },
  { section: 'Morning', recording: 'https://video.example.org/morning' },
  { id: 'keynote', start: '09:00', end: '10:00', title: 'Keynote', type: 'keynote', room: 'Hall A' },
  {
    id: 'remote',
    start: '10:00',
    end: '10:30',
    title: 'Remote talk',
    mode: 'online',
    join: REMOTE_JOIN,
    recording: 'https://video.example.org/remote',
  },
  { id: 'posters', start: '10:30', end: '11:30', title: 'Posters', type: 'poster', room: 'Foyer' },
  { id: 'lunch', start: '11:30', end: '12:30', title: 'Lunch', type: 'break' },
  { section: 'Afternoon', recording: 'pending' },
  { id: 'panel', start: '13:00', end: '14:00', title: 'Panel', type: 'panel', room: 'Hall A', recording: 'pending' },
];

const at = (time: string) => `2019-12-13T${time}:00-08:00`;
const online = (el: Element, id: string) => session(el, id).querySelector('[part~="online"]');
const joinLink = (el: Element, id: string) => session(el, id).querySelector<HTMLAnchorElement>('a[part~="join"]');

describe('<workshop-schedule> online links over time', () => {
  beforeEach(clean);
  afterEach(clean);

  it('before: says when the join link opens, and the join URL is nowhere in the rendered HTML', async () => {
    const el = await mount({ items: hybrid, now: at('09:30') });
    expect(text(session(el, 'remote').querySelector('[part="join-opens"]'))).to.equal('Join opens at 9:45 AM');
    expect(joinLink(el, 'remote')).to.equal(null);
    expect(el.shadowRoot!.innerHTML).not.to.contain(REMOTE_JOIN);
    await expect(el).to.be.accessible();
  });

  it('open: from 15 minutes before the start, a "Join" link and "Starting soon", not yet "Live now"', async () => {
    const el = await mount({ items: hybrid, now: at('09:45') });
    const join = joinLink(el, 'remote')!;
    expect(join.href).to.equal(REMOTE_JOIN);
    expect([shownText(join), spokenText(join)]).to.deep.equal(['Join', 'Join: Remote talk']);
    expect(join.rel).to.equal('noopener noreferrer');
    expect(text(session(el, 'remote').querySelector('[part="live-badge"]'))).to.equal('Starting soon');
    expect(session(el, 'remote').querySelector('[part="join-opens"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('live: "Join" and "Live now"; a room\'s call and stream reach its sessions as "Join" and "Watch live"', async () => {
    const el = await mount({ items: hybrid, now: at('10:10') });
    expect(joinLink(el, 'remote')!.href).to.equal(REMOTE_JOIN);
    expect(text(session(el, 'remote').querySelector('[part="live-badge"]'))).to.equal('Live now');
    const keynote = await mount({ items: hybrid, now: at('09:30') });
    expect(joinLink(keynote, 'keynote')!.href).to.equal(HALL_JOIN);
    const watch = session(keynote, 'keynote').querySelector<HTMLAnchorElement>('a[part~="stream"]')!;
    expect([watch.href, shownText(watch), spokenText(watch)]).to.deep.equal([
      HALL_STREAM,
      'Watch live',
      'Watch live: Keynote',
    ]);
    await expect(el).to.be.accessible();
  });

  it('after: the recording where there is one, nothing where there is none, "Recording coming" when pending', async () => {
    const el = await mount({ items: hybrid, now: at('14:30') });
    expect(joinLink(el, 'remote')).to.equal(null);
    const recording = session(el, 'remote').querySelector<HTMLAnchorElement>('a[part~="recording"]')!;
    expect([recording.href, shownText(recording), spokenText(recording)]).to.deep.equal([
      'https://video.example.org/remote',
      'Recording',
      'Recording: Remote talk',
    ]);
    expect(online(el, 'keynote')).to.equal(null);
    expect(el.shadowRoot!.innerHTML).not.to.contain(HALL_JOIN);
    expect(text(session(el, 'panel').querySelector('[part="recording-pending"]'))).to.equal('Recording coming');
    await expect(el).to.be.accessible();
  });

  it('shows a section\'s recording on its heading once its sessions have ended, and "Recording coming" when pending', async () => {
    const el = await mount({ items: hybrid, now: at('11:00') });
    expect($$(el, '[part~="section"] [part~="recording"]')).to.have.length(0);
    el.now = at('14:30');
    await el.updateComplete;
    const [morning, afternoon] = $$(el, '[part~="section"]');
    const link = morning.querySelector<HTMLAnchorElement>('a[part~="recording"]')!;
    expect([link.href, shownText(link), spokenText(link)]).to.deep.equal([
      'https://video.example.org/morning',
      'Recording',
      'Recording: Morning',
    ]);
    expect(text(afternoon.querySelector('[part="recording-pending"]'))).to.equal('Recording coming');
    await expect(el).to.be.accessible();
  });

  it('keeps join links after the end with hide-join-after="false", and opens them earlier with join-opens', async () => {
    const el = await mount({ items: hybrid, now: at('10:40') });
    el.setAttribute('hide-join-after', 'false');
    await el.updateComplete;
    expect(joinLink(el, 'remote')!.href).to.equal(REMOTE_JOIN);
    el.setAttribute('join-opens', '40');
    el.now = at('12:25');
    await el.updateComplete;
    expect(joinLink(el, 'panel')!.href).to.equal(HALL_JOIN);
    await expect(el).to.be.accessible();
  });

  it('warns, naming join-opens, when it is not a number of minutes, and keeps 15', async () => {
    const console_ = captureConsole();
    try {
      const el = await mount({ items: hybrid, now: at('09:30') });
      el.setAttribute('join-opens', 'soon');
      await el.updateComplete;
      expect(text(session(el, 'remote').querySelector('[part="join-opens"]'))).to.equal('Join opens at 9:45 AM');
      expect(console_.warnings.join('\n')).to.contain(
        'join-opens "soon" is not a number of minutes (0 or more); 15 is used',
      );
    } finally {
      console_.restore();
    }
  });

  it('re-reads the clock when the page becomes visible again', async () => {
    const el = await fixture<WorkshopSchedule>(
      html`<workshop-schedule
        lang="en-US"
        .items=${hybrid}
        timezone="America/Vancouver"
        date="2019-12-13"
      ></workshop-schedule>`,
    );
    await el.dataComplete;
    expect(joinLink(el, 'remote')).to.equal(null);
    const realNow = Date.now;
    Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
    try {
      Date.now = () => Date.parse(at('10:05'));
      document.dispatchEvent(new Event('visibilitychange'));
      await el.updateComplete;
      expect(joinLink(el, 'remote')!.href).to.equal(REMOTE_JOIN);
    } finally {
      Date.now = realNow;
      delete (document as { visibilityState?: string }).visibilityState;
    }
  });
});

describe('<workshop-schedule> modes and the "In the room" / "Online" view', () => {
  beforeEach(clean);
  afterEach(clean);

  const toggle = (el: Element) => $$<HTMLButtonElement>(el, '[part="attend"] button');

  it('badges each session with its mode where modes are mixed (breaks excepted), and not otherwise', async () => {
    const el = await mount({ items: hybrid, now: at('08:00') });
    const badge = (id: string) => text(session(el, id).querySelector('[part="mode"]'));
    expect([badge('keynote'), badge('remote'), badge('posters'), badge('lunch')]).to.deep.equal([
      'Hybrid',
      'Online',
      'In person',
      '',
    ]);
    const plain = await mount({ items: [{ start: '09:00', title: 'A', room: 'X' }], now: at('08:00') });
    expect($$(plain, '[part="mode"]')).to.have.length(0);
    expect($(plain, '[part="attend"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('badges only the sessions that differ when most share one mode, and says which mode the others are', async () => {
    const items: ScheduleItem[] = [
      { id: 'a', start: '09:00', end: '09:30', title: 'A', room: 'Hall A' },
      { id: 'b', start: '09:30', end: '10:00', title: 'B', room: 'Hall A' },
      { id: 'c', start: '10:00', end: '10:30', title: 'C', mode: 'online', join: REMOTE_JOIN },
    ];
    const el = await mount({ items, now: at('08:00') });
    const badge = (id: string) => text(session(el, id).querySelector('[part="mode"]'));
    expect([badge('a'), badge('b'), badge('c')]).to.deep.equal(['', '', 'Online']);
    expect(text($(el, '[part="mode-note"]'))).to.equal('In person unless marked');
    const even = await mount({ items: hybrid, now: at('08:00') });
    expect($(even, '[part="mode-note"]'), 'no usual mode, no note').to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('starts "In the room": rooms first in each session, in-person sessions as they are', async () => {
    const el = await mount({ items: hybrid, now: at('09:50') });
    const [room, remote] = toggle(el);
    expect([text(room), room.getAttribute('aria-pressed')]).to.deep.equal(['In the room', 'true']);
    expect([text(remote), remote.getAttribute('aria-pressed')]).to.deep.equal(['Online', 'false']);
    expect($(el, '[part="attend"]')!.getAttribute('role')).to.equal('group');
    const meta = session(el, 'keynote').querySelector('.meta')!;
    expect(meta.firstElementChild!.getAttribute('part')).to.equal('room');
    expect(session(el, 'posters').classList.contains('dimmed')).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('"Online" puts the links first, dims in-person-only sessions, and is remembered', async () => {
    const el = await mount({ items: hybrid, now: at('09:50') });
    toggle(el)[1].click();
    await el.updateComplete;
    expect(toggle(el).map((b) => b.getAttribute('aria-pressed'))).to.deep.equal(['false', 'true']);
    const body = session(el, 'keynote').querySelector('.body')!;
    expect(body.firstElementChild!.getAttribute('part')).to.equal('online');
    expect(session(el, 'posters').classList.contains('dimmed')).to.equal(true);
    expect(session(el, 'lunch').classList.contains('dimmed')).to.equal(false);
    expect(session(el, 'remote').classList.contains('dimmed')).to.equal(false);
    await expect(el).to.be.accessible();

    const again = await mount({ items: hybrid, now: at('09:50') });
    expect(toggle(again)[1].getAttribute('aria-pressed')).to.equal('true');
    toggle(again)[0].click();
    await again.updateComplete;
    expect(session(again, 'posters').classList.contains('dimmed')).to.equal(false);
    await expect(again).to.be.accessible();
  });
});

describe('<workshop-schedule> online links in calendar files', () => {
  beforeEach(clean);
  afterEach(clean);

  it('puts the join or stream URL in URL and DESCRIPTION, and the recording in DESCRIPTION', async () => {
    const el = await mount({ items: hybrid, now: at('08:00') });
    const file = await download(el, $(el, '[part="download"]')!);
    const events = new Map(parseIcs(file.ics).map((e) => [e.uid.split('-')[0], e]));
    const keynote = events.get('keynote')!;
    expect(keynote.url).to.equal(HALL_JOIN);
    expect(keynote.description).to.contain(`Join: ${HALL_JOIN}`);
    expect(keynote.description).to.contain(`Live stream: ${HALL_STREAM}`);
    const remote = events.get('remote')!;
    expect(remote.url).to.equal(REMOTE_JOIN);
    expect(remote.description).to.contain('Recording: https://video.example.org/remote');
    const posters = events.get('posters')!;
    expect(posters.url).to.equal(`${location.href.replace(/#.*$/, '')}#posters`);
    expect(posters.description).not.to.contain('Join');
    expect(events.get('panel')!.description).not.to.contain('pending');
    await expect(el).to.be.accessible();
  });
});
