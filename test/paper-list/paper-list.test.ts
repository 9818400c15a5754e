import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { PaperList } from '../../src/paper-list/paper-list.js';
import { spokenText } from '../helpers/accessible-name.js';
import { announcements, manualQuiet } from '../helpers/announcements.js';
import { captureConsole } from '../helpers/console.js';
import { printRules } from '../helpers/media.js';
import { listOf, papersIn, root, search, selectFilter, settled, statusText, titles } from './helpers.js';

const seedPaper = {
  id: 'davis2019modelling',
  title: 'Modelling Visual Properties and Visual Context in Multimodal Semantics',
  authors: ['Christopher Davis', 'Luana Bulat', 'Anita Vero', 'Ekaterina Shutova'],
  type: 'poster',
  pdf: 'static/papers/accepted/1.pdf',
};

const sample = [
  {
    id: 'p-kernel',
    title: 'Kernel Methods & 100% Réproducibility',
    authors: [
      { name: 'Bernhard Schölkopf', affiliation: 'MPI for Intelligent Systems', url: 'https://is.mpg.de/' },
      'Łukasz Kaiser',
    ],
    abstract: 'We study kernels for scientific models.',
    keywords: ['kernels', 'theory'],
    type: 'oral',
    award: 'Best Paper',
    session: 'Morning',
    url: 'https://openreview.net/forum?id=kernel',
    code: 'https://github.com/example/kernel',
  },
  {
    id: 'p-pde',
    title: 'Deep Learning for High-Dimensional PDEs',
    authors: ['王小明', 'Ada Lovelace'],
    abstract: 'Neural solvers for partial differential equations.',
    keywords: ['pde', 'theory'],
    type: 'spotlight',
    session: 'Afternoon',
    pdf: 'https://example.org/pde.pdf',
    video: 'https://example.org/pde.mp4',
  },
  {
    id: 'p-sgd',
    title: 'A Fokker-Planck View of SGD',
    authors: ['Ada Lovelace', 'Alan Turing'],
    abstract: 'Stochastic gradient descent as a diffusion.',
    keywords: ['sgd'],
    type: 'poster',
    session: 'Morning',
  },
];

describe('<paper-list> papers', function () {
  // Under load, background test pages poll slowly; these tests render hundreds of papers.
  this.timeout(60000);
  let console_: ReturnType<typeof captureConsole>;
  beforeEach(() => (console_ = captureConsole()));
  afterEach(() => console_.restore());

  it('renders the seed paper: title linked to the PDF, authors, links, id for deep links', async () => {
    const el = await listOf([seedPaper]);
    const [paper] = papersIn(el);
    expect(paper.id).to.equal('davis2019modelling');
    const a = paper.querySelector<HTMLAnchorElement>('[part~="title"] a')!;
    expect(a.textContent!.trim()).to.equal(seedPaper.title);
    expect(a.href).to.equal(new URL('static/papers/accepted/1.pdf', document.baseURI).href);
    expect(paper.querySelector('[part="authors"]')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Christopher Davis, Luana Bulat, Anita Vero, Ekaterina Shutova',
    );
    // one paper: no search bar, no count
    expect(root(el).querySelector('[part="controls"]')).to.equal(null);
    expect(console_.warnings).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('isolates right-to-left author names, so the commas stay between the names', async () => {
    const el = await listOf([{ title: 'Bidi', authors: ['עדה לאבלייס', 'محمد الخوارزمي', 'Ann Other'] }]);
    const line = papersIn(el)[0].querySelector('[part="authors"]')!;
    expect([...line.querySelectorAll('.author')].map((s) => [s.getAttribute('dir'), s.textContent])).to.deep.equal([
      ['auto', 'עדה לאבלייס'],
      ['auto', 'محمد الخوارزمي'],
      ['auto', 'Ann Other'],
    ]);
    expect(line.textContent).to.equal('עדה לאבלייס, محمد الخوارزمي, Ann Other');
  });

  it('prints every paper laid out, open abstracts whole and closed ones not at all', async () => {
    const el = await listOf(sample);
    const print = printRules(el);
    const rule = (selector: string) => print.find((r) => r.selectorText.replace(/["']/g, '') === selector);
    expect(rule('[part=abstract]:not([open])')?.style.display).to.equal('none');
    expect(rule('[part=paper]')?.style.getPropertyValue('content-visibility')).to.equal('visible');
  });

  it('names each paper by its own title, whatever its id holds', async () => {
    const el = await listOf([
      { id: 'my paper', title: 'Spaces' },
      { id: 'x y', title: 'Third' },
      { id: 'y--title', title: 'Fourth' },
      { id: 'ok', title: 'Plain' },
    ]);
    for (const article of papersIn(el)) {
      const ref = article.getAttribute('aria-labelledby')!;
      expect(ref).not.to.match(/\s/);
      const label = root(el).getElementById(ref);
      expect(label?.closest('article'), ref).to.equal(article);
    }
    expect(
      papersIn(el).map((a) => root(el).getElementById(a.getAttribute('aria-labelledby')!)!.textContent),
    ).to.deep.equal(['Spaces', 'Third', 'Fourth', 'Plain']);
  });

  it('links the title to url when there is no PDF, and shows labelled links with safe rel', async () => {
    const el = await listOf(sample);
    const kernel = root(el).getElementById('p-kernel')!;
    expect(kernel.querySelector<HTMLAnchorElement>('[part~="title"] a')!.href).to.equal(
      'https://openreview.net/forum?id=kernel',
    );
    const links = [...kernel.querySelectorAll<HTMLAnchorElement>('[part="links"] a')];
    expect(links.map((l) => l.textContent!.trim())).to.deep.equal(['Page', 'Code']);
    expect(links[1].rel).to.equal('noopener noreferrer');
    const pde = root(el).getElementById('p-pde')!;
    expect([...pde.querySelectorAll('[part="links"] a')].map((l) => l.textContent!.trim())).to.deep.equal([
      'PDF',
      'Video',
    ]);
    await expect(el).to.be.accessible();
  });

  it('shows award and oral/spotlight badges, but no badge for posters', async () => {
    const el = await listOf(sample);
    const badges = (id: string) =>
      [...root(el).getElementById(id)!.querySelectorAll('[part~="badge"]')].map((b) => b.textContent!.trim());
    expect(badges('p-kernel')).to.deep.equal(['Best Paper', 'oral']);
    expect(root(el).getElementById('p-kernel')!.querySelector('[part~="award"]')).to.exist;
    expect(badges('p-pde')).to.deep.equal(['spotlight']);
    expect(badges('p-sgd')).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('collapses the abstract by default and opens it from the keyboard-reachable summary', async () => {
    const el = await listOf(sample);
    const details = root(el).getElementById('p-kernel')!.querySelector<HTMLDetailsElement>('[part="abstract"]')!;
    expect(details.open).to.equal(false);
    expect(details.textContent).to.contain('We study kernels');
    details.querySelector('summary')!.click();
    expect(details.open).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('shows affiliations on demand and links author homepages', async () => {
    const el = await listOf(sample);
    const kernel = () => root(el).getElementById('p-kernel')!;
    expect(kernel().querySelector('[part="affiliation"]')).to.equal(null);
    const box = root(el).querySelector<HTMLInputElement>('.check input')!;
    box.click();
    await el.updateComplete;
    expect(kernel().querySelector('[part="affiliation"]')!.textContent).to.contain('MPI for Intelligent Systems');
    expect(kernel().querySelector<HTMLAnchorElement>('[part="authors"] a')!.href).to.equal('https://is.mpg.de/');
    await expect(el).to.be.accessible();
    // Papers a search hides follow the checkbox too, and show it when the search is cleared.
    await search(el, 'pde');
    expect(papersIn(el).map((p) => p.id)).not.to.include('p-kernel');
    box.click();
    await el.updateComplete;
    await search(el, '');
    // A boolean: a failing assertion that prints an element of this list stalls the test runner.
    expect(kernel().querySelector('[part="affiliation"]') !== null, 'affiliations still shown').to.equal(false);
  });

  it('renders headed groups with group-by="session", papers without a session last', async () => {
    const el = await listOf([...sample, { title: 'No session paper' }], { groupBy: 'session' });
    await settled(el);
    // Group headings as "# Name (count)", papers by id, in page order.
    const outline = () =>
      [...root(el).querySelectorAll('[part~="group-heading"], [part="paper"]')].map((n) =>
        n.matches('[part~="group-heading"]') ? `# ${n.textContent!.replace(/\s+/g, ' ').trim()}` : n.id,
      );
    expect(outline()).to.deep.equal([
      '# Morning (2)',
      'p-kernel',
      'p-sgd',
      '# Afternoon (1)',
      'p-pde',
      '# Other (1)',
      'no',
    ]);
    // heading-level (3) is the level of the top headings: the groups', the titles one below.
    expect(root(el).querySelector('[part~="group-heading"]')!.getAttribute('aria-level')).to.equal('3');
    expect(root(el).querySelector('[part~="title"]')!.getAttribute('aria-level')).to.equal('4');
    await expect(el).to.be.accessible();
    // Sorting orders the papers within each group; the groups stay in the data's order.
    await selectFilter(el, 'sort', 'title');
    expect(outline()).to.deep.equal([
      '# Morning (2)',
      'p-sgd',
      'p-kernel',
      '# Afternoon (1)',
      'p-pde',
      '# Other (1)',
      'no',
    ]);
  });

  it('reads sort and group-by in any case, and warns once about a value it does not know', async () => {
    const el = await listOf(sample, { groupBy: 'Session' });
    el.setAttribute('sort', 'TITLE');
    await settled(el);
    expect(root(el).querySelectorAll('[part~="group-heading"]').length).to.equal(2);
    expect(papersIn(el).map((p) => p.id)).to.deep.equal(['p-sgd', 'p-kernel', 'p-pde']);
    expect(console_.warnings).to.deep.equal([]);
    el.setAttribute('sort', 'bogus');
    el.setAttribute('group-by', 'room');
    await settled(el);
    el.requestUpdate();
    await settled(el);
    expect(papersIn(el).map((p) => p.id)).to.deep.equal(['p-kernel', 'p-pde', 'p-sgd']);
    expect(root(el).querySelectorAll('[part~="group-heading"]').length).to.equal(0);
    // Both in one message: an element prints what it found in one update as one grouped warning.
    expect(console_.warnings).to.have.length(1);
    expect(console_.warnings[0]).to.match(/^<paper-list>: 2 things to fix:\n• /);
    expect(console_.warnings[0]).to.contain('sort "bogus"').and.contain('group-by "room"');
  });

  it('offers a keyword written in two cases as one option, and says nothing when sort is removed', async () => {
    const papers = Array.from({ length: 20 }, (_, i) => ({
      title: `P${i}`,
      keywords: i === 0 ? ['Deep Learning'] : i === 1 ? ['deep learning'] : [`k${i}`],
    }));
    const el = await listOf(papers);
    const options = [...root(el).querySelectorAll<HTMLOptionElement>('select[name="keyword"] option')].map(
      (o) => o.value,
    );
    expect(options).to.deep.equal(['', 'Deep Learning']);
    await selectFilter(el, 'keyword', 'Deep Learning');
    expect(papersIn(el)).to.have.length(2);
    el.setAttribute('sort', 'title');
    await settled(el);
    el.removeAttribute('sort');
    await settled(el);
    expect(console_.warnings).to.deep.equal([]);
  });

  it('shows no abstract for an abstract of only spaces', async () => {
    const el = await listOf([
      { title: 'Blank', abstract: '   \n ' },
      { title: 'Real', abstract: 'Text.' },
    ]);
    expect(papersIn(el).map((p) => !!p.querySelector('[part="abstract"]'))).to.deep.equal([false, true]);
  });

  it('sorts by title and by first author', async () => {
    const el = await listOf(sample);
    await selectFilter(el, 'sort', 'title');
    expect(titles(el)).to.deep.equal([sample[2].title, sample[1].title, sample[0].title]);
    await selectFilter(el, 'sort', 'author');
    // Kaiser? no: first authors are Schölkopf, 王小明, Lovelace → Lovelace, Schölkopf, 王小明
    expect(papersIn(el).map((p) => p.id)).to.deep.equal(['p-sgd', 'p-kernel', 'p-pde']);
    await selectFilter(el, 'sort', 'given');
    expect(papersIn(el).map((p) => p.id)).to.deep.equal(['p-kernel', 'p-pde', 'p-sgd']);
    await expect(el).to.be.accessible();
  });

  it('has a loading state while src loads, then the papers and a load event', async () => {
    const el = document.createElement('paper-list') as PaperList;
    el.src = '/test/data/paper-list.json';
    const loaded = oneEvent(el, 'we-load');
    document.body.append(el);
    await el.updateComplete;
    expect(root(el).querySelector('[part="loading"][role="status"]')).to.exist;
    await expect(el).to.be.accessible();
    await loaded;
    await settled(el);
    expect(papersIn(el)).to.have.length(1);
    el.remove();
  });

  it('shows the empty state for an empty list', async () => {
    const el = await listOf([]);
    expect(root(el).querySelector('[part="empty"]')!.textContent).to.contain('No papers');
    await expect(el).to.be.accessible();
  });

  it('shows an error for data of the wrong shape, accessibly', async () => {
    const el = await fixture<PaperList>(html`<paper-list papers='{"title": "x"}'></paper-list>`);
    expect(root(el).querySelector('[part="error"][role="alert"]')).to.exist;
    expect(console_.errors).to.have.length(1);
    expect(console_.errors[0]).to.contain('"papers" must be a list');
    await expect(el).to.be.accessible();
  });
});

describe('<paper-list> search and filters', function () {
  // Under load, background test pages poll slowly; these tests render hundreds of papers.
  this.timeout(60000);
  let console_: ReturnType<typeof captureConsole>;
  beforeEach(() => (console_ = captureConsole()));
  afterEach(() => console_.restore());

  it('has one labelled search box, shows the count at once and announces it once typing pauses', async () => {
    const el = await listOf(sample);
    const quiet = manualQuiet();
    try {
      const input = root(el).querySelector<HTMLInputElement>('[part="search"]')!;
      expect(input.closest('label')!.textContent).to.contain('Search papers');
      expect(statusText(el)).to.equal('3 papers');
      const heard = announcements(root(el));
      const shown = [];
      for (const q of ['k', 'ke', 'ker', 'kern']) {
        await search(el, q);
        shown.push(statusText(el));
      }
      // The visible count follows every keystroke; a screen reader hears nothing while the visitor types…
      expect(shown).to.deep.equal(['2 of 3 papers', '2 of 3 papers', '2 of 3 papers', '1 of 3 papers']);
      expect(heard.take()).to.deep.equal([]);
      // …and the count once, when typing pauses.
      quiet.pass();
      expect(heard.take()).to.deep.equal(['1 of 3 papers']);
      // Browsing reads the count once: the visible line is hidden from screen readers, the region says the same.
      const controls = root(el).querySelector('[part="controls"]');
      expect(spokenText(controls).split('1 of 3 papers')).to.have.length(2);
      // Typed and erased before the pause: nothing new to say.
      await search(el, 'k');
      expect([statusText(el), quiet.waiting]).to.deep.equal(['2 of 3 papers', true]);
      await search(el, 'kern');
      expect(quiet.waiting).to.equal(false);
      expect(heard.take()).to.deep.equal([]);
      heard.stop();
      await expect(el).to.be.accessible();
    } finally {
      quiet.restore();
    }
  });

  it('is case- and accent-insensitive: "scholkopf" finds Schölkopf, "lukasz" finds Łukasz', async () => {
    const el = await listOf(sample);
    await search(el, 'scholkopf');
    expect(papersIn(el).map((p) => p.id)).to.deep.equal(['p-kernel']);
    await search(el, 'LUKASZ');
    expect(papersIn(el).map((p) => p.id)).to.deep.equal(['p-kernel']);
    await search(el, 'reproducibility');
    expect(papersIn(el).map((p) => p.id)).to.deep.equal(['p-kernel']);
    await search(el, '王小明');
    expect(papersIn(el).map((p) => p.id)).to.deep.equal(['p-pde']);
  });

  it('requires every word to match, across title, authors, abstract and keywords', async () => {
    const el = await listOf(sample);
    await search(el, 'lovelace diffusion');
    expect(papersIn(el).map((p) => p.id)).to.deep.equal(['p-sgd']);
    await search(el, 'lovelace');
    expect(papersIn(el).map((p) => p.id)).to.deep.equal(['p-pde', 'p-sgd']);
    await search(el, 'pde sgd');
    expect(papersIn(el)).to.have.length(0);
  });

  it('highlights matches with <mark> built from text, never from HTML', async () => {
    const evil = { id: 'evil', title: 'Attack <img src=x onerror="window.__pwned=1"> vectors', authors: ['Eve'] };
    const el = await listOf([...sample, evil]);
    await search(el, 'img');
    const title = root(el).getElementById('evil')!.querySelector('[part~="title"]')!;
    const marks = [...title.querySelectorAll('mark')];
    expect(marks.map((m) => m.textContent)).to.deep.equal(['img']);
    expect(title.textContent!.trim()).to.equal(evil.title);
    expect(root(el).querySelector('img')).to.equal(null);
    await search(el, 'scholkopf');
    const mark = root(el).getElementById('p-kernel')!.querySelector('[part="authors"] mark')!;
    expect(mark.textContent).to.equal('Schölkopf');
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('searches the text an abstract shows, not its markup, and marks matches without breaking the markup', async () => {
    const rich = {
      id: 'rich',
      title: 'Operators',
      authors: ['Ada'],
      abstract: 'We use <em>quokka</em> learning for <a href="https://example.org/h">H<sub>2</sub>O</a> &amp; more.',
    };
    const el = await listOf([...sample, rich]);
    const abstractOf = () => root(el).getElementById('rich')!.querySelector('[part="abstract"] p')!;
    // An open abstract is highlighted as the visitor types (a closed one when opened).
    const details = root(el).getElementById('rich')!.querySelector('details')!;
    const opened = oneEvent(details, 'toggle');
    details.open = true;
    await opened;
    await search(el, 'quokka learning');
    expect(papersIn(el).map((p) => p.id)).to.deep.equal(['rich']);
    const p = abstractOf();
    expect([...p.querySelectorAll('mark')].map((m) => m.textContent)).to.deep.equal(['quokka', 'learning']);
    expect(p.querySelector('em > mark')!.textContent).to.equal('quokka');
    // A word across elements: found in the visible text, marked in each element it spans.
    await search(el, 'h2o');
    expect(papersIn(el).map((p) => p.id)).to.deep.equal(['rich']);
    const link = abstractOf().querySelector('a')!;
    expect(link.getAttribute('href')).to.equal('https://example.org/h');
    expect(link.textContent).to.equal('H2O');
    expect([...link.querySelectorAll('mark')].map((m) => m.textContent)).to.deep.equal(['H', '2', 'O']);
    expect(link.querySelector('sub > mark')!.textContent).to.equal('2');
    // The markup's names and character references are not text.
    for (const q of ['em', 'href', 'sub', 'amp']) {
      await search(el, q);
      expect(
        papersIn(el).map((p) => p.id),
        q,
      ).not.to.include('rich');
    }
    await search(el, '&');
    expect(papersIn(el).map((p) => p.id)).to.include('rich');
    expect(abstractOf().textContent).to.equal('We use quokka learning for H2O & more.');
    await expect(el).to.be.accessible();
  });

  it('says so when nothing matches and offers to clear the search', async () => {
    const el = await listOf(sample);
    await search(el, 'no such paper anywhere');
    const none = root(el).querySelector('[part="no-results"]')!;
    expect(none.textContent).to.contain('No papers match “no such paper anywhere”');
    expect(statusText(el)).to.equal('0 of 3 papers');
    await expect(el).to.be.accessible();
    none.querySelector('button')!.click();
    await settled(el);
    expect(papersIn(el)).to.have.length(3);
    expect(root(el).querySelector<HTMLInputElement>('[part="search"]')!.value).to.equal('');
  });

  it('filters by type, award, session and keyword when the data has them', async () => {
    const el = await listOf(sample);
    const names = [...root(el).querySelectorAll('select')].map((s) => s.name);
    expect(names).to.deep.equal(['type', 'award', 'session', 'keyword', 'sort']);
    await selectFilter(el, 'type', 'spotlight');
    expect(papersIn(el).map((p) => p.id)).to.deep.equal(['p-pde']);
    await selectFilter(el, 'type', '');
    await selectFilter(el, 'session', 'Morning');
    expect(papersIn(el).map((p) => p.id)).to.deep.equal(['p-kernel', 'p-sgd']);
    await selectFilter(el, 'keyword', 'theory');
    expect(papersIn(el).map((p) => p.id)).to.deep.equal(['p-kernel']);
    await selectFilter(el, 'award', 'Best Paper');
    expect(statusText(el)).to.equal('1 of 3 papers');
    await expect(el).to.be.accessible();
  });

  it('offers no filter for a field the data does not have', async () => {
    const el = await listOf([{ title: 'One' }, { title: 'Two' }]);
    expect([...root(el).querySelectorAll('select')].map((s) => s.name)).to.deep.equal(['sort']);
    await expect(el).to.be.accessible();
  });

  it('never touches the URL without sync-url', async () => {
    const before = location.href;
    const el = await listOf(sample);
    await search(el, 'kernel');
    await selectFilter(el, 'type', 'oral');
    expect(location.href).to.equal(before);
  });

  it('mirrors search and filters in the URL with sync-url; the back button restores the view', async () => {
    const start = location.href;
    const el = await fixture<PaperList>(html`<paper-list sync-url .papers=${sample}></paper-list>`);
    await settled(el);
    await search(el, 'lovelace');
    expect(new URL(location.href).searchParams.get('q')).to.equal('lovelace');
    await selectFilter(el, 'session', 'Morning');
    expect(new URL(location.href).searchParams.get('session')).to.equal('Morning');
    expect(papersIn(el).map((p) => p.id)).to.deep.equal(['p-sgd']);
    const popped = oneEvent(window, 'popstate');
    history.back();
    await popped;
    await settled(el);
    expect(new URL(location.href).searchParams.get('session')).to.equal(null);
    expect(papersIn(el).map((p) => p.id)).to.deep.equal(['p-pde', 'p-sgd']);
    // The menu the visitor used shows the filter Back brings back.
    await selectFilter(el, 'type', 'oral');
    await selectFilter(el, 'type', '');
    const back = oneEvent(window, 'popstate');
    history.back();
    await back;
    await settled(el);
    expect(new URL(location.href).searchParams.get('type')).to.equal('oral');
    expect(root(el).querySelector<HTMLSelectElement>('select[name="type"]')!.value).to.equal('oral');
    history.back();
    await oneEvent(window, 'popstate');
    await settled(el);
    expect(papersIn(el).map((p) => p.id)).to.deep.equal(['p-pde', 'p-sgd']);
    // a shared URL opens the filtered view
    const shared = await fixture<PaperList>(html`<paper-list sync-url .papers=${sample}></paper-list>`);
    await settled(shared);
    expect(papersIn(shared).map((p) => p.id)).to.deep.equal(['p-pde', 'p-sgd']);
    expect(root(shared).querySelector<HTMLInputElement>('[part="search"]')!.value).to.equal('lovelace');
    history.replaceState(null, '', start);
  });
});

describe('<paper-list> BibTeX', function () {
  // Under load, background test pages poll slowly; these tests render hundreds of papers.
  this.timeout(60000);
  let console_: ReturnType<typeof captureConsole>;
  let clipboard: PropertyDescriptor | undefined;
  beforeEach(() => {
    console_ = captureConsole();
    clipboard = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
  });
  afterEach(() => {
    console_.restore();
    if (clipboard) Object.defineProperty(navigator, 'clipboard', clipboard);
    else delete (navigator as unknown as Record<string, unknown>).clipboard;
  });
  const fakeClipboard = (writeText: (t: string) => Promise<void>) =>
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });

  it('copies the generated entry to the clipboard and says so', async () => {
    let copied = '';
    fakeClipboard(async (t) => void (copied = t));
    const el = await listOf([seedPaper], { venue: 'SMMaL Workshop at NeurIPS 2019', year: '2019' });
    const button = root(el).querySelector<HTMLButtonElement>('[part="bibtex-button"]')!;
    button.click();
    await waitUntil(() => copied !== '', 'copied');
    await el.updateComplete;
    expect(copied).to.match(/^@inproceedings\{davis2019modelling,/);
    expect(copied).to.contain('booktitle = {SMMaL Workshop at NeurIPS 2019}').and.contain('year = {2019}');
    expect(copied).to.contain('author = {Christopher Davis and Luana Bulat and Anita Vero and Ekaterina Shutova}');
    expect(button.textContent!.trim()).to.equal('BibTeX copied');
    expect(root(el).querySelector('[aria-live]')!.textContent).to.contain('copied');
    await expect(el).to.be.accessible();
  });

  it('shows the entry selectable when the clipboard is refused', async () => {
    fakeClipboard(() => Promise.reject(new DOMException('denied', 'NotAllowedError')));
    const el = await listOf(sample);
    root(el).getElementById('p-kernel')!.querySelector<HTMLButtonElement>('[part="bibtex-button"]')!.click();
    await waitUntil(() => root(el).querySelector('[part="bibtex"]'), 'entry shown');
    const pre = root(el).querySelector<HTMLElement>('[part="bibtex"]')!;
    expect(pre.textContent)
      .to.contain('@inproceedings{p-kernel,')
      .and.contain('title = {Kernel Methods \\& 100\\% Réproducibility}');
    await el.updateComplete;
    expect(
      root(el).getElementById('p-kernel')!.querySelector('[part="bibtex-button"]')!.getAttribute('aria-expanded'),
    ).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('gives a paper one key: in its button, in a download of a search and in the full download', async () => {
    let copied = '';
    fakeClipboard(async (t) => void (copied = t));
    const papers = [1, 2, 3].map((n) => ({ id: undefined, title: `Learning thing ${n}`, authors: ['Wei Zhang'] }));
    const el = await listOf(papers, { year: '2020' });
    expect(el.toBibTeX().match(/^@inproceedings\{[^,]+/gm)).to.deep.equal([
      '@inproceedings{zhang2020learning',
      '@inproceedings{zhang2020learninga',
      '@inproceedings{zhang2020learningb',
    ]);
    await search(el, 'thing 3');
    expect(el.toBibTeX()).to.match(/^@inproceedings\{zhang2020learningb,/);
    papersIn(el)[0].querySelector<HTMLButtonElement>('[part="bibtex-button"]')!.click();
    await waitUntil(() => copied !== '', 'copied');
    expect(copied).to.match(/^@inproceedings\{zhang2020learningb,/);
  });

  it('uses a given bibtex as is, and "Download .bib" holds exactly the papers shown', async () => {
    const given = '@article{given2019, title = {Given}}';
    const el = await listOf([...sample, { id: 'given', title: 'Given', bibtex: given }]);
    expect(el.toBibTeX()).to.contain(given);
    expect(el.toBibTeX().match(/^@/gm)).to.have.length(4);
    await search(el, 'lovelace');
    const bib = el.toBibTeX();
    expect(bib.match(/^@/gm)).to.have.length(2);
    expect(bib).to.contain('{p-pde,').and.contain('{p-sgd,').and.not.contain('p-kernel');
    expect(root(el).querySelector('[part="download"]')!.textContent).to.contain('Download .bib');
    await expect(el).to.be.accessible();
  });
});

// The highlight flash fades from a tinted background; axe checks the settled colours.
const finishAnimations = (el: PaperList) => el.shadowRoot!.getAnimations().forEach((a) => a.finish());

describe('<paper-list> deep links', function () {
  // Under load, background test pages poll slowly; these tests render hundreds of papers.
  this.timeout(60000);
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  it('scrolls to and highlights the paper named by #id, also far down a long list', async () => {
    const many = Array.from({ length: 400 }, (_, i) => ({
      id: `paper-${i}`,
      title: `Paper number ${i}`,
      authors: ['A B'],
    }));
    history.replaceState(null, '', '#paper-380');
    const el = await fixture<PaperList>(html`<paper-list .papers=${many}></paper-list>`);
    await waitUntil(
      () => root(el).getElementById('paper-380')?.hasAttribute('data-fragment-target'),
      'target revealed',
      { timeout: 10000 },
    );
    const paper = root(el).getElementById('paper-380')!;
    expect(paper.hasAttribute('data-fragment-target')).to.equal(true);
    expect(el.shadowRoot!.activeElement).to.equal(paper);
    await settled(el);
    finishAnimations(el);
    await expect(el).to.be.accessible();
  });

  it('follows hashchange to another paper', async () => {
    const el = await listOf(sample);
    const revealed = oneEvent(el, 'we-fragment-target');
    location.hash = '#p-sgd';
    const e = await revealed;
    expect((e as CustomEvent).detail.id).to.equal('p-sgd');
    expect(root(el).getElementById('p-sgd')!.hasAttribute('data-fragment-target')).to.equal(true);
    finishAnimations(el);
    await expect(el).to.be.accessible();
  });

  it('warns, naming the field, when #id names both an element of the page and a paper', async () => {
    const console_ = captureConsole();
    try {
      history.replaceState(null, '', '#hostdiv');
      const wrap = await fixture<HTMLDivElement>(
        html`<div>
          <div id="hostdiv"></div>
          <paper-list></paper-list>
        </div>`,
      );
      const el = wrap.querySelector('paper-list')!;
      el.papers = [{ title: 'One' }, { id: 'hostdiv', title: 'Two' }];
      await settled(el);
      el.requestUpdate();
      await settled(el);
      expect(console_.warnings).to.have.length(1);
      expect(console_.warnings[0]).to.contain('papers[1].id "hostdiv"').and.contain('element of the page');
      expect(root(el).getElementById('hostdiv')!.hasAttribute('data-fragment-target')).to.equal(false);
    } finally {
      console_.restore();
    }
  });

  it('leaves a #id that two lists share to the first in the page, whichever renders first', async () => {
    history.replaceState(null, '', '#p-sgd');
    const wrap = await fixture<HTMLDivElement>(html`<div><paper-list></paper-list><paper-list></paper-list></div>`);
    const [first, second] = wrap.querySelectorAll('paper-list');
    const events: string[] = [];
    first.addEventListener('we-fragment-target', () => events.push('first'));
    second.addEventListener('we-fragment-target', () => events.push('second'));
    // The second list has its papers first: it reveals the paper, then hands it to the first.
    second.papers = sample;
    await waitUntil(() => events.includes('second'), 'second revealed');
    first.papers = sample;
    await waitUntil(() => events.includes('first'), 'first revealed');
    await settled(first);
    await settled(second);
    expect(root(first).getElementById('p-sgd')!.hasAttribute('data-fragment-target')).to.equal(true);
    expect(root(second).getElementById('p-sgd')!.hasAttribute('data-fragment-target')).to.equal(false);
    // A hash both render, changed to: only the first reveals it.
    const revealed = oneEvent(first, 'we-fragment-target');
    location.hash = '#p-pde';
    await revealed;
    await settled(second);
    expect(events).to.deep.equal(['second', 'first', 'first']);
    expect(root(second).getElementById('p-pde')!.hasAttribute('data-fragment-target')).to.equal(false);
  });
});
