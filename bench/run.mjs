// `npm run bench`: every element, fed every way, at the sizes organizers have, against a static page with the same
// visible content, in Debian's Chromium through puppeteer-core; and the bundle sizes. Speed is measured here, never
// in tests. Writes bench/results/<date>.json and prints the tables the README shows.
//
// Each page load is cold (a fresh browser context: no HTTP cache, no code cache). Per load:
//   LCP            largest-contentful-paint: what visitors and search engines judge a page by
//   first item     the frame in which the first item (paper, session, card, sponsor) is in the DOM
//   all laid out   the frame after the one in which every item is in the DOM (and no list is aria-busy): that frame
//                  has styled, laid out and painted them, so find-in-page and printing reach them all
//   TBT            total blocking time: the part over 50 ms of every long task, until all laid out + 0.4 s
//   CLS            cumulative layout shift (the largest session window, as the Web Vitals define it)
//   heap           the JS heap in use once settled (Chromium's JSHeapUsedSize)
//   search         papers and schedule: keydown to the last DOM change the keystroke caused (a stable list), typing
//                  a query key by key like a visitor (one key per 120 ms)
// Several cold loads each (--runs, default 3), taken in turns so a busy machine slows all pages alike; medians and
// ranges are reported.
//
// usage: node bench/run.mjs [--runs=3] [--only=papers-5000,schedule] [--no-pages] [--no-bundle] [--out=path.json]
//        node bench/run.mjs --report=bench/results/<date>.json   (prints an earlier run's tables)
import { mkdirSync, writeFileSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { cpus, loadavg, totalmem, release } from 'node:os';
import { chromiumVersion, launchChromium, serveFiles } from '../scripts/chromium.mjs';
import { cls } from '../scripts/layout-shift.mjs';
import { dataSets } from './data.mjs';
import {
  EXTRA_PATHS,
  ELEMENTS,
  PATHS,
  benchFiles,
  elementPage,
  renderedBody,
  scriptPage,
  staticPage,
} from './pages.mjs';
import { bundleSizes, printBundles, table } from './bundle.mjs';

const started = Date.now();
const flag = (name) => process.argv.includes(`--${name}`);
const option = (name, fallback) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const RUNS = Number(option('runs', 3));
const ONLY = option('only', '');
const loadAtStart = loadavg()[0];

// --report=bench/results/<date>.json: print the tables of an earlier run.
// --markdown: the same tables in Markdown, for docs/performance.md; --readme: the targets, condensed, for the README.
if (option('report', '')) {
  const earlier = JSON.parse(readFileSync(option('report'), 'utf8'));
  if (flag('markdown')) markdown(earlier);
  else if (flag('readme')) readme(earlier);
  else report(earlier);
  process.exit(0);
}

// ---- bundle ------------------------------------------------------------------------------------------------------
// Built here with the CDN build's plugins (bench/bundle.mjs); the pages load the bundle of all four from it.
console.log('bundling …');
// --no-bundle: only the bundle the pages load, without the size tables.
const sizes = await bundleSizes(flag('no-bundle') ? { only: 'all four' } : {});
console.log(`bundled (${Math.round((Date.now() - started) / 1000)} s)`);
if (!flag('no-bundle')) {
  console.log('');
  printBundles(sizes);
}

const results = {
  date: new Date().toISOString(),
  machine: machine(),
  runs: RUNS,
  bundles: sizes.bundles,
  bundleParts: sizes.groups,
  modules: sizes.modules,
  pages: {},
  search: {},
};

if (!flag('no-pages')) {
  // ---- pages -----------------------------------------------------------------------------------------------------
  const { files, put, add } = benchFiles(sizes.code, (logo) =>
    readFileSync(new URL(`../demo/img/${logo}`, import.meta.url)),
  );

  const sets = dataSets().filter((s) => !ONLY || ONLY.split(',').some((o) => s.name.startsWith(o)));
  const scenarios = [];
  for (const set of sets) {
    add(set);
    put(`${set.name}-static.html`, staticPage(set));
    scenarios.push({ set, path: 'static' });
    for (const path of [...PATHS, ...(EXTRA_PATHS[set.name] ?? [])]) {
      put(
        `${set.name}-${path}.html`,
        elementPage(set, path, path.startsWith('render') ? await renderedBody(set, path) : undefined),
      );
      scenarios.push({ set, path });
    }
    if (set.name === 'papers-5000') {
      put(`${set.name}-bare.html`, scriptPage(set));
      scenarios.push({ set, path: 'bare' });
    }
  }

  const server = await serveFiles(files);
  const base = server.base;
  const browser = await launchChromium({ measuring: true });
  results.machine.browser = await browser.version();

  const searches = {
    'papers-687': 'deep reinforcement',
    'papers-5000': 'deep reinforcement',
    'schedule-300': 'graph neural',
  };
  for (let run = 0; run < RUNS; run++) {
    for (const { set, path } of scenarios) {
      const key = `${set.name} ${path}`;
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      try {
        const m = await load(page, `${base}/${set.name}-${path}.html`, set, path);
        (results.pages[key] ??= []).push(m);
        if (path === 'src' && searches[set.name])
          (results.search[set.name] ??= []).push(await typing(page, set.tag, searches[set.name]));
      } catch (e) {
        console.error(`${key}: ${e.message}`);
        (results.pages[key] ??= []).push({ error: e.message });
      }
      await context.close();
    }
    console.log(`run ${run + 1} of ${RUNS} done (${Math.round((Date.now() - started) / 1000)} s)`);
  }
  await browser.close();
  await server.close();
}

results.machine.load = [loadAtStart, loadavg()[0]];
results.seconds = Math.round((Date.now() - started) / 1000);
const out = option('out', `bench/results/${results.date.slice(0, 10)}.json`);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify(results, null, 1) + '\n');
report(results);
console.log(`\nwritten: ${out} (${results.seconds} s)`);

// ---- one page load -----------------------------------------------------------------------------------------------

/** Installed before any page script: long tasks, LCP, layout shifts, and the frames in which items appear. */
function PROBE(cfg) {
  const t = (window.__bench = {
    longTasks: [],
    lcp: 0,
    lcpSize: 0,
    lcpWhat: '',
    shifts: [],
    first: null,
    all: null,
    laidOut: null,
  });
  const observe = (type, each) =>
    new PerformanceObserver((list) => list.getEntries().forEach(each)).observe({ type, buffered: true });
  observe('longtask', (e) => t.longTasks.push([e.startTime, e.duration]));
  observe('largest-contentful-paint', (e) => {
    t.lcp = e.startTime;
    t.lcpSize = e.size;
    const el = e.element;
    t.lcpWhat = el
      ? `${el.localName}${el.id ? '#' + el.id : ''}${el.className ? '.' + el.className : ''}`
      : e.url || '(in a shadow root)';
  });
  observe('layout-shift', (e) => e.hadRecentInput || t.shifts.push([e.startTime, e.value]));
  const count = () => {
    if (cfg.static) return document.querySelectorAll('.item').length;
    let n = 0;
    for (const el of document.querySelectorAll(cfg.tag)) n += el.shadowRoot?.querySelectorAll(cfg.item).length ?? 0;
    return n;
  };
  const busy = () =>
    !cfg.static &&
    [...document.querySelectorAll(cfg.tag)].some((el) => el.shadowRoot?.querySelector('[aria-busy="true"]'));
  const frame = (now) => {
    if (t.all !== null) {
      t.laidOut = now;
      return;
    }
    const n = count();
    if (n && t.first === null) t.first = now;
    if (n >= cfg.n && !busy()) t.all = now;
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

async function load(page, url, set, path) {
  await page.setViewport({ width: 1200, height: 900 });
  const cfg = {
    tag: set.tag,
    item: ELEMENTS[set.tag].item,
    n: set.items,
    static: path === 'static' || path === 'bare',
  };
  await page.evaluateOnNewDocument(PROBE, cfg);
  await page.goto(url, { waitUntil: 'load', timeout: 120000 });
  await page.waitForFunction(() => window.__bench.laidOut !== null, { timeout: 120000, polling: 50 });
  await new Promise((r) => setTimeout(r, 400));
  const m = await page.evaluate(() => {
    const b = window.__bench;
    const until = b.laidOut + 400;
    const nav = performance.getEntriesByType('navigation')[0];
    return {
      // The HTML received, then parsed (module scripts run after this), then DOMContentLoaded (they have run).
      html: nav.responseEnd,
      parsed: nav.domInteractive,
      modules: nav.domContentLoadedEventEnd,
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
      lcp: b.lcp,
      lcpSize: b.lcpSize,
      lcpWhat: b.lcpWhat,
      first: b.first,
      laidOut: b.laidOut,
      tbt: b.longTasks.filter(([s]) => s < until).reduce((sum, [, d]) => sum + Math.max(0, d - 50), 0),
      longest: Math.max(0, ...b.longTasks.map(([, d]) => d)),
      shifts: b.shifts,
    };
  });
  const { JSHeapUsedSize } = await page.metrics();
  // CLS: the largest burst of shifts less than 1 s apart, at most 5 s long (scripts/layout-shift.mjs).
  const { shifts, ...rest } = m;
  return { ...rest, cls: cls(shifts.map(([t, v]) => ({ t, v }))), heap: JSHeapUsedSize };
}

/** Types `query` key by key like a visitor and measures each keystroke until the list is stable. */
async function typing(page, tag, query) {
  await page.evaluate((tag) => {
    const root = document.querySelector(tag).shadowRoot;
    const k = (window.__keys = { log: [], last: null });
    new MutationObserver(() => {
      if (k.last) k.last.lastChange = performance.now();
    }).observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
    addEventListener('keydown', (e) => k.log.push((k.last = { down: e.timeStamp, lastChange: null })), true);
    root.querySelector('[part="search"]').focus();
  }, tag);
  // As a visitor clicks the box and then types: the frame that draws the focus belongs to the click.
  await new Promise((r) => setTimeout(r, 300));
  for (const ch of query) {
    await page.keyboard.type(ch);
    await new Promise((r) => setTimeout(r, 120));
  }
  await new Promise((r) => setTimeout(r, 500));
  return page.evaluate(() => window.__keys.log.map((k) => (k.lastChange === null ? 0 : k.lastChange - k.down)));
}

// ---- report ------------------------------------------------------------------------------------------------------

function machine() {
  const cpu = cpus();
  const chromium = chromiumVersion(); // or '': the browser reports its version once it runs
  return {
    cpu: `${cpu.length} × ${cpu[0]?.model.trim()}`,
    memory: `${Math.round(totalmem() / 2 ** 30)} GB`,
    os: `Linux ${release()}`,
    node: process.version,
    chromium,
  };
}

function median(xs) {
  const s = xs.filter((x) => x !== null && x !== undefined && Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return null;
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}
function range(xs) {
  const s = xs.filter((x) => Number.isFinite(x));
  return s.length ? [Math.min(...s), Math.max(...s)] : [null, null];
}
function ms(x) {
  return x === null ? '—' : `${Math.round(x)}`;
}
function spread(xs, f = ms) {
  const [lo, hi] = range(xs);
  return lo === null ? '—' : `${f(median(xs))} (${f(lo)}–${f(hi)})`;
}

/** Medians per page, ratios to the static page, and every target of issue 17 checked. */
export function summarize(results) {
  const pages = {};
  for (const [key, loads] of Object.entries(results.pages)) {
    const ok = loads.filter((l) => !l.error);
    const m = (k) => median(ok.map((l) => l[k]));
    pages[key] = {
      lcp: m('lcp'),
      first: m('first'),
      laidOut: m('laidOut'),
      tbt: m('tbt'),
      cls: m('cls'),
      heap: m('heap'),
      errors: loads.length - ok.length,
    };
  }
  const ratio = (key, k) => {
    const [set] = key.split(' ');
    const s = pages[`${set} static`]?.[k];
    const e = pages[key]?.[k];
    return s && e !== undefined && e !== null ? e / s : null;
  };
  const targets = [];
  const target = (what, value, limit, shown, met) =>
    value !== null && value !== undefined && targets.push({ what, value: shown, limit, met });
  const x = (r) => `${r.toFixed(2)}×`;
  const check = (key, k, max, label) => {
    const r = ratio(key, k);
    if (r !== null) target(`${key}: ${label}`, r, `≤ ${max}× static`, x(r), r <= max);
  };
  const tbt = (key) => {
    const [set] = key.split(' ');
    const e = pages[key]?.tbt;
    const s = pages[`${set} static`]?.tbt;
    if (e !== undefined && s !== undefined)
      target(`${key}: TBT`, e, '≤ static', `${Math.round(e)} vs ${Math.round(s)} ms`, e <= s);
  };
  check('papers-5000 src', 'lcp', 1.5, 'LCP');
  check('papers-5000 src', 'laidOut', 1.0, 'all laid out');
  tbt('papers-5000 src');
  const keys = results.search?.['papers-5000']?.flat();
  if (keys?.length)
    target(
      'papers-5000: search keystroke → stable list, median',
      median(keys),
      '< 50 ms',
      `${Math.round(median(keys))} ms`,
      median(keys) < 50,
    );
  check('papers-5000 script', 'lcp', 2, 'LCP');
  check('papers-5000 script-async', 'lcp', 2, 'LCP');
  check('papers-687 attr', 'lcp', 1.5, 'LCP');
  check('papers-687 attr-async', 'lcp', 1.5, 'LCP');
  for (const path of ['script', 'src']) {
    check(`schedule-300 ${path}`, 'lcp', 1.5, 'LCP');
    check(`schedule-300 ${path}`, 'laidOut', 2, 'all laid out');
    tbt(`schedule-300 ${path}`);
  }
  for (const set of ['schedule-20', 'papers-30', 'speakers-8', 'sponsors-30'])
    for (const path of [...PATHS, 'render', 'render-unblocked']) {
      check(`${set} ${path}`, 'lcp', 1.2, 'LCP');
      const cls = pages[`${set} ${path}`]?.cls;
      if (cls !== undefined && cls !== null) target(`${set} ${path}: CLS`, cls, '≤ 0.05', cls.toFixed(3), cls <= 0.05);
    }
  const kb = 1024;
  for (const [name, b] of Object.entries(results.bundles)) {
    if (['lit alone', 'index (all five)', 'important-dates'].includes(name)) continue;
    const limit = name === 'all four' ? 30 : 14;
    target(
      `bundle ${name} + lit, gzipped`,
      b.gzip,
      `≤ ${limit} KB`,
      `${(b.gzip / kb).toFixed(1)} KB`,
      b.gzip <= limit * kb,
    );
  }
  return { pages, ratio, targets };
}

function report(results) {
  const { ratio, targets } = summarize(results);
  if (Object.keys(results.pages).length) {
    console.log(
      `\npages: median (min–max) of ${results.runs} cold loads, ms; ratio = median / the static page's median.\n` +
        `${results.machine.cpu}, ${results.machine.browser ?? results.machine.chromium}; load average ${results.machine.load.map((l) => l.toFixed(1)).join(' → ')}`,
    );
    let set = '';
    const rows = [['page', 'LCP', '×', 'first item', 'all laid out', '×', 'TBT', 'CLS', 'heap MB']];
    for (const [key, loads] of Object.entries(results.pages)) {
      const [name] = key.split(' ');
      if (name !== set && set) rows.push([]);
      set = name;
      const ok = loads.filter((l) => !l.error);
      const col = (k) => ok.map((l) => l[k]);
      const r = (k) => (key.endsWith('static') ? '' : (ratio(key, k)?.toFixed(2) ?? '—'));
      rows.push([
        key + (ok.length < loads.length ? ` (${loads.length - ok.length} failed)` : ''),
        spread(col('lcp')),
        r('lcp'),
        spread(col('first')),
        spread(col('laidOut')),
        r('laidOut'),
        spread(col('tbt')),
        spread(col('cls'), (v) => v.toFixed(3)),
        (median(col('heap')) / 2 ** 20).toFixed(1),
      ]);
    }
    table(rows.map((r) => (r.length ? r : rows[0].map(() => ''))));
    // Where a page's time goes before its first item: the HTML must be received and parsed before module scripts
    // run (a script child or an attribute holds all the data in the HTML).
    console.log(
      '\nload phases of the large pages (medians, ms): HTML received → parsed → module scripts run → first item → LCP',
    );
    const phases = [['page', 'HTML', 'parsed', 'modules run', 'first item', 'LCP']];
    for (const [key, loads] of Object.entries(results.pages)) {
      if (!/^(papers-687|papers-5000|schedule-300|speakers-200) /.test(key)) continue;
      const ok = loads.filter((l) => !l.error);
      phases.push([key, ...['html', 'parsed', 'modules', 'first', 'lcp'].map((k) => ms(median(ok.map((l) => l[k]))))]);
    }
    table(phases);
    for (const [name, runs] of Object.entries(results.search)) {
      const keys = runs.flat();
      console.log(
        `search in ${name} (src), keystroke → stable list: median ${Math.round(median(keys))} ms, range ${range(keys).map(Math.round).join('–')} ms, ${keys.length} keystrokes`,
      );
    }
  }
  console.log('\ntargets (issue 17):');
  table([
    ['target', 'measured', 'limit', ''],
    ...targets.map((t) => [t.what, t.value, t.limit, t.met ? 'met' : 'MISSED']),
  ]);
}

function markdown(results) {
  const { ratio, targets } = summarize(results);
  const row = (cells) => console.log(`| ${cells.join(' | ')} |`);
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  const m = results.machine;
  console.log(
    `Measured ${results.date.slice(0, 16).replace('T', ' ')} UTC: ${m.cpu}, ${m.memory}, ${m.browser ?? m.chromium}, Node ${m.node}; ` +
      `median (min–max) of ${results.runs} cold loads; ratio = median / the static page's median; load average ${m.load.map((l) => l.toFixed(1)).join(' → ')}.\n`,
  );
  row(['page', 'LCP ms', '× static', 'first item ms', 'all laid out ms', '× static', 'TBT ms', 'CLS', 'JS heap MB']);
  row(Array(9).fill('---'));
  for (const [key, loads] of Object.entries(results.pages)) {
    const ok = loads.filter((l) => !l.error);
    const col = (k) => ok.map((l) => l[k]);
    const r = (k) => (key.endsWith('static') ? '' : (ratio(key, k)?.toFixed(2) ?? '—'));
    row([
      `\`${key}\``,
      spread(col('lcp')),
      r('lcp'),
      spread(col('first')),
      spread(col('laidOut')),
      r('laidOut'),
      spread(col('tbt')),
      spread(col('cls'), (v) => v.toFixed(3)),
      (median(col('heap')) / 2 ** 20).toFixed(1),
    ]);
  }
  console.log('');
  for (const [name, runs] of Object.entries(results.search)) {
    const keys = runs.flat();
    console.log(
      `Search in \`${name}\`, keystroke → stable list: median ${Math.round(median(keys))} ms, ${range(keys).map(Math.round).join('–')} ms over ${keys.length} keystrokes.`,
    );
  }
  console.log('');
  row(['bundle (lit included)', 'minified', 'gzip', 'brotli']);
  row(Array(4).fill('---'));
  for (const [name, b] of Object.entries(results.bundles)) row([name, kb(b.min), kb(b.gzip), kb(b.brotli)]);
  console.log('');
  row(['target', 'measured', 'limit', '']);
  row(Array(4).fill('---'));
  for (const t of targets) row([t.what, t.value, t.limit, t.met ? 'met' : '**missed**']);
}

/** The README's table: every target of issue 17, the workshop-size ones condensed to one row per element. */
function readme(results) {
  const { targets } = summarize(results);
  const m = results.machine;
  const row = (cells) => console.log(`| ${cells.join(' | ')} |`);
  const verdict = (ok) => (ok ? 'met' : '**missed**');
  console.log(
    `Measured ${results.date.slice(0, 10)} on ${m.cpu} (${m.memory}), ${m.browser ?? m.chromium}: medians of ${results.runs} cold loads, ` +
      `ratios to a static page of the same content in the same run.\n`,
  );
  row(['target', 'measured', 'limit', '']);
  row(Array(4).fill('---'));
  const workshop = ['schedule-20', 'papers-30', 'speakers-8', 'sponsors-30'];
  for (const t of targets) {
    if (workshop.some((w) => t.what.startsWith(`${w} `))) continue;
    row([t.what, t.value, t.limit, verdict(t.met)]);
  }
  for (const w of workshop) {
    const lcp = targets.filter(
      (t) => t.what.startsWith(`${w} `) && t.what.endsWith('LCP') && !t.what.startsWith(`${w} render`),
    );
    if (!lcp.length) continue;
    row([
      `${w}: LCP (attr, script, src, prop)`,
      lcp.map((t) => t.value).join(', '),
      '≤ 1.2× static',
      verdict(lcp.every((t) => t.met)) + (lcp.every((t) => t.met) ? '' : ` (${lcp.filter((t) => t.met).length} of 4)`),
    ]);
  }
  for (const [path, how] of [
    ['render', 'the kit’s render-blocking head'],
    ['render-unblocked', 'render_blocking=false'],
  ]) {
    const rendered = targets.filter((t) => workshop.some((w) => t.what === `${w} ${path}: LCP`));
    if (!rendered.length) continue;
    row([
      `${rendered.map((t) => t.what.split(' ')[0]).join(', ')}: LCP with the server-written HTML (\`workshop-elements render\` or the Jekyll kit; ${how})`,
      rendered.map((t) => t.value).join(', '),
      '≤ 1.2× static',
      verdict(rendered.every((t) => t.met)) +
        (rendered.every((t) => t.met) ? '' : ` (${rendered.filter((t) => t.met).length} of ${rendered.length})`),
    ]);
  }
  const cls = targets.filter((t) => workshop.some((w) => t.what.startsWith(`${w} `)) && t.what.endsWith('CLS'));
  if (cls.length) {
    const worst = cls.reduce((a, b) => (b.value > a.value ? b : a));
    row([
      `workshop size, every path: CLS`,
      `worst ${worst.value} (${worst.what.replace(': CLS', '')})`,
      '≤ 0.05',
      verdict(cls.every((t) => t.met)),
    ]);
  }
}
