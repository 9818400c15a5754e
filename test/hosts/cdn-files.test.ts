import { expect, waitUntil } from '@open-wc/testing';

// The CDN's per-element files (cdn/<element>.js, `npm run build:cdn`): each holds lit and one element, so a page may
// load two of them, or one and the full bundle, and get two copies of lit and of the shared code. The pages in
// test/hosts/cdn-files/ load them as an organizer would (module scripts in the head); probe.js records what they
// printed or threw.

const TAGS = ['workshop-schedule', 'speaker-card', 'paper-list', 'sponsor-strip', 'important-dates'];
type PageWindow = Window & typeof globalThis & { problems: string[] };
type Element = HTMLElement & { dataComplete: Promise<void>; updateComplete: Promise<unknown> };

async function loadPage(path: string, wanted: string[]): Promise<PageWindow> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 900px; height: 700px';
  frame.src = path;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as PageWindow;
  await waitUntil(() => wanted.every((tag) => win.customElements.get(tag)), `${wanted.join(', ')} defined`, {
    timeout: 10_000,
  });
  for (const el of win.document.querySelectorAll<Element>(TAGS.join(', '))) {
    await el.dataComplete;
    await el.updateComplete;
  }
  return win;
}

const shadowText = (el: Element | null) => (el?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');
const defined = (win: PageWindow) => TAGS.filter((tag) => win.customElements.get(tag));

afterEach(() => {
  for (const frame of document.querySelectorAll('iframe')) frame.remove();
});

describe('the per-element CDN files', function () {
  this.timeout(60_000);

  it('define only their own element', async () => {
    const win = await loadPage('/test/hosts/cdn-files/one-file.html', ['speaker-card']);
    expect(defined(win)).to.deep.equal(['speaker-card']);
    const card = win.document.querySelector<Element>('speaker-card')!;
    expect(shadowText(card)).to.include('Terence Tao');
    const { SpeakerCard, registerTranslation } = await win.eval('import("/cdn/speaker-card.js")');
    expect(win.customElements.get('speaker-card')).to.equal(SpeakerCard);
    expect(registerTranslation).to.be.a('function');
    expect(win.problems).to.deep.equal([]);
  });

  it('share a page, one language file and its words, each rendering its own element', async () => {
    const win = await loadPage('/test/hosts/cdn-files/two-files.html', ['speaker-card', 'sponsor-strip']);
    expect(defined(win)).to.deep.equal(['speaker-card', 'sponsor-strip']);
    const card = win.document.querySelector<Element>('speaker-card')!;
    const strip = win.document.querySelector<Element>('sponsor-strip')!;
    // The language file registers its words once, in the registry both files share (on globalThis).
    await waitUntil(() => shadowText(card).includes('Vortrag:'), 'the speaker card in German', { timeout: 5000 });
    await waitUntil(() => strip.shadowRoot!.innerHTML.includes('Sponsoren'), 'the sponsor strip in German');
    expect(shadowText(strip)).to.include('Acme').and.include('Initech');
    for (const el of [card, strip])
      expect(el.shadowRoot!.querySelector('[part~="error"]'), el.localName).to.equal(null);
    expect(win.problems).to.deep.equal([]);

    // chai-a11y-axe runs axe in the test window, which cannot audit another document: load axe into the page.
    const script = win.document.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    const axeLoaded = new Promise((resolve) => script.addEventListener('load', resolve, { once: true }));
    win.document.head.append(script);
    await axeLoaded;
    const axe = (win as unknown as { axe: { run(c: unknown): Promise<{ violations: { id: string }[] }> } }).axe;
    const { violations } = await axe.run(win.document);
    expect(violations.map((v) => v.id)).to.deep.equal([]);
  });

  it('leave an element the full bundle defines after them to the file that defined it first', async () => {
    const win = await loadPage('/test/hosts/cdn-files/file-then-bundle.html', TAGS);
    const file = await win.eval('import("/cdn/speaker-card.js")');
    const bundle = await win.eval('import("/cdn/workshop-elements.js")');
    expect(win.customElements.get('speaker-card')).to.equal(file.SpeakerCard);
    expect(win.customElements.get('sponsor-strip')).to.equal(bundle.SponsorStrip);
    expect(shadowText(win.document.querySelector('speaker-card'))).to.include('Terence Tao');
    expect(shadowText(win.document.querySelector('sponsor-strip'))).to.include('Acme');
    expect(shadowText(win.document.querySelector('paper-list'))).to.include('A paper');
    expect(win.problems).to.deep.equal([]);
  });

  it('define nothing after the full bundle, and do not throw', async () => {
    const win = await loadPage('/test/hosts/cdn-files/bundle-then-file.html', TAGS);
    const file = await win.eval('import("/cdn/workshop-schedule.js")');
    const bundle = await win.eval('import("/cdn/workshop-elements.js")');
    expect(file.WorkshopSchedule).not.to.equal(bundle.WorkshopSchedule);
    expect(win.customElements.get('workshop-schedule')).to.equal(bundle.WorkshopSchedule);
    expect(shadowText(win.document.querySelector('workshop-schedule'))).to.include('Opening remarks');
    expect(win.problems).to.deep.equal([]);
  });

  it('hand a #fragment to the first element in the document, whichever file rendered first', async () => {
    const win = await loadPage('/test/hosts/cdn-files/fragment.html#shared', ['paper-list', 'workshop-schedule']);
    const [schedule, papers] = ['workshop-schedule', 'paper-list'].map(
      (tag) => win.document.querySelector<Element>(tag)!.shadowRoot!,
    );
    await waitUntil(() => schedule.getElementById('shared')?.hasAttribute('data-fragment-target'), 'schedule target');
    expect(papers.getElementById('shared'), 'the paper is rendered with the id').to.exist;
    expect(papers.getElementById('shared')!.hasAttribute('data-fragment-target')).to.equal(false);
    expect(win.problems).to.deep.equal([]);
  });
});
