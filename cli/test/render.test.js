// `render` and `fill` write what the Jekyll kit writes: for the seed page's data the same markup as Jekyll's build of
// examples/jekyll (scripts/build-jekyll-example.sh, which npm test runs first), and for the Big List of Naughty
// Strings the same as a Jekyll build of the kit; the strings stay text (checked with a real HTML parser).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'parse5';
import { run, scratch } from './helpers.js';

const ROOT = new URL('../../', import.meta.url).pathname;
const SITE = join(ROOT, 'examples/jekyll');
const BLNS = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/blns/blns.json'), 'utf8'));

/** Markup compared as HTML reads it: runs of whitespace as one space, none between tags. */
const squash = (html) => html.replace(/\s+/g, ' ').replace(/> </g, '><').trim();

/** Asserts that `part` (squashed) is a piece of `page` (squashed); on failure, shows where they part. */
function assertWithin(page, part, label) {
  const p = squash(page);
  const m = squash(part);
  assert.ok(m.length > 200, `${label}: only ${m.length} characters written`);
  if (p.includes(m)) return;
  const start = p.indexOf(m.slice(0, 60));
  let i = 0;
  if (start >= 0) while (p[start + i] === m[i]) i++;
  assert.fail(
    `${label} differs from Jekyll's ${start < 0 ? '(start not found)' : `at ${i}:\n jekyll: ${p.slice(start + i - 80, start + i + 120)}\n render: ${m.slice(i - 80, i + 120)}`}`,
  );
}

/** The `render` arguments for a line `{% include workshop-elements/x.html a="b" items=site.data.program %}`. */
function argsOf(name, params, dataDir) {
  const args = ['render', name];
  for (const [, key, quoted, bare] of params.matchAll(/(\w+)=(?:"([^"]*)"|(\S+))/g)) {
    const flag = `--${key.replace(/_/g, '-')}`;
    if (bare?.startsWith('site.data.')) {
      const file = join(dataDir, `${bare.slice('site.data.'.length)}.yml`);
      if (key === 'event') args.push(flag, file);
      else args.splice(2, 0, file);
    } else if (bare === 'true') args.push(flag);
    else if (bare === 'false') args.push(`--no-${flag.slice(2)}`);
    else args.push(flag, quoted ?? bare);
  }
  return args;
}

test('for the seed page’s data, every include’s markup is what Jekyll writes (examples/jekyll)', async () => {
  const built = join(SITE, '_site/index.html');
  assert.ok(existsSync(built), 'run bash scripts/build-jekyll-example.sh first (npm test does)');
  const page = readFileSync(built, 'utf8');
  const source = readFileSync(join(SITE, 'index.html'), 'utf8');
  const includes = [...source.matchAll(/\{%\s*include workshop-elements\/(\w+)\.html ([^%]*)%\}/g)];
  assert.ok(includes.length >= 6);
  // The layout's head.html, and each include of the page, with the site's baseurl.
  for (const [, name, params] of [['', 'head', ''], ...includes]) {
    const args = [...argsOf(name, params, join(SITE, '_data')), '--base-url', '/smmal'];
    const { code, out, err } = await run(args);
    assert.equal(code, 0, err);
    assertWithin(page, out, args.slice(1, 2).join(' '));
  }
});

/** Data files with a hostile string in every field the includes write; `pick(file)` chooses the strings. */
function hostileData(dir, pick = () => BLNS) {
  const files = {
    program: pick('program').map((s, i) => ({
      start: 28800 + i * 60,
      title: s,
      type: 'talk',
      room: s,
      speakers: [{ name: s, url: s, affiliation: s }],
      links: [{ label: s, url: s }],
    })),
    papers: pick('papers').map((s) => ({ title: s, authors: [s, { name: s, affiliation: s }], pdf: s, abstract: s })),
    speakers: pick('speakers').map((s) => ({ name: s, affiliation: [s], url: s, bio: s, talk: { title: s, href: s } })),
    sponsors: pick('sponsors').map((s) => ({ name: s, logo: s, url: s, tier: s })),
    dates: pick('dates').map((s) => ({ label: s, date: '2019-12-13', note: s })),
  };
  for (const [name, value] of Object.entries(files))
    // Jekyll reads .json data with its YAML parser, which refuses raw C1 controls: \u escapes read back the same.
    writeFileSync(
      join(dir, `${name}.json`),
      JSON.stringify(value).replace(
        /[\u007f-\u009f\ufeff\ufffe\uffff]/g,
        (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
      ),
    );
  return files;
}

const KINDS = [
  ['schedule', 'program', 'items'],
  ['papers', 'papers', 'papers'],
  ['speakers', 'speakers', 'speaker'],
  ['sponsors', 'sponsors', 'sponsors'],
  ['dates', 'dates', 'dates'],
];

const TAGS = new Set(
  'html head body workshop-schedule paper-list speaker-card sponsor-strip important-dates div table caption thead tbody tr th td time strong small em i br ul ol li a p h3 img script'.split(
    ' ',
  ),
);
const ATTRS = new Set(
  'items papers speaker sponsors dates timezone date slot class scope colspan datetime href src alt loading aria-label type'.split(
    ' ',
  ),
);

test('hostile strings (BLNS) stay text: no element, attribute, script or URL scheme of theirs reaches the page', async () => {
  const dir = scratch();
  const data = hostileData(dir);
  for (const [kind, file, attr] of KINDS) {
    const { code, out } = await run(['render', kind, join(dir, `${file}.json`), '--url', 'https://example.org/ws/']);
    assert.equal(code, 0);
    const elements = [];
    const walk = (node) => {
      if (node.tagName) elements.push(node);
      for (const child of node.childNodes ?? []) walk(child);
      if (node.content) walk(node.content);
    };
    walk(parse(`<!doctype html><body>${out}`));
    const attrOf = (el, name) => el.attrs.find((a) => a.name === name)?.value;
    for (const el of elements) {
      assert.ok(TAGS.has(el.tagName), `${kind}: a <${el.tagName}> element`);
      for (const a of el.attrs) assert.ok(ATTRS.has(a.name), `${kind}: a ${a.name}= attribute on <${el.tagName}>`);
      for (const a of el.attrs.filter((a) => a.name === 'href' || a.name === 'src'))
        assert.doesNotMatch(a.value.replace(/[\s\0-\x1f]/g, ''), /^(?:java|vb)script:|^data:/i, `${kind}: ${a.value}`);
    }
    const text = (el) => el.childNodes.map((c) => c.value ?? '').join('');
    const scripts = elements.filter((el) => el.tagName === 'script');
    for (const s of scripts) assert.match(attrOf(s, 'type'), /^application\/(?:ld\+)?json$/);
    const jsonLd = scripts.filter((s) => attrOf(s, 'type') === 'application/ld+json').map((s) => JSON.parse(text(s)));
    assert.ok(jsonLd.length > 0 || kind === 'sponsors' || kind === 'dates', `${kind}: JSON-LD`);
    // The element's data reads back exactly: from its attribute, or (past 50 entries) its JSON script child.
    const hosts = elements.filter((el) => el.attrs.some((a) => a.name === attr) || el.tagName === 'script');
    const read =
      kind === 'speakers'
        ? hosts.filter((el) => attrOf(el, attr)).map((el) => JSON.parse(attrOf(el, attr)))
        : JSON.parse(attrOf(hosts[0], attr) ?? text(scripts.find((s) => attrOf(s, 'type') === 'application/json')));
    assert.deepEqual(read, data[file], `${kind}: the data reads back`);
    // One entry of the no-script HTML per entry of the data.
    const count = {
      schedule: () => elements.filter((el) => el.tagName === 'tr').length - 1,
      papers: () => elements.filter((el) => el.tagName === 'li').length,
      speakers: () => elements.filter((el) => el.tagName === 'h3').length,
      sponsors: () => elements.filter((el) => el.tagName === 'li').length,
      dates: () => elements.filter((el) => el.tagName === 'tr').length,
    }[kind]();
    assert.equal(count, BLNS.length, `${kind}: entries in the no-script HTML`);
  }
});

test('for hostile strings too, the markup is what Jekyll writes for the same include', async () => {
  const dir = scratch();
  cpSync(join(ROOT, 'jekyll'), dir, { recursive: true });
  mkdirSync(join(dir, '_data'));
  // Each string in one of the five (a Jekyll build of all 515 in all five takes a minute on this machine).
  const files = KINDS.map(([, file]) => file);
  hostileData(join(dir, '_data'), (file) => BLNS.filter((_, i) => i % 5 === files.indexOf(file)));
  writeFileSync(
    join(dir, '_config.yml'),
    'baseurl: "/blns"\nurl: "https://example.org"\ntitle: "BLNS"\ntimezone: UTC\n',
  );
  // A program of several days written in several ways, for the day rows (Ruby's %A and the CLI's must agree).
  writeFileSync(join(dir, '_data', 'days.json'), JSON.stringify(DAYS));
  writeFileSync(
    join(dir, 'index.html'),
    `---\n---\n<div id="days">{% include workshop-elements/schedule.html items=site.data.days timezone="UTC" %}</div>\n${KINDS.map(
      ([kind, file]) =>
        `<div id="${kind}">{% include workshop-elements/${kind}.html ${kind === 'schedule' ? 'items' : file}=site.data.${file}${kind === 'schedule' ? ' date="2019-12-13" timezone="UTC" utc_offset="+00:00"' : ''} %}</div>`,
    ).join('\n')}\n`,
  );
  execFileSync('jekyll', ['build', '--quiet', '-s', dir, '-d', join(dir, '_site')]);
  const page = readFileSync(join(dir, '_site/index.html'), 'utf8');
  // Addressable (Jekyll's URL normaliser) has Unicode tables of its own: compare URLs decoded and in NFKC.
  const urls = (html) =>
    html
      .replace(/(?:%[0-9A-F]{2})+/g, (m) => {
        try {
          return decodeURIComponent(m);
        } catch {
          return m;
        }
      })
      .normalize('NFKC');
  for (const [kind, file] of KINDS) {
    const args = ['render', kind, join(dir, '_data', `${file}.json`), '--base-url', '/blns'];
    args.push('--url', 'https://example.org/blns/', '--title', 'BLNS');
    if (kind === 'schedule') args.push('--date', '2019-12-13', '--timezone', 'UTC', '--utc-offset', '+00:00');
    const { code, out } = await run(args);
    assert.equal(code, 0);
    assertWithin(urls(page), urls(out), kind);
  }
  const days = await run([
    ...['render', 'schedule', join(dir, '_data', 'days.json'), '--timezone', 'UTC', '--base-url', '/blns'],
    ...['--url', 'https://example.org/blns/', '--title', 'BLNS'],
  ]);
  assert.equal(days.code, 0);
  assertWithin(page, days.out, 'a program of several days');
});

/** Three days around Vienna's DST change, a section opening a day, times in the seed's and ISO forms, one out of order. */
const DAYS = [
  { section: 'Saturday morning' },
  { date: '2027-03-27', start: '09:00 AM', end: '10:00 AM', title: 'Opening' },
  { date: '2027-03-27', start: '01:40 PM', end: '02:00 PM', title: 'Posters' },
  { section: 'Sunday' },
  { start: '2027-03-28T09:00', end: '2027-03-28T10:00', title: 'Keynote after the change' },
  { start: '2027-03-29T09:00', title: 'Monday talk' },
  { date: '2027-03-27', start: '17:00', title: 'Saturday dinner, written last' },
];

test('a program of several days names each day in the no-script table, before a section that opens it', async () => {
  const dir = scratch();
  writeFileSync(join(dir, 'days.json'), JSON.stringify(DAYS));
  const { code, out } = await run(['render', 'schedule', join(dir, 'days.json'), '--timezone', 'Europe/Vienna']);
  assert.equal(code, 0);
  const table = out.slice(out.indexOf('slot="fallback"'), out.indexOf('</table>'));
  const rows = [...table.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((m) =>
    m[1]
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' ')
      .trim(),
  );
  assert.deepEqual(
    rows.map((r) => r.replace(/ \d{2}:\d{2}.*/, '').replace(/^(\d{2}:\d{2}).*/, '$1')),
    [
      'Time Session',
      'Saturday 27 March 2027',
      'Saturday morning',
      '09:00',
      '13:40',
      'Sunday 28 March 2027',
      'Sunday',
      '09:00',
      'Monday 29 March 2027',
      '09:00',
      'Saturday 27 March 2027',
      '17:00',
    ],
  );
  assert.match(table, /<time datetime="2027-03-28">Sunday 28 March 2027<\/time>/);
});

test('the elements’ package ships the includes render reads, so the published command finds them', () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  assert.ok(pkg.files.includes('jekyll/_includes'), 'package.json files: jekyll/_includes');
});
