import { expect, fixtureSync, html } from '@open-wc/testing';
import '../../src/paper-list/paper-list.js';
import type { PaperList } from '../../src/paper-list/paper-list.js';

/** Any CSS colour (oklab, color-mix results…) as sRGB bytes, through a canvas pixel. */
function rgb(color: string): [number, number, number] {
  const ctx = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
  ctx.fillStyle = color;
  ctx.fillRect(0, 0, 1, 1);
  const [r, g, b] = ctx.getImageData(0, 0, 1, 1).data;
  return [r, g, b];
}

function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, b] = rgb(c).map((v) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

// Shared colours are mixed from the page's text colour, so a light page stays light and a dark page gets light
// links, whatever the OS colour scheme says.
describe('shared colours follow the host page', () => {
  const pages = [
    { name: 'a light page', background: '#ffffff', color: '#333333' },
    { name: 'a dark page', background: '#15181c', color: '#e3e6ea' },
  ];
  for (const page of pages) {
    it(`keeps links and errors at 4.5:1 or better on ${page.name}`, async () => {
      // fixtureSync: fixture() of a plain div waits for a frame, which background pages may never paint
      const wrapper = fixtureSync<HTMLDivElement>(html`
        <div style="background: ${page.background}; color: ${page.color}; padding: 8px">
          <paper-list papers='[{"title": "A paper", "url": "https://example.org/"}]'></paper-list>
          <paper-list papers="{oops"></paper-list>
        </div>
      `);
      const [list, broken] = wrapper.querySelectorAll<PaperList>('paper-list');
      await list.updateComplete;
      await broken.updateComplete;
      const link = list.shadowRoot!.querySelector('a')!;
      expect(contrast(getComputedStyle(link).color, page.background)).to.be.at.least(4.5);
      const strong = broken.shadowRoot!.querySelector('[part="error"] strong')!;
      expect(contrast(getComputedStyle(strong).color, page.background)).to.be.at.least(4.5);
      await expect(list).to.be.accessible();
    });
  }
});
