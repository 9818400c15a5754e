// dataComplete: resolves once the current data is loaded, validated and rendered; newer data supersedes older.
import { expect, fixtureSync, html } from '@open-wc/testing';
import '../../src/index.js';
import type { PaperList } from '../../src/paper-list/paper-list.js';
import { captureConsole } from '../helpers/console.js';

const papers = (n: number, prefix = 'Paper') =>
  Array.from({ length: n }, (_, i) => ({
    id: `${prefix.toLowerCase()}-${i}`,
    title: `${prefix} ${i}`,
    authors: ['A B'],
  }));
const articles = (el: PaperList) => el.shadowRoot!.querySelectorAll('article').length;
const served = (data: unknown) => URL.createObjectURL(new Blob([JSON.stringify(data)], { type: 'application/json' }));

describe('dataComplete', function () {
  this.timeout(30_000);

  it('resolves once a long list is wholly in the DOM, though it renders over several tasks', async () => {
    const el = fixtureSync<PaperList>(html`<paper-list .papers=${papers(1200)}></paper-list>`);
    await el.updateComplete;
    expect(articles(el), 'the first screen only, at first').to.be.lessThan(1200);
    await el.dataComplete;
    expect(articles(el)).to.equal(1200);
  });

  it('resolves with the newest data when it replaces data still loading', async () => {
    const old = served(papers(3, 'Old'));
    const el = fixtureSync<PaperList>(html`<paper-list src=${old}></paper-list>`);
    const complete = el.dataComplete; // taken while the old src loads
    el.papers = papers(2, 'New');
    await complete;
    const titles = [...el.shadowRoot!.querySelectorAll('[part~="title"]')].map((t) => t.textContent!.trim());
    expect(titles).to.deep.equal(['New 0', 'New 1']);
    await expect(el).to.be.accessible();
    URL.revokeObjectURL(old);
  });

  it('resolves again for each new data set, and is settled when nothing is loading', async () => {
    const el = fixtureSync<PaperList>(html`<paper-list .papers=${papers(2)}></paper-list>`);
    await el.dataComplete;
    const src = served(papers(5, 'Loaded'));
    el.src = src;
    el.papers = undefined;
    await el.dataComplete;
    expect(articles(el)).to.equal(5);
    let settled = false;
    void el.dataComplete.then(() => (settled = true));
    await Promise.resolve();
    expect(settled, 'no new data: already settled').to.equal(true);
    URL.revokeObjectURL(src);
  });

  it('resolves for data that cannot be used too, with the error shown (all four elements)', async () => {
    const console_ = captureConsole();
    try {
      const wrap = fixtureSync<HTMLDivElement>(
        html`<div>
          <paper-list papers="{oops"></paper-list>
          <workshop-schedule items="{oops"></workshop-schedule>
          <speaker-card speaker="{oops"></speaker-card>
          <sponsor-strip sponsors="{oops"></sponsor-strip>
        </div>`,
      );
      const elements = [...wrap.children] as (HTMLElement & { dataComplete: Promise<void> })[];
      await Promise.all(elements.map((el) => el.dataComplete));
      for (const el of elements) expect(el.shadowRoot!.querySelector('[part="error"]'), el.localName).to.exist;
      expect(console_.errors).to.have.length(4);
    } finally {
      console_.restore();
    }
  });
});
