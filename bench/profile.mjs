// Where a page's time goes: one cold load of a benchmark page (bench/pages.mjs) with Chromium's trace and a sampling
// CPU profile, on a bundle with readable names (not minified). Prints the main thread's tasks over 30 ms with what
// fills them (HTML parsing, script, style, layout, paint), the totals per kind of work, and the functions with the
// most self time.
// usage: node bench/profile.mjs <data set> <path> [--top=25]   e.g. node bench/profile.mjs papers-5000 script
import { readFileSync } from 'node:fs';
import { launchChromium, serveFiles } from '../scripts/chromium.mjs';
import { dataSets } from './data.mjs';
import { benchFiles, elementPage, scriptPage, staticPage } from './pages.mjs';
import { build } from './bundle.mjs';

const [name = 'papers-5000', path = 'src'] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const TOP = Number(process.argv.find((a) => a.startsWith('--top='))?.split('=')[1] ?? 25);
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
const page = await browser.newPage();
await page.setViewport({ width: 1200, height: 900 });
const cdp = await page.createCDPSession();
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
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

// ---- the trace: the renderer's main thread -----------------------------------------------------------------------
const events = trace.traceEvents;
const main = events.find(
  (e) =>
    e.name === 'thread_name' &&
    e.args?.name === 'CrRendererMain' &&
    events.some((x) => x.pid === e.pid && x.name === 'ParseHTML'),
);
const onMain = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X');
const nav = events.find((e) => e.name === 'navigationStart' && e.pid === main.pid)?.ts ?? onMain[0].ts;
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
/** The time of each kind in [from, to), counting only the outermost event of each kind (no double counting). */
function breakdown(from, to) {
  const out = {};
  const open = {};
  for (const e of onMain) {
    const kind = KINDS[e.name];
    if (!kind || e.ts < from || e.ts >= to) continue;
    if (open[kind] && e.ts < open[kind]) continue;
    open[kind] = e.ts + e.dur;
    out[kind] = (out[kind] ?? 0) + e.dur / 1000;
  }
  return Object.entries(out)
    .sort((a, b) => b[1] - a[1])
    .map(([k, v]) => `${k} ${Math.round(v)}`)
    .join(', ');
}
// The CPU profile's samples, with their time (the same clock as the trace) and function.
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const samples = [];
let now = profile.startTime;
profile.samples.forEach((id, i) => {
  now += profile.timeDeltas[i] ?? 0;
  const f = byId.get(id).callFrame;
  samples.push({
    ts: now,
    dt: (profile.timeDeltas[i + 1] ?? 0) / 1000,
    fn: `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}`,
  });
});
/** The functions with the most self time in [from, to). */
function hottest(from, to, n) {
  const self = new Map();
  for (const s of samples)
    if (s.ts >= from && s.ts < to && !s.fn.startsWith('(')) self.set(s.fn, (self.get(s.fn) ?? 0) + s.dt);
  return [...self].sort((a, b) => b[1] - a[1]).slice(0, n);
}
console.log(`LCP candidates: ${candidates.join('; ')}\nlayout shifts: ${shifts.join('; ') || 'none'}`);
const tasks = onMain.filter((e) => e.name === 'RunTask' && e.dur > 30000);
console.log(
  `\n${name} ${path}: LCP ${Math.round(lcp)} ms. Main-thread tasks over 30 ms (start ms, length ms: what fills them, ms):`,
);
for (const t of tasks) {
  console.log(`  ${at(t.ts)}  ${Math.round(t.dur / 1000)}: ${breakdown(t.ts, t.ts + t.dur)}`);
  const hot = hottest(t.ts, t.ts + t.dur, 6).filter(([, v]) => v >= 1);
  if (hot.length) console.log(`      ${hot.map(([f, v]) => `${f} ${Math.round(v)}`).join('; ')}`);
}
const end = onMain.at(-1).ts;
console.log(`all work until 3 s after load: ${breakdown(nav, end)}`);

// ---- the CPU profile: self time per function -----------------------------------------------------------------------
console.log(`\nfunctions with the most self time (ms):`);
for (const [k, v] of hottest(-Infinity, Infinity, TOP)) console.log(`  ${Math.round(v).toString().padStart(5)}  ${k}`);
