import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { startPreview } from '../src/preview.js';
import { run, scratch } from './helpers.js';

test('preview serves the page, the elements’ bundle and the data on 127.0.0.1, and announces a changed file', async (t) => {
  const dir = scratch();
  mkdirSync(join(dir, '_data'));
  writeFileSync(join(dir, '_data/papers.yml'), '- title: First\n  authors: [A]\n');
  writeFileSync(join(dir, 'logo.png'), 'png');
  const server = await startPreview([dir], { port: 0 });
  t.after(() => server.close());
  assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+\/$/);
  const page = await (await fetch(server.url)).text();
  assert.match(page, /<script type="module" src="\/workshop-elements\.js"><\/script>/);
  const bundle = await fetch(new URL('/workshop-elements.js', server.url));
  assert.equal(bundle.status, 200);
  assert.match(await bundle.text(), /paper-list/);
  const data = await (await fetch(new URL('/data.json', server.url))).json();
  assert.deepEqual(data[0].data, [{ title: 'First', authors: ['A'] }]);
  assert.equal(data[0].kind, 'papers');
  assert.equal((await fetch(new URL('/logo.png', server.url))).status, 200, 'site files are served');
  assert.equal((await fetch(new URL('/_data/papers.yml', server.url))).status, 404, 'Jekyll’s own folders are not');

  // Wait for the event stream's first message after the file changes.
  const changed = new Promise((resolve, reject) => {
    const req = request(new URL('/events', server.url), (res) => {
      res.setEncoding('utf8');
      res.on('data', (chunk) => {
        if (chunk.includes(': connected')) writeFileSync(join(dir, '_data/papers.yml'), '- title: Second\n');
        if (chunk.includes('data: change')) {
          req.destroy();
          resolve();
        }
      });
    });
    req.on('error', (e) => (e.code === 'ECONNRESET' ? undefined : reject(e)));
    req.end();
  });
  await changed;
  const after = await (await fetch(new URL('/data.json', server.url))).json();
  assert.deepEqual(after[0].data, [{ title: 'Second' }]);
});

/** A kit laid out like the repository's jekyll/ folder. */
function kit() {
  const dir = scratch();
  mkdirSync(join(dir, '_includes/workshop-elements'), { recursive: true });
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, '_includes/workshop-elements/papers.html'), '<paper-list></paper-list>');
  writeFileSync(join(dir, 'assets/workshop-elements.js'), '// bundle');
  return dir;
}

test('init copies the Jekyll kit and one example per element, which validate with no error; it never overwrites without --force', async () => {
  const site = scratch();
  writeFileSync(join(site, '_config.yml'), 'title: My workshop\n');
  const k = kit();
  const first = await run(['init', site, '--kit', k]);
  assert.equal(first.code, 0, first.err);
  assert.equal(
    readFileSync(join(site, '_includes/workshop-elements/papers.html'), 'utf8'),
    '<paper-list></paper-list>',
  );
  assert.ok(existsSync(join(site, 'assets/workshop-elements.js')));
  for (const name of ['papers', 'program', 'speakers', 'sponsors', 'dates'])
    assert.ok(existsSync(join(site, `_data/${name}.yml`)), name);
  const checked = await run(['validate', site]);
  assert.equal(checked.code, 0, checked.err);
  assert.match(checked.err, /0 error\(s\)/);

  writeFileSync(join(site, '_data/papers.yml'), '- title: Mine\n');
  const again = await run(['init', site, '--kit', k]);
  assert.equal(again.code, 1);
  assert.match(again.err, /already exists \(and \d+ more\); nothing was written \(use --force to overwrite\)/);
  assert.equal(readFileSync(join(site, '_data/papers.yml'), 'utf8'), '- title: Mine\n');
  const forced = await run(['init', site, '--kit', k, '--force']);
  assert.equal(forced.code, 0);
  assert.notEqual(readFileSync(join(site, '_data/papers.yml'), 'utf8'), '- title: Mine\n');
});

test('init into a folder that does not exist fails without creating it', async () => {
  const missing = join(scratch(), 'nope');
  const { code, err } = await run(['init', missing, '--kit', kit()]);
  assert.equal(code, 1);
  assert.match(err, /nope: no such folder \(init adds the kit to an existing Jekyll site; create the site first/);
  assert.equal(existsSync(missing), false);
});

test('the installed bin runs from a checkout: npx workshop-elements --version', async () => {
  const { execFileSync } = await import('node:child_process');
  const out = execFileSync('npx', ['--no-install', 'workshop-elements', '--version'], { encoding: 'utf8' });
  assert.match(out, /^\d+\.\d+\.\d+/);
});
