// Issue 21, the data layer: reproducers of the hangs and of inherited data, as tests of the pure modules.
// Each of these failed before the fix (the times are what the old code took on the reproducer).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { importTs } from './ts-module.mjs';

const { bibtexTitle, escapeLatex } = await importTs('src/paper-list/bibtex.ts');
const { splitAuthors, validatePapers } = await importTs('src/paper-list/validate.ts');
const { validateItems } = await importTs('src/workshop-schedule/validate.ts');
const { buildProgram } = await importTs('src/workshop-schedule/program.ts');
const { parseShareFragment, boundedIds, MAX_FAVORITES } = await importTs('src/workshop-schedule/favorites.ts');
const { validateSponsors } = await importTs('src/sponsor-strip/validate.ts');
const { validateSpeaker } = await importTs('src/speaker-card/validate.ts');
const { formatProblems } = await importTs('src/internal/validate.ts');
const { problemCount, omittedSkips, skippedEntry, LISTED_PROBLEMS } = await importTs('src/internal/problem-cap.ts');

/** Skipped entries as the elements' notice counts them (notice.ts, which needs lit and a DOM). */
const skippedEntries = (problems, what) =>
  new Set(
    problems
      .map(skippedEntry)
      .filter((s) => s?.what === what)
      .map((s) => s.entry),
  ).size + omittedSkips(problems);
const { Utf8Chunks, srcLimits, SrcLimitError } = await importTs('src/internal/src-reader.ts');

/** Runs `f` and returns the CPU time it took, in ms (not wall time: the machine may be busy with other work). */
function timed(f) {
  const cpu = () => {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1000;
  };
  const start = cpu();
  f();
  return cpu() - start;
}

// Linear code reads these inputs in milliseconds; the backtracking patterns took 29 s and 43 s on the 200,000
// character reproducers, and grow with the square of the length (10^6 characters: about 20 minutes).
const LONG_MS = 2000;

test('bibtexTitle of a 200,000-character word and of a 10^6-character title is quick', () => {
  const word = 'a'.repeat(200_000);
  assert.ok(timed(() => assert.equal(bibtexTitle(word), word)) < LONG_MS);
  const title = `${'x'.repeat(500_000)} ${'ImageNet '.repeat(55_000)}`;
  let out = '';
  assert.ok(timed(() => (out = bibtexTitle(title))) < LONG_MS);
  assert.ok(out.startsWith('x'.repeat(500_000) + ' {ImageNet} {ImageNet}'));
});

test('bibtexTitle still protects capitals after the first letter, and only those', () => {
  assert.equal(
    bibtexTitle('Training GANs on ImageNet with Q-Learning'),
    'Training {GANs} on {ImageNet} with {Q-Learning}',
  );
  assert.equal(bibtexTitle('iPhone and Learning'), '{iPhone} and Learning');
  assert.equal(bibtexTitle('3D BERT É'), '3D {BERT} É');
});

test('bibtexTitle of 10^6 characters of dollars and formulas is quick, and keeps every formula', () => {
  assert.ok(timed(() => bibtexTitle(`$a${' b'.repeat(500_000)}`)) < LONG_MS);
  assert.ok(timed(() => bibtexTitle('$'.repeat(1_000_000))) < LONG_MS);
  let out = '';
  assert.ok(timed(() => (out = bibtexTitle('$x_1$ '.repeat(100_000)))) < LONG_MS);
  // The first 6,400 stay math (one private-use character each while the rest is escaped), the others text.
  assert.equal(out.split('{$x_1$}').length - 1, 6_400);
  assert.equal(out.split('\\$x\\_1\\$').length - 1, 93_600);
});

test('splitAuthors of 200,000 spaces then "x", and of 10^6 characters of names, is quick', () => {
  assert.ok(timed(() => assert.deepEqual(splitAuthors(`${' '.repeat(200_000)}x`), ['x'])) < LONG_MS);
  assert.ok(timed(() => splitAuthors(`${' '.repeat(200_000)};x`)) < LONG_MS);
  assert.ok(timed(() => splitAuthors(`A,${' '.repeat(200_000)},`)) < LONG_MS);
  const many = Array.from({ length: 50_000 }, (_, i) => `Ann Lee${i}`).join(' and ');
  let names = [];
  assert.ok(timed(() => (names = splitAuthors(many))) < LONG_MS);
  assert.equal(names.length, 50_000);
});

test('splitAuthors keeps its rules: and, commas, semicolons with "Last, First", suffixes', () => {
  assert.deepEqual(splitAuthors('A B, C D and E F'), ['A B', 'C D', 'E F']);
  assert.deepEqual(splitAuthors('Davis, Christopher; Bulat, Luana and Doe, J.'), [
    'Christopher Davis',
    'Luana Bulat',
    'J. Doe',
  ]);
  assert.deepEqual(splitAuthors('Martin Luther King, Jr., R&D Team'), ['Martin Luther King, Jr.', 'R&D Team']);
  assert.deepEqual(splitAuthors('Anderson  AND   Brandt'), ['Anderson', 'Brandt']);
  assert.deepEqual(splitAuthors('Grand and'), ['Grand and']);
});

test('20,000 papers with one id are renamed quickly, each once (30 s before)', () => {
  const papers = Array.from({ length: 20_000 }, () => ({ id: 'dup', title: 'Poster' }));
  let result;
  assert.ok(timed(() => (result = validatePapers(papers))) < 5000);
  const ids = result.data.map((p) => p.id);
  assert.equal(new Set(ids).size, 20_000);
  assert.deepEqual(ids.slice(0, 3), ['dup', 'dup-2', 'dup-3']);
  assert.equal(ids[19_999], 'dup-20000');
  assert.equal(problemCount(result.problems), 19_999);
});

test('a duplicate id never takes an id written later or earlier: the first free number', () => {
  const { data } = validatePapers([
    { id: 'a', title: 'T' },
    { id: 'a-2', title: 'T' },
    { id: 'a', title: 'T' },
    { id: 'a', title: 'T' },
  ]);
  assert.deepEqual(
    data.map((p) => p.id),
    ['a', 'a-2', 'a-3', 'a-4'],
  );
});

/** N sessions 10:00–11:00 titled "Poster", alternating between Hall A and Hall B: the reproducer. */
const posters = (n) =>
  validateItems(
    Array.from({ length: n }, (_, i) => ({
      start: '10:00',
      end: '11:00',
      title: 'Poster',
      room: i % 2 ? 'Hall B' : 'Hall A',
    })),
  ).data;

test('6,000 overlapping posters: each clash named once, a warning of a hundred lines (RangeError before)', () => {
  let program;
  assert.ok(timed(() => (program = buildProgram(posters(6000), 'UTC', '2019-12-13'))) < 10_000);
  const clashes = program.problems.filter((p) => p.message.startsWith('overlaps'));
  // Each session after the first in its room overlaps an earlier one: 2,999 in each hall, named once each.
  assert.equal(clashes.length, 5998);
  assert.equal(new Set(clashes.map((p) => p.path)).size, 5998);
  assert.match(
    clashes[0].message,
    /^overlaps "Poster" \(items\[\d+\]\) in room "Hall [AB]"; this day is shown as a list$/,
  );
  assert.equal(program.days[0].parallel, false);
  const text = formatProblems(program.problems);
  assert.equal(text.split('\n').length, LISTED_PROBLEMS + 1);
  assert.match(text.split('\n').at(-1), /^ {2}…and 5,898 more$/);
});

test('a session spanning all rooms clashes with what runs beside it; parallel rooms alone do not clash', () => {
  const data = validateItems([
    { start: '09:00', end: '10:00', title: 'Keynote' },
    { start: '09:30', end: '10:30', title: 'Talk A', room: 'A' },
    { start: '10:30', end: '11:00', title: 'Talk B', room: 'B' },
    { start: '10:30', end: '11:00', title: 'Talk C', room: 'C' },
  ]).data;
  const { problems, days } = buildProgram(data, 'UTC', '2019-12-13');
  assert.deepEqual(
    problems.map((p) => p.message),
    ['overlaps "Keynote" (items[0]) while it spans all rooms; this day is shown as a list'],
  );
  assert.equal(days[0].parallel, false);
  const parallel = buildProgram(data.slice(1), 'UTC', '2019-12-13');
  assert.deepEqual(parallel.problems, []);
  assert.equal(parallel.days[0].parallel, true);
});

test('8,000 sessions titled "Poster" without ids get distinct ids quickly (4.2 s before)', () => {
  const data = validateItems(
    Array.from({ length: 8000 }, (_, i) => ({ start: `${8 + (i % 10)}:00`, title: 'Poster' })),
  ).data;
  let program;
  assert.ok(timed(() => (program = buildProgram(data, 'UTC', '2019-12-13'))) < 5000);
  assert.equal(new Set(program.sessions.map((s) => s.id)).size, 8000);
});

test('a share link of 100,000 ids is read quickly, de-duplicated and capped (13.5 s before)', () => {
  const hash = `#my-program=${Array.from({ length: 100_000 }, (_, i) => `talk-${i % 50_000}`).join(',')}`;
  let ids;
  assert.ok(timed(() => (ids = parseShareFragment(hash))) < 1000);
  assert.equal(ids.length, MAX_FAVORITES);
  assert.equal(new Set(ids).size, ids.length);
  assert.deepEqual(parseShareFragment('#my-program=a,b,a,,%E2%9C%93,%ZZ'), ['a', 'b', '✓', '%ZZ']);
  assert.deepEqual(boundedIds(['a', 3, 'a', '', 'x'.repeat(5000), 'b']), ['a', 'b']);
});

test('1 M zeros as sponsors: every problem counted, a hundred kept, the notice counts all (5.3 s before)', () => {
  const zeros = new Array(1_000_000).fill(0);
  let result;
  assert.ok(timed(() => (result = validateSponsors(zeros))) < 3000);
  assert.equal(result.data.length, 0);
  assert.equal(result.problems.length, LISTED_PROBLEMS + 1);
  assert.equal(problemCount(result.problems), 1_000_000);
  assert.equal(skippedEntries(result.problems, 'sponsor'), 1_000_000);
  const lines = formatProblems(result.problems).split('\n');
  assert.equal(lines.length, LISTED_PROBLEMS + 1);
  assert.equal(lines[0], '  sponsors[0]: expected an object, got the number 0 (sponsor skipped)');
  assert.equal(lines.at(-1), '  …and 999,900 more');
});

test('an entry with several problems across the cap counts once as skipped', () => {
  const sponsors = [...new Array(99).fill(0), { nam: 'typo', tier: '' }, 0, { name: 'Kept' }];
  const { data, problems } = validateSponsors(sponsors);
  assert.deepEqual(
    data.map((s) => s.name),
    ['Kept'],
  );
  // 99 zeros, the typo entry (missing name, unknown field, empty tier), one more zero.
  assert.equal(problemCount(problems), 103);
  assert.equal(skippedEntries(problems, 'sponsor'), 101);
});

test('a polluted Object.prototype.url, .logo, .title adds no link, logo or field to papers, speakers, sponsors', () => {
  const keys = ['url', 'logo', 'pdf', 'photo', 'affiliation', 'title'];
  try {
    for (const key of keys) Object.prototype[key] = key === 'title' ? 'Injected' : 'https://evil.example/';
    const papers = validatePapers([{ title: 'A paper', authors: [{ name: 'Ada' }] }]);
    assert.equal(papers.data[0].url, undefined);
    assert.equal(papers.data[0].pdf, undefined);
    assert.equal(papers.data[0].authors[0].url, undefined);
    const sponsors = validateSponsors([{ name: 'Acme' }]);
    assert.equal(sponsors.data[0].url, undefined);
    assert.equal(sponsors.data[0].logo, undefined);
    const speaker = validateSpeaker({ name: 'Ada' });
    assert.equal(speaker.data.url, undefined);
    assert.equal(speaker.data.photo, undefined);
    assert.deepEqual(
      [...papers.problems, ...sponsors.problems, ...speaker.problems].map((p) => p.path),
      [],
    );
  } finally {
    for (const key of keys) delete Object.prototype[key];
  }
  assert.equal({}.url, undefined);
});

const bytes = (...b) => new Uint8Array(b);

test('UTF-8 split across chunks decodes without a warning; Latin-1 bytes decode leniently with one', () => {
  const ok = new Utf8Chunks();
  // "é✓" as C3 A9 E2 9C 93, cut inside both characters.
  const text =
    ok.decode(bytes(0x5b, 0x22, 0xc3)) + ok.decode(bytes(0xa9, 0xe2)) + ok.decode(bytes(0x9c, 0x93, 0x22, 0x5d));
  assert.equal(text + ok.decode(), '["é✓"]');
  assert.equal(ok.invalid, false);

  const latin1 = new Utf8Chunks();
  // "Café" in Latin-1 (E9), after a valid multi-byte character cut between chunks.
  const read =
    latin1.decode(bytes(0x22, 0xe2, 0x9c)) + latin1.decode(bytes(0x93, 0x43, 0x61, 0x66, 0xe9, 0x22)) + latin1.decode();
  assert.equal(read, '"✓Caf\uFFFD"');
  assert.equal(latin1.invalid, true);

  const cut = new Utf8Chunks();
  assert.equal(cut.decode(bytes(0x61, 0xc3)) + cut.decode(), 'a\uFFFD');
  assert.equal(cut.invalid, true);
});

test('the size limit holds for bytes counted as they arrive', () => {
  const saved = srcLimits.maxBytes;
  try {
    srcLimits.maxBytes = 10;
    const chunks = new Utf8Chunks();
    chunks.decode(new Uint8Array(6));
    assert.throws(
      () => chunks.decode(new Uint8Array(6)),
      (e) => e instanceof SrcLimitError && /larger than/.test(e.message),
    );
  } finally {
    srcLimits.maxBytes = saved;
  }
});

test('escapeLatex is linear on 10^6 braces', () => {
  let out = '';
  assert.ok(timed(() => (out = escapeLatex('{'.repeat(500_000) + '}'.repeat(500_000)))) < LONG_MS);
  assert.equal(out, '\\{'.repeat(500_000) + '\\}'.repeat(500_000));
});
