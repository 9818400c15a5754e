// The controls bar while papers stream in from `src` (issue 17): the filters show with the first papers and gain
// options as papers arrive, a filter chosen meanwhile stays chosen and focused, screen readers hear no option
// updates, and the list does not move when the last paper is in. Positions are measured, never timing.
import { expect, waitUntil } from '@open-wc/testing';
import type { PaperList } from '../../src/paper-list/paper-list.js';
import { manualQuiet } from '../helpers/announcements.js';
import { captureConsole } from '../helpers/console.js';
import { papersIn, root, statusText } from './helpers.js';

const encode = (text: string) => new TextEncoder().encode(text);

/** A response whose body the test sends piece by piece (`send`), and ends (`end`). */
function controlledResponse() {
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  const body = new ReadableStream<Uint8Array>({ start: (c) => void (controller = c) });
  return {
    response: new Response(body, { headers: { 'Content-Type': 'application/json' } }),
    send: (text: string) => controller.enqueue(encode(text)),
    end: (text: string) => {
      controller.enqueue(encode(text));
      controller.close();
    },
  };
}

type Fields = (i: number) => Record<string, unknown>;
const paper = (i: number, fields: Fields) => ({
  id: `paper-${i}`,
  title: `Paper ${i} about graphs`,
  authors: [`Author ${i}`],
  keywords: ['graphs'],
  ...fields(i),
});
/** Papers `from`…`to - 1` as JSON items, each followed by a comma; `fields(i)` sets type, award, session. */
const items = (from: number, to: number, fields: Fields) =>
  Array.from({ length: to - from }, (_, k) => `${JSON.stringify(paper(from + k, fields))},`).join('');
/** The same, the last one closing the list. */
const last = (from: number, to: number, fields: Fields) => `${items(from, to, fields).slice(0, -1)}]`;

const select = (el: PaperList, name: string) => root(el).querySelector<HTMLSelectElement>(`select[name="${name}"]`);
const values = (s: HTMLSelectElement | null) => [...(s?.options ?? [])].map((o) => o.value);
/** The texts of the regions a screen reader announces (the status and the polite live region), when not empty. */
const announced = (el: PaperList) =>
  [...root(el).querySelectorAll('[role="status"], [aria-live]')].map((r) => r.textContent!.trim()).filter(Boolean);

describe('<paper-list> controls while papers load from src', function () {
  this.timeout(30000);
  let console_: ReturnType<typeof captureConsole>;
  let realFetch: typeof window.fetch;
  let el: PaperList;
  beforeEach(() => {
    console_ = captureConsole();
    realFetch = window.fetch;
  });
  afterEach(() => {
    window.fetch = realFetch;
    el?.remove();
    console_.restore();
  });

  /** A list fed by a `src` the test streams. */
  function streamedList() {
    const stream = controlledResponse();
    window.fetch = (input, init) =>
      String(input).includes('/streamed/') ? Promise.resolve(stream.response) : realFetch.call(window, input, init);
    el = document.createElement('paper-list');
    el.src = '/streamed/papers.json';
    document.body.append(el);
    return stream;
  }

  it('shows the filters with the first papers, adds options as papers arrive, keeps the chosen one focused', async () => {
    const stream = streamedList();
    const first: Fields = (i) => ({ type: i % 2 ? 'oral' : 'poster', session: `S${1 + (i % 2)}` });
    const second: Fields = (i) => ({
      type: i % 3 ? 'oral' : 'spotlight',
      session: `S${1 + (i % 3)}`,
      ...(i === 20 ? { award: 'Best Paper' } : {}),
    });
    const third: Fields = (i) => ({ type: i % 2 ? 'oral' : 'poster', session: 'S1' });
    const oral = [...Array(60).keys()].filter((i) => (i < 12 ? first : i < 24 ? second : third)(i).type === 'oral');
    stream.send(`[${items(0, 12, first)}`);
    await waitUntil(() => select(el, 'type') && papersIn(el).length > 0, 'filters with the first papers');
    expect(statusText(el)).to.equal('Loading papers…');
    expect(values(select(el, 'type'))).to.deep.equal(['', 'poster', 'oral']);
    expect(values(select(el, 'session'))).to.deep.equal(['', 'S1', 'S2']);
    expect(select(el, 'award'), 'no paper has an award yet').to.equal(null);
    await expect(el).to.be.accessible();

    // The visitor picks "oral" with the keyboard while papers keep arriving.
    const type = select(el, 'type')!;
    const session = select(el, 'session')!;
    type.focus();
    [...type.options].find((o) => o.value === 'oral')!.selected = true;
    type.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
    const quiet = manualQuiet();
    const heard = new Set(announced(el));
    const observer = new MutationObserver(() => announced(el).forEach((t) => heard.add(t)));
    observer.observe(root(el), { subtree: true, childList: true, characterData: true });

    // New values arrive, and a first award: its filter is inserted before "Session".
    stream.send(items(12, 24, second));
    await waitUntil(() => values(select(el, 'type')).includes('spotlight'), 'options added');
    await waitUntil(() => values(select(el, 'award')).includes('Best Paper'), 'award filter added');
    expect(values(select(el, 'type'))).to.deep.equal(['', 'poster', 'oral', 'spotlight']);
    expect(values(select(el, 'session'))).to.deep.equal(['', 'S1', 'S2', 'S3']);
    // The same menus, the chosen value still chosen and focused, and the list still filtered by it.
    expect(select(el, 'type')).to.equal(type);
    expect(select(el, 'session')).to.equal(session);
    expect(root(el).activeElement).to.equal(type);
    expect(type.value).to.equal('oral');
    const filters = [...root(el).querySelectorAll('select[part="filter"]')].map((s) => s.getAttribute('name'));
    expect(filters).to.deep.equal(['type', 'award', 'session', 'keyword']);
    await waitUntil(() => papersIn(el).some((p) => p.id === 'paper-13'), 'papers that arrived are filtered too');
    expect(papersIn(el).map((p) => p.id)).to.include.members(['paper-1', 'paper-13']);
    expect(papersIn(el).map((p) => p.id)).not.to.include('paper-12');
    await expect(el).to.be.accessible();

    stream.end(last(24, 60, third));
    await el.dataComplete;
    quiet.pass(); // the status region's quiet period (internal/settled-status.ts)
    await Promise.resolve(); // the observer's records
    observer.disconnect();
    quiet.restore();
    expect(type.value).to.equal('oral');
    // Screen readers heard "Loading papers…" and the final count, never an option being added.
    expect([...heard]).to.deep.equal(['Loading papers…', statusText(el)]);
    expect(statusText(el)).to.equal(`${oral.length} of 60 papers`);
    expect(papersIn(el).map((p) => p.id)).to.deep.equal(oral.map((i) => `paper-${i}`));
  });

  it('does not move the list when the last paper is in', async () => {
    const stream = streamedList();
    const fields = (i: number) => ({
      type: ['poster', 'oral', 'spotlight'][i % 3],
      session: `Poster session ${1 + (i % 12)}`,
      ...(i === 3 ? { award: 'Outstanding Paper' } : {}),
      ...(i === 5 ? { authors: [{ name: `Author ${i}`, affiliation: 'University of Somewhere' }] } : {}),
    });
    stream.send(`[${items(0, 30, fields)}`);
    await waitUntil(() => select(el, 'award') && papersIn(el).length > 0, 'the first papers');
    expect(statusText(el)).to.equal('Loading papers…');
    const list = root(el).querySelector('[part="list"]')!;
    const controls = root(el).querySelector('[part="controls"]')!;
    const firstPaper = papersIn(el)[0];
    const before = {
      list: list.getBoundingClientRect().top,
      paper: firstPaper.getBoundingClientRect().top,
      controls: controls.getBoundingClientRect().height,
    };

    stream.end(last(30, 200, fields));
    await el.dataComplete;
    expect(statusText(el)).to.equal('200 papers');
    expect(list.getBoundingClientRect().top).to.equal(before.list);
    expect(firstPaper.getBoundingClientRect().top).to.equal(before.paper);
    expect(controls.getBoundingClientRect().height).to.equal(before.controls);
    await expect(el).to.be.accessible();
  });

  it('puts the label height above the button and the checkbox, so a row of the bar keeps its height', async () => {
    const stream = streamedList();
    stream.end(`[${last(0, 3, (i) => ({ type: 'poster', authors: [{ name: `A${i}`, affiliation: 'MIT' }] }))}`);
    await el.dataComplete;
    // A labelled field is its label, a gap, and its menu: the button and the checkbox have that space above them.
    const menu = root(el).querySelector('select[name="type"]')!;
    const above = menu.getBoundingClientRect().top - menu.closest('label')!.getBoundingClientRect().top;
    expect(above).to.be.greaterThan(10);
    for (const e of [root(el).querySelector('[part="download"]')!, root(el).querySelector('label.check')!])
      expect(parseFloat(getComputedStyle(e).marginTop)).to.be.closeTo(above, 0.5);
    await expect(el).to.be.accessible();
  });
});
