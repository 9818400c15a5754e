// Shared by the consumer tests: the packed package (what npm users install), commands, a static server and Chromium.
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { closeServer, launchChromium } from '../../scripts/chromium.mjs';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const WORK = path.join(ROOT, '.tmp/consumers');
const BIN = path.join(ROOT, 'node_modules/.bin');

/** Runs a command to completion; throws with its output when it fails. */
export function run(command, args, { cwd = ROOT, timeout = 180_000 } = {}) {
  const result = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    timeout,
    env: { ...process.env, PATH: `${BIN}${path.delimiter}${process.env.PATH}`, NO_COLOR: '1' },
  });
  if (result.status !== 0)
    throw new Error(
      `${command} ${args.join(' ')} (in ${path.relative(ROOT, cwd) || '.'}) failed:\n${result.stdout}\n${result.stderr}`,
    );
  return result.stdout;
}

/** Newest modification time under `target` (a file or a folder), in ms. */
function newest(target) {
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(target).map((name) => newest(path.join(target, name))));
}

/**
 * The tarball `npm pack` makes of the built package (npm run build first), packed again whenever the build or
 * package.json is newer than it.
 */
export function packedTarball() {
  const inputs = ['dist', 'cdn', 'custom-elements.json', 'schemas', 'package.json', 'README.md'];
  for (const input of inputs)
    if (!existsSync(path.join(ROOT, input))) throw new Error(`${input} is missing: run npm run build first`);
  mkdirSync(WORK, { recursive: true });
  const tarball = path.join(WORK, 'workshop-elements.tgz');
  if (!existsSync(tarball) || statSync(tarball).mtimeMs < Math.max(...inputs.map((i) => newest(path.join(ROOT, i))))) {
    // npm's own name for it.
    const { name: pkgName, version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    // What `npm pack` runs around the packing, without the prepack's `npm run prepare`: npm test has just built
    // dist/ and cdn/, and building them again cost a minute of the suite.
    run(process.execPath, ['scripts/pack-readme.mjs', 'prepack']);
    try {
      run('npm', ['pack', '--ignore-scripts', '--pack-destination', WORK]);
    } finally {
      run(process.execPath, ['scripts/pack-readme.mjs', 'postpack']);
    }
    const name = `${pkgName}-${version}.tgz`;
    rmSync(tarball, { force: true });
    run('mv', [path.join(WORK, name), tarball]);
  }
  return tarball;
}

/**
 * The packed package unpacked as npm installs it, into `<app>/node_modules/workshop-elements`. Its dependency
 * (lit) and the app's tools (React, Vue, Vite) resolve from this repository's node_modules, one folder up.
 */
export function installPacked(app) {
  const target = path.resolve(app, 'node_modules/workshop-elements');
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  run('tar', ['xzf', packedTarball(), '-C', target, '--strip-components=1']);
  return target;
}

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css' };

/** Serves a folder on a free local port. */
export async function serve(root) {
  const server = createServer((request, response) => {
    const url = new URL(request.url, 'http://localhost');
    const file = path.join(root, decodeURIComponent(url.pathname).replace(/\/$/, '/index.html'));
    if (!file.startsWith(root) || !existsSync(file) || statSync(file).isDirectory()) {
      response.writeHead(404).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}`, close: () => closeServer(server) };
}

/** Headless Chromium (Debian's), as the other Node scripts start it. */
export { launchChromium };

/**
 * Opens `url` in a new page and collects what the page logged as errors or warnings, and uncaught errors, so a
 * test can assert the console stayed clean.
 */
export async function open(browser, url) {
  const page = await browser.newPage();
  const problems = [];
  page.on('console', (message) => {
    if (['error', 'warn'].includes(message.type())) problems.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  await page.goto(url);
  return { page, problems };
}

/**
 * Waits until the element matched by `selector` (first match) has rendered `text` in its shadow root, and returns
 * that shadow text; fails after `timeout` ms with what it did render.
 */
export async function rendered(page, selector, text, timeout = 15_000) {
  const read = () =>
    page.$eval(
      selector,
      (element) => element.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim() ?? '(no shadow root)',
    );
  try {
    await page.waitForFunction(
      (selector, text) => document.querySelector(selector)?.shadowRoot?.textContent?.includes(text),
      { timeout },
      selector,
      text,
    );
  } catch {
    throw new Error(
      `${selector} did not render "${text}"; it shows: ${(await read().catch(() => '(missing)')).slice(0, 300)}`,
    );
  }
  return read();
}
