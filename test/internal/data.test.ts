import { aTimeout, expect, fixture, oneEvent, waitUntil } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import '../../src/index.js';
import { PaperList } from '../../src/paper-list/paper-list.js';
import { SpeakerCard } from '../../src/speaker-card/speaker-card.js';
import { SponsorStrip } from '../../src/sponsor-strip/sponsor-strip.js';
import { WorkshopSchedule } from '../../src/workshop-schedule/workshop-schedule.js';
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
      const loaded = oneEvent(el, 'load');
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
      await oneEvent(el, 'error');
      await el.updateComplete;
      const box = errorBox(el)!;
      expect(box).to.exist;
      expect(box.getAttribute('role')).to.equal('alert');
      expect(box.textContent).to.contain(`<${c.tag}>`).and.contain('does-not-exist.json').and.contain('404');
      expect(console_.errors).to.have.length(1);
      await expect(el).to.be.accessible();
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
    });

    it('shows data of the wrong shape as an error', async () => {
      const el = await fixture(staticHtml`<${tag} ${unsafeStatic(c.name)}=${JSON.stringify(c.wrongShape)}></${tag}>`);
      expect(errorBox(el)!.textContent).to.contain(`<${c.tag}>`).and.contain(c.name);
      expect(console_.errors).to.have.length(1);
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
    });

    it('never runs script from data and renders markup as text', async () => {
      const evil = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
      const data = JSON.parse(JSON.stringify(c.good).replace(c.text, evil.replace(/"/g, '\\"')));
      // no fixture(): for a plain element it waits for a frame, which a background tab never paints
      const target = document.createElement(c.tag) as unknown as HTMLElement & Record<string, unknown>;
      target[c.name] = data;
      document.body.append(target);
      await (target as unknown as PaperList).updateComplete;
      // a timer, not a frame: a background window in a three-engine run may not paint
      await aTimeout(50);
      expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
      expect(target.shadowRoot!.querySelector('script, img[src="x"]')).to.equal(null);
      expect(target.shadowRoot!.textContent).to.contain('<script>');
      target.remove();
    });
  });
}
