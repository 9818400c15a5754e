// Measures the Jekyll kit in Debian's Chromium (headless), for docs/jekyll.md and the README:
//   1. the layout shift of the swap from the no-script fallback to the elements on the seed page
//      (examples/jekyll/_site, built by scripts/build-jekyll-example.sh), with the bundle served at once and 1 s late;
//   2. 687 papers (ICLR 2020) on one page, inline (JSON script child) or loaded with src= from a papers.json that
//      Jekyll writes: page weight, build time, time until the list is drawn, layout shift.
// usage: node bench/jekyll-kit.mjs [--runs=3]
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchChromium } from '../scripts/chromium.mjs';
import { serveSite } from '../scripts/serve-site.mjs';
import { allElementsDrawn, measureLoad as measure } from '../scripts/layout-shift.mjs';

const runs = Number(process.argv.find((a) => a.startsWith('--runs='))?.split('=')[1] ?? 3);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const allDrawn = allElementsDrawn;

const browser = await launchChromium();
try {
  // 1. The seed page.
  const seed = await serveSite(path.resolve('examples/jekyll/_site'), '/smmal');
  console.log('## Layout shift of the fallback-to-element swap, seed page (examples/jekyll), Chromium');
  console.log('| viewport | opened at | bundle | CLS (median of %d) | shifts over 0.001 |', runs);
  console.log('|---|---|---|---|---|');
  for (const width of [1200, 390]) {
    for (const fragment of ['', '#schedule', '#speakers', '#accepted-papers', '#sponsors']) {
      for (const bundleDelay of [0, 1000]) {
        const results = [];
        for (let i = 0; i < runs; i++)
          results.push(await measure(browser, seed.url + fragment, { width, bundleDelay, ready: allDrawn }));
        const mid = results.find((r) => r.cls === median(results.map((x) => x.cls)));
        const big = mid.shifts
          .filter((s) => s.v > 0.001)
          .map((s) => `${s.v.toFixed(3)} (${[...new Set(s.sources)].join(' ')})`);
        console.log(
          `| ${width} px | ${fragment || 'top'} | ${bundleDelay ? `${bundleDelay} ms late` : 'at once'} | ${median(results.map((r) => r.cls)).toFixed(4)} | ${big.join('; ') || '–'} |`,
        );
      }
    }
  }
  await seed.close();

  // 2. 687 papers, inline or src.
  const dir = mkdtempSync(path.join(tmpdir(), 'we-687-'));
  try {
    cpSync('jekyll', dir, { recursive: true });
    mkdirSync(`${dir}/_data`);
    cpSync('demo/data/iclr2020-papers.json', `${dir}/_data/papers.json`);
    writeFileSync(`${dir}/_config.yml`, 'baseurl: "/iclr"\ntitle: ICLR 2020\n');
    const page = (body) =>
      `---\n---\n<!doctype html><html lang="en"><head><meta charset="utf-8"><title>ICLR 2020</title>{% include workshop-elements/head.html %}</head><body><h1>Papers</h1>\n${body}\n<footer>end</footer></body></html>\n`;
    writeFileSync(
      `${dir}/inline.html`,
      page('{% include workshop-elements/papers.html papers=site.data.papers jsonld=false %}'),
    );
    writeFileSync(
      `${dir}/src.html`,
      page('{% include workshop-elements/papers.html papers=site.data.papers src="/papers.json" jsonld=false %}'),
    );
    writeFileSync(
      `${dir}/src-bare.html`,
      page(
        '{% include workshop-elements/papers.html papers=site.data.papers src="/papers.json" fallback=false jsonld=false %}',
      ),
    );
    writeFileSync(`${dir}/papers.json`, '---\n---\n{% include workshop-elements/json.html value=site.data.papers %}\n');
    const builds = [];
    for (let i = 0; i < runs; i++) {
      const t = Date.now();
      execFileSync('jekyll', ['build', '--quiet', '-s', dir, '-d', `${dir}/_site`]);
      builds.push(Date.now() - t);
    }
    const server = await serveSite(`${dir}/_site`, '/iclr');
    const size = (file) => {
      const bytes = readFileSync(`${dir}/_site/${file}`);
      return `${(statSync(`${dir}/_site/${file}`).size / 1024).toFixed(0)} KB (${(gzipSync(bytes).length / 1024).toFixed(0)} KB gzip)`;
    };
    console.log(`\n## 687 papers (ICLR 2020) through the kit; jekyll build of the 4 pages: ${median(builds)} ms`);
    console.log('| page | HTML | + papers.json | list drawn (median of %d) | CLS |', runs);
    console.log('|---|---|---|---|---|');
    const listDrawn = () => !!document.querySelector('paper-list')?.shadowRoot?.querySelector('[part~="title"]');
    for (const [name, label] of [
      ['inline.html', 'papers=… (JSON script child + fallback)'],
      ['src.html', 'papers=… src="/papers.json" (fallback in the page)'],
      ['src-bare.html', 'src="/papers.json" fallback=false'],
    ]) {
      const results = [];
      for (let i = 0; i < runs; i++) results.push(await measure(browser, `${server.url}${name}`, { ready: listDrawn }));
      console.log(
        `| ${label} | ${size(name)} | ${name === 'inline.html' ? '–' : size('papers.json')} | ${median(results.map((r) => r.drawnMs))} ms | ${median(results.map((r) => r.cls)).toFixed(4)} |`,
      );
    }
    await server.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
} finally {
  await browser.close();
}
