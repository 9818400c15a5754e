// The few places where Jekyll's Ruby differs from liquidjs, each checked against what Ruby 3.1 / Liquid 5.4 /
// Addressable 2.8 (Debian's Jekyll 4.3) print for the same template: the expected values below are Ruby's output.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jekyllLiquid, normalizeUrl, rubyDate, rubyLiterals, toLiquidData } from '../src/render/ruby-liquid.js';

/** Renders `template` with the engine `render` uses, from an _includes folder made for it. */
function render(template, data = {}, site = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'we-liquid-'));
  try {
    mkdirSync(join(dir, 'workshop-elements'));
    writeFileSync(join(dir, 'workshop-elements', 't.html'), template);
    const engine = jekyllLiquid(dir, site, '{% include workshop-elements/t.html %}');
    return engine.renderFileSync(
      'entry',
      Object.fromEntries(Object.entries(data).map(([k, v]) => [k, toLiquidData(v)])),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('escape is CGI.escapeHTML: a double quote is &quot;, an apostrophe &#39;', () => {
  assert.equal(render(`{{ q | escape }}`, { q: `a"<>&'b` }), 'a&quot;&lt;&gt;&amp;&#39;b');
});

test('a quoted string is taken as written, as Ruby does: the kit’s \\u003c stays six characters', () => {
  assert.equal(
    render(`{{ s | replace: '<', '\\u003c' }}|{{ '\\/\\/' }}`, { s: '</script>' }),
    '\\u003c/script>|\\/\\/',
  );
  assert.equal(
    rubyLiterals(`a\\b {{ 'x\\y' }} {% assign z = "\\u" %}`),
    `a\\b {{ 'x\\\\y' }} {% assign z = "\\\\u" %}`,
  );
});

test('a hash has first (its first pair) and size; a string has no first', () => {
  assert.equal(
    render(`{{ x.first }}|{{ x.size }}|{% if y.first %}y{% endif %}|{% if s.first %}s{% endif %}`, {
      x: { a: 1, b: 2 },
      y: {},
      s: 'text',
    }),
    'a1|2||',
  );
  assert.equal(render(`{% for p in x %}{{ p[0] }}={{ p[1] }};{% endfor %}`, { x: { a: 1, b: 'c' } }), 'a=1;b=c;');
});

test('arithmetic is Ruby’s: integers divide to an integer, 2.0 is a float, text that is not a number is 0', () => {
  assert.equal(
    render(
      `{{ 7 | divided_by: 2 }} {{ 7 | divided_by: 2.0 }} {{ "abc" | plus: 1 }} {{ "3x" | times: 2 }} {{ -7 | modulo: 3 }} {{ "x" | at_least: 1 }}`,
    ),
    '3 3.5 1 6 2 1',
  );
});

test('output joins a list; strip keeps Unicode spaces; strip_html drops comments, scripts and tags', () => {
  assert.equal(render(`{{ l }}`, { l: ['a', ['b'], null, 1] }), 'ab1');
  assert.equal(render(`{{ s | strip }}`, { s: '\u3000 x \t' }), '\u3000 x');
  assert.equal(render(`{{ h | strip_html }}`, { h: 'a<b\nc>d<!-- x -->e<script>f</script>g' }), 'adeg');
});

test('date reads a wall clock in the site’s zone (DST included) or with its own offset', () => {
  const zone = 'America/Vancouver';
  assert.equal(rubyDate('2019-07-01 10:00', '%:z', zone), '-07:00');
  assert.equal(rubyDate('2019-12-13 10:00', '%:z', zone), '-08:00');
  assert.equal(rubyDate('2019-12-13T08:30:00-08:00', '%s', zone), '1576254600');
  assert.equal(rubyDate('2019-12-13', '%B %-d, %Y', zone), 'December 13, 2019');
  assert.equal(rubyDate('2019-12-13', '%Y-%m-%d'), '2019-12-13');
  assert.equal(rubyDate('no date', '%s', zone), 'no date');
});

test('relative_url and absolute_url normalise as Addressable: NFKC, percent-encoding, dot segments, strip', () => {
  assert.equal(normalizeUrl('/a b/é/../x?q=<1> "#f g'), '/a%20b/x?q=%3C1%3E%20%22#f%20g');
  assert.equal(normalizeUrl('/x/./y/%41%2f'), '/x/y/A%2F');
  assert.equal(normalizeUrl('/a\\b{c}|d^e`[f]'), '/a%5Cb%7Bc%7D%7Cd%5Ee%60%5Bf%5D');
  assert.equal(normalizeUrl('https://Example.org:443/a\u00a0'), 'https://example.org/a%20');
  assert.equal(normalizeUrl('/a b ?q'), '/a%20b?q');
  for (const [path, ruby] of Object.entries({ '/a/b/../c': '/a/c', '/a/./b/.': '/a/b/', '/..': '/', '/a/..': '/' }))
    assert.equal(normalizeUrl(path), ruby, path);
  const site = { baseurl: '/ws', url: 'https://example.org' };
  assert.equal(
    render(
      `{{ '/p/1.pdf' | relative_url }} {{ 'p.pdf' | absolute_url }} {{ 'http://x.org/' | absolute_url }}`,
      {},
      site,
    ),
    '/ws/p/1.pdf https://example.org/ws/p.pdf http://x.org/',
  );
  assert.equal(render(`{{ '/' | absolute_url }}`, {}, { baseurl: '' }), '/');
});
