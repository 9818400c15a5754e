/**
 * Elements defined while the page is still being parsed (`<script type="module" async>`, or the bundle before the
 * element): an element upgrades at its start tag, before its JSON script child is complete. Each page here is
 * served piece by piece as the test posts them (test/helpers/chunked-page.mjs), into an iframe whose module defines
 * the element, so the parser stops exactly where the test says. All three engines append the parsed text to the
 * script's text node as it comes (script-child.ts); the element must read it as data still to come, never as
 * malformed JSON.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { iclrPapers } from '../paper-list/helpers.js';
import type { Paper } from '../../src/paper-list/types.js';

interface Page {
  frame: HTMLIFrameElement;
  doc: () => Document;
  /** `we-error` messages and console errors and warnings in the page, in order. */
  noise: () => string[];
  /** Asserts that axe, run in the page, finds no violation in `el`. */
  accessible(el: Element): Promise<void>;
  write(text: string): Promise<void>;
  end(text: string): Promise<void>;
}

let pages = 0;

/** A shared machine can take seconds to load a module graph into a new page: wait as long as the test may. */
const until = (predicate: () => unknown, message: string) => waitUntil(predicate, message, { timeout: 20_000 });

/** A page that loads `module` async and is then written piece by piece; resolves once the element is defined. */
async function chunkedPage(module: string, tag: string): Promise<Page> {
  const id = `p${Date.now().toString(36)}${pages++}`;
  const post = async (action: string, body: string) => {
    const response = await fetch(`/__chunked/${id}/${action}`, { method: 'POST', body });
    expect(response.status, `${action} posted`).to.equal(204);
  };
  const frame = document.createElement('iframe');
  frame.src = `/__chunked/${id}`;
  document.body.append(frame);
  await post(
    'write',
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Parsed in pieces</title><script>
window.noise = [];
addEventListener('we-error', (e) => noise.push('we-error: ' + e.detail.message), true);
for (const level of ['error', 'warn']) {
  const original = console[level];
  console[level] = (...args) => /Lit is in dev mode/.test(args[0]) ? original.apply(console, args) : noise.push(level + ': ' + args.join(' '));
}
</script><script src="/node_modules/axe-core/axe.min.js"></script>
<script type="module" async src="${module}"></script></head><body>`,
  );
  type PageWindow = Window & {
    noise?: string[];
    axe?: { run(el: Element): Promise<{ violations: { id: string }[] }> };
  };
  const win = () => frame.contentWindow as PageWindow | null;
  await until(() => win()?.customElements.get(tag), `<${tag}> defined in the page`);
  return {
    frame,
    doc: () => frame.contentDocument!,
    noise: () => win()!.noise!,
    accessible: async (el) => {
      const { violations } = await win()!.axe!.run(el);
      expect(violations.map((v) => v.id)).to.deep.equal([]);
    },
    write: (text) => post('write', text),
    end: (text) => post('end', text),
  };
}

/** JSON as a script child holds it (`</` written `<\/`). */
const json = (data: unknown) => JSON.stringify(data).replace(/<\//g, '<\\/');

describe('an element defined while the page is still being parsed', function () {
  // Each test loads the element's modules into a new page (WebKit under load: over 10 s for the first).
  this.timeout(60_000);
  let page: Page | undefined;
  afterEach(() => {
    page?.frame.remove();
    page = undefined;
  });

  it('paper-list shows the papers of its script child as the parser writes them, with no error', async () => {
    const papers: Paper[] = (await iclrPapers()).slice(0, 60);
    const text = json(papers);
    // Cut inside the 21st paper: 20 are complete.
    const cut = text.indexOf(JSON.stringify(papers[20].title)) + 5;
    page = await chunkedPage('/src/paper-list/paper-list.ts', 'paper-list');
    await page.write(`<paper-list><script type="application/json">${text.slice(0, cut)}`);
    const el = () => page!.doc().querySelector('paper-list')!;
    await until(() => el(), 'the element parsed');
    const titles = () =>
      [...(el().shadowRoot?.querySelectorAll('[part="paper"] [part~="title"]') ?? [])].map((t) =>
        t.textContent!.trim(),
      );
    await until(() => titles().length === 20, 'the 20 complete papers shown before the script ends');
    expect(titles()).to.deep.equal(papers.slice(0, 20).map((p) => p.title));
    expect(page.doc().readyState).to.equal('loading');
    expect(el().shadowRoot!.querySelector('[part~="error"]')).to.equal(null);

    await page.write(text.slice(cut));
    await until(() => titles().length === 60, 'every paper shown once the script is complete');
    await page.end('</script></paper-list><p>After the list.</p></body></html>');
    await el().dataComplete;
    expect(titles()).to.deep.equal(papers.map((p) => p.title));
    expect(el().shadowRoot!.querySelector('[part~="error"]')).to.equal(null);
    expect(page.noise()).to.deep.equal([]);
    await page.accessible(el());
  });

  it('paper-list reports malformed JSON in a script child still being parsed once, when the script ends', async () => {
    page = await chunkedPage('/src/paper-list/paper-list.ts', 'paper-list');
    await page.write(`<paper-list><script type="application/json">[{"title": "Kept"}, }`);
    const el = () => page!.doc().querySelector('paper-list')!;
    await until(() => el(), 'the element parsed');
    await until(() => el().querySelector('script')?.textContent?.endsWith('}'), 'the broken text parsed');
    await el().updateComplete;
    expect(page.noise(), 'no error before the script ends').to.deep.equal([]);
    await page.end(', {"title": "Late"}]</script></paper-list></body></html>');
    await el().dataComplete;
    const box = el().shadowRoot!.querySelector('[part~="error"]');
    expect(box?.textContent).to.contain('<script type="application/json"> child is not valid JSON');
    const noise = page.noise();
    expect(noise).to.have.length(2);
    expect(noise[1]).to.match(/^we-error: the <script type="application\/json"> child is not valid JSON/);
    expect(noise[0]).to.match(/^error: <paper-list>: the <script type="application\/json"> child is not valid JSON/);
  });

  it('workshop-schedule waits for the end of its script child instead of showing half-written JSON as an error', async () => {
    const items = Array.from({ length: 12 }, (_, i) => ({
      start: `${String(8 + i).padStart(2, '0')}:00`,
      title: `Session number ${i + 1}`,
    }));
    const text = json(items);
    const cut = Math.floor(text.length / 2);
    page = await chunkedPage('/src/workshop-schedule/workshop-schedule.ts', 'workshop-schedule');
    await page.write(`<workshop-schedule><script type="application/json">${text.slice(0, cut)}`);
    const el = () => page!.doc().querySelector('workshop-schedule')!;
    await until(() => el(), 'the element parsed');
    await until(() => el().querySelector('script')?.textContent?.length === cut, 'the first half parsed');
    await el().updateComplete;
    expect(el().shadowRoot!.querySelector('[part~="error"]'), 'no error while the script is incomplete').to.equal(null);
    expect(el().shadowRoot!.querySelector('[part~="loading"]')).to.not.equal(null);
    expect(page.noise()).to.deep.equal([]);

    await page.end(`${text.slice(cut)}</script></workshop-schedule></body></html>`);
    await until(() => page!.doc().readyState === 'complete', 'the page parsed');
    await el().dataComplete;
    const shown = el().shadowRoot!.textContent!;
    for (const s of items) expect(shown).to.contain(s.title);
    expect(el().shadowRoot!.querySelector('[part~="error"]')).to.equal(null);
    expect(page.noise()).to.deep.equal([]);
    await page.accessible(el());
  });
});
