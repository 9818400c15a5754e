import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { PaperList } from '../../src/paper-list/paper-list.js';
import { validatePapers } from '../../src/paper-list/validate.js';
import { captureConsole } from '../helpers/console.js';
import { listOf, papersIn, root, search, statusText } from './helpers.js';

const paths = (raw: unknown) => validatePapers(raw).problems.map((p) => p.path);

describe('paper-list validation and bad input', function () {
  // Under load, background test pages poll slowly; these tests render hundreds of papers.
  this.timeout(60000);
  let console_: ReturnType<typeof captureConsole>;
  beforeEach(() => (console_ = captureConsole()));
  afterEach(() => console_.restore());

  it('shows a paper without a title as "Untitled", naming papers[i].title, and keeps every paper', () => {
    const { data, problems } = validatePapers([{ title: 'Kept' }, { authors: ['Nobody'] }, { title: '  ' }]);
    expect(data.map((p) => p.title)).to.deep.equal(['Kept', 'Untitled', 'Untitled']);
    expect(problems.map((p) => p.path)).to.deep.equal(['papers[1].title', 'papers[2].title']);
    expect(problems[0].message).to.contain('"Untitled"');
  });

  it('reads "Last, First; Last, First" as names in citation order, with BibTeX keys from the family name', () => {
    const { data, problems } = validatePapers([
      { title: 'Modelling Visual Properties', authors: 'Davis, C.; Bulat, L.' },
    ]);
    expect(problems).to.deep.equal([]);
    expect(data[0].authors.map((a) => a.name)).to.deep.equal(['C. Davis', 'L. Bulat']);
    expect(data[0].id).to.match(/^davis/);
  });

  it('warns about a comma-only "Last, First, Last, First", showing the split and the form to write', () => {
    const { data, problems } = validatePapers([{ title: 'T', authors: 'Davis, Christopher, Bulat, Luana' }]);
    expect(data[0].authors).to.have.length(4);
    expect(problems).to.have.length(1);
    expect(problems[0].path).to.equal('papers[0].authors');
    expect(problems[0].message)
      .to.contain('4 authors (Davis | Christopher | Bulat | Luana)')
      .and.contain('"Davis, Christopher; Bulat, Luana"');
    expect(validatePapers([{ title: 'T', authors: 'Alice Smith, Bob Jones' }]).problems).to.deep.equal([]);
  });

  it('reads one string of authors as the list it names', () => {
    const { data, problems } = validatePapers([
      { title: 'T', authors: 'Alice Smith, Bob Jones and Carol Wu' },
      { title: 'U', authors: 'Lovelace, Ada; Turing, Alan and Hopper, Grace' },
      { title: 'V', authors: 'Ekaterina Shutova' },
      { title: 'W', authors: 'Andrea Anderson, Brandon Sand' },
      { title: 'X', authors: 'Martin Luther King, Jr., Research & Development Team' },
    ]);
    expect(problems).to.deep.equal([]);
    expect(data.map((p) => p.authors.map((a) => a.name))).to.deep.equal([
      ['Alice Smith', 'Bob Jones', 'Carol Wu'],
      ['Ada Lovelace', 'Alan Turing', 'Grace Hopper'],
      ['Ekaterina Shutova'],
      ['Andrea Anderson', 'Brandon Sand'],
      ['Martin Luther King, Jr.', 'Research & Development Team'],
    ]);
  });

  it('reads BibTeX\'s "Last, First and Last, First" (copied from a .bib file) as those names, first name first', () => {
    const { data, problems } = validatePapers([
      { title: 'T', authors: 'Davis, Christopher and Bulat, Luana' },
      { title: 'U', authors: 'Davis, Christopher and Bulat, Luana and Vero, Anita' },
      { title: 'V', authors: 'Christopher Davis, Luana Bulat and Anita Vero' },
      { title: 'W', authors: 'Martin Luther King, Jr. and Jane Doe' },
    ]);
    expect(problems).to.deep.equal([]);
    expect(data.map((p) => p.authors.map((a) => a.name))).to.deep.equal([
      ['Christopher Davis', 'Luana Bulat'],
      ['Christopher Davis', 'Luana Bulat', 'Anita Vero'],
      ['Christopher Davis', 'Luana Bulat', 'Anita Vero'],
      ['Martin Luther King, Jr.', 'Jane Doe'],
    ]);
  });

  it('reads a serial comma ("A, B, and C") as three names, none starting with "and"', () => {
    const { data, problems } = validatePapers([
      { title: 'T', authors: 'Ann Lee, Bo Chen, and Cy Wu' },
      { title: 'U', authors: 'Lee, Ann; Chen, Bo; and Wu, Cy' },
      { title: 'V', authors: 'Andrea Anderson, Andy Sand' },
    ]);
    expect(problems).to.deep.equal([]);
    expect(data.map((p) => p.authors.map((a) => a.name))).to.deep.equal([
      ['Ann Lee', 'Bo Chen', 'Cy Wu'],
      ['Ann Lee', 'Bo Chen', 'Cy Wu'],
      ['Andrea Anderson', 'Andy Sand'],
    ]);
  });

  it('drops authors given as a number, and bad author entries, with their paths', () => {
    expect(paths([{ title: 'T', authors: 42 }])).to.deep.equal(['papers[0].authors']);
    const { data, problems } = validatePapers([
      { title: 'T', authors: ['A', { affiliation: 'MIT' }, { name: 'B', affiliation: ['X', 'Y'] }, null] },
    ]);
    expect(data[0].authors.map((a) => a.name)).to.deep.equal(['A', 'B']);
    expect(data[0].authors[1].affiliations).to.deep.equal(['X', 'Y']);
    expect(problems.map((p) => p.path)).to.deep.equal(['papers[0].authors[1].name', 'papers[0].authors[3]']);
  });

  it('refuses a javascript: PDF link and keeps the paper', () => {
    const { data, problems } = validatePapers([
      { title: 'T', pdf: 'javascript:alert(1)', code: ' JaVaScRiPt:alert(1)' },
    ]);
    expect(data[0].pdf).to.equal(undefined);
    expect(data[0].code).to.equal(undefined);
    expect(problems.map((p) => p.path)).to.deep.equal(['papers[0].pdf', 'papers[0].code']);
    expect(problems[0].message).to.contain('unsafe URL scheme');
  });

  it('renames duplicate ids with a warning, so every deep link is unique', () => {
    const { data, problems } = validatePapers([
      { id: 'x', title: 'One' },
      { id: 'x', title: 'Two' },
      { title: 'Deep Nets', authors: ['Ada Lovelace'] },
      { title: 'Deep Nets again', authors: ['Ada Lovelace'] },
    ]);
    expect(data.map((p) => p.id)).to.deep.equal(['x', 'x-2', 'lovelace-deep', 'lovelace-deep-2']);
    expect(problems).to.have.length(1);
    expect(problems[0].path).to.equal('papers[1].id');
    expect(problems[0].message).to.contain('duplicate id "x"').and.contain('papers[0]');
  });

  it('warns about unknown fields (a typo must not vanish)', () => {
    expect(paths([{ title: 'T', abstrct: 'typo' }])).to.deep.equal(['papers[0].abstrct']);
  });

  it('renders a 100,000-character abstract, collapsed, and stays searchable', async () => {
    const long = 'word '.repeat(19_999) + 'needle';
    const el = await listOf([
      { id: 'long', title: 'Long', abstract: long },
      { id: 'short', title: 'Short' },
    ]);
    const details = root(el).getElementById('long')!.querySelector<HTMLDetailsElement>('[part="abstract"]')!;
    expect(details.open).to.equal(false);
    expect(details.querySelector('p')!.textContent!.length).to.equal(long.length);
    await search(el, 'needle');
    expect(papersIn(el).map((p) => p.id)).to.deep.equal(['long']);
    await expect(el).to.be.accessible();
  });

  it('renders every paper (one without a title as "Untitled") next to one warning listing every bad field', async () => {
    const el = await fixture<PaperList>(
      html`<paper-list
        .papers=${
          [
            { id: 'ok', title: 'Valid', pdf: 'javascript:alert(1)', authors: 3 },
            { authors: ['No title'] },
            { id: 'ok', title: 'Duplicate' },
          ] as never
        }
      ></paper-list>`,
    );
    expect(papersIn(el).map((p) => p.id)).to.deep.equal(['ok', 'title-untitled', 'ok-2']);
    expect(papersIn(el).map((p) => p.querySelector('[part~="title"]')!.textContent)).to.deep.equal([
      'Valid',
      'Untitled',
      'Duplicate',
    ]);
    expect(root(el).querySelector('[part~="title"] a')).to.equal(null);
    expect(console_.warnings).to.have.length(1);
    for (const path of ['papers[0].pdf', 'papers[0].authors', 'papers[1].title', 'papers[2].id'])
      expect(console_.warnings[0]).to.contain(path);
    await expect(el).to.be.accessible();
  });

  it('renders BLNS strings in every field as text; no script runs', async function () {
    this.timeout(120000);
    const blns: string[] = await (await fetch('/test/fixtures/blns/blns.json')).json();
    const usable = blns.filter((s) => s.trim() !== '');
    const papers = usable.map((s, i) => ({
      id: s,
      title: s,
      authors: [s, { name: s, affiliation: s, url: s }],
      abstract: s,
      keywords: [s],
      type: s,
      award: s,
      session: s,
      pdf: s,
      url: s,
      code: s,
      bibtex: i % 2 ? s : undefined,
    }));
    const el = await listOf(papers);
    expect(papersIn(el)).to.have.length(usable.length);
    // No element that could run script was made from the data (so no onerror can fire later), and none ran now.
    expect(root(el).querySelector('script, iframe, img, svg, object')).to.equal(null);
    expect((window as unknown as { __pwned?: unknown }).__pwned).to.equal(undefined);
    // One warning lists the fields refused (unsafe URLs); nothing else is logged.
    expect(console_.warnings).to.have.length(1);
    expect(console_.warnings[0]).to.contain('problems in the "papers" property').and.contain('not a valid URL');
    const texts = new Set(papersIn(el).map((p) => p.querySelector('[part~="title"]')!.textContent!.trim()));
    expect(texts.has('<script>alert(123)</script>')).to.equal(true);
    // every rendered link passed the safe-URL gate
    for (const a of root(el).querySelectorAll('a'))
      expect(['http:', 'https:', 'mailto:']).to.include(new URL(a.href).protocol);
    // search over hostile text does not throw and finds the script string as text
    await search(el, '<script>alert(123)</script>');
    expect(papersIn(el).length).to.be.greaterThan(0);
    // axe on the matching hostile papers (all 515 would take minutes in three engines). It reads colours at points
    // on the page; papers skipped by `content-visibility: auto` have only their estimated size there: lay them out.
    const full = document.createElement('style');
    full.textContent = '[part="paper"] { content-visibility: visible !important; }';
    el.shadowRoot!.append(full);
    await expect(el).to.be.accessible({ ignoredRules: ['duplicate-id-aria', 'duplicate-id'] });
    full.remove();
    // An opened abstract gets its highlights as text too.
    const details = papersIn(el)[0].querySelector<HTMLDetailsElement>('[part="abstract"]')!;
    details.querySelector('summary')!.click();
    await waitUntil(() => details.querySelector('mark'), 'the opened hostile abstract highlighted');
    expect(details.querySelector('script')).to.equal(null);
    // Hostile queries: the count always says how many papers are shown.
    for (const q of usable.filter((_, i) => i % 5 === 0)) {
      await search(el, q);
      const shown = papersIn(el).length;
      expect(statusText(el), q).to.equal(
        shown === usable.length ? `${usable.length} papers` : `${shown} of ${usable.length} papers`,
      );
    }
    await search(el, '');
    expect(papersIn(el)).to.have.length(usable.length);
  });
});
