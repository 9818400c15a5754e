// How <paper-list> stays fast with long lists: papers from `src` render while the file downloads, a search patches
// the rows in place (open abstracts stay open), highlights reach papers as they scroll into view, and rows that a
// cleared search brings back follow progressively. Speed itself is measured by `npm run bench`, never here.
import { expect, fixture, fixtureSync, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { PaperList } from '../../src/paper-list/paper-list.js';
import { ordered } from '../../src/paper-list/search.js';
import { validatePapers } from '../../src/paper-list/validate.js';
import { captureConsole } from '../helpers/console.js';
import { listOf, papersIn, root, search, settled, statusText } from './helpers.js';

const many = (n: number, words = 'about graphs') =>
  Array.from({ length: n }, (_, i) => ({
    id: `paper-${i}`,
    title: `Paper ${i} ${words}`,
    authors: [`Author ${i}`],
    abstract: `Abstract of paper ${i}.`,
  }));

const ICLR = '/demo/data/iclr2020-papers.json';

/**
 * Watches a list from its creation: the most papers in the DOM before the `we-load` event fired, and while the
 * status still said the papers were loading (the data was partial).
 */
function watchLoading(el: PaperList) {
  const seen = { papersBeforeLoad: 0, papersWhileLoading: 0 };
  let loaded = false;
  el.addEventListener('we-load', () => (loaded = true));
  const check = () => {
    const r = el.shadowRoot;
    if (!r || loaded) return;
    const n = r.querySelectorAll('[part="paper"]').length;
    seen.papersBeforeLoad = Math.max(seen.papersBeforeLoad, n);
    if (r.querySelector('[part="status"]')?.textContent?.includes('Loading'))
      seen.papersWhileLoading = Math.max(seen.papersWhileLoading, n);
  };
  const observer = new MutationObserver(check);
  void el.updateComplete.then(() =>
    observer.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true }),
  );
  return { seen, stop: () => observer.disconnect() };
}

describe('<paper-list> long lists', function () {
  this.timeout(60000);
  let console_: ReturnType<typeof captureConsole>;
  beforeEach(() => (console_ = captureConsole()));
  afterEach(() => {
    console_.restore();
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('shows the first papers from src while the rest still downloads, then all of them', async () => {
    const el = document.createElement('paper-list') as PaperList;
    el.src = ICLR;
    const watch = watchLoading(el);
    const loaded = oneEvent(el, 'we-load');
    document.body.append(el);
    await loaded;
    await settled(el);
    watch.stop();
    expect(watch.seen.papersWhileLoading, 'papers rendered while the file was still being read').to.be.greaterThan(0);
    expect(papersIn(el)).to.have.length(687);
    expect(statusText(el)).to.equal('687 papers');
    const all = (await (await fetch(ICLR)).json()) as { id: string }[];
    expect(papersIn(el).map((p) => p.id)).to.deep.equal(all.map((p) => p.id));
    // Filters appear once all papers are in (their options come from all of them).
    expect(root(el).querySelector('select[name="session"]')).to.exist;
    el.remove();
  });

  it('keeps the papers it showed first while the rest streams in, rather than building them again', async () => {
    const el = document.createElement('paper-list') as PaperList;
    el.src = ICLR;
    let first: Element | null = null;
    let whileLoading = 0;
    const observer = new MutationObserver(() => {
      const r = el.shadowRoot!;
      if (first || !r.querySelector('[part="status"]')?.textContent?.includes('Loading')) return;
      first = r.querySelector('[part="paper"]');
      whileLoading = r.querySelectorAll('[part="paper"]').length;
    });
    void el.updateComplete.then(() => observer.observe(el.shadowRoot!, { subtree: true, childList: true }));
    const loaded = oneEvent(el, 'we-load');
    document.body.append(el);
    await loaded;
    await settled(el);
    observer.disconnect();
    // The first slice of the file holds fewer papers than one chunk of the list (20): the chunk grew afterwards.
    expect(whileLoading, 'papers shown while loading').to.be.within(1, 19);
    expect(first, 'the first paper shown while loading').to.equal(papersIn(el)[0]);
    expect(first!.isConnected).to.be.true;
    el.remove();
  });

  it('keeps a sorted list from src on its loading message until every paper is in', async () => {
    const el = document.createElement('paper-list') as PaperList;
    el.src = ICLR;
    el.sort = 'title';
    const watch = watchLoading(el);
    const loaded = oneEvent(el, 'we-load');
    document.body.append(el);
    await el.updateComplete;
    expect(root(el).querySelector('[part="loading"]')).to.exist;
    await loaded;
    await settled(el);
    watch.stop();
    expect(watch.seen.papersBeforeLoad, 'no paper jumps around while loading').to.equal(0);
    const all = validatePapers(await (await fetch(ICLR)).json()).data;
    expect(papersIn(el).map((p) => p.id)).to.deep.equal(ordered(all, 'title').map((p) => p.id));
    el.remove();
  });

  it('patches papers in place on search: an open abstract stays open and gets its highlights', async () => {
    const el = await listOf(many(5));
    const paper = root(el).getElementById('paper-2')!;
    const details = paper.querySelector<HTMLDetailsElement>('[part="abstract"]')!;
    details.querySelector('summary')!.click();
    expect(details.open).to.equal(true);
    await search(el, 'abstract');
    expect(root(el).getElementById('paper-2')).to.equal(paper);
    expect(details.open).to.equal(true);
    expect([...details.querySelectorAll('mark')].map((m) => m.textContent)).to.deep.equal(['Abstract']);
    await search(el, 'paper 2');
    expect(papersIn(el).map((p) => p.id)).to.deep.equal(['paper-2']);
    expect([...details.querySelectorAll('mark')].map((m) => m.textContent)).to.deep.equal(['paper', '2']);
    await search(el, '');
    expect(details.querySelector('mark')).to.equal(null);
    expect(details.textContent).to.contain('Abstract of paper 2.');
  });

  it('highlights a collapsed abstract when it is opened', async () => {
    const el = await listOf(many(5));
    await search(el, 'abstract paper');
    const details = root(el).getElementById('paper-3')!.querySelector<HTMLDetailsElement>('[part="abstract"]')!;
    details.querySelector('summary')!.click();
    await waitUntil(() => details.querySelector('mark'), 'the opened abstract highlighted');
    expect([...details.querySelectorAll('mark')].map((m) => m.textContent)).to.deep.equal(['Abstract', 'paper']);
    await search(el, '');
    expect(details.querySelector('mark')).to.equal(null);
  });

  it('highlights papers with an empty abstract or none', async () => {
    const el = await listOf([
      { id: 'empty', title: 'Graphs with an empty abstract', authors: ['Ada'], abstract: '' },
      { id: 'none', title: 'Graphs without one', authors: ['Alan'] },
      { id: 'full', title: 'Graphs in full', authors: ['Grace'], abstract: 'About graphs.' },
    ]);
    await search(el, 'graphs');
    for (const id of ['empty', 'none', 'full'])
      expect(root(el).getElementById(id)!.querySelector('[part~="title"] mark')?.textContent, id).to.equal('Graphs');
  });

  it('keeps papers a search hides hidden, whatever display a theme gives ::part(paper)', async () => {
    const theme = document.createElement('style');
    theme.textContent = 'paper-list::part(paper) { display: grid !important; }';
    document.head.append(theme);
    try {
      const el = await listOf(many(30));
      await search(el, 'paper 17');
      expect(papersIn(el).map((p) => p.id)).to.deep.equal(['paper-17']);
      await search(el, 'nothing matches this');
      expect(papersIn(el)).to.have.length(0);
      await search(el, '');
      expect(papersIn(el)).to.have.length(30);
    } finally {
      theme.remove();
    }
  });

  it('highlights papers far down the list when they are scrolled into view', async () => {
    const el = await listOf(many(300));
    await search(el, 'graphs');
    expect(papersIn(el)).to.have.length(300);
    expect(papersIn(el)[0].querySelector('mark')?.textContent).to.equal('graphs');
    const last = root(el).getElementById('paper-299')!;
    last.scrollIntoView();
    await waitUntil(() => last.querySelector('mark'), 'the last paper highlighted once in view', { timeout: 10000 });
    expect(last.querySelector('mark')!.textContent).to.equal('graphs');
    // Papers a search hid and the next one shows again get the highlights of the moment when in view.
    await search(el, 'graphs 12');
    expect(papersIn(el).map((p) => p.id)).not.to.include('paper-150');
    await search(el, 'graphs 1');
    const back = root(el).getElementById('paper-150')!;
    back.scrollIntoView();
    await waitUntil(() => back.querySelector('[part~="title"] mark'), 'paper-150 highlighted in view', {
      timeout: 10000,
    });
    expect(back.querySelector('[part~="title"]')!.innerHTML).to.contain('<mark part="mark">1</mark>');
    window.scrollTo(0, 0);
  });

  it('brings every paper back, in order, when a search is cleared', async () => {
    const el = await listOf(many(400));
    await search(el, 'paper 7');
    const found = papersIn(el).length;
    expect(found).to.be.greaterThan(0).and.lessThan(400);
    const input = root(el).querySelector<HTMLInputElement>('[part="search"]')!;
    input.value = '';
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await el.updateComplete;
    // The first screen comes back at once; the rest progressively, with the list busy meanwhile.
    expect(papersIn(el).length).to.be.greaterThan(found);
    await settled(el);
    expect(papersIn(el).map((p) => p.id)).to.deep.equal(many(400).map((p) => p.id));
    expect(statusText(el)).to.equal('400 papers');
  });

  it('rebuilds its papers and group headings for a new heading-level', async () => {
    const el = await listOf(
      many(3).map((p, i) => ({ ...p, session: i ? 'B' : 'A' })),
      { groupBy: 'session' },
    );
    const level = (sel: string) => [...root(el).querySelectorAll(sel)].map((h) => h.getAttribute('aria-level'));
    expect(level('[part~="title"]')).to.deep.equal(['4', '4', '4']);
    el.headingLevel = 1;
    await settled(el);
    expect(level('[part~="title"]')).to.deep.equal(['2', '2', '2']);
    expect(level('[part~="group-heading"]')).to.deep.equal(['1', '1']);
    // Without groups the titles are the top headings.
    el.groupBy = undefined;
    await settled(el);
    expect(level('[part~="title"]')).to.deep.equal(['1', '1', '1']);
  });

  it('renders every paper at once before printing', async () => {
    const el = fixtureSync<PaperList>(html`<paper-list .papers=${many(400)}></paper-list>`);
    await el.updateComplete;
    expect(papersIn(el).length).to.be.lessThan(400);
    window.dispatchEvent(new Event('beforeprint'));
    expect(papersIn(el)).to.have.length(400);
  });

  it('clears a search that hides the paper a #id link names, and shows the paper', async () => {
    const el = await listOf(many(30));
    await search(el, 'paper 3');
    expect(papersIn(el).map((p) => p.id)).not.to.include('paper-25');
    const revealed = oneEvent(el, 'we-fragment-target');
    location.hash = '#paper-25';
    await revealed;
    expect(root(el).getElementById('paper-25')!.hasAttribute('data-fragment-target')).to.equal(true);
    expect(root(el).querySelector<HTMLInputElement>('[part="search"]')!.value).to.equal('');
    await settled(el);
    expect(papersIn(el)).to.have.length(30);
  });

  it('also shows a #id paper whose whole chunk of the list a search hides', async () => {
    const el = await listOf(many(45));
    await search(el, 'paper 11');
    expect(papersIn(el).map((p) => p.id)).to.deep.equal(['paper-11']);
    const revealed = oneEvent(el, 'we-fragment-target');
    location.hash = '#paper-30';
    await revealed;
    expect(root(el).querySelector<HTMLInputElement>('[part="search"]')!.value).to.equal('');
    await settled(el);
    expect(papersIn(el).map((p) => p.id)).to.include('paper-30');
    expect(root(el).getElementById('paper-30')!.getClientRects().length).to.be.greaterThan(0);
    history.replaceState(null, '', location.pathname);
  });
});

describe('<paper-list> BibTeX buttons', function () {
  this.timeout(60000);
  let clipboard: PropertyDescriptor | undefined;
  beforeEach(() => (clipboard = Object.getOwnPropertyDescriptor(navigator, 'clipboard')));
  afterEach(() => {
    if (clipboard) Object.defineProperty(navigator, 'clipboard', clipboard);
    else delete (navigator as unknown as Record<string, unknown>).clipboard;
  });

  it('says "copied" on the last copied paper only, and keeps focus on the button', async () => {
    const copies: string[] = [];
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: async (t: string) => void copies.push(t) },
      configurable: true,
    });
    const el = await fixture<PaperList>(html`<paper-list .papers=${many(3)}></paper-list>`);
    await settled(el);
    const button = (id: string) =>
      root(el).getElementById(id)!.querySelector<HTMLButtonElement>('[part="bibtex-button"]')!;
    const first = button('paper-0');
    first.focus();
    first.click();
    await waitUntil(() => copies.length === 1, 'first copy');
    expect(first.textContent!.trim()).to.equal('BibTeX copied');
    expect(el.shadowRoot!.activeElement).to.equal(first);
    button('paper-1').click();
    await waitUntil(() => copies.length === 2, 'second copy');
    expect(button('paper-1').textContent!.trim()).to.equal('BibTeX copied');
    expect(first.textContent!.trim()).to.equal('BibTeX');
    expect(copies[1]).to.match(/^@inproceedings\{/);
  });
});
