// Before/after comparisons on a shared machine: several cold loads of a few benchmark pages (bench/pages.mjs), taken
// in turns, each reporting LCP (wall clock, noisy) and the main thread's CPU time until LCP and in all (Chromium's
// thread clock: a busy machine inflates it far less than wall time), the CPU over 50 ms of each task (blocking time in
// CPU terms) and, with --tasks, each long task's style/layout/paint/script split. Medians and ranges. The same pages and bundle
// as `npm run bench` (minified; --unminified for readable profiles).
// usage: node bench/cpu.mjs <data set> [paths: static,module,attr,script,src,prop; default all but module] [--runs=5] [--items=N] [--unminified] [--bundle=file] [--alt=file] [--tasks]
//   e.g. node bench/cpu.mjs schedule-20 static,attr --runs=7
import { readFileSync } from 'node:fs';
import { launchChromium, serveFiles } from '../scripts/chromium.mjs';
import { cls } from '../scripts/layout-shift.mjs';
import { dataSets } from './data.mjs';
import { benchFiles, elementPage, PATHS, staticPage } from './pages.mjs';
import { build } from './bundle.mjs';

const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const option = (name, fallback) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const [name = 'schedule-20', pathList = ['static', ...PATHS].join(',')] = args;
const RUNS = Number(option('runs', 5));
const found = dataSets().find((s) => s.name === name);
if (!found) throw new Error(`no data set ${name}`);
// --items=N: only the first N items (what is fixed cost, what grows with the items).
const items = Number(option('items', 0));
const set = items ? { ...found, data: found.data.slice(0, items), items } : found;
const paths = pathList.split(',');

const minified = !process.argv.includes('--unminified');
// --bundle=<file>: a bundle built earlier (e.g. before a change), instead of building the sources.
const prebuilt = option('bundle', '');
const code = prebuilt ? readFileSync(prebuilt, 'utf8') : (await build('src/index.ts', { minified })).code;
const { files, put, add } = benchFiles(code, (logo) => readFileSync(new URL(`../demo/img/${logo}`, import.meta.url)));
add(set);
// `module`: the static page with the bundle in its head and no element (what loading the bundle costs by itself).
const modulePage = () =>
  staticPage(set).replace('</head>', '<script type="module" src="workshop-elements.js"></script></head>');
// `<path>+hint`: the bundle with V8's compile hint (every function compiled eagerly, while streaming, off the main
// thread); `<path>+blocking`: the module script with blocking="render", as the Jekyll kit's head.html has it.
// `<path>+eager`: the bundle with no loading="lazy" on its images.
// `<path>+alt`: the bundle given by --alt=<file> (e.g. built before a change): before and after in one interleaved run.
put('hinted.js', `//# allFunctionsCalledOnLoad\n${code}`);
put('eager.js', code.replaceAll('loading="lazy"', ''));
const alt = option('alt', '');
if (alt) put('alt.js', readFileSync(alt, 'utf8'));
const pageOf = (path) => {
  const [how, variant] = path.split('+');
  const html = how === 'static' ? staticPage(set) : how === 'module' ? modulePage() : elementPage(set, how);
  if (variant === 'hint') return html.replace('src="workshop-elements.js"', 'src="hinted.js"');
  if (variant === 'eager') return html.replace('src="workshop-elements.js"', 'src="eager.js"');
  if (variant === 'alt') {
    if (!alt) throw new Error('+alt needs --alt=<bundle file>');
    return html.replace('src="workshop-elements.js"', 'src="alt.js"');
  }
  if (variant === 'blocking')
    return html.replace('<script type="module" src=', '<script type="module" blocking="render" src=');
  return html;
};
for (const path of paths) put(`${path}.html`, pageOf(path));
const server = await serveFiles(files);
const browser = await launchChromium({ measuring: true });

/** One cold load (a fresh browser context, as in bench/run.mjs): LCP, CLS, and main-thread CPU from the trace. */
async function load(path) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({ width: 1200, height: 900 });
  await page.evaluateOnNewDocument(() => {
    window.__m = { lcp: 0, shifts: [] };
    new PerformanceObserver((l) => l.getEntries().forEach((e) => (window.__m.lcp = e.startTime))).observe({
      type: 'largest-contentful-paint',
      buffered: true,
    });
    new PerformanceObserver((l) =>
      l.getEntries().forEach((e) => e.hadRecentInput || window.__m.shifts.push({ t: e.startTime, v: e.value })),
    ).observe({ type: 'layout-shift', buffered: true });
  });
  await page.tracing.start({
    categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'loading', 'blink.user_timing'],
  });
  await page.goto(`${server.base}/${path}.html`, { waitUntil: 'load' });
  await new Promise((r) => setTimeout(r, 1500));
  const trace = JSON.parse(Buffer.from(await page.tracing.stop()).toString()).traceEvents;
  const m = await page.evaluate(() => window.__m);
  await context.close();
  // The page's own navigation (not the about:blank the tab opened with), and the main thread of its renderer.
  const navigation = trace.findLast(
    (e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL?.startsWith('http'),
  );
  const nav = navigation.ts;
  const main = trace.find(
    (e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && e.pid === navigation.pid,
  );
  const onMain = trace.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X');
  const tasks = onMain.filter((e) => e.name === 'RunTask');
  const tcpu = (e) => (e.tdur ?? e.dur) / 1000;
  const cpu = (until) => tasks.filter((e) => e.ts < until).reduce((sum, e) => sum + tcpu(e), 0);
  const long = tasks.filter((e) => tcpu(e) > 50);
  return {
    lcp: m.lcp,
    cls: cls(m.shifts),
    cpuLcp: cpu(nav + m.lcp * 1000),
    cpu: cpu(Infinity),
    // Total blocking time in CPU terms: each task's CPU time over 50 ms.
    blocking: long.reduce((sum, e) => sum + tcpu(e) - 50, 0),
    longTasks: long.map((task) => `${Math.round(tcpu(task))}[${kinds(onMain, task)}]`).join(' '),
  };
}

// What fills a long task, in CPU ms: script (s), style (y), layout (l), paint (p), HTML parsing (h).
const KINDS = {
  FunctionCall: 's',
  RunMicrotasks: 's',
  EvaluateScript: 's',
  'v8.evaluateModule': 's',
  UpdateLayoutTree: 'y',
  Layout: 'l',
  Paint: 'p',
  PrePaint: 'p',
  Layerize: 'p',
  ParseHTML: 'h',
};
function kinds(events, task) {
  const totals = {};
  const openUntil = {};
  for (const e of events) {
    const kind = KINDS[e.name];
    if (!kind || e.ts < task.ts || e.ts >= task.ts + task.dur || e.tdur == null) continue;
    if (openUntil[kind] && e.ts < openUntil[kind]) continue; // nested in one of the same kind, already counted
    openUntil[kind] = e.ts + e.dur;
    totals[kind] = (totals[kind] ?? 0) + e.tdur / 1000;
  }
  return Object.entries(totals)
    .map(([kind, ms]) => kind + Math.round(ms))
    .join(' ');
}

const results = Object.fromEntries(paths.map((p) => [p, []]));
for (let run = 0; run < RUNS; run++) for (const path of paths) results[path].push(await load(path));
await browser.close();
await server.close();

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (xs, digits = 0) =>
  `${median(xs).toFixed(digits)} (${Math.min(...xs).toFixed(digits)}–${Math.max(...xs).toFixed(digits)})`;
const base = results.static && median(results.static.map((r) => r.lcp));
console.log(`${name}, ${RUNS} cold loads each, medians (ranges); CPU = main-thread thread time, ms`);
for (const path of paths) {
  const rs = results[path];
  const lcp = median(rs.map((r) => r.lcp));
  console.log(
    `  ${path.padEnd(7)} LCP ${fmt(rs.map((r) => r.lcp))}${base ? ` = ${(lcp / base).toFixed(2)}×` : ''}` +
      `  CPU until LCP ${fmt(rs.map((r) => r.cpuLcp))}  CPU in all ${fmt(rs.map((r) => r.cpu))}` +
      `  CPU over 50 ms ${fmt(rs.map((r) => r.blocking))}` +
      `  CLS ${fmt(
        rs.map((r) => r.cls),
        3,
      )}`,
  );
}
// --tasks: each load's long tasks and what fills them.
if (process.argv.includes('--tasks'))
  for (const path of paths)
    results[path].forEach((r, i) => console.log(`  ${path} load ${i + 1}: ${r.longTasks || 'no task over 50 ms'}`));
