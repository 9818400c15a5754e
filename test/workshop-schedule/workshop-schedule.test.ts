import { expect, fixtureSync, html, oneEvent } from '@open-wc/testing';
import { captureConsole } from '../helpers/console.js';
import { $, $$, clean, loadData, mount, SEED, session, text, visibleSessions } from './element-helpers.js';

before(loadData);
beforeEach(clean);
afterEach(clean);

describe('<workshop-schedule> the seed program', function () {
  this.timeout(30_000); // axe and dev-mode Lit on a loaded 2-core machine, three engines at once
  it('renders every line of the seed with time range, kind, speaker, title and links', async () => {
    const el = await mount();
    expect(visibleSessions(el)).to.have.length(17);
    const tao = session(el, 'terence-tao');
    expect(text(tao.querySelector('.when'))).to.equal('9:20 AM–10:00 AM PST');
    expect(text(tao.querySelector('[part="kind"]'))).to.equal('Invited talk');
    expect(text(tao.querySelector('[part~="title"]'))).to.contain(
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
    const headings = $$(el, '[part~="section-heading"]').map((s) => text(s));
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
    expect(text(session(el, 'slot-1000').querySelector('[part~="title"]'))).to.equal('TBA');
  });

  it('draws breaks differently from talks', async () => {
    const el = await mount();
    const coffee = session(el, 'coffee-1');
    const talk = session(el, 'terence-tao');
    expect(coffee.part.contains('break')).to.equal(true);
    const c = getComputedStyle(coffee);
    const t = getComputedStyle(talk);
    expect(c.backgroundColor).not.to.equal(t.backgroundColor);
    const title = (s: HTMLElement) => getComputedStyle(s.querySelector('[part~="title"]')!);
    expect(title(coffee).fontStyle).to.equal('italic');
    expect(title(talk).fontStyle).to.equal('normal');
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
    expect(text(heading)).to.equal('Friday, December 13, 2019 8:30 AM–6:30 PM PST');
    expect(heading.getAttribute('role')).to.equal('heading');
    expect(heading.getAttribute('aria-level'), 'default heading-level').to.equal('3');
    expect($(el, '[part~="section-heading"]')!.getAttribute('aria-level'), 'sections one below').to.equal('4');
    expect($(el, 'nav[part="nav"]'), 'one day: no day links').to.equal(null);
  });

  it('puts its day and section headings at heading-level and one below', async () => {
    const el = await mount();
    el.headingLevel = 2;
    await el.updateComplete;
    expect($(el, '[part~="day-heading"]')!.getAttribute('aria-level')).to.equal('2');
    expect($(el, '[part~="section-heading"]')!.getAttribute('aria-level')).to.equal('3');
    el.setAttribute('heading-level', '6');
    await el.updateComplete;
    expect($(el, '[part~="day-heading"]')!.getAttribute('aria-level')).to.equal('6');
    expect($(el, '[part~="section-heading"]')!.getAttribute('aria-level'), 'no level 7').to.equal('6');
    await expect(el).to.be.accessible();
  });

  it('loads the seed from src, as the demo does', async () => {
    const el = document.createElement('workshop-schedule');
    el.setAttribute('src', SEED);
    el.setAttribute('timezone', 'America/Vancouver');
    el.setAttribute('date', '2019-12-13');
    const loaded = oneEvent(el, 'we-load');
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

describe('<workshop-schedule> time zones', function () {
  this.timeout(30_000); // axe and dev-mode Lit on a loaded 2-core machine, three engines at once
  it('shows times in the event zone with its abbreviation, in the page language', async () => {
    const el = await mount({ viewer: 'Europe/Vienna' });
    expect(text(session(el, 'opening').querySelector('.when'))).to.equal('8:30 AM–8:40 AM PST');
    el.parentElement!.setAttribute('lang', 'de-AT');
    el.requestUpdate();
    await el.updateComplete;
    expect(text(session(el, 'opening').querySelector('.when'))).to.match(/^0?8:30–0?8:40 (PST|GMT-8)$/);
  });

  it('names the zone of both times of a session across a clock change', async () => {
    const el = await mount({
      items: [{ id: 'night', start: '01:00', end: '04:00', title: 'Across the change' }],
      timezone: 'America/New_York',
      date: '2027-11-07',
      viewer: 'America/New_York',
    });
    expect(text(session(el, 'night').querySelector('.when'))).to.equal('1:00 AM EDT–4:00 AM EST');
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
      el.date = '05/06/2019';
      await el.updateComplete;
      expect(text($(el, '[part="error"]'))).to.contain('05/06/2019');
    } finally {
      console_.restore();
    }
  });

  it('renders times without timezone or date in the viewer zone, today', async () => {
    const wrapper = fixtureSync(
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
