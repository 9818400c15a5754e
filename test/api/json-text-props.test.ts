/**
 * JSON text set as a data property. React 19, Vue 3 and Preact set an attribute-like prop on a custom element as
 * the property when the element has one, so `<paper-list papers='[…]'>` in JSX or a Vue template hands the element
 * the string, not the attribute. Found in the npm-user trial: the element refused it ("must be a list, got the
 * string …"), `tiers='["Gold","Silver"]'` became the tiers `["Gold"` and `"Silver"]`, and `labels='{…}'` was
 * ignored. The text is now read as the attribute would be.
 */
import { expect, oneEvent } from '@open-wc/testing';
// Default imports: the dev server turns React's CommonJS into modules with a default export only.
import React from 'react';
import ReactDOM from 'react-dom';
import ReactDOMClient, { type Root } from 'react-dom/client';
import '../../src/index.js';
import type { WeErrorEvent } from '../../src/index.js';
import { captureConsole } from '../helpers/console.js';

type DataElement = HTMLElement & { dataComplete: Promise<void>; updateComplete: Promise<boolean> };

const CASES = [
  { tag: 'paper-list', name: 'papers', data: [{ title: 'A Paper Given as Text', authors: ['Ada Lovelace'] }] },
  { tag: 'speaker-card', name: 'speaker', data: { name: 'A Speaker Given as Text', affiliation: 'UCLA' } },
  { tag: 'sponsor-strip', name: 'sponsors', data: [{ name: 'A Sponsor Given as Text' }] },
  { tag: 'workshop-schedule', name: 'items', data: [{ start: '08:30', title: 'A Session Given as Text' }] },
  {
    tag: 'important-dates',
    name: 'dates',
    data: [{ label: 'A Deadline Given as Text', date: '2019-09-13', timezone: 'AoE' }],
  },
] as const;

const text = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
const title = (data: (typeof CASES)[number]['data']) =>
  'name' in data ? data.name : 'title' in data[0] ? data[0].title : 'name' in data[0] ? data[0].name : data[0].label;

describe('a React 19 app with JSON text on plain tags', () => {
  let container: HTMLDivElement;
  let root: Root;
  let console_: ReturnType<typeof captureConsole>;
  beforeEach(() => {
    console_ = captureConsole();
    container = document.createElement('div');
    document.body.append(container);
    root = ReactDOMClient.createRoot(container);
  });
  afterEach(() => {
    root.unmount();
    container.remove();
    console_.restore();
  });

  const render = (tag: string, props: Record<string, unknown>) => {
    ReactDOM.flushSync(() => root.render(React.createElement(tag, props)));
    return container.firstElementChild as DataElement;
  };

  for (const c of CASES)
    it(`<${c.tag}> shows ${c.name}='[…]' as data (React sets the text as the property)`, async () => {
      const el = render(c.tag, { [c.name]: JSON.stringify(c.data) });
      expect(typeof (el as unknown as Record<string, unknown>)[c.name], 'React set the property').to.equal('string');
      await el.dataComplete;
      expect(text(el)).to.contain(title(c.data));
      expect(el.shadowRoot!.querySelector('[part~="error"]')).to.equal(null);
      expect(console_.errors).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

  it('<sponsor-strip> orders its tiers by tiers=\'["Gold","Silver"]\' and names its list by labels=\'{…}\'', async () => {
    const el = render('sponsor-strip', {
      sponsors: [
        { name: 'Silver Sponsor', tier: 'Silver' },
        { name: 'Gold Sponsor', tier: 'Gold' },
      ],
      tiers: '["Gold","Silver"]',
      labels: '{"sponsors":"Our generous sponsors"}',
    });
    await el.dataComplete;
    const headings = [...el.shadowRoot!.querySelectorAll('[part~="tier-heading"]')].map((h) => h.textContent!.trim());
    expect(headings).to.deep.equal(['Gold', 'Silver']);
    expect(el.shadowRoot!.querySelector('[part="tiers"]')!.getAttribute('aria-label')).to.equal(
      'Our generous sponsors',
    );
    expect(console_.warnings).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });
});

describe('JSON text set as the property', () => {
  let console_: ReturnType<typeof captureConsole>;
  beforeEach(() => (console_ = captureConsole()));
  afterEach(() => console_.restore());

  for (const c of CASES)
    it(`<${c.tag}> shows malformed text in ${c.name} as an error that names the property`, async () => {
      const el = document.createElement(c.tag) as unknown as DataElement & Record<string, unknown>;
      el[c.name] = '[{"title": "cut off';
      const failed = oneEvent(el, 'we-error') as Promise<WeErrorEvent>;
      document.body.append(el);
      const { detail } = await failed;
      await el.updateComplete;
      expect(detail.source).to.equal(c.name);
      expect(detail.message).to.contain(`"${c.name}" property`).and.contain('not valid JSON');
      expect(el.shadowRoot!.querySelector('[part~="error"]')!.textContent).to.contain(`"${c.name}" property`);
      expect(console_.errors).to.have.length(1);
      await expect(el).to.be.accessible();
      el.remove();
    });
});

/**
 * Server rendering, then hydration (found in the framework trial). SvelteKit writes `papers={JSON.stringify(papers)}`
 * as the attribute on the server and sets the same text as the property when it hydrates: the element refused the
 * text then ("must be a list, got the string …"). SvelteKit and Astro write `papers={papers}` as the attribute
 * "[object Object],[object Object]…": the message now says what happened and what to write instead.
 */
describe('a server-rendered element, then hydrated', () => {
  let console_: ReturnType<typeof captureConsole>;
  beforeEach(() => (console_ = captureConsole()));
  afterEach(() => console_.restore());

  const serverRendered = (tag: string, name: string, value: string) => {
    const host = document.createElement('div');
    host.innerHTML = `<${tag}></${tag}>`;
    host.firstElementChild!.setAttribute(name, value);
    document.body.append(host);
    return host.firstElementChild as DataElement & Record<string, unknown>;
  };

  for (const c of CASES)
    it(`<${c.tag}> keeps its data when the property is set to the attribute's JSON text`, async () => {
      const el = serverRendered(c.tag, c.name, JSON.stringify(c.data));
      await el.dataComplete;
      el[c.name] = JSON.stringify(c.data);
      await el.dataComplete;
      expect(text(el)).to.contain(title(c.data));
      expect(el.shadowRoot!.querySelector('[part~="error"]')).to.equal(null);
      expect(console_.errors).to.deep.equal([]);
      await expect(el).to.be.accessible();
      el.parentElement!.remove();
    });

  for (const c of CASES)
    it(`<${c.tag}> names "[object Object]" in ${c.name} as data written as text, and shows the data set next`, async () => {
      const written = Array.isArray(c.data) ? String(c.data) : '[object Object]';
      const el = serverRendered(c.tag, c.name, written);
      await el.dataComplete;
      const error = el.shadowRoot!.querySelector('[part~="error"]')!.textContent!;
      expect(error).to.contain('[object Object]').and.contain('JSON.stringify').and.contain(`"${c.name}" property`);
      expect(console_.errors).to.have.length(1);
      el[c.name] = c.data;
      await el.dataComplete;
      expect(text(el)).to.contain(title(c.data));
      expect(el.shadowRoot!.querySelector('[part~="error"]')).to.equal(null);
      await expect(el).to.be.accessible();
      el.parentElement!.remove();
    });
});
