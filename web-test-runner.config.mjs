// @web/test-runner configuration: test/**/*.test.ts in Chromium, Firefox ESR and WebKit.
//
// Browsers come from Debian packages (scripts/ensure-browsers.sh); nothing is downloaded.
//   Chromium     /usr/bin/chromium         @web/test-runner-chrome
//   Firefox ESR  /usr/bin/firefox-esr      @web/test-runner-puppeteer (WebDriver BiDi)
//   WebKit       MiniBrowser via WebKitWebDriver, @web/test-runner-webdriver. This config starts its own
//                WebKitWebDriver on a free port and stops it on exit. MiniBrowser has no headless mode:
//                run the test runner under `xvfb-run -a` (npm test does).
//
// Environment:
//   BROWSERS=chromium,firefox,webkit   run only these engines (default: all three)
//   CI=true                            a missing engine is an error instead of a warning
//
// Several runs can share one machine: the dev server and WebKitWebDriver each get a free port.
//
// Lit is served in development mode; test/helpers/lit-warnings.ts makes any Lit dev-mode warning
// (other than "Lit is in dev mode") fail the test during which it was issued; test/helpers/readable-errors.ts
// lets a failing assertion about a DOM node be reported instead of stalling the file.
import { spawn } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import commonjs from '@rollup/plugin-commonjs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { build } from 'esbuild';
import { fromRollup } from '@web/dev-server-rollup';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { accessibleNamePlugin } from './test/helpers/accessible-name-plugin.mjs';
import { chunkedPages } from './test/helpers/chunked-page.mjs';

const rootDir = path.dirname(fileURLToPath(import.meta.url));
const isCI = process.env.CI === 'true' || process.env.CI === '1';
const installHint = (packages) =>
  `run \`bash scripts/ensure-browsers.sh\` (installs as root), or: sudo apt-get update && sudo apt-get install -y ${packages}`;

/** Absolute path of an executable, looked up on PATH unless already absolute; undefined if missing. */
function findExecutable(name) {
  const candidates = path.isAbsolute(name)
    ? [name]
    : (process.env.PATH ?? '').split(path.delimiter).map((dir) => path.join(dir, name));
  for (const candidate of candidates) {
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // try the next one
    }
  }
  return undefined;
}

/** A TCP port that is free right now (the OS picks it), so parallel runs do not collide. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Starts WebKitWebDriver on a free port, waits until it answers, and stops it when this process ends. */
async function startWebKitWebDriver(executable) {
  const port = await freePort();
  const driver = spawn(executable, [`--port=${port}`], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  driver.stderr.on('data', (chunk) => {
    stderr += chunk;
  });
  const stop = () => {
    if (driver.exitCode === null && driver.signalCode === null) driver.kill('SIGTERM');
  };
  process.on('exit', stop);
  // The test runner handles SIGINT itself (and then exits, which runs `stop`); these two would otherwise
  // end the process without an 'exit' event and leave the driver behind.
  for (const signal of ['SIGTERM', 'SIGHUP']) {
    process.once(signal, () => {
      stop();
      process.exit(128 + (signal === 'SIGTERM' ? 15 : 1));
    });
  }

  const deadline = Date.now() + 10_000;
  for (;;) {
    if (driver.exitCode !== null) {
      throw new Error(`WebKitWebDriver exited with code ${driver.exitCode}: ${stderr.trim()}`);
    }
    try {
      const response = await fetch(`http://127.0.0.1:${port}/status`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      stop();
      throw new Error(`WebKitWebDriver did not answer on port ${port} within 10 s: ${stderr.trim()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return port;
}

// Concurrent test pages: by default they are tabs of one window, and a background tab renders no frames in
// Chromium or Firefox (requestAnimationFrame, ResizeObserver and IntersectionObserver callbacks never come; such
// tests time out). Chromium: one window per page fixes it, and headless Chromium gives every window focus.
// Firefox: separate windows render, but only the front one has focus (no focus events, no :focus), so Firefox
// runs one test file at a time. WebKit: one file at a time too (one WebKitWebDriver session).
// Each Chromium page also gets its own browser context: concurrent test files are all served at the same origin and
// path, so in one shared context one file's storage clean-up (localStorage, the remembered "Online" view) would reach
// into another file's running test.
const newWindow = async ({ browser }) => (await browser.createBrowserContext()).newPage({ type: 'window' });

const ENGINES = {
  chromium: {
    requires: ['/usr/bin/chromium'],
    packages: 'chromium',
    create: () =>
      chromeLauncher({
        createPage: newWindow,
        launchOptions: {
          executablePath: '/usr/bin/chromium',
          headless: true,
          args: [
            '--no-sandbox', // we run as root
            '--disable-dev-shm-usage',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--no-first-run',
          ],
        },
      }),
  },
  firefox: {
    requires: ['/usr/bin/firefox-esr'],
    packages: 'firefox-esr',
    create: () =>
      puppeteerLauncher({
        concurrency: 1, // see `newWindow`
        launchOptions: {
          browser: 'firefox',
          executablePath: '/usr/bin/firefox-esr',
          headless: true,
        },
      }),
  },
  webkit: {
    requires: ['WebKitWebDriver'],
    packages: 'webkit2gtk-driver xvfb xauth',
    needsDisplay: true,
    create: async () => {
      const port = await startWebKitWebDriver(findExecutable('WebKitWebDriver'));
      const launcher = webdriverLauncher({
        hostname: '127.0.0.1',
        port,
        logLevel: 'error',
        capabilities: {
          browserName: 'MiniBrowser',
          // WebKitWebDriver speaks WebDriver classic only; without this webdriverio asks for BiDi and fails.
          'wdio:enforceWebDriverClassic': true,
          'webkitgtk:browserOptions': { args: ['--automation'] },
        },
      });
      // One WebKitWebDriver serves one session (one MiniBrowser window). With a global concurrency above 1
      // the launcher would run the test files in iframes of that window; run them one after another in the
      // window itself instead, which is closer to how a page really runs (focus, top-level layout).
      launcher.concurrency = 1;
      const initialize = launcher.initialize.bind(launcher);
      launcher.initialize = (config, testFiles) => initialize({ ...config, concurrency: 1 }, testFiles);
      return launcher;
    },
  },
};

function selectedEngines() {
  const requested = (process.env.BROWSERS ?? Object.keys(ENGINES).join(','))
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean);
  const unknown = requested.filter((name) => !(name in ENGINES));
  if (unknown.length > 0) {
    throw new Error(`BROWSERS: unknown engine(s) ${unknown.join(', ')}; use ${Object.keys(ENGINES).join(', ')}`);
  }
  const engines = [];
  for (const name of requested) {
    const missing = ENGINES[name].requires.filter((exe) => !findExecutable(exe));
    if (ENGINES[name].needsDisplay && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
      missing.push('a display (run the test runner under `xvfb-run -a`)');
    }
    if (missing.length > 0) {
      const message = `${name}: missing ${missing.join(', ')}; ${installHint(ENGINES[name].packages)}`;
      if (isCI) throw new Error(message);
      console.warn(`[web-test-runner.config] skipping ${message}`);
      continue;
    }
    engines.push(name);
  }
  if (engines.length === 0) {
    throw new Error(`no browser engine available; ${installHint('chromium firefox-esr webkit2gtk-driver xvfb xauth')}`);
  }
  return engines;
}

/**
 * `executeServerCommand('emulate-timezone', { zone })` from a test: sets the zone the page's clock and `Intl` use
 * (puppeteer's emulateTimezone: Chromium's DevTools protocol, Firefox's WebDriver BiDi), so a test can prove that an
 * element follows the visitor's real zone. Answers `false` where the engine cannot (WebKit over WebDriver classic):
 * the test then says so and checks nothing. `zone: null` restores the machine's zone.
 */
const timezonePlugin = {
  name: 'emulate-timezone',
  async executeCommand({ command, payload, session }) {
    if (command !== 'emulate-timezone') return undefined;
    if (session.browser.type !== 'puppeteer') return false;
    try {
      await session.browser.getPage(session.id).emulateTimezone(payload?.zone ?? undefined);
      return true;
    } catch {
      return false;
    }
  },
};

/**
 * `executeServerCommand('emulate-forced-colors', { active })` from a test: Windows High Contrast and other forced-colour
 * modes (`forced-colors: active`), which puppeteer's emulateMediaFeatures refuses; set through Chromium's DevTools
 * protocol, on a session kept open per page (closing it would end the emulation). Answers `false` where the engine
 * cannot (Firefox over WebDriver BiDi, WebKit): the test then checks the rules instead.
 */
const forcedColorSessions = new WeakMap();
const forcedColorsPlugin = {
  name: 'emulate-forced-colors',
  async executeCommand({ command, payload, session }) {
    if (command !== 'emulate-forced-colors') return undefined;
    if (session.browser.type !== 'puppeteer') return false;
    try {
      const page = session.browser.getPage(session.id);
      if (!forcedColorSessions.has(page)) forcedColorSessions.set(page, await page.createCDPSession());
      const features = [{ name: 'forced-colors', value: payload?.active ? 'active' : '' }];
      await forcedColorSessions.get(page).send('Emulation.setEmulatedMedia', { features });
      return true;
    } catch {
      return false;
    }
  },
};

const engines = selectedEngines();
const browsers = await Promise.all(engines.map((name) => ENGINES[name].create()));

/**
 * React 19 for test/api/react.test.ts. React is CommonJS that reads `process.env.NODE_ENV`, and react-dom requires
 * react from inside functions, which the commonjs plugin below cannot serve without rollup's module graph; so
 * esbuild bundles the three modules the test imports once, into one module (one React), and `react`,
 * `react-dom` and `react-dom/client` resolve to small modules that re-export its parts as their default export.
 */
const REACT_MODULES = { react: 'React', 'react-dom': 'ReactDOM', 'react-dom/client': 'ReactDOMClient' };
let reactBundle;
const reactPlugin = {
  name: 'react-bundle',
  resolveImport({ source }) {
    if (source in REACT_MODULES) return `/__react/${REACT_MODULES[source]}.js`;
  },
  async serve(context) {
    if (context.path === '/__react/bundle.js') {
      reactBundle ??= build({
        stdin: {
          contents: Object.entries(REACT_MODULES)
            .map(([module, name]) => `export { default as ${name} } from '${module}';`)
            .join('\n'),
          resolveDir: rootDir,
        },
        bundle: true,
        format: 'esm',
        write: false,
        define: { 'process.env.NODE_ENV': '"development"' },
        logLevel: 'silent',
      }).then((result) => result.outputFiles[0].text);
      return { body: await reactBundle, type: 'js' };
    }
    const name = /^\/__react\/(\w+)\.js$/.exec(context.path)?.[1];
    if (name && Object.values(REACT_MODULES).includes(name))
      return { body: `import { ${name} } from './bundle.js';\nexport default ${name};`, type: 'js' };
  },
};

/** The policy of issue 21: every element must render under it with no violation. */
const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  rootDir,
  files: ['test/**/*.test.ts'],
  port: await freePort(),
  nodeResolve: { exportConditions: ['development'] },
  // The Jekyll example is built under baseurl /smmal (a GitHub Pages project site): serve its _site there.
  middleware: [
    // test/internal/mid-parse.test.ts: pages the browser parses in the pieces the test sends.
    chunkedPages,
    // test/security/csp.test.ts: its page is served with a strict Content Security Policy (issue 21).
    async (context, next) => {
      await next();
      if (context.path.startsWith('/test/security/csp/')) context.set('Content-Security-Policy', STRICT_CSP);
    },
    (context, next) => {
      if (context.url.startsWith('/smmal/'))
        context.url = `/examples/jekyll/_site/${context.url.slice('/smmal/'.length)}`;
      else if (context.url.startsWith('/smmal-hostile/'))
        context.url = `/test/hosts/jekyll-hostile/_site/${context.url.slice('/smmal-hostile/'.length)}`;
      return next();
    },
  ],
  plugins: [
    timezonePlugin,
    forcedColorsPlugin,
    accessibleNamePlugin,
    reactPlugin,
    esbuildPlugin({ ts: true, target: 'es2021', tsconfig: path.join(rootDir, 'tsconfig.json') }),
    // @retorquere/bibtex-parser (test/paper-list/bibtex-roundtrip.test.ts) imports two CommonJS packages, which
    // browsers cannot load: convert just those. `strictRequires: false` gives a plain module with a default export;
    // the default (wrapped modules imported through proxies) needs rollup's module graph, which the server lacks.
    fromRollup(commonjs)({
      include: ['lodash.merge', 'moo'].map((name) => `**/node_modules/${name}/**/*.js`),
      strictRequires: false,
    }),
  ],
  browsers,
  // Two cores, shared. Two test files at a time in Chromium (Firefox and WebKit: one, see `newWindow`), one engine
  // at a time. Measured on this machine (24 files x 3 engines, load ~4): 142 s with one engine at a time, 182 s
  // with two. On a very busy machine add `--concurrency 1`.
  concurrency: 2,
  concurrentBrowsers: 1,
  browserStartTimeout: 120_000, // MiniBrowser under Xvfb on a busy machine can be slow to come up
  testsStartTimeout: 60_000,
  testsFinishTimeout: 300_000, // per test file; the heaviest files take 30-90 s alone, more under load
  testFramework: { config: { ui: 'bdd', timeout: 10_000 } },
  // The mocha script first, then the Lit warning guard (it needs `mocha`), then the test file (imported
  // by the mocha script once it has its configuration, so after the guard).
  testRunnerHtml: (testFramework) => `<!DOCTYPE html>
<html>
  <head><meta charset="utf-8" /></head>
  <body>
    <script type="module" src="${testFramework}"></script>
    <script type="module" src="/test/helpers/lit-warnings.ts"></script>
    <script type="module" src="/test/helpers/readable-errors.ts"></script>
  </body>
</html>`,
};
