import { expect, fixture, oneEvent, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import '../../src/index.js';
import { DataController, type DataState } from '../../src/internal/data.js';
import { itemByItem } from '../../src/internal/data-lists.js';
import { PaperList } from '../../src/paper-list/paper-list.js';
import { paperValidator, validatePapers, type PaperData } from '../../src/paper-list/validate.js';
import { SpeakerCard } from '../../src/speaker-card/speaker-card.js';
import { SponsorStrip } from '../../src/sponsor-strip/sponsor-strip.js';
import { WorkshopSchedule } from '../../src/workshop-schedule/workshop-schedule.js';
import { yieldTask } from '../../src/internal/tasks.js';
import { captureConsole } from '../helpers/console.js';

// The four data inputs, the same for every element (foundation issue, point 4).
const cases = [
  {
    tag: 'paper-list',
    cls: PaperList,
    name: 'papers',
    good: [{ title: 'A real paper', authors: ['Ada Lovelace'] }],
    text: 'A real paper',
    wrongShape: { title: 'not in a list' },
    withBadItem: [{ title: 'Kept paper' }, { authors: ['Nobody'] }],
    kept: 'Kept paper',
    badPath: 'papers[1].title',
  },
  {
    tag: 'speaker-card',
    cls: SpeakerCard,
    name: 'speaker',
    good: { name: 'Terence Tao', affiliation: 'UCLA' },
    text: 'Terence Tao',
    wrongShape: ['Terence Tao'],
    withBadItem: { name: 'Kept Speaker', url: 'javascript:alert(1)' },
    kept: 'Kept Speaker',
    badPath: 'speaker.url',
  },
  {
    tag: 'sponsor-strip',
    cls: SponsorStrip,
    name: 'sponsors',
    good: [{ name: 'MERL', url: 'https://merl.com/' }],
    text: 'MERL',
    wrongShape: 'MERL',
    withBadItem: [{ name: 'Kept Sponsor' }, { url: 'https://example.org/' }],
    kept: 'Kept Sponsor',
    badPath: 'sponsors[1].name',
  },
  {
    tag: 'workshop-schedule',
    cls: WorkshopSchedule,
    name: 'items',
    good: [{ start: '08:30', title: 'Opening Remarks' }],
    text: 'Opening Remarks',
    wrongShape: { start: '08:30' },
    withBadItem: [{ start: '08:30', title: 'Kept Session' }, 'not a session'],
    kept: 'Kept Session',
    badPath: 'items[1]',
  },
] as const;

const shadowText = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
const errorBox = (el: Element) => el.shadowRoot!.querySelector<HTMLElement>('[part~="error"]');

let seq = 0;

for (const c of cases) {
  const tag = unsafeStatic(c.tag);
  describe(`<${c.tag}> data input`, () => {
    let console_: ReturnType<typeof captureConsole>;
    beforeEach(() => (console_ = captureConsole()));
    afterEach(() => console_.restore());

    it('renders data from the JSON attribute', async () => {
      const el = await fixture(staticHtml`<${tag} ${unsafeStatic(c.name)}=${JSON.stringify(c.good)}></${tag}>`);
      expect(shadowText(el)).to.contain(c.text);
      expect(errorBox(el)).to.equal(null);
      expect(console_.errors).to.deep.equal([]);
    });

    it('renders data from the property', async () => {
      const el = await fixture<HTMLElement & Record<string, unknown>>(staticHtml`<${tag}></${tag}>`);
      el[c.name] = c.good;
      await (el as unknown as PaperList).updateComplete;
      expect(shadowText(el)).to.contain(c.text);
    });

    it('keeps a property set before the element was defined', async () => {
      const lateTag = `${c.tag}-late-${++seq}`;
      const el = document.createElement(lateTag) as HTMLElement & Record<string, unknown>;
      el[c.name] = c.good;
      document.body.append(el);
      customElements.define(lateTag, class extends (c.cls as typeof PaperList) {});
      await (el as unknown as PaperList).updateComplete;
      expect(shadowText(el)).to.contain(c.text);
      el.remove();
    });

    it('loads src relative to the page, showing a loading state first', async () => {
      const src = new URL(`../data/${c.tag}.json`, import.meta.url).pathname.replace(/^\//, '');
      expect(new URL(src, document.baseURI).pathname).to.equal(
        new URL(`../data/${c.tag}.json`, import.meta.url).pathname,
      );
      const el = document.createElement(c.tag) as PaperList;
      el.setAttribute('src', src);
      const loaded = oneEvent(el, 'we-load');
      document.body.append(el);
      await el.updateComplete;
      const loading = el.shadowRoot!.querySelector('[part="loading"]');
      expect(loading, 'loading state').to.exist;
      expect(loading!.getAttribute('role')).to.equal('status');
      await loaded;
      await el.updateComplete;
      expect(shadowText(el)).to.contain('From File');
      el.remove();
    });

    it('shows the URL and the HTTP status when src fails', async () => {
      const el = await fixture<PaperList>(staticHtml`<${tag} src="does-not-exist.json"></${tag}>`);
      await oneEvent(el, 'we-error');
      await el.updateComplete;
      const box = errorBox(el)!;
      expect(box).to.exist;
      expect(box.getAttribute('role')).to.equal('alert');
      expect(box.textContent).to.contain(`<${c.tag}>`).and.contain('does-not-exist.json').and.contain('404');
      expect(console_.errors).to.have.length(1);
      await expect(el).to.be.accessible();
    });

    it('shows data of the wrong shape from src as an error, and no load event', async () => {
      const src = URL.createObjectURL(new Blob([JSON.stringify(c.wrongShape)], { type: 'application/json' }));
      const el = document.createElement(c.tag) as PaperList;
      let loads = 0;
      el.addEventListener('we-load', () => loads++);
      el.setAttribute('src', src);
      const failed = oneEvent(el, 'we-error');
      document.body.append(el);
      await failed;
      await el.updateComplete;
      expect(errorBox(el)!.textContent).to.contain(`<${c.tag}>`).and.contain(`src "${src}"`).and.contain(c.name);
      expect(loads).to.equal(0);
      expect(console_.errors).to.have.length(1);
      expect(console_.errors[0]).to.contain(`<${c.tag}>: src "${src}"`);
      el.remove();
      URL.revokeObjectURL(src);
    });

    it('reads a JSON script child when nothing else is given', async () => {
      const el = await fixture(
        staticHtml`<${tag}><script type="application/json">${JSON.stringify(c.good)}</script></${tag}>`,
      );
      expect(shadowText(el)).to.contain(c.text);
    });

    it('picks up a JSON script child added after the element upgraded', async () => {
      const el = await fixture<PaperList>(staticHtml`<${tag}></${tag}>`);
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = JSON.stringify(c.good);
      el.append(script);
      await waitUntil(() => shadowText(el).includes(c.text), 'script child read');
    });

    it('prefers the attribute to a JSON script child', async () => {
      const el = await fixture(
        staticHtml`<${tag} ${unsafeStatic(c.name)}=${JSON.stringify(c.good)}><script type="application/json">{"bad": </script></${tag}>`,
      );
      expect(shadowText(el)).to.contain(c.text);
      expect(errorBox(el)).to.equal(null);
    });

    it('shows malformed JSON as a visible, accessible error naming the element, the attribute and the parser message', async () => {
      const el = await fixture(staticHtml`<${tag} ${unsafeStatic(c.name)}='[{"title": "x",]'></${tag}>`);
      const box = errorBox(el)!;
      expect(box, 'error box').to.exist;
      expect(box.getAttribute('role')).to.equal('alert');
      expect(box.textContent)
        .to.contain(`<${c.tag}>`)
        .and.contain(`"${c.name}" attribute`)
        .and.contain('not valid JSON');
      let parserMessage = '';
      try {
        JSON.parse('[{"title": "x",]');
      } catch (e) {
        parserMessage = (e as Error).message;
      }
      expect(box.textContent).to.contain(parserMessage);
      expect(box.offsetHeight).to.be.greaterThan(0);
      expect(console_.errors).to.have.length(1);
      expect(console_.errors[0]).to.contain(c.tag);
      await expect(el).to.be.accessible();
    });

    it('shows malformed JSON in a script child as an error', async () => {
      const el = await fixture(staticHtml`<${tag}><script type="application/json">{"oops"</script></${tag}>`);
      expect(errorBox(el)!.textContent).to.contain('<script type="application/json"> child is not valid JSON');
      expect(console_.errors).to.have.length(1);
      expect(console_.errors[0]).to.contain(`<${c.tag}>: the <script type="application/json"> child is not valid JSON`);
    });

    it('shows data of the wrong shape as an error', async () => {
      const el = await fixture(staticHtml`<${tag} ${unsafeStatic(c.name)}=${JSON.stringify(c.wrongShape)}></${tag}>`);
      expect(errorBox(el)!.textContent).to.contain(`<${c.tag}>`).and.contain(`the "${c.name}" attribute`);
      expect(console_.errors).to.have.length(1);
      // The same data set as the property is reported as the property.
      const byProperty = await fixture<HTMLElement & Record<string, unknown>>(staticHtml`<${tag}></${tag}>`);
      byProperty[c.name] = c.wrongShape;
      await (byProperty as unknown as PaperList).updateComplete;
      expect(errorBox(byProperty)!.textContent).to.contain(`the "${c.name}" property`);
      expect(console_.errors).to.have.length(2);
    });

    it('renders the valid parts and warns once, naming the path of what it dropped', async () => {
      const el = await fixture(staticHtml`<${tag} ${unsafeStatic(c.name)}=${JSON.stringify(c.withBadItem)}></${tag}>`);
      expect(shadowText(el)).to.contain(c.kept);
      expect(errorBox(el)).to.equal(null);
      expect(console_.warnings).to.have.length(1);
      expect(console_.warnings[0]).to.contain(`<${c.tag}>`).and.contain(c.badPath);
    });

    it('treats "null" and a removed attribute as no data, and recovers from an error', async () => {
      const el = await fixture<PaperList>(staticHtml`<${tag} ${unsafeStatic(c.name)}="{oops"></${tag}>`);
      expect(errorBox(el)).to.exist;
      el.setAttribute(c.name, 'null');
      await el.updateComplete;
      expect(errorBox(el)).to.equal(null);
      expect(el.shadowRoot!.querySelector('[part="empty"]'), 'empty state').to.exist;
      el.setAttribute(c.name, JSON.stringify(c.good));
      await el.updateComplete;
      expect(shadowText(el)).to.contain(c.text);
      el.removeAttribute(c.name);
      await el.updateComplete;
      expect(shadowText(el)).not.to.contain(c.text);
      expect(el.shadowRoot!.querySelector('[part="empty"]'), 'empty state').to.exist;
      expect(console_.errors, 'only the malformed attribute reported').to.have.length(1);
      expect(console_.errors[0]).to.contain(`the "${c.name}" attribute is not valid JSON`);
    });

    it('never runs script from data and renders markup as text', async () => {
      const evil = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
      const data = JSON.parse(JSON.stringify(c.good).replace(c.text, evil.replace(/"/g, '\\"')));
      // no fixture(): for a plain element it waits for a frame, which a background tab never paints
      const target = document.createElement(c.tag) as unknown as HTMLElement & Record<string, unknown>;
      target[c.name] = data;
      document.body.append(target);
      await (target as unknown as { dataComplete: Promise<void> }).dataComplete;
      // No element that could run script was made from the data (so no onerror can fire later), and none ran now.
      expect(target.shadowRoot!.querySelector('script, img')).to.equal(null);
      expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
      expect(target.shadowRoot!.textContent).to.contain('<script>');
      target.remove();
    });
  });
}

/** A bare host of a DataController that streams lists (`items`); it records every state the controller takes. */
class StreamHost extends LitElement {
  @property() src?: string;
  @property({ attribute: false }) papers?: unknown;

  readonly data = new DataController<PaperData[]>(this, {
    tag: 'stream-host',
    name: 'papers',
    value: () => this.papers,
    src: () => this.src,
    validate: validatePapers,
    items: itemByItem(paperValidator),
  });

  /** Every state in order, as the controller set it (not only the ones that rendered). */
  readonly states: DataState<PaperData[]>[] = [];
  /** Runs the moment the controller sets a state, before the host renders it. */
  onState?: (state: DataState<PaperData[]>) => void;
  loads = 0;
  errors = 0;

  constructor() {
    super();
    let state = this.data.state;
    Object.defineProperty(this.data, 'state', {
      get: () => state,
      set: (next: DataState<PaperData[]>) => {
        state = next;
        this.states.push(next);
        this.onState?.(next);
      },
    });
    this.addEventListener('we-load', () => this.loads++);
    this.addEventListener('we-error', () => this.errors++);
  }
}
customElements.define('stream-host', StreamHost);

const ICLR = '/demo/data/iclr2020-papers.json';
const SMALL = '/test/data/paper-list.json';
const titlesIn = (state: DataState<PaperData[]>) => (state.status === 'ready' ? state.data.map((p) => p.title) : []);
const partialStates = (el: StreamHost) => el.states.filter((s) => s.status === 'ready' && s.partial);

/** Papers with about 70 characters of JSON each. */
const manyPapers = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ title: `Streamed paper ${i}`, authors: [`Author ${i}`, 'Grace Hopper'] }));

describe('DataController streaming a list from src', function () {
  this.timeout(30000);
  let console_: ReturnType<typeof captureConsole>;
  const hosts: StreamHost[] = [];
  const blobs: string[] = [];
  beforeEach(() => (console_ = captureConsole()));
  afterEach(() => {
    console_.restore();
    for (const el of hosts.splice(0)) el.remove();
    for (const url of blobs.splice(0)) URL.revokeObjectURL(url);
  });

  function streamHost(src: string) {
    const el = document.createElement('stream-host') as StreamHost;
    el.src = src;
    hosts.push(el);
    document.body.append(el);
    return el;
  }

  /** A URL whose body is `text`: fetch streams it like a file, and each test shows the JSON it serves. */
  function served(text: string) {
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    blobs.push(url);
    return url;
  }

  it('publishes the papers read so far as partial states, then all of them, and fires load once at the end', async () => {
    const text = await (await fetch(ICLR)).text();
    expect(text.length, 'several slices of text').to.be.greaterThan(500_000);
    const whole = validatePapers(JSON.parse(text));
    const el = streamHost(ICLR);
    let stateAtLoad: DataState<PaperData[]> | undefined;
    el.addEventListener('we-load', () => (stateAtLoad = el.data.state));
    await oneEvent(el, 'we-load');
    await el.updateComplete;

    const final = el.states[el.states.length - 1];
    expect(final).to.deep.equal({ status: 'ready', data: whole.data, problems: whole.problems });
    expect(final).not.to.have.property('partial');
    expect(stateAtLoad, 'state when load fired').to.equal(final);
    expect(el.loads).to.equal(1);
    expect(el.errors).to.equal(0);

    expect(el.states[0]).to.deep.equal({ status: 'loading', url: ICLR });
    const partial = partialStates(el);
    expect(el.states.slice(1, -1), 'between loading and the end: only partial states').to.deep.equal(partial);
    expect(partial.length, 'partial states').to.be.greaterThan(1);
    expect(titlesIn(partial[0]).length, 'papers shown before the file was read').to.be.lessThan(whole.data.length);
    let before = 0;
    for (const state of partial) {
      const n = state.status === 'ready' ? state.data.length : 0;
      expect(n, 'each partial state has more papers than the one before').to.be.greaterThan(before);
      expect(n, 'and at most all').to.be.at.most(whole.data.length);
      expect(state.status === 'ready' && state.data).to.deep.equal(whole.data.slice(0, n));
      before = n;
    }

    // Nothing more after load (a second load event, a late partial state): the data is complete, and a task queued
    // now runs after any the stream had queued.
    await el.data.complete;
    await yieldTask();
    expect(el.loads).to.equal(1);
    expect(el.states[el.states.length - 1]).to.equal(final);
  });

  it('gives the papers of validating the whole text when slices end inside papers with escapes and emoji', async () => {
    // Titles and abstracts of many lengths, so the 16 KB and 128 KB slice ends fall inside papers and strings.
    const papers = Array.from({ length: 400 }, (_, i) => ({
      title: `Paper ${i}: "quoted" \\ back\\slash ] } , ${'😀'.repeat(i % 7)} ${'x'.repeat(i % 97)}`,
      authors: [`Zoë ${i}`],
      abstract: 'ü\n'.repeat(i),
    }));
    const text = JSON.stringify(papers, null, 1);
    const el = streamHost(served(text));
    await oneEvent(el, 'we-load');
    expect(partialStates(el).length, 'partial states').to.be.greaterThan(0);
    expect(el.data.state).to.deep.equal({ status: 'ready', ...validatePapers(papers) });
  });

  it('shows malformed JSON in the middle of the list as an error, after the papers before it', async () => {
    const good = JSON.stringify(manyPapers(1000));
    const cases = [
      ['a missing comma', `${good.slice(0, -1)},{"title":"a"} {"title":"b"}]`],
      ['a malformed paper', `${good.slice(0, -1)},{"title":"a",}]`],
      ['a truncated list', good.slice(0, -10)],
    ];
    for (const [name, text] of cases) {
      const src = served(text);
      const el = streamHost(src);
      await oneEvent(el, 'we-error');
      await el.updateComplete;
      const last = el.states[el.states.length - 1];
      expect(last.status, name).to.equal('error');
      expect(last.status === 'error' && last.message, name)
        .to.contain('not valid JSON')
        .and.contain(`src "${src}"`);
      expect(partialStates(el).length, `${name}: papers shown before the error`).to.be.greaterThan(0);
      expect(el.loads, name).to.equal(0);
      expect(el.errors, name).to.equal(1);
    }
    expect(console_.errors).to.have.length(cases.length);
  });

  it('shows a top-level object from src as an error saying it must be a list', async () => {
    // Longer than one slice, so the object is read in pieces before it is parsed whole.
    const src = served(JSON.stringify({ title: 'Not in a list', abstract: 'x'.repeat(300_000) }));
    const el = streamHost(src);
    await oneEvent(el, 'we-error');
    const last = el.states[el.states.length - 1];
    expect(last.status === 'error' && last.message)
      .to.contain(`src "${src}"`)
      .and.contain('"papers" must be a list (JSON array), got an object');
    expect(partialStates(el)).to.deep.equal([]);
    expect(el.loads).to.equal(0);
    expect(console_.errors).to.have.length(1);
  });

  it('validates a long list given as a property in tasks, with the result of validating it at once', async () => {
    // Enough work that no engine validates it within one task of 25 ms (data.ts, DATA_MS): the list grows until
    // validating it at once takes three times that on this machine (each link is parsed as a URL).
    const make = (n: number) => {
      const list: unknown[] = manyPapers(n).map((p) => ({ ...p, pdf: 'https://example.org/paper.pdf' }));
      list[7] = { authors: ['No title'] };
      list[2500] = { title: 'Bad link', authors: ['A'], pdf: 'javascript:alert(1)' };
      return list;
    };
    let raw = make(10000);
    let start = performance.now();
    let whole = validatePapers(raw);
    while (performance.now() - start < 75 && raw.length < 160000) {
      raw = make(raw.length * 2);
      start = performance.now();
      whole = validatePapers(raw);
    }
    const el = document.createElement('stream-host') as StreamHost;
    hosts.push(el);
    el.papers = raw;
    document.body.append(el);
    await el.updateComplete;
    await waitUntil(() => el.data.state.status === 'ready' && !el.data.state.partial, 'all papers validated', {
      timeout: 20000,
    });
    const partial = partialStates(el);
    expect(partial.length, 'published while validating').to.be.greaterThan(0);
    // Compared as JSON: deep-equal on thousands of papers per state is slow.
    for (const state of partial)
      expect(JSON.stringify(state.status === 'ready' && state.data)).to.equal(
        JSON.stringify(whole.data.slice(0, titlesIn(state).length)),
      );
    expect(JSON.stringify(el.data.state)).to.equal(JSON.stringify({ status: 'ready', ...whole }));
    expect(console_.warnings).to.have.length(1);
    expect(console_.warnings[0]).to.contain('papers[7].title').and.contain('papers[2500].pdf');

    // A new list replaces one still being validated: nothing of the first comes after it.
    el.papers = manyPapers(3000);
    await el.updateComplete;
    el.papers = [{ title: 'Only this one' }];
    await el.data.complete;
    expect(titlesIn(el.data.state)).to.deep.equal(['Only this one']);
    // The first list's next slice was queued before this task: it has run, and changed nothing.
    const states = el.states.length;
    await yieldTask();
    await yieldTask();
    expect(el.states.length).to.equal(states);
    expect(titlesIn(el.data.state)).to.deep.equal(['Only this one']);
  });

  it('renders the first screen of a long list given whole before it validates the rest', async () => {
    // 600 papers validate in one task on any machine: the first 40 (the paper list's first render) are published
    // first, and the rest follows after a paint.
    const raw = manyPapers(600);
    const el = document.createElement('stream-host') as StreamHost;
    hosts.push(el);
    el.papers = raw;
    document.body.append(el);
    await el.updateComplete;
    expect(el.data.state).to.include({ status: 'ready', partial: true });
    expect(titlesIn(el.data.state)).to.deep.equal(raw.slice(0, 40).map((p) => p.title));
    await el.data.complete;
    expect(el.data.state).to.deep.equal({ status: 'ready', ...validatePapers(raw) });
  });

  it('stops reading the first src when src changes while it streams', async () => {
    const el = document.createElement('stream-host') as StreamHost;
    hosts.push(el);
    let switched = 0;
    el.onState = (state) => {
      // Switch in the same task as the first papers arrive: the rest of the file is certainly still to come.
      if (state.status === 'ready' && state.partial && !switched) {
        switched = el.states.length;
        el.src = SMALL;
      }
    };
    el.src = ICLR;
    document.body.append(el);
    await oneEvent(el, 'we-load');
    expect(switched, 'switched while the first src streamed').to.be.greaterThan(0);
    // A second download of the same file, started later, ends after the first one would have.
    const twin = streamHost(ICLR);
    await oneEvent(twin, 'we-load');
    expect(titlesIn(twin.data.state)).to.have.length.greaterThan(600);

    const small = validatePapers(await (await fetch(SMALL)).json());
    const after = el.states.slice(switched);
    expect(after.flatMap(titlesIn).filter((t) => t !== 'Paper From File')).to.deep.equal([]);
    expect(el.data.state).to.deep.equal({ status: 'ready', ...small });
    expect(el.loads).to.equal(1);
    expect(el.errors).to.equal(0);
  });
});
