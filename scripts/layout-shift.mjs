// Cumulative Layout Shift of a page load in Chromium (puppeteer-core), as Core Web Vitals define it: the largest
// session window of layout-shift entries (gaps under 1 s, windows at most 5 s), shifts right after input excluded.
// Used by bench/jekyll-kit.mjs and test/node/jekyll-kit.test.mjs.

const OBSERVE = `
  window.__shifts = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shifts.push({ t: e.startTime, v: e.value,
      sources: (e.sources || []).map((s) => s.node ? (s.node.localName || '#text') + (s.node.className ? '.' + s.node.className : '') : '?') });
  }).observe({ type: 'layout-shift', buffered: true });`;

/** The CLS score of a list of { t, v } shifts. */
export function cls(shifts) {
  let best = 0;
  let current = 0;
  let start = -Infinity;
  let last = -Infinity;
  for (const { t, v } of shifts) {
    if (t - last > 1000 || t - start > 5000) {
      current = 0;
      start = t;
    }
    current += v;
    last = t;
    best = Math.max(best, current);
  }
  return best;
}

/**
 * Loads `url` in a new page of `browser` (cache off) and waits until `ready()` is true in the page.
 * bundleDelay holds the request for workshop-elements.js back that many ms.
 * Resolves to { cls, shifts, drawnMs }.
 */
export async function measureLoad(browser, url, { width = 1200, height = 900, bundleDelay = 0, ready }) {
  const page = await browser.newPage();
  await page.setViewport({ width, height });
  await page.setCacheEnabled(false);
  await page.evaluateOnNewDocument(OBSERVE);
  if (bundleDelay) {
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      if (request.url().endsWith('/workshop-elements.js')) setTimeout(() => request.continue(), bundleDelay);
      else request.continue();
    });
  }
  const start = Date.now();
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(ready, { polling: 'raf', timeout: 60_000 });
  const drawnMs = Date.now() - start;
  // Two frames, then half a second: late shifts (images, a clamped bio measured) count too.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await new Promise((r) => setTimeout(r, 500));
  const shifts = await page.evaluate(() => window.__shifts);
  await page.close();
  return { cls: cls(shifts), shifts, drawnMs };
}

/** True in a page once every workshop element has drawn its data (no loading state left). */
export function allElementsDrawn() {
  return [...document.querySelectorAll('workshop-schedule, paper-list, speaker-card, sponsor-strip')].every(
    (el) => el.shadowRoot && el.shadowRoot.childElementCount > 0 && !el.shadowRoot.querySelector('[part~="loading"]'),
  );
}
