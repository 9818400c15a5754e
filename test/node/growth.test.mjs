// Issue 21: every per-item step of reading organizer data grows linearly (or n log n) with the data. A property test
// (fast-check) draws the shape of a data set (how many entries share an id, a title, a room, a time), builds it at
// n and at 10n entries, and checks that the work grows at most ~x20 (the quadratic steps it replaced grew x100).
// Work is measured as CPU time within this one run (the best of three, each after a garbage collection), so a GC
// pause or another process on the machine does not decide the ratio.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';
import fc from 'fast-check';
import { importTs } from './ts-module.mjs';

const { validatePapers } = await importTs('src/paper-list/validate.ts');
const { haystack, select } = await importTs('src/paper-list/search.ts');
const { validateItems } = await importTs('src/workshop-schedule/validate.ts');
const { buildProgram } = await importTs('src/workshop-schedule/program.ts');
const { parseShareFragment } = await importTs('src/workshop-schedule/favorites.ts');
const { validateSponsors } = await importTs('src/sponsor-strip/validate.ts');
const { validateDates } = await importTs('src/important-dates/validate.ts');
const { placeDates } = await importTs('src/important-dates/dates.ts');

const MAX_RATIO = 20;

// A garbage collection before each timing, so that one run does not pay for the garbage of the one before.
v8.setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc');

/** CPU time of this process (not wall time: the machine may be busy with other work), in ms. */
const cpu = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/** CPU time of one `run()`: repeated until 20 ms have passed; the best of three such measures. */
function perRun(run) {
  let min = Infinity;
  for (let trial = 0; trial < 3; trial++) {
    gc();
    let runs = 0;
    const start = cpu();
    do {
      run();
      runs++;
    } while (cpu() - start < 20);
    min = Math.min(min, (cpu() - start) / runs);
  }
  return min;
}

/** The CPU time of `work(make(10n))` over that of `work(make(n))`. The data is made outside the timing. */
function growth(make, work, n) {
  const small = make(n);
  const large = make(10 * n);
  work(small); // warm up the JIT
  work(large);
  return perRun(() => work(large)) / perRun(() => work(small));
}

function check(name, shape, make, work, n) {
  test(`${name}: x10 the entries costs at most x${MAX_RATIO} the time`, () => {
    fc.assert(
      fc.property(shape, (s) => {
        // Other work on the machine only ever makes a ratio larger: a shape over the bound is measured again, up
        // to three times. A quadratic step gives about x100 every time.
        let ratio = Infinity;
        for (let attempt = 0; attempt < 3 && ratio > MAX_RATIO; attempt++)
          ratio = growth((size) => make(size, s), work, n);
        assert.ok(ratio <= MAX_RATIO, `x10 entries took x${ratio.toFixed(1)} the time (shape ${JSON.stringify(s)})`);
      }),
      { numRuns: 3 },
    );
  });
}

// How many entries share one value: 1 (all distinct) up to all of them.
const sharing = fc.constantFrom(1, 2, 10, Infinity);
const pick = (i, share, prefix) => (share === Infinity ? prefix : `${prefix}-${Math.floor(i / share)}`);

check(
  'paper ids (given, or generated from equal author and title)',
  fc.record({ share: sharing, given: fc.boolean() }),
  (n, { share, given }) =>
    Array.from({ length: n }, (_, i) =>
      given
        ? { id: pick(i, share, 'dup'), title: 'Poster' }
        : { title: `${pick(i, share, 'Poster')} study`, authors: 'Ada Lovelace' },
    ),
  (papers) => validatePapers(papers),
  1000,
);

check(
  'sessions: ids, default ends and clashes',
  fc.record({ share: sharing, rooms: fc.constantFrom(1, 2, 50), withEnd: fc.boolean() }),
  (n, { share, rooms, withEnd }) => {
    const data = validateItems(
      Array.from({ length: n }, (_, i) => ({
        start: '10:00',
        ...(withEnd ? { end: '11:00' } : {}),
        title: pick(i, share, 'Poster'),
        room: `Hall ${i % rooms}`,
      })),
    ).data;
    return data;
  },
  (data) => buildProgram(data, 'UTC', '2019-12-13'),
  500,
);

check(
  'share links (#my-program=…)',
  fc.record({ share: sharing }),
  (n, { share }) => '#my-program=' + Array.from({ length: n }, (_, i) => pick(i, share, 'talk')).join(','),
  (hash) => parseShareFragment(hash),
  10_000,
);

check(
  'search indexing and filtering of papers',
  fc.record({ share: sharing }),
  (n, { share }) =>
    validatePapers(
      Array.from({ length: n }, (_, i) => ({
        title: `${pick(i, share, 'Schölkopf')} learning`,
        authors: ['Ada Lovelace', 'Alan Turing'],
        abstract: 'We study kernels. '.repeat(5),
      })),
    ).data,
  (papers) => {
    const hays = new Map(papers.map((p) => [p, haystack(p)]));
    select(papers, { q: 'scholkopf kernels', type: '', award: '', session: '', keyword: '' }, 'title', (p) =>
      hays.get(p),
    );
  },
  500,
);

check(
  'lists of bad entries (problems counted past the first hundred)',
  fc.record({ value: fc.constantFrom(0, null, 'x', []) }),
  (n, { value }) => Array.from({ length: n }, () => value),
  (list) => validateSponsors(list),
  5000,
);

check(
  'important dates: ids and repeated dates',
  fc.record({ share: sharing }),
  (n, { share }) =>
    validateDates(
      Array.from({ length: n }, (_, i) => ({ label: pick(i, share, 'Deadline'), date: '2026-05-01', timezone: 'UTC' })),
    ).data,
  (dates) => placeDates(dates, { zone: 'UTC', viewer: 'UTC' }),
  500,
);
