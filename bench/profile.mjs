// Where a page's time goes: one cold load of a benchmark page (bench/pages.mjs) with Chromium's trace and a sampling
// CPU profile, on a bundle with readable names (not minified). Prints the main thread's tasks over 30 ms with what
// fills them (HTML parsing, script, style, layout, paint), the totals per kind of work, and the functions with the
// most self time.
// With --total it also prints the functions with the most total time (self time plus the functions they call, each
// sample counted once per function), the view that shows which caller a spread of small costs belongs to; --interval
// sets the sampling interval in µs (default 200).
// --save=<file> writes the CPU profile (a .cpuprofile DevTools opens) and the trace (<file>.trace.json).
// usage: node bench/profile.mjs <data set> <path> [--top=25] [--total] [--interval=100] [--save=/tmp/p]
//   e.g. node bench/profile.mjs papers-5000 script
import { readFileSync, writeFileSync } from 'node:fs';
import { launchChromium, serveFiles } from '../scripts/chromium.mjs';
import { dataSets } from './data.mjs';
import { benchFiles, elementPage, scriptPage, staticPage } from './pages.mjs';
import { build } from './bundle.mjs';

const [name = 'papers-5000', path = 'src'] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const option = (name, fallback) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const TOP = Number(option('top', 25));
const INTERVAL = Number(option('interval', 200));
const TOTAL = process.argv.includes('--total');
const SAVE = option('save', '');
const set = dataSets().find((s) => s.name === name);
if (!set)
  throw new Error(
    `no data set ${name}: ${dataSets()
      .map((s) => s.name)
      .join(', ')}`,
  );

const { files, put, add } = benchFiles((await build('src/index.ts', { minified: false })).code, (logo) =>
  readFileSync(new URL(`../demo/img/${logo}`, import.meta.url)),
);
add(set);
put('page.html', path === 'static' ? staticPage(set) : path === 'bare' ? scriptPage(set) : elementPage(set, path));
const server = await serveFiles(files);
const browser = await launchChromium({ measuring: true });
// A fresh browser context, as each load of `npm run bench` (bench/run.mjs): its storage is in memory. (The default
// context's localStorage is a database on disk, whose first opening took 280 ms inside the schedule's first render.)
const page = await (await browser.createBrowserContext()).newPage();
await page.setViewport({ width: 1200, height: 900 });
const cdp = await page.createCDPSession();
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: INTERVAL });
await page.tracing.start({
  categories: [
    'devtools.timeline',
    'disabled-by-default-devtools.timeline',
    'v8.execute',
    'loading',
    'blink.user_timing',
  ],
});
await cdp.send('Profiler.start');
await page.goto(`${server.base}/page.html`, { waitUntil: 'load' });
await new Promise((r) => setTimeout(r, 3000));
const { profile } = await cdp.send('Profiler.stop');
const trace = JSON.parse(Buffer.from(await page.tracing.stop()).toString());
// Every LCP candidate (time, area, element: null inside a shadow root) and every layout shift.
const { candidates, shifts } = await page.evaluate(
  () =>
    new Promise((resolve) => {
      const out = { candidates: [], shifts: [] };
      new PerformanceObserver((l) =>
        out.shifts.push(...l.getEntries().map((e) => `${Math.round(e.startTime)} ms: ${e.value.toFixed(3)}`)),
      ).observe({ type: 'layout-shift', buffered: true });
      new PerformanceObserver((l) => {
        out.candidates.push(
          ...l
            .getEntries()
            .map((e) => `${Math.round(e.startTime)} ms: ${e.size} px² ${e.element?.localName ?? '(shadow)'}`),
        );
        resolve(out);
      }).observe({ type: 'largest-contentful-paint', buffered: true });
    }),
);
const lcp = Number(candidates.at(-1).split(' ')[0]);
await browser.close();
await server.close();
if (SAVE) {
  writeFileSync(`${SAVE}.cpuprofile`, JSON.stringify(profile));
  writeFileSync(`${SAVE}.trace.json`, JSON.stringify(trace));
}

// ---- the trace: the renderer's main thread -----------------------------------------------------------------------
const events = trace.traceEvents;
const main = events.find(
  (e) =>
    e.name === 'thread_name' &&
    e.args?.name === 'CrRendererMain' &&
    events.some((x) => x.pid === e.pid && x.name === 'ParseHTML'),
);
const onMain = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X');
const nav =
  events.findLast(
    (e) => e.name === 'navigationStart' && e.pid === main.pid && e.args?.data?.documentLoaderURL?.startsWith('http'),
  )?.ts ?? onMain[0].ts;
const at = (ts) => Math.round((ts - nav) / 1000);
const KINDS = {
  ParseHTML: 'parse HTML',
  EvaluateScript: 'script',
  'v8.evaluateModule': 'script',
  FunctionCall: 'script',
  TimerFire: 'script',
  EventDispatch: 'script',
  FireAnimationFrame: 'script',
  RunMicrotasks: 'script',
  'v8.compile': 'compile',
  'v8.compileModule': 'compile',
  UpdateLayoutTree: 'style',
  RecalculateStyles: 'style',
  ParseAuthorStyleSheet: 'style',
  Layout: 'layout',
  UpdateLayerTree: 'paint',
  PrePaint: 'paint',
  Paint: 'paint',
  Layerize: 'paint',
  'Document::updateStyleAndLayout': 'style',
};
/**
 * The time of each kind in [from, to), counting only the outermost event of each kind (no double counting): the
 * main thread's CPU time (the trace's thread clock, `tdur`), which a busy machine inflates far less than wall time.
 */
function breakdown(from, to) {
  const out = {};
  const open = {};
  for (const e of onMain) {
    const kind = KINDS[e.name];
    if (!kind || e.ts < from || e.ts >= to) continue;
    if (open[kind] && e.ts < open[kind]) continue;
    open[kind] = e.ts + e.dur;
    out[kind] = (out[kind] ?? 0) + (e.tdur ?? e.dur) / 1000;
  }
  return Object.entries(out)
    .sort((a, b) => b[1] - a[1])
    .map(([k, v]) => `${k} ${Math.round(v)}`)
    .join(', ');
}
// The CPU profile's samples, with their time (the same clock as the trace) and function.
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const label = (f) => `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}`;
const samples = [];
let now = profile.startTime;
profile.samples.forEach((id, i) => {
  now += profile.timeDeltas[i] ?? 0;
  const stack = new Set();
  for (let n = id; n !== undefined; n = parent.get(n)) stack.add(label(byId.get(n).callFrame));
  samples.push({ ts: now, dt: (profile.timeDeltas[i + 1] ?? 0) / 1000, fn: label(byId.get(id).callFrame), stack });
});
/** The functions with the most self time in [from, to). */
function hottest(from, to, n) {
  const self = new Map();
  for (const s of samples)
    if (s.ts >= from && s.ts < to && !s.fn.startsWith('(')) self.set(s.fn, (self.get(s.fn) ?? 0) + s.dt);
  return [...self].sort((a, b) => b[1] - a[1]).slice(0, n);
}
console.log(`LCP candidates: ${candidates.join('; ')}\nlayout shifts: ${shifts.join('; ') || 'none'}`);
const tasks = onMain.filter((e) => e.name === 'RunTask' && (e.dur > 30000 || (e.tdur ?? 0) > 5000));
console.log(
  `\n${name} ${path}: LCP ${Math.round(lcp)} ms. Main-thread tasks over 30 ms or 5 ms of CPU (start ms, length ms, CPU ms: what fills them, CPU ms):`,
);
for (const t of tasks) {
  console.log(
    `  ${at(t.ts)}  ${Math.round(t.dur / 1000)}  ${Math.round((t.tdur ?? t.dur) / 1000)}: ${breakdown(t.ts, t.ts + t.dur)}`,
  );
  const hot = hottest(t.ts, t.ts + t.dur, 6).filter(([, v]) => v >= 1);
  if (hot.length) console.log(`      ${hot.map(([f, v]) => `${f} ${Math.round(v)}`).join('; ')}`);
}
const end = onMain.at(-1).ts;
const cpu = (from, to) =>
  Math.round(
    onMain
      .filter((e) => e.name === 'RunTask' && e.ts >= from && e.ts < to)
      .reduce((sum, e) => sum + (e.tdur ?? e.dur), 0) / 1000,
  );
console.log(`all work until 3 s after load (CPU ms): ${breakdown(nav, end)}`);
console.log(`main-thread CPU: ${cpu(nav, nav + lcp * 1000)} ms before LCP, ${cpu(nav, end)} ms in all`);

// ---- the CPU profile: self time per function -----------------------------------------------------------------------
console.log(`\nfunctions with the most self time (ms):`);
for (const [k, v] of hottest(-Infinity, Infinity, TOP)) console.log(`  ${Math.round(v).toString().padStart(5)}  ${k}`);
const idle = new Map();
for (const s of samples)
  if (s.fn.startsWith('(')) idle.set(s.fn.split(' ')[0], (idle.get(s.fn.split(' ')[0]) ?? 0) + s.dt);
console.log(`  not in a function: ${[...idle].map(([k, v]) => `${k} ${Math.round(v)}`).join(', ')}`);
if (TOTAL) {
  const total = new Map();
  for (const s of samples)
    for (const fn of s.stack) if (!fn.startsWith('(')) total.set(fn, (total.get(fn) ?? 0) + s.dt);
  console.log(`\nfunctions with the most total time (ms, with what they call):`);
  for (const [k, v] of [...total].sort((a, b) => b[1] - a[1]).slice(0, TOP))
    console.log(`  ${Math.round(v).toString().padStart(5)}  ${k}`);
}
