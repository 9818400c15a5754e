// Issue 21: BibTeX that BibTeX reads. BibTeX counts every brace in a field, escaped or not (`\}` closes a field as
// `}` does), and starts an entry at any `@` outside one. So a title like `Robust methods} @misc(injected, …)` once
// made real BibTeX read an attacker's entry, and `Open braces {{{{` swallowed the papers after it.
// Checked two ways: a reader written from BibTeX's rules (below), and the real `bibtex` binary (Debian's
// texlive-binaries; `npm test` installs it as root, see scripts/ensure-bibtex.sh) with a style file that prints
// each entry's key and title. Every BLNS string and the injection strings must give one entry per paper, the
// title intact as text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { importTs } from './ts-module.mjs';

const { bibtexFile, bibtexTitle, isOneBibtexEntry } = await importTs('src/paper-list/bibtex.ts');
const { validatePapers } = await importTs('src/paper-list/validate.ts');

const INJECTIONS = [
  'Robust methods} @misc(injected, title = "Injected entry", url = "http://evil.example/", author = "Mallory")',
  'Open braces {{{{',
  'Close braces }}}} @misc{evil, title={x}}',
  '}{ inside out }{',
  '\\} escaped \\{ braces \\',
  '@inproceedings{evil, title = {Evil}}',
  'A title with "quotes" and @ at signs, 50% & $x_1$ # ~ ^',
  '{Balanced {nested} braces} stay',
];
const blns = JSON.parse(readFileSync('test/fixtures/blns/blns.json', 'utf8'));
// A paper without a usable title is "Untitled" (validation), so blank strings are no titles.
const titles = [...INJECTIONS, ...blns.filter((s) => s.trim())];

const paper = (title, i) => ({
  id: `p${i}`,
  givenId: true,
  title,
  authors: [{ name: 'Ada Lovelace', affiliations: [] }],
  keywords: [],
  index: i,
});
const papers = titles.map(paper);
const bib = bibtexFile(papers, { venue: 'SMMaL Workshop', year: '2019' });

/**
 * Reads a .bib file by BibTeX's rules (bibtex.web, `get_bib_command_or_entry_and_process`): text outside entries is
 * skipped up to the next `@`; an entry is `@type{key, field = value, …}` (or with parentheses); a braced value
 * ends at the brace that balances its opening one, counting every `{` and `}` (a backslash escapes nothing); a
 * quoted value ends at a `"` outside braces. After an error BibTeX skips the rest of the entry: it goes on at the next
 * `@`, which is how text after a brace that closed a field early becomes an entry. Returns the entries and errors.
 */
function readBib(text) {
  const entries = [];
  const errors = [];
  let i = 0;
  const fail = (what) => {
    throw new Error(`${what} at ${i}: ${JSON.stringify(text.slice(Math.max(0, i - 40), i + 40))}`);
  };
  const space = () => {
    while (/\s/.test(text[i] ?? '')) i++;
  };
  const ident = () => {
    const start = i;
    while (i < text.length && !/[\s"#%'(),={}]/.test(text[i])) i++;
    if (i === start) fail('expected a name');
    return text.slice(start, i);
  };
  const braced = () => {
    let depth = 0;
    const start = i + 1;
    for (; i < text.length; i++) {
      if (text[i] === '{') depth++;
      else if (text[i] === '}' && --depth === 0) return text.slice(start, i++);
    }
    return fail('unbalanced braces: end of file inside a field');
  };
  const quoted = () => {
    let depth = 0;
    const start = ++i;
    for (; i < text.length; i++) {
      if (text[i] === '{') depth++;
      else if (text[i] === '}' && --depth < 0) fail('unbalanced "}" in a quoted field');
      else if (text[i] === '"' && depth === 0) return text.slice(start, i++);
    }
    return fail('end of file inside a quoted field');
  };
  for (;;) {
    const at = text.indexOf('@', i);
    if (at === -1) return { entries, errors };
    i = at + 1;
    try {
      entry();
    } catch (e) {
      errors.push(e.message);
    }
  }
  function entry() {
    const type = ident().toLowerCase();
    space();
    const close = text[i] === '{' ? '}' : text[i] === '(' ? ')' : fail('expected { or (');
    i++;
    space();
    const key = ident();
    const fields = {};
    for (;;) {
      space();
      if (text[i] === close) {
        i++;
        break;
      }
      if (text[i] !== ',') fail('expected , or the end of the entry');
      i++;
      space();
      if (text[i] === close) {
        i++;
        break;
      }
      const name = ident().toLowerCase();
      space();
      if (text[i] !== '=') fail('expected =');
      i++;
      space();
      fields[name] = text[i] === '{' ? braced() : text[i] === '"' ? quoted() : ident();
    }
    entries.push({ type, key, fields });
  }
}

/** The text a LaTeX title written by bibtex.ts prints: its escapes decoded, its protecting braces removed. */
function printed(tex) {
  const commands = { textbraceleft: '{', textbraceright: '}', textbackslash: '\\', textasciitilde: '~' };
  Object.assign(commands, { textasciicircum: '^', textless: '<', textgreater: '>' });
  return tex.replace(/\\([a-z]+)\{\}|\\([&%$#_{}])|[{}]/g, (all, command, char) => {
    if (command) {
      assert.ok(command in commands, `unknown command \\${command}`);
      return commands[command];
    }
    return char ?? '';
  });
}

const collapse = (s) => s.replace(/\s+/g, ' ').trim();

test('by BibTeX rules, the hostile titles give one entry per paper, each title whole and intact as text', () => {
  const { entries, errors } = readBib(bib);
  assert.deepEqual(errors, []);
  assert.equal(entries.length, papers.length);
  entries.forEach((entry, i) => {
    assert.equal(entry.type, 'inproceedings');
    assert.equal(entry.key, `p${i}`);
    assert.equal(entry.fields.title, bibtexTitle(titles[i]), `title of ${JSON.stringify(titles[i])}`);
    assert.equal(printed(entry.fields.title), collapse(titles[i]), `printed title of ${JSON.stringify(titles[i])}`);
  });
});

test('the rules reader finds what the old escaping (\\{ and \\} for braces) let through', () => {
  const old = (t) =>
    `@inproceedings{a,\n  title = {${t.replace(/[{}]/g, (c) => `\\${c}`)}}\n}\n\n@inproceedings{b,\n  title = {B}\n}\n`;
  const injected = readBib(old(INJECTIONS[0]));
  assert.deepEqual(
    injected.entries.map((e) => e.key),
    ['injected', 'b'],
  );
  assert.equal(injected.entries[0].fields.url, 'http://evil.example/');
  const open = readBib(old(INJECTIONS[1]));
  assert.deepEqual(open.entries, []);
  assert.match(open.errors[0], /end of file inside a field/);
});

test("an organizer's own bibtex is used only when it is one whole entry; otherwise the generated one, with a warning", () => {
  const good = [
    '@inproceedings{key1, title = {A {Nested} Title}}',
    '@misc(key2, title = "x (y)")',
    '@article{k, title={}}\n',
  ];
  for (const text of good) assert.equal(isOneBibtexEntry(text.trim()), true, text);
  const bad = [
    '@misc{a, title={x}} @misc{injected, title={y}}',
    '@misc{a, title={open {{{{}',
    '@misc{a, title={x}}}',
    '@misc{a, title = {Robust methods} @misc(injected, title = "Injected entry")}',
    'title = {not an entry}',
    '@misc{a, title={x}',
  ];
  for (const text of bad) assert.equal(isOneBibtexEntry(text), false, text);
  const { data: value, problems } = validatePapers([
    { id: 'ok', title: 'Kept', bibtex: good[0] },
    { id: 'evil', title: 'Robust methods', bibtex: bad[0] },
  ]);
  assert.equal(value[0].bibtex, good[0]);
  assert.equal(value[1].bibtex, undefined);
  assert.equal(problems.length, 1);
  assert.equal(problems[0].path, 'papers[1].bibtex');
  assert.match(problems[0].message, /not one complete BibTeX entry/);
  // The .bib of both holds exactly two entries: the organizer's and the generated one.
  assert.equal(readBib(bibtexFile(value)).entries.length, 2);
});

// A style file that writes, for each entry, a line with its key and then its title.
const DUMP_BST = `ENTRY { title } {} {}
FUNCTION {dump} { "@@ " cite$ * write$ newline$ title write$ newline$ }
FUNCTION {inproceedings} { dump }
FUNCTION {default.type} { dump }
READ
ITERATE {call.type$}
`;

const bibtex = spawnSync('bibtex', ['--version'], { encoding: 'utf8' });
const missing = bibtex.error
  ? 'the bibtex binary is not installed (Debian: apt-get install --no-install-recommends texlive-binaries; npm test installs it as root)'
  : false;
if (missing) console.log(`# SKIPPED the real-bibtex test: ${missing}`);

test(
  'the real bibtex reads the hostile .bib with one entry per paper and every title as written',
  { skip: missing },
  () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'bibtex-'));
    writeFileSync(path.join(dir, 'papers.bib'), bib);
    writeFileSync(path.join(dir, 'dump.bst'), DUMP_BST);
    writeFileSync(path.join(dir, 'test.aux'), '\\citation{*}\n\\bibdata{papers}\n\\bibstyle{dump}\n');
    // Without TeX Live's configuration (texlive-base is not needed), kpathsea searches only the paths given here.
    const env = { ...process.env, BIBINPUTS: `${dir}:`, BSTINPUTS: `${dir}:` };
    const run = spawnSync('bibtex', ['-terse', 'test'], { cwd: dir, encoding: 'utf8', env });
    const log = readFileSync(path.join(dir, 'test.blg'), 'utf8');
    assert.equal(run.status, 0, `bibtex exited with ${run.status}:\n${run.stdout}\n${log}`);
    assert.doesNotMatch(log, /error message|Warning--/, log);
    // bibtex wraps long output lines at spaces: a title is the text up to the next entry, lines joined.
    const bbl = readFileSync(path.join(dir, 'test.bbl'), 'utf8');
    const read = bbl
      .split(/^@@ /m)
      .slice(1)
      .map((chunk) => {
        const newline = chunk.indexOf('\n');
        return { key: chunk.slice(0, newline), title: collapse(chunk.slice(newline + 1)) };
      });
    assert.deepEqual(
      read.map((e) => e.key),
      papers.map((p) => p.id),
    );
    read.forEach((e, i) =>
      assert.equal(e.title, collapse(bibtexTitle(titles[i])), `title of ${JSON.stringify(titles[i])}`),
    );
  },
);
