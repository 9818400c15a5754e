// How our Node scripts start Debian's Chromium headless (screenshots, benchmark, profiles, the Jekyll kit's
// measurements), and serve it pages from memory: one place for the flags and the server.
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { extname } from 'node:path';
import puppeteer from 'puppeteer-core';

// As root Chromium needs --no-sandbox, and the network flags stop it calling home on a machine without internet.
export const chromiumLaunchOptions = {
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-dev-shm-usage',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
  ],
};

/**
 * Starts Chromium. `measuring: true` for timings: a long protocol timeout (a 5,000-paper page on a busy machine),
 * and DevTools' network domain off (`networkEnabled: false`): with it on (puppeteer's default) Chromium keeps and
 * decodes every response body on the page's main thread (350 ms for 7 MB of papers); visitors have no DevTools open.
 */
export const launchChromium = ({ measuring = false, ...options } = {}) =>
  puppeteer.launch({
    ...chromiumLaunchOptions,
    ...(measuring ? { protocolTimeout: 600_000, networkEnabled: false } : {}),
    ...options,
  });

/** `Chromium 156.0…` as the installed binary reports it, or '' when it cannot be run. */
export function chromiumVersion() {
  try {
    return execFileSync(chromiumLaunchOptions.executablePath, ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return '';
  }
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};

/**
 * Serves `files` (a Map of path → Buffer, e.g. `/page.html`) on a free local port, never cached.
 * Resolves to `{ base, close }`.
 */
/**
 * Closes a local server now. `server.close()` alone waits for every open connection to end, and Chromium keeps its
 * keep-alive connections open while it runs: each close waited about 100 s (a consumer test of 1 s took 101).
 */
export const closeServer = (server) =>
  new Promise((resolve) => {
    server.close(resolve);
    server.closeAllConnections();
  });

export async function serveFiles(files) {
  const server = createServer((req, res) => {
    const body = files.get(new URL(req.url, 'http://x').pathname);
    if (!body) return res.writeHead(404).end();
    res.writeHead(200, {
      'content-type': TYPES[extname(new URL(req.url, 'http://x').pathname)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    res.end(body);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return { base: `http://127.0.0.1:${server.address().port}`, close: () => closeServer(server) };
}
