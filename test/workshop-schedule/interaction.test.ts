import { aTimeout, expect, oneEvent, waitUntil } from '@open-wc/testing';
import { expectWellFormed, parseIcs } from './ics-helpers.js';
import { printRules } from '../helpers/media.js';
import { $, $$, clean, download, loadData, mount, session, text, visibleSessions } from './element-helpers.js';

before(loadData);
beforeEach(clean);
afterEach(clean);

describe('<workshop-schedule> now', function () {
  this.timeout(30_000); // axe and dev-mode Lit on a loaded 2-core machine, three engines at once
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
    await waitUntil(() => tao.hasAttribute('data-fragment-target'), 'live session revealed', { timeout: 5000 });
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
  this.timeout(30_000); // axe and dev-mode Lit on a loaded 2-core machine, three engines at once
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

describe('<workshop-schedule> my program', function () {
  this.timeout(30_000); // axe and dev-mode Lit on a loaded 2-core machine, three engines at once
  it('stars sessions, shows only them in "My program", and exports only them', async () => {
    const el = await mount();
    const star = session(el, 'terence-tao').querySelector<HTMLButtonElement>('[part="star"]')!;
    expect(star.getAttribute('aria-pressed')).to.equal('false');
    const changed = oneEvent(el, 'we-favorites-change');
    star.click();
    expect((await changed).detail.favorites).to.deep.equal(['terence-tao']);
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

  it('counts only the sessions the program has, when a link or old stars name others', async () => {
    history.replaceState(null, '', '#my-program=terence-tao,ghost,phantom');
    const el = await mount();
    expect(text($(el, '[part="favorites-toggle"]'))).to.contain('My program (1)');
    expect(visibleSessions(el).map((s) => s.id)).to.deep.equal(['terence-tao']);
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

describe('<workshop-schedule> details, links and fragment targets', function () {
  this.timeout(30_000); // axe and dev-mode Lit on a loaded 2-core machine, three engines at once
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

  it('prints a closed abstract as nothing (no disclosure on paper) and an open one whole', async () => {
    const el = await mount({
      items: [
        { id: 'closed', start: '09:00', title: 'Closed', abstract: 'Not on paper.' },
        { id: 'open', start: '10:00', title: 'Opened', abstract: 'On paper.' },
      ],
    });
    session(el, 'open').querySelector('details')!.open = true;
    const print = printRules(el);
    const hiding = print.filter((r) => r.style.display === 'none');
    const hidden = (e: Element) => hiding.some((r) => e.matches(r.selectorText));
    expect(hidden(session(el, 'closed').querySelector('details')!)).to.equal(true);
    expect(hidden(session(el, 'open').querySelector('details')!)).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('scrolls to and highlights the session named by the page fragment', async () => {
    history.replaceState(null, '', '#terence-tao');
    const el = await mount();
    const tao = session(el, 'terence-tao');
    await waitUntil(() => tao.hasAttribute('data-fragment-target'), 'highlighted', { timeout: 5000 });
    expect(el.shadowRoot!.activeElement).to.equal(tao);
    history.replaceState(null, '', '#aasa-feragen');
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await waitUntil(() => session(el, 'aasa-feragen').hasAttribute('data-fragment-target'), 'moved', { timeout: 5000 });
    expect(tao.hasAttribute('data-fragment-target')).to.equal(false);
  });

  it('clears the search that hides the session a #id link names, and shows it', async () => {
    const el = await mount({ filterable: true });
    const input = $(el, '[part="search"]') as HTMLInputElement;
    input.value = 'feragen';
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await el.updateComplete;
    const tao = session(el, 'terence-tao');
    expect(tao.closest('[hidden]')).to.not.equal(null);
    history.replaceState(null, '', '#terence-tao');
    try {
      window.dispatchEvent(new HashChangeEvent('hashchange'));
      await waitUntil(() => tao.hasAttribute('data-fragment-target'), 'revealed', { timeout: 5000 });
      expect(tao.closest('[hidden]')).to.equal(null);
      expect(($(el, '[part="search"]') as HTMLInputElement).value).to.equal('');
      expect(el.shadowRoot!.activeElement).to.equal(tao);
    } finally {
      history.replaceState(null, '', location.pathname + location.search);
    }
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
