// The package as npm users get it: `npm pack`, installed with npm into a scratch TypeScript project (strict,
// skipLibCheck off), type-checked with moduleResolution bundler and node16, bundled with esbuild, rendered in
// Chromium; plus what each entry costs in a bundle (the README's table) and that one element bundles alone.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { ENTRIES, TOLERANCE, bundle, measure, readmeSizes, table } from '../../scripts/bundle-sizes.mjs';
import { ROOT, WORK, launchChromium, open, packedTarball, rendered, run, serve } from './helpers.mjs';

const APP = path.join(WORK, 'scratch');
const TAGS = ['workshop-schedule', 'speaker-card', 'paper-list', 'sponsor-strip'];

const main = `
import 'workshop-elements';
import type { Paper, PaperList, Speaker } from 'workshop-elements';
import { SpeakerCard } from 'workshop-elements/speaker-card.js';

const papers: Paper[] = [{ id: 'packed', title: 'A Paper From the Tarball', authors: ['Ada Lovelace'] }];
const list: PaperList = document.createElement('paper-list');
list.papers = papers;
// @ts-expect-error: papers is a list of papers
list.papers = 12345;
list.papers = papers;

const speaker: Speaker = { name: 'A Speaker From the Tarball', affiliation: 'UCLA' };
const card = new SpeakerCard();
card.speaker = speaker;

list.addEventListener('we-error', (event) => console.error(event.type));
document.body.append(list, card);
`;

const tsconfig = (module, moduleResolution) => ({
  compilerOptions: {
    target: 'ES2022',
    module,
    moduleResolution,
    lib: ['ES2022', 'DOM', 'DOM.Iterable'],
    strict: true,
    skipLibCheck: false,
    types: [],
    noEmit: true,
  },
  files: ['main.ts'],
});

describe('the packed package in a scratch project', () => {
  let browser;
  before(async () => {
    rmSync(APP, { recursive: true, force: true });
    mkdirSync(APP, { recursive: true });
    writeFileSync(path.join(APP, 'package.json'), JSON.stringify({ name: 'scratch', private: true, type: 'module' }));
    run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--no-package-lock', packedTarball()], {
      cwd: APP,
    });
    writeFileSync(path.join(APP, 'main.ts'), main);
    browser = await launchChromium();
  });
  after(() => browser?.close());

  for (const [module, moduleResolution] of [
    ['ESNext', 'bundler'],
    ['Node16', 'Node16'],
  ]) {
    test(`type-checks strictly with moduleResolution ${moduleResolution} and skipLibCheck off`, () => {
      const config = `tsconfig.${moduleResolution.toLowerCase()}.json`;
      writeFileSync(path.join(APP, config), JSON.stringify(tsconfig(module, moduleResolution)));
      run('tsc', ['-p', config], { cwd: APP });
    });
  }

  test('workshop-elements/svelte types the tags for svelte-check: data or its JSON text, numbers, typed listeners', () => {
    // svelte-check types a tag by svelteHTML.IntrinsicElements[tag]; checked here with tsc and a stand-in for
    // svelte/elements (Svelte is not a dependency of this repository). Real svelte-check 4.6 was run in the trial.
    const svelte = path.join(APP, 'node_modules/svelte');
    mkdirSync(svelte, { recursive: true });
    writeFileSync(
      path.join(svelte, 'package.json'),
      JSON.stringify({ name: 'svelte', version: '5.0.0', exports: { './elements': { types: './elements.d.ts' } } }),
    );
    writeFileSync(
      path.join(svelte, 'elements.d.ts'),
      'export interface HTMLAttributes<T extends EventTarget> { id?: string | null; class?: string | null; onclick?: (event: MouseEvent & { currentTarget: T }) => void }\n',
    );
    writeFileSync(
      path.join(APP, 'svelte.ts'),
      `import type {} from 'workshop-elements/svelte';
import type { WeErrorEvent } from 'workshop-elements';
type Props<K extends keyof svelteHTML.IntrinsicElements> = svelteHTML.IntrinsicElements[K];
export const ok: Props<'paper-list'>[] = [
  { papers: [{ title: 'T', authors: ['A'] }], 'heading-level': 2, class: 'x', 'onwe-error': (e: WeErrorEvent) => e.detail.source },
  { papers: '[]', 'heading-level': '3', 'onwe-load': (e) => e.type },
];
// @ts-expect-error: papers is a list of papers or its JSON text
export const data: Props<'paper-list'> = { papers: 42 };
// @ts-expect-error: heading-level is a number
export const level: Props<'speaker-card'> = { 'heading-level': 'x' };
// @ts-expect-error: the listener gets the event
export const listener: Props<'workshop-schedule'> = { 'onwe-favorites-change': (e: number) => e };
`,
    );
    writeFileSync(
      path.join(APP, 'tsconfig.svelte.json'),
      JSON.stringify({ ...tsconfig('ESNext', 'bundler'), files: ['svelte.ts'] }),
    );
    run('tsc', ['-p', 'tsconfig.svelte.json'], { cwd: APP });
  });

  test('bundled with esbuild, it renders both elements in Chromium with a clean console', async () => {
    await build({
      entryPoints: [path.join(APP, 'main.ts')],
      bundle: true,
      format: 'esm',
      outfile: path.join(APP, 'public/main.js'),
      logLevel: 'silent',
    });
    writeFileSync(
      path.join(APP, 'public/index.html'),
      '<!doctype html><html lang="en"><title>scratch</title><link rel="icon" href="data:,"><script type="module" src="main.js"></script></html>',
    );
    const server = await serve(path.join(APP, 'public'));
    try {
      const { page, problems } = await open(browser, `${server.url}/`);
      await rendered(page, 'paper-list', 'A Paper From the Tarball');
      await rendered(page, 'speaker-card', 'A Speaker From the Tarball');
      assert.deepEqual(problems, []);
    } finally {
      await server.close();
    }
  });

  test('workshop-elements/speaker-card.js bundles <speaker-card> and no other element', async () => {
    const code = await bundle('workshop-elements/speaker-card.js', APP);
    const defined = TAGS.filter((tag) => code.includes(`"${tag}"`) || code.includes(`'${tag}'`));
    assert.deepEqual(defined, ['speaker-card']);
  });

  test('the tarball carries LICENSE, source maps with their sources, a manifest of dist/ and a README for npm', () => {
    const installed = path.join(APP, 'node_modules/workshop-elements');
    const file = (name) => readFileSync(path.join(installed, name), 'utf8');
    assert.match(file('LICENSE'), /MIT License/);
    const map = JSON.parse(file('dist/paper-list/paper-list.js.map'));
    assert.equal(map.sources.length, map.sourcesContent?.length);
    assert.match(map.sourcesContent[0], /class PaperList/);
    const manifest = JSON.parse(file('custom-elements.json'));
    const paths = manifest.modules.map((m) => m.path);
    assert.ok(paths.includes('dist/paper-list/paper-list.js'));
    assert.deepEqual(
      paths.filter((p) => !p.startsWith('dist/')),
      [],
    );
    // npm shows the README without the repository: no relative link or image may remain.
    const relative = [...file('README.md').matchAll(/!?\[[^\]]*\]\((?![a-z]+:|#)([^)]+)\)/g)].map((m) => m[1]);
    assert.deepEqual(relative, []);
    assert.match(file('README.md'), /\(https:\/\/unpkg\.com\/workshop-elements@[\d.]+\/docs\/img\/demo\.png\)/);
  });

  test('the packed package.json has no prepare script: npm would run it (or warn) when installing the tarball', () => {
    // prepare builds this checkout; an app installing the tarball has neither src/ nor the tools (npm 11 warned
    // "1 package has install scripts not yet covered by allowScripts" on every install).
    const installed = JSON.parse(readFileSync(path.join(APP, 'node_modules/workshop-elements/package.json'), 'utf8'));
    const lifecycle = ['preinstall', 'install', 'postinstall', 'prepare'].filter((name) => installed.scripts?.[name]);
    assert.deepEqual(lifecycle, []);
    assert.equal(installed.exports['.'].default, './dist/index.js');
    // The checkout keeps it (npm ci builds with it), and a pack leaves package.json as it was.
    assert.ok(JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).scripts.prepare);
  });

  test("the README's bundle-cost table matches what the packed package costs", async () => {
    const rows = await measure(APP);
    const documented = readmeSizes(readFileSync(path.join(ROOT, 'README.md'), 'utf8'));
    assert.equal(rows.length, ENTRIES.length);
    for (const [entry, label, , gzipped] of rows) {
      const claimed = documented.get(label);
      assert.ok(
        claimed !== undefined && Math.abs(claimed - gzipped) <= TOLERANCE,
        `${entry}: README says ${claimed} KB gzipped, measured ${gzipped} KB; run node scripts/bundle-sizes.mjs --write. Measured:\n${table(rows)}`,
      );
    }
  });
});
