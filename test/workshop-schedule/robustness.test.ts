import { aTimeout, expect } from '@open-wc/testing';
import type { ScheduleItem } from '../../src/workshop-schedule/types.js';
import { captureConsole } from '../helpers/console.js';
import { $, $$, clean, loadData, mount, session, text, visibleSessions } from './element-helpers.js';

before(loadData);
beforeEach(clean);
afterEach(clean);

describe('<workshop-schedule> bad input', function () {
  this.timeout(30_000); // axe and dev-mode Lit on a loaded 2-core machine, three engines at once
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
      expect(visibleSessions(el).map((s) => text(s.querySelector('[part~="title"]')))).to.deep.equal([
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

  it('warns once, naming the attribute, about a viewer-timezone or now it cannot read, and goes on', async () => {
    const console_ = captureConsole();
    try {
      const el = await mount({ viewer: 'Nowhere/Land', now: 'yesterday' });
      el.requestUpdate();
      await el.updateComplete;
      expect(visibleSessions(el).length).to.be.greaterThan(0);
      const warnings = console_.warnings.join('\n');
      expect(warnings).to.contain('viewer-timezone "Nowhere/Land"').and.contain('now "yesterday"');
      expect(console_.warnings, 'one grouped message').to.have.length(1);
      expect(console_.errors).to.deep.equal([]);
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

  it('shows a session whose start and end were typed in one field ("9:00-9:30"), warning with both fields to write', async () => {
    const console_ = captureConsole();
    try {
      const el = await mount({
        items: [
          { start: '9:00-9:30', title: 'Range' },
          { start: '1:40pm – 2:10pm', end: '2:20pm', title: 'Range and end' },
          { start: '10:00', title: 'After' },
        ],
      });
      expect(console_.warnings).to.have.length(1);
      expect(console_.warnings[0])
        .to.contain(
          'items[0].start ("Range"): the string "9:00-9:30" is read as start and end; write two fields, start: "9:00" and end: "9:30"',
        )
        .and.contain(
          'items[1].start ("Range and end"): the string "1:40pm – 2:10pm" is read as the start; write start: "1:40pm"',
        );
      expect(visibleSessions(el).map((s) => text(s.querySelector('.when')))).to.deep.equal([
        '9:00 AM–9:30 AM PST',
        '10:00 AM–1:40 PM PST',
        '1:40 PM–2:20 PM PST',
      ]);
      expect(console_.errors).to.deep.equal([]);
      await expect(el).to.be.accessible();
    } finally {
      console_.restore();
    }
  });

  it('places a session on its own date (a program typed day by day), and names a date it cannot read', async () => {
    const console_ = captureConsole();
    try {
      const el = await mount({
        items: [
          { start: '09:00', end: '10:00', title: 'Day one' },
          { date: '2019-12-14', start: '09:00', end: '10:00', title: 'Day two' },
          { date: 'December 15, 2019', start: '9:00', title: 'Day three' },
          { date: 'Dec 16', start: '11:00', title: 'No year' },
        ],
      });
      expect(console_.warnings).to.have.length(1);
      expect(console_.warnings[0])
        .to.contain('items[2].date ("Day three"): "December 15, 2019" is read as 2019-12-15; write it so')
        .and.contain('items[3].date ("No year"): "Dec 16" has no year')
        .and.not.contain('items[1].date');
      const days = $$(el, '[part~="day-heading"]').map((h) => text(h));
      expect(days.join(' | ')).to.contain('December 13').and.contain('December 14').and.contain('December 15');
      expect(days).to.have.length(3);
      await expect(el).to.be.accessible();
    } finally {
      console_.restore();
    }
  });

  it('names a section heading with no session after it, and a session id used twice', async () => {
    const console_ = captureConsole();
    try {
      const el = await mount({
        items: [
          { section: 'Morning' },
          { id: 'talk', start: '09:00', end: '09:30', title: 'A' },
          { id: 'talk', start: '10:00', end: '10:30', title: 'B' },
          { section: 'Afternoon (to be announced)' },
        ] as ScheduleItem[],
      });
      expect(visibleSessions(el)).to.have.length(2);
      expect(console_.warnings).to.have.length(1);
      expect(console_.warnings[0])
        .to.contain(
          'items[3].section ("Afternoon (to be announced)"): no session follows this heading, so it is not shown',
        )
        .and.contain('items[2].id ("B"): duplicate id "talk" (also items[1]): links to #talk reach only the first')
        .and.not.contain('items[0].section');
      await expect(el).to.be.accessible();
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
      await aTimeout(0); // not nextFrame: a background tab gets no frames
      expect((window as unknown as { __pwned?: unknown }).__pwned).to.equal(undefined);
      expect(el.shadowRoot!.querySelectorAll('script, img, iframe')).to.have.length(0);
      const withScript = blns.findIndex((s) => s.includes('<script>'));
      expect(session(el, `n${withScript}`).querySelector('[part~="title"]')!.textContent).to.equal(blns[withScript]);
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

describe('<workshop-schedule> looks at home anywhere', function () {
  this.timeout(30_000); // axe and dev-mode Lit on a loaded 2-core machine, three engines at once
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
      // The title flows inline with the kind and speakers; the page's `display: none` does not reach it.
      expect(getComputedStyle(tao.querySelector('[part~="title"]')!).display).to.equal('inline');
      expect(getComputedStyle(tao.querySelector('[part="calendar-button"]')!).height).not.to.equal('80px');
      expect(getComputedStyle(tao.querySelector('a')!).color).not.to.equal('rgb(255, 0, 0)');
      expect(getComputedStyle(tao).fontFamily).to.contain('Georgia');
      expect(getComputedStyle(tao.querySelector('[part~="title"]')!).color).to.equal('rgb(51, 51, 51)');
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
