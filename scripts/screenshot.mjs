// Screenshots of a page as a visitor sees it, in Debian's Chromium (headless), for the README and for review.
// usage: node scripts/screenshot.mjs URL OUT.png [--width=1200] [--height=900] [--dark] [--full] [--print] [--wait=ms]
import { launchChromium } from './chromium.mjs';

const [url, out, ...flags] = process.argv.slice(2);
if (!url || !out) {
  console.error(
    'usage: node scripts/screenshot.mjs URL OUT.png [--width=1200] [--height=900] [--dark] [--full] [--print] [--wait=ms]',
  );
  process.exit(2);
}
const flag = (name, fallback) => {
  const f = flags.find((x) => x === `--${name}` || x.startsWith(`--${name}=`));
  if (!f) return fallback;
  return f.includes('=') ? f.split('=')[1] : true;
};

const browser = await launchChromium();
try {
  const page = await browser.newPage();
  page.on('console', (m) => console.log(`[page ${m.type()}] ${m.text()}`));
  page.on('pageerror', (e) => console.log(`[page error] ${e.message}`));
  await page.setViewport({ width: Number(flag('width', 1200)), height: Number(flag('height', 900)) });
  const features = [{ name: 'prefers-color-scheme', value: flag('dark', false) ? 'dark' : 'light' }];
  await page.emulateMediaFeatures(features);
  if (flag('print', false)) await page.emulateMediaType('print');
  await page.goto(url, { waitUntil: 'networkidle0' });
  await new Promise((r) => setTimeout(r, Number(flag('wait', 300))));
  await page.screenshot({ path: out, fullPage: Boolean(flag('full', false)) });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
}
