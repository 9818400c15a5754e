// One screenshot per element of a page (e.g. demo/rtl.html in Arabic), at one viewport width, for review:
// usage: node scripts/element-screenshots.mjs URL OUT-PREFIX [--width=1366] [--dark]
// writes OUT-PREFIX-<tag>-<n>.png for every workshop element on the page, after its data has rendered.
import puppeteer from 'puppeteer-core';
import { chromiumLaunchOptions } from './chromium.mjs';

const [url, prefix, ...flags] = process.argv.slice(2);
if (!url || !prefix) {
  console.error('usage: node scripts/element-screenshots.mjs URL OUT-PREFIX [--width=1366] [--dark]');
  process.exit(2);
}
const width = Number(flags.find((f) => f.startsWith('--width='))?.split('=')[1] ?? 1366);
const TAGS = ['important-dates', 'workshop-schedule', 'speaker-card', 'paper-list', 'sponsor-strip'];

const browser = await puppeteer.launch({ ...chromiumLaunchOptions });
try {
  const page = await browser.newPage();
  page.on('console', (m) => console.log(`[page ${m.type()}] ${m.text()}`));
  page.on('pageerror', (e) => console.log(`[page error] ${e.message}`));
  await page.setViewport({ width, height: 900 });
  const scheme = flags.includes('--dark') ? 'dark' : 'light';
  await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
  await page.goto(url, { waitUntil: 'networkidle0' });
  await page.evaluate(async (tags) => {
    await Promise.all(tags.map((t) => customElements.whenDefined(t)));
    const all = document.querySelectorAll(tags.join(','));
    await Promise.all([...all].map((el) => el.dataComplete));
    // Lazy images: load them all, so every logo and photo is in the picture.
    for (const el of all) for (const img of el.shadowRoot.querySelectorAll('img')) img.loading = 'eager';
    await new Promise((r) => setTimeout(r, 500));
  }, TAGS);
  for (const tag of TAGS) {
    const handles = await page.$$(tag);
    for (const [i, handle] of handles.entries()) {
      const out = `${prefix}-${tag}-${i + 1}.png`;
      await handle.screenshot({ path: out });
      console.log(`wrote ${out}`);
    }
  }
} finally {
  await browser.close();
}
