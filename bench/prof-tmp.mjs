import puppeteer from 'puppeteer-core';
import { readFileSync } from 'node:fs';
const blns = JSON.parse(readFileSync('test/fixtures/blns/blns.json','utf8'));
const s = blns.find(x => x.startsWith('ثم نفس'));
const browser = await puppeteer.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox','--disable-dev-shm-usage','--disable-gpu'] });
const page = await browser.newPage();
await page.goto('http://localhost:8163/demo/papers.html?x=1', { waitUntil: 'load' });
const r = await page.evaluate(async (s) => {
  document.querySelector('paper-list').remove();
  const el = document.createElement('paper-list');
  document.body.prepend(el);
  el.papers = [{ id: 'x', title: s, authors: [s], award: s, type: s, session: s, pdf: s, url: s, code: s, abstract: s, keywords: [s] }, { title: 'b' }];
  await el.updateComplete; await new Promise(r => setTimeout(r, 300));
  const box = (q) => { const b = el.shadowRoot.querySelector(q).getBoundingClientRect(); return [b.x, b.y, b.width, b.height].map(Math.round); };
  return { badge: box('[part~="award"]'), badges: box('.badges'), actions: box('.actions'), a: box('.actions a'), authors: box('[part="authors"]') };
}, s);
console.log(r);
await page.screenshot({ path: '/tmp/blns.png' });
await browser.close();
