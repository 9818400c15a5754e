import { expect, fixture, html } from '@open-wc/testing';
import type { PaperList } from '../../src/paper-list/paper-list.js';
import { bibtexEntry } from '../../src/paper-list/bibtex.js';
import { validatePapers } from '../../src/paper-list/validate.js';
import { captureConsole } from '../helpers/console.js';
import { iclrPapers, papersIn, root, search, settled, statusText } from './helpers.js';

describe('<paper-list> with the 687 real ICLR 2020 papers', function () {
  // Under load, background test pages poll slowly; these tests render hundreds of papers.
  this.timeout(60000);
  let console_: ReturnType<typeof captureConsole>;
  beforeEach(() => (console_ = captureConsole()));
  afterEach(() => console_.restore());

  it('renders all 687, finds exactly one author’s papers, and builds a BibTeX entry for each', async function () {
    this.timeout(120000);
    const papers = await iclrPapers();
    expect(papers).to.have.length(687);
    const el = await fixture<PaperList>(
      html`<paper-list
        .papers=${papers}
        venue="International Conference on Learning Representations"
        year="2020"
      ></paper-list>`,
    );
    await settled(el);
    expect(papersIn(el)).to.have.length(687);
    expect(new Set(papersIn(el).map((p) => p.id)).size).to.equal(687);
    expect(statusText(el)).to.equal('687 papers');
    expect(console_.warnings).to.deep.equal([]);

    // An author's name finds exactly the papers that list that author.
    const author = 'Yoshua Bengio';
    const expected = papers.filter((p) => (p.authors as string[]).includes(author)).map((p) => p.id);
    expect(expected.length).to.be.greaterThan(3);
    await search(el, 'yoshua bengio');
    expect(papersIn(el).map((p) => p.id)).to.have.members(expected);
    expect(statusText(el)).to.equal(`${expected.length} of 687 papers`);
    for (const p of papersIn(el))
      expect([...p.querySelectorAll('[part="authors"] mark')].map((m) => m.textContent)).to.include.members([
        'Yoshua',
        'Bengio',
      ]);
    await expect(el).to.be.accessible();

    // Clearing the search brings all of them back.
    await search(el, '');
    expect(papersIn(el)).to.have.length(687);

    // One entry per paper, keyed by its OpenReview id (each read back by a real BibTeX parser in bibtex-roundtrip.test.ts).
    const bib = el.toBibTeX();
    expect(bib.match(/^@inproceedings\{/gm)).to.have.length(687);
    const data = validatePapers(papers).data;
    expect(bibtexEntry(data[0], { year: '2020' })).to.match(new RegExp(`^@inproceedings\\{${data[0].id},`));
    expect(root(el).querySelectorAll('[part="abstract"]').length).to.equal(687);
  });
});
