// Issue 21, reproducers 5, 6 and 7: ids from the data, a host page that clobbers `document`'s names, an element moved
// into another document, a page whose history refuses pushState.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import ICAL from 'ical.js';
import '../../src/index.js';
import type { PaperList } from '../../src/paper-list/paper-list.js';
import type { SpeakerCard } from '../../src/speaker-card/speaker-card.js';
import type { SponsorStrip } from '../../src/sponsor-strip/sponsor-strip.js';
import type { WorkshopSchedule } from '../../src/workshop-schedule/workshop-schedule.js';
import { parseShareFragment, shareFragment } from '../../src/workshop-schedule/favorites.js';
import { captureConsole } from '../helpers/console.js';
import { root, search, settled } from '../paper-list/helpers.js';
import { download } from '../workshop-schedule/element-helpers.js';

const resetHash = () => history.replaceState(history.state, '', location.pathname + location.search);
const sessions = (ids: string[]) =>
  ids.map((id, i) => ({ id, start: `${String(9 + i).padStart(2, '0')}:00`, title: `Talk ${i + 1}` }));

async function schedule(items: unknown[], id = 'host-page-schedule'): Promise<WorkshopSchedule> {
  const el = await fixture<WorkshopSchedule>(
    html`<workshop-schedule
      id=${id}
      .items=${items as never}
      timezone="America/Vancouver"
      date="2019-12-13"
      viewer-timezone="America/Vancouver"
    ></workshop-schedule>`,
  );
  await el.dataComplete;
  return el;
}

afterEach(() => {
  resetHash();
  localStorage.clear();
});

describe('ids from the data never meet the elements’ own ids', () => {
  const papers = [
    { id: 'paper-list-title-1', title: 'Kernel methods for graphs', authors: ['Ada Lovelace'] },
    { id: 'paper-list-title-0', title: 'Sparse attention', authors: ['Alan Turing'] },
  ];

  it('gives every paper its own accessible name, even with ids like the internal ones', async () => {
    const el = await fixture<PaperList>(html`<paper-list .papers=${papers as never} year="2019"></paper-list>`);
    await settled(el);
    for (const paper of papers) {
      const article = root(el).getElementById(paper.id)!;
      expect(article.getAttribute('part')).to.equal('paper');
      const label = root(el).getElementById(article.getAttribute('aria-labelledby')!)!;
      expect(article.contains(label)).to.equal(true);
      expect(label.textContent!.trim()).to.equal(paper.title);
    }
    await expect(el).to.be.accessible();
  });

  it('highlights a search and builds each BibTeX entry for papers with such ids', async () => {
    const el = await fixture<PaperList>(html`<paper-list .papers=${papers as never} year="2019"></paper-list>`);
    await settled(el);
    await search(el, 'attention');
    expect(root(el).getElementById('paper-list-title-0')!.querySelector('mark')!.textContent).to.equal('attention');
    const article = root(el).getElementById('paper-list-title-1')!;
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject() }, configurable: true });
    article.querySelector<HTMLButtonElement>('[part="bibtex-button"]')!.click();
    await waitUntil(() => article.querySelector('[part="bibtex"]'), 'entry shown');
    expect(article.querySelector('[part="bibtex"]')!.textContent).to.contain('title = {Kernel methods for graphs}');
    await expect(el).to.be.accessible();
  });

  it('follows a deep link to a paper whose id looks internal', async () => {
    history.replaceState(history.state, '', '#paper-list-title-0');
    const el = await fixture<PaperList>(html`<paper-list .papers=${papers as never} year="2019"></paper-list>`);
    await waitUntil(() => root(el).querySelector('[data-fragment-target]'), 'revealed');
    expect(root(el).querySelector('[data-fragment-target]')).to.equal(root(el).getElementById('paper-list-title-0'));
    expect(root(el).getElementById('paper-list-title-0')!.getAttribute('part')).to.equal('paper');
  });

  it('links to a session called day-2019-12-13, and #day-… still reaches a day otherwise', async () => {
    history.replaceState(history.state, '', '#day-2019-12-13');
    const el = await schedule(sessions(['day-2019-12-13', 'other']));
    await waitUntil(() => el.shadowRoot!.querySelector('[data-fragment-target]'), 'revealed');
    expect(el.shadowRoot!.querySelector('[data-fragment-target]')!.id).to.equal('day-2019-12-13');
    expect(el.shadowRoot!.querySelector('[data-fragment-target]')!.getAttribute('part')).to.contain('session');
    await expect(el).to.be.accessible();
    el.remove();
    const plain = await schedule(sessions(['a', 'b']), 'plain');
    await waitUntil(() => plain.shadowRoot!.querySelector('[data-fragment-target]'), 'day revealed');
    expect(plain.shadowRoot!.querySelector('[data-fragment-target]')!.getAttribute('part')).to.equal('day');
  });
});

describe('ids with a lone surrogate', () => {
  const cut = 'talk-\ud83d'; // an id cut inside an emoji

  it('share links never throw, and read back as the id with U+FFFD', () => {
    const fragment = shareFragment([cut, 'b']);
    expect(fragment).to.equal('my-program=talk-%EF%BF%BD,b');
    expect(parseShareFragment(`#${fragment}`)).to.deep.equal(['talk-\ufffd', 'b']);
  });

  it('downloads an .ics, stars and shares the session, and shows "My program" again on the next load', async () => {
    const el = await schedule(sessions([cut, 'b']));
    const li = el.shadowRoot!.getElementById(cut)!;
    const { ics } = await download(el, li.querySelector<HTMLElement>('[part="calendar-button"]')!);
    const event = new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!;
    expect(String(event.getFirstPropertyValue('url'))).to.match(/#talk-%EF%BF%BD$/);
    li.querySelector<HTMLButtonElement>('[part="star"]')!.click();
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="favorites-toggle"]')!.click();
    await el.updateComplete;
    const share = el.shadowRoot!.querySelector<HTMLAnchorElement>('[part="share"]')!;
    expect(share.href).to.match(/#my-program=talk-%EF%BF%BD$/);
    el.remove();
    const again = await schedule(sessions([cut, 'b']));
    again.shadowRoot!.querySelector<HTMLButtonElement>('[part="favorites-toggle"]')!.click();
    await again.updateComplete;
    const shown = [...again.shadowRoot!.querySelectorAll<HTMLElement>('li[part~="session"]')].filter((s) => !s.hidden);
    expect(shown.map((s) => s.id)).to.deep.equal([cut]);
    await expect(again).to.be.accessible();
  });
});

describe('a host page that clobbers document’s names', () => {
  let added: Element[] = [];
  const clobber = (markup: string) => {
    const t = document.createElement('template');
    t.innerHTML = markup;
    added = [...t.content.children];
    document.body.append(...added);
  };
  afterEach(() => added.forEach((e) => e.remove()));

  it('<form name="baseURI"> leaves relative URLs resolved against the page', async () => {
    clobber('<form name="baseURI"></form>');
    expect(document.baseURI).to.be.instanceOf(HTMLFormElement); // the page really clobbers it
    const el = await fixture<SponsorStrip>(
      html`<sponsor-strip .sponsors=${[{ name: 'Acme', url: 'sponsors/acme.html' }] as never}></sponsor-strip>`,
    );
    await el.dataComplete;
    expect(el.shadowRoot!.querySelector('a')!.href).to.equal(new URL('sponsors/acme.html', location.href).href);
    await expect(el).to.be.accessible();
  });

  it('<img name="title"> leaves the .ics download named after the page', async () => {
    const title = Object.getOwnPropertyDescriptor(Document.prototype, 'title')!;
    const before = title.get!.call(document) as string;
    title.set!.call(document, 'Hostile host page');
    clobber('<img name="title" alt="">');
    try {
      expect(document.title).to.be.instanceOf(HTMLImageElement);
      const el = await schedule(sessions(['a']));
      const { ics } = await download(el, el.shadowRoot!.querySelector<HTMLElement>('[part="download"]')!);
      expect(ics).to.contain('X-WR-CALNAME:Hostile host page\r\n');
      await expect(el).to.be.accessible();
    } finally {
      title.set!.call(document, before);
    }
  });

  it('<img name="getElementById"> lets a fragment link render and reveal its session', async () => {
    clobber('<img name="getElementById" alt="">');
    expect(document.getElementById).to.be.instanceOf(HTMLImageElement);
    history.replaceState(history.state, '', '#b');
    const console_ = captureConsole();
    try {
      const el = await schedule(sessions(['a', 'b']));
      await waitUntil(() => el.shadowRoot!.getElementById('b')!.hasAttribute('data-fragment-target'), 'revealed');
      await expect(el).to.be.accessible();
    } finally {
      console_.restore();
    }
  });
});

describe('an element moved into another document', () => {
  it('keeps its styles in a same-origin iframe', async () => {
    const frame = await fixture<HTMLIFrameElement>(html`<iframe title="another document"></iframe>`);
    const el = await fixture<SpeakerCard>(html`<speaker-card name="Ada Lovelace"></speaker-card>`);
    await el.dataComplete;
    expect(getComputedStyle(el).display).to.equal('block');
    frame.contentDocument!.body.append(el);
    await el.updateComplete;
    expect(frame.contentWindow!.getComputedStyle(el).display).to.equal('block');
    const base = el.shadowRoot!.querySelector('[part~="base"]')!;
    expect(frame.contentWindow!.getComputedStyle(base).display).to.not.equal('inline');
    document.body.append(el); // and back
    expect(getComputedStyle(el).display).to.equal('block');
    await expect(el).to.be.accessible();
    el.remove();
  });
});

describe('<paper-list sync-url> where the page cannot change its URL', () => {
  it('keeps filtering when pushState throws a SecurityError, and says so once', async () => {
    const refuse = () => {
      throw new DOMException('not allowed in this frame', 'SecurityError');
    };
    Object.defineProperty(history, 'pushState', { value: refuse, configurable: true });
    Object.defineProperty(history, 'replaceState', { value: refuse, configurable: true });
    const console_ = captureConsole();
    try {
      const el = await fixture<PaperList>(
        html`<paper-list
          sync-url
          .papers=${
            [
              { id: 'x', title: 'Graphs' },
              { id: 'y', title: 'Trees' },
            ] as never
          }
        ></paper-list>`,
      );
      await settled(el);
      await search(el, 'g');
      await search(el, 'gr');
      expect(el.shadowRoot!.getElementById('y')!.getClientRects()).to.have.length(0);
      expect(console_.warnings).to.have.length(1);
      expect(console_.warnings[0]).to.contain('sync-url').and.contain('SecurityError');
      await expect(el).to.be.accessible();
    } finally {
      delete (history as unknown as Record<string, unknown>).pushState;
      delete (history as unknown as Record<string, unknown>).replaceState;
      console_.restore();
    }
  });
});
