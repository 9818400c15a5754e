// The npm package as consumers get it after `npm run build`: every export resolves to a built file with types,
// lit stays a dependency of dist/ (never bundled), and the CDN bundle carries lit inside.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { parseAst } from 'rollup/parseAst';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

test('every export in package.json points at a built file, with types for each element', () => {
  for (const [name, target] of Object.entries(pkg.exports)) {
    if (target === null) continue; // a subpath kept out of a pattern
    if (typeof target === 'string') {
      if (!target.includes('*')) assert.ok(existsSync(target), `${name} → ${target}`);
      continue;
    }
    // A pattern (`./react/*.js`): checked with one element (or language) for the star.
    const file = (path) => path.replace('*', name.startsWith('./translations/') ? 'de' : 'paper-list');
    assert.ok(existsSync(file(target.default)), `${name} → ${target.default}`);
    assert.ok(existsSync(file(target.types)), `${name} types → ${target.types}`);
  }
  for (const tag of ['workshop-schedule', 'speaker-card', 'paper-list', 'sponsor-strip', 'important-dates'])
    assert.ok(pkg.exports[`./${tag}.js`], `an export for ${tag}`);
});

test('dist/ imports lit instead of bundling it; the CDN bundle is one file with lit inside', () => {
  const element = readFileSync('dist/paper-list/paper-list.js', 'utf8');
  assert.match(element, /from ['"]lit['"]/);
  assert.deepEqual(Object.keys(pkg.dependencies), ['lit']);
  const cdn = readFileSync('cdn/workshop-elements.js', 'utf8');
  assert.doesNotMatch(cdn, /from ['"]lit/);
  for (const tag of ['workshop-schedule', 'speaker-card', 'paper-list', 'sponsor-strip', 'important-dates'])
    assert.ok(cdn.includes(tag), tag);
});

test('each element has a CDN file of its own: lit inside, no import, only its own tag defined', () => {
  const tags = ['workshop-schedule', 'speaker-card', 'paper-list', 'sponsor-strip', 'important-dates'];
  for (const tag of tags) {
    const file = readFileSync(`cdn/${tag}.js`, 'utf8');
    // One file to copy and one hash to pin: no static or dynamic import of another file (a shared chunk).
    const imports = parseAst(file).body.filter((node) => node.type === 'ImportDeclaration' || node.source);
    assert.deepEqual(
      imports.map((node) => node.source.value),
      [],
      `${tag} imports`,
    );
    assert.ok(!/\bimport\s*\(/.test(file), `${tag} has no dynamic import`);
    const defined = [...file.matchAll(/customElements\.define\(\s*["']([a-z-]+)["']/g)].map((m) => m[1]);
    assert.deepEqual(defined, [tag], `${tag} defines`);
    assert.match(file, /customElements\.get\(\s*["']/, `${tag} leaves a defined tag alone`);
  }
  assert.ok(
    pkg.sideEffects.includes('./cdn/*.js'),
    'the CDN files define their elements when imported: not to be tree-shaken away',
  );
});

test('React, @lit/react and Vue are optional peers: installing the package never pulls them in', () => {
  for (const name of ['react', '@lit/react', 'svelte', 'vue']) {
    assert.ok(pkg.peerDependencies[name], name);
    assert.equal(pkg.peerDependenciesMeta[name]?.optional, true, name);
  }
  assert.ok(existsSync('LICENSE'));
  assert.ok(pkg.files.includes('docs/img'), 'the images the npm README shows');
  assert.ok(pkg.files.includes('docs/frameworks.md'), 'the framework recipes the npm README links to');
});

test('the packed package carries the whole Jekyll kit that `workshop-elements init` copies: includes, bundle, translations', () => {
  const [{ files }] = JSON.parse(
    execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' }),
  );
  const packed = new Set(files.map((f) => f.path));
  const kit = readdirSync('jekyll', { recursive: true })
    .map((f) => `jekyll/${f}`)
    .filter((f) => statSync(f).isFile() && !f.endsWith('.map'));
  assert.ok(kit.includes('jekyll/assets/workshop-elements.js'));
  assert.ok(kit.includes('jekyll/_includes/workshop-elements/head.html'));
  assert.deepEqual(
    kit.filter((f) => !packed.has(f)),
    [],
  );
});
