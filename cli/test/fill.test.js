// `fill` writes into the marked places of a page what `render` writes, leaves the rest of the page alone, and gives
// the same file when run again; a bad entry is named with its file, line and field, and the rest is written.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'parse5';
import { run, scratch } from './helpers.js';

const PROGRAM = `- section: Morning
- { id: opening, start: 08:30, end: "09:00", title: Opening Remarks, type: remarks }
- id: keynote
  start: "09:00"
  end: "10:00"
  title: On the universality of the Euler equation
  speakers: [{ name: Terence Tao, affiliation: UCLA, url: "https://www.math.ucla.edu/~tao/" }]
`;
const PAPERS = `- title: Good paper
  authors: [Ada Lovelace, Alan Turing]
  pdf: /papers/1.pdf
- title: Bad paper
  authors: 3
  pdf: "javascript:alert(1)"
- title: Another good paper
  authors: [Grace Hopper]
`;

function site() {
  const dir = scratch();
  mkdirSync(join(dir, 'data'));
  writeFileSync(join(dir, 'data/program.yml'), PROGRAM);
  writeFileSync(join(dir, 'data/papers.yml'), PAPERS);
  const page = join(dir, 'index.html');
  writeFileSync(
    page,
    `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>SMMaL &amp; friends</title>
  <!-- workshop-elements:head -->
  <!-- /workshop-elements -->
</head><body>
<h1>Program</h1>
<!-- workshop-elements:schedule data/program.yml --date 2019-12-13 --timezone "America/Vancouver" --heading-level=3 -->
<p>The program will be here.</p>
<!-- /workshop-elements -->
<p>Written by hand, kept.</p>
<!-- workshop-elements:papers data/papers.yml --venue 'SMMaL Workshop' -->
<!-- /workshop-elements -->
</body></html>
`,
  );
  return { dir, page };
}

const between = (html, start) => {
  const from = html.indexOf('-->', html.indexOf(start)) + 3;
  return html.slice(from, html.indexOf('<!-- /workshop-elements -->', from));
};

test('fill writes render’s output between the markers, keeps the rest, and a second run changes nothing', async () => {
  const { dir, page } = site();
  const first = await run(['fill', page, '--url', 'https://example.org/smmal/']);
  assert.equal(first.code, 0, first.err);
  assert.match(first.err, /index\.html: 3 place\(s\) filled/);
  const html = readFileSync(page, 'utf8');
  assert.doesNotMatch(html, /The program will be here/);
  assert.match(html, /<p>Written by hand, kept\.<\/p>/);
  assert.match(html, /<title>SMMaL &amp; friends<\/title>/);
  // Exactly what render writes for the same arguments (data read from the page's folder).
  const schedule = await run([
    'render',
    'schedule',
    join(dir, 'data/program.yml'),
    '--date',
    '2019-12-13',
    '--timezone',
    'America/Vancouver',
    '--heading-level',
    '3',
    '--url',
    'https://example.org/smmal/',
    '--title',
    'SMMaL & friends',
  ]);
  assert.equal(between(html, 'workshop-elements:schedule'), `\n${schedule.out}`);
  assert.match(between(html, 'workshop-elements:head'), /^\n<script type="module" blocking="render" src="\/assets\//);
  assert.match(html, /<\/style>\n {2}<!-- \/workshop-elements -->\n<\/head>/);
  // The page's title names the workshop's Event; times carry Vancouver's offset on the day.
  const ld = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/.exec(html)[1]);
  assert.equal(ld.name, 'SMMaL & friends');
  assert.equal(ld['@id'], 'https://example.org/smmal/#event');
  assert.equal(ld.subEvent[0].startDate, '2019-12-13T08:30:00-08:00');
  // A valid document, with the elements where the markers were.
  const body = parse(html)
    .childNodes.find((n) => n.tagName === 'html')
    .childNodes.find((n) => n.tagName === 'body');
  assert.deepEqual(
    body.childNodes.filter((n) => n.tagName).map((n) => n.tagName),
    ['h1', 'workshop-schedule', 'script', 'p', 'paper-list', 'script'],
  );

  const second = await run(['fill', page, '--url', 'https://example.org/smmal/']);
  assert.equal(second.code, 0);
  assert.match(second.err, /3 place\(s\) already up to date/);
  assert.equal(readFileSync(page, 'utf8'), html);
  assert.equal((await run(['fill', '--check', page, '--url', 'https://example.org/smmal/'])).code, 0);

  // Edited data: --check says so and writes nothing; fill brings the page up to date.
  writeFileSync(join(dir, 'data/program.yml'), PROGRAM.replace('Opening Remarks', 'Welcome'));
  const check = await run(['fill', '--check', page, '--url', 'https://example.org/smmal/']);
  assert.equal(check.code, 1);
  assert.match(check.err, /not up to date/);
  assert.equal(readFileSync(page, 'utf8'), html);
  await run(['fill', page, '--url', 'https://example.org/smmal/']);
  assert.match(readFileSync(page, 'utf8'), /<strong>Welcome<\/strong>/);
});

test('a bad entry (or zone) is named with file, line and field, as validate does; the valid papers are still written', async () => {
  const { dir } = site();
  const file = join(dir, 'data/papers.yml');
  const { code, out, err } = await run(['render', 'papers', file]);
  assert.equal(code, 0);
  assert.match(err, new RegExp(`${file}:5 papers\\[1\\] "Bad paper"\\.authors: expected a list of names`));
  assert.match(err, new RegExp(`${file}:6 papers\\[1\\] "Bad paper"\\.pdf: unsafe URL scheme "javascript:"`));
  const validate = await run(['validate', file]);
  for (const line of validate.err.split('\n').filter((l) => l.includes('papers[')))
    assert.ok(err.includes(line), `validate's line is printed: ${line}`);
  assert.match(out, /<strong><a href="\/papers\/1\.pdf">Good paper<\/a><\/strong> — <i>Ada Lovelace, Alan Turing<\/i>/);
  assert.match(out, /<strong>Another good paper<\/strong> — <i>Grace Hopper<\/i>/);
  assert.doesNotMatch(out, /href="javascript:/);

  const zone = await run(['render', 'schedule', join(dir, 'data/program.yml'), '--timezone', 'America/Vancuver']);
  assert.match(zone.err, /--timezone America\/Vancuver is not a time zone name/);

  const bare = await run(['render', 'papers', file, '--no-fallback', '--no-jsonld', '--attr', 'lang=de']);
  assert.match(bare.out, /^<paper-list lang="de" papers='/);
  assert.doesNotMatch(bare.out, /slot="fallback"|application\/ld\+json/);

  const strict = await run(['render', 'papers', file, '--strict']);
  assert.equal(strict.code, 1);
  assert.equal(strict.out, '');
});

test('a marker with a mistake is named with the page’s line; nothing is written', async () => {
  const { page } = site();
  const before = readFileSync(page, 'utf8');
  const cases = [
    [before.replace('workshop-elements:papers', 'workshop-elements:paper'), /index\.html:11: .*no such element/],
    [
      before.replace("--venue 'SMMaL Workshop'", '--venu x'),
      /index\.html:11: workshop-elements:papers: unknown option '--venu'/,
    ],
    [
      before.replace(/<!-- \/workshop-elements -->\n<\/body>/, '</body>'),
      /index\.html:11: .*has no <!-- \/workshop-elements -->/,
    ],
    [before.replace('data/papers.yml', 'data/nope.yml'), /nope\.yml: no such file/],
  ];
  for (const [text, message] of cases) {
    writeFileSync(page, text);
    const { code, err } = await run(['fill', page]);
    assert.equal(code, 1, err);
    assert.match(err, message);
    assert.equal(readFileSync(page, 'utf8'), text);
  }
});

test('render speaker takes one person; render head writes the kit’s script tag and styles, --cdn the pinned URL', async () => {
  const dir = scratch();
  writeFileSync(join(dir, 'keynote.yml'), 'name: Terence Tao\naffiliation: UCLA\nbio: Professor of mathematics.\n');
  writeFileSync(join(dir, 'people.yml'), '- name: A\n- name: B\n');
  const one = await run(['render', 'speaker', join(dir, 'keynote.yml'), '--heading-level', '2']);
  assert.equal(one.code, 0, one.err);
  assert.match(one.out, /<speaker-card heading-level="2" speaker='/);
  assert.match(one.out, /<h2>Terence Tao<\/h2>/);
  const list = await run(['render', 'speaker', join(dir, 'people.yml')]);
  assert.equal(list.code, 1);
  assert.match(list.err, /holds a list of 2; render speaker writes one person \(use render speakers/);
  const head = await run(['render', 'head', '--base-url', '/ws', '--lang', 'de']);
  assert.match(head.out, /src="\/ws\/assets\/workshop-elements\.js"/);
  assert.match(head.out, /src="\/ws\/assets\/translations\/de\.js"/);
  const cdn = await run(['render', 'head', '--cdn', '--no-render-blocking']);
  assert.match(
    cdn.out,
    /src="https:\/\/cdn\.jsdelivr\.net\/npm\/workshop-elements@[\d.]+\/cdn\/workshop-elements\.js" integrity="sha384-/,
  );
  assert.doesNotMatch(cdn.out, /blocking=/);
});
