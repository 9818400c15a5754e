// The example apps as a user of the npm package builds them: each gets the packed package in its node_modules, is
// type-checked strictly (tsc; vue-tsc --strictTemplates), built with Vite, and loaded in Chromium. Every element
// must render its data, an event must reach the app's handler, and new data must re-render.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { ROOT, installPacked, launchChromium, open, rendered, run, serve } from './helpers.mjs';

const REACT = path.join(ROOT, 'examples/react');
const VUE = path.join(ROOT, 'examples/vue');

let browser;
before(async () => {
  browser = await launchChromium();
});
after(() => browser?.close());

/** The page's list of events the app received. */
const received = (page, text) =>
  page.waitForFunction((text) => document.querySelector('#events')?.textContent?.includes(text), {}, text);

/** Checks the four elements show the example's data, and that "Add a late paper" re-renders the list. */
async function checkWrappedData(page) {
  await rendered(page, 'workshop-schedule', 'Machine learning for multiscale models');
  await rendered(page, 'speaker-card', 'Terence Tao');
  await rendered(page, 'paper-list', 'The Deep Ritz Method');
  await rendered(page, 'sponsor-strip', 'DeepMind');
  await page.click('button');
  await rendered(page, 'paper-list', 'A Late-Breaking Result');
}

describe('examples/react (Vite, React 19, strict TypeScript)', () => {
  let server;
  before(() => {
    installPacked(REACT);
    run('tsc', ['-p', 'tsconfig.json'], { cwd: REACT });
    run('npm', ['run', 'build'], { cwd: REACT });
  });
  before(async () => {
    server = await serve(path.join(REACT, 'dist'));
  });
  after(() => server?.close());

  test('the wrappers and the plain tags render their data, events reach the app, new data re-renders', async () => {
    const { page, problems } = await open(browser, `${server.url}/`);
    await checkWrappedData(page);
    await rendered(page, '#plain-speaker', 'Weinan E');
    await rendered(page, '#plain-papers', 'Sparse Identification of PDEs');
    // One event through a wrapper's onWeLoad, one through a plain tag's onwe-load.
    await received(page, 'sponsor-strip we-load');
    await received(page, 'paper-list we-load');
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('the server-rendered page hydrates, and the wrappers then hand the elements their data', async () => {
    const { page, problems } = await open(browser, `${server.url}/ssr.html`);
    // The server's HTML has the tags but no data: properties exist only in the browser.
    const html = await (await fetch(`${server.url}/ssr.html`)).text();
    assert.match(html, /<paper-list><\/paper-list>/);
    assert.doesNotMatch(html, /Deep Ritz/);
    await checkWrappedData(page);
    await received(page, 'sponsor-strip we-load');
    assert.deepEqual(problems, [], 'no hydration mismatch or other warning');
    await page.close();
  });
});

describe('examples/vue (Vite, Vue 3, vue-tsc --strictTemplates)', () => {
  let server;
  before(async () => {
    installPacked(VUE);
    // Also proves the shipped types catch mistakes: src/TypeGuards.vue expects three errors.
    run('vue-tsc', ['-p', 'tsconfig.json'], { cwd: VUE });
    run('vite', ['build', '--logLevel', 'warn'], { cwd: VUE });
    server = await serve(path.join(VUE, 'dist'));
  });
  after(() => server?.close());

  test('the tags render their data, an event reaches the app, new data re-renders', async () => {
    const { page, problems } = await open(browser, `${server.url}/`);
    await checkWrappedData(page);
    await rendered(page, '#plain-speaker', 'Weinan E');
    await rendered(page, '#plain-papers', 'Sparse Identification of PDEs');
    await received(page, 'paper-list we-load');
    assert.deepEqual(problems, []);
    await page.close();
  });
});
