// CPU time on the renderer's main thread, from the trace's thread durations (`tdur`), over a few cold loads of one
// benchmark page: what a page costs, nearly independent of other jobs on the machine (wall-clock figures on a shared
// 2-core machine vary 2-3x from one run to the next; these vary by about 20 %). Prints, per load, the CPU time of the
// tasks that started before LCP, of all tasks until the last layout or paint once every element's `dataComplete` has
// resolved, the "blocking" CPU time (the part over 50 ms of each task), and each long task with its style (y),
// layout (l), paint (p), script (s) and HTML parsing (h) CPU ms; then the medians.
// usage: node bench/cpu-time.mjs <data set> <path> [--runs=3]    e.g. node bench/cpu-time.mjs schedule-300 script
import { readFileSync } from 'node:fs';
import { launchChromium, serveFiles } from '../scripts/chromium.mjs';
import { dataSets } from './data.mjs';
import { benchFiles, elementPage, scriptPage, staticPage } from './pages.mjs';
import { build } from './bundle.mjs';

const [name = 'schedule-300', path = 'script'] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const runs = Number(process.argv.find((a) => a.startsWith('--runs='))?.split('=')[1] ?? 3);
const set = dataSets().find((s) => s.name === name);
if (!set)
  throw new Error(
    `no data set ${name}: ${dataSets()
      .map((s) => s.name)
      .join(', ')}`,
  );
const { files, put, add } = benchFiles((await build('src/index.ts', { minified: true })).code, (logo) =>
  readFileSync(new URL(`../demo/img/${logo}`, import.meta.url)),
);
add(set);
put('page.html', path === 'static' ? staticPage(set) : path === 'bare' ? scriptPage(set) : elementPage(set, path));
const server = await serveFiles(files);
const browser = await launchChromium({ measuring: true });
const out = [];
for (let r = 0; r < runs; r++) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1200, height: 900 });
  await page.tracing.start({ categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'loading'] });
  await page.goto(`${server.base}/page.html`, { waitUntil: 'load' });
  await page.evaluate(() =>
    Promise.all([...document.querySelectorAll('*')].flatMap((e) => ('dataComplete' in e ? [e.dataComplete] : []))),
  );
  await new Promise((r) => setTimeout(r, 1000));
  const lcp = await page.evaluate(
    () =>
      new Promise((res) =>
        new PerformanceObserver((l) => res(l.getEntries().at(-1).startTime)).observe({
          type: 'largest-contentful-paint',
          buffered: true,
        }),
      ),
  );
  const trace = JSON.parse(Buffer.from(await page.tracing.stop()).toString());
  await page.close();
  const ev = trace.traceEvents;
  // The renderer main thread that laid the page out (a load may start in another renderer).
  const layouts = new Map();
  for (const e of ev)
    if (e.name === 'Layout') layouts.set(`${e.pid}:${e.tid}`, (layouts.get(`${e.pid}:${e.tid}`) ?? 0) + 1);
  const [pid, tid] = [...layouts]
    .sort((a, b) => b[1] - a[1])[0][0]
    .split(':')
    .map(Number);
  const main = { pid, tid };
  const onMain = ev.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X');
  const nav = ev.find((e) => e.name === 'navigationStart' && e.pid === main.pid)?.ts ?? onMain[0].ts;
  const tasks = onMain.filter((e) => e.name === 'RunTask' && e.tdur != null);
  const lcpTs = nav + lcp * 1000;
  const sum = (a) => a.reduce((n, t) => n + t.tdur / 1000, 0);
  const lastLayout = onMain.filter((e) => e.name === 'Layout' || e.name === 'Paint').at(-1);
  const before = tasks.filter((t) => t.ts < lcpTs);
  const untilDone = tasks.filter((t) => t.ts <= lastLayout.ts);
  const K = {
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
  const kinds = (t) => {
    const o = {};
    const open = {};
    for (const e of onMain) {
      const k = K[e.name];
      if (!k || e.ts < t.ts || e.ts >= t.ts + t.dur || e.tdur == null) continue;
      if (open[k] && e.ts < open[k]) continue;
      open[k] = e.ts + e.dur;
      o[k] = (o[k] ?? 0) + e.tdur / 1000;
    }
    return Object.entries(o)
      .map(([k, v]) => k + Math.round(v))
      .join(' ');
  };
  const long = tasks.filter((t) => t.tdur > 50000);
  out.push({
    lcpWall: Math.round(lcp),
    cpuBeforeLcp: Math.round(sum(before)),
    cpuAll: Math.round(sum(untilDone)),
    tbtCpu: Math.round(long.reduce((n, t) => n + (t.tdur / 1000 - 50), 0)),
    longest: Math.round(Math.max(...tasks.map((t) => t.tdur / 1000))),
    longTasks: long.map((t) => Math.round(t.tdur / 1000) + '[' + kinds(t) + ']').join(' '),
  });
}
await browser.close();
await server.close();
const med = (k) => out.map((o) => o[k]).sort((a, b) => a - b)[Math.floor(out.length / 2)];
for (const o of out)
  console.log(
    `LCP ${o.lcpWall} ms (wall); CPU before LCP ${o.cpuBeforeLcp} ms, until all laid out ${o.cpuAll} ms, over 50 ms ${o.tbtCpu} ms; long tasks: ${o.longTasks || 'none'}`,
  );
console.log(
  `${name} ${path}, medians of ${runs}: CPU before LCP ${med('cpuBeforeLcp')} ms, until all laid out ${med('cpuAll')} ms, over 50 ms ${med('tbtCpu')} ms`,
);
