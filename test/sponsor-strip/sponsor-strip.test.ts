import { expect, fixture, fixtureSync, html, nextFrame, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { SponsorStrip } from '../../src/sponsor-strip/sponsor-strip.js';
import type { Sponsor } from '../../src/sponsor-strip/types.js';
import { captureConsole } from '../helpers/console.js';

// Generated images of known sizes: SVG data URLs with explicit width/height, and canvas-made PNGs.
const svg = (w: number, h: number, fill = '#345678') =>
  'data:image/svg+xml,' +
  encodeURIComponent(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}"><rect width="${w}" height="${h}" fill="${fill}"/></svg>`,
  );
const png = (w: number, h: number) => {
  const canvas = document.createElement('canvas');
  canvas.width = w;
  canvas.height = h;
  const ctx = canvas.getContext('2d')!;
  ctx.fillStyle = '#2f7d6d';
  ctx.fillRect(0, 0, w, h);
  return canvas.toDataURL('image/png');
};
const MISSING = '/test/sponsor-strip/no-such-logo.png';

const all = (el: SponsorStrip, part: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${part}"]`)];
const one = (el: SponsorStrip, part: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${part}"]`);
const box = (e: Element) => e.getBoundingClientRect();
const sponsorNamed = (el: SponsorStrip, name: string) =>
  all(el, 'sponsor').find(
    (li) => li.querySelector('img')?.alt === name || li.querySelector('[part~="name"]')?.textContent === name,
  )!;

async function strip(sponsors: Sponsor[], attrs = '', style = '', width = '60rem'): Promise<SponsorStrip> {
  const wrap = await fixture<HTMLDivElement>(html`<div style="width: ${width}"></div>`);
  // Attributes as an organizer writes them in HTML, data through the property.
  wrap.innerHTML = `<sponsor-strip ${attrs} style="${style}"></sponsor-strip>`;
  const el = wrap.querySelector('sponsor-strip')!;
  el.sponsors = sponsors;
  await el.updateComplete;
  return el;
}

/** Waits until every logo has loaded and been sized, or failed and been replaced by the name. */
async function settled(el: SponsorStrip) {
  await waitUntil(() => all(el, 'logo').every((img) => img.classList.contains('sized')), 'logos sized', {
    timeout: 5000,
  });
  await el.updateComplete;
}

const untiered = (sponsors: Sponsor[]) => sponsors.map((s) => ({ ...s, tier: undefined }));

let console_: ReturnType<typeof captureConsole>;
beforeEach(() => (console_ = captureConsole()));
afterEach(() => console_.restore());

const seed: Sponsor[] = [
  { name: 'MERL', logo: svg(400, 100), url: 'https://merl.com/', tier: 'Gold', description: 'Travel grants' },
  { name: 'DeepMind', logo: svg(200, 200), url: 'https://deepmind.com/', tier: 'Gold' },
  { name: 'Google', logo: svg(300, 100), url: 'https://ai.google/', tier: 'Silver' },
  { name: 'IGLU-CHIST-ERA', logo: svg(100, 200), url: 'https://iglu-chistera.github.io/', tier: 'Silver' },
  { name: 'Uber AI', url: 'http://uber.ai/', tier: 'Silver' },
];

describe('<sponsor-strip> rendering and access', () => {
  it('is a list named "Sponsors" whose logos have exactly the sponsor names as alt text and links that open safely', async () => {
    const el = await strip(untiered(seed));
    await settled(el);
    const list = one(el, 'list')!;
    expect(list.tagName).to.equal('UL');
    expect(list.getAttribute('aria-label')).to.equal('Sponsors');
    expect(all(el, 'sponsor').map((li) => li.tagName)).to.deep.equal(['LI', 'LI', 'LI', 'LI', 'LI']);
    expect(all(el, 'logo').map((img) => (img as HTMLImageElement).alt)).to.deep.equal([
      'MERL',
      'DeepMind',
      'Google',
      'IGLU-CHIST-ERA',
    ]);
    const links = all(el, 'link') as HTMLAnchorElement[];
    expect(links.map((a) => a.href)).to.deep.equal(seed.map((s) => s.url));
    for (const a of links) expect(a.rel).to.equal('noopener noreferrer');
    expect(one(el, 'tier-heading')).to.equal(null);
    expect(one(el, 'description')!.textContent).to.equal('Travel grants');
    expect(one(el, 'description')!.closest('a')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('takes the accessible name of the list from `label`', async () => {
    const el = await strip(seed, 'label="Our partners"');
    expect(one(el, 'tiers')!.getAttribute('aria-label')).to.equal('Our partners');
    await expect(el).to.be.accessible();
  });

  it('renders a sponsor without url as a logo without a link', async () => {
    const el = await strip([{ name: 'Plain', logo: svg(100, 100) }]);
    expect(one(el, 'link')).to.equal(null);
    expect((one(el, 'logo') as HTMLImageElement).alt).to.equal('Plain');
    await expect(el).to.be.accessible();
  });

  it('lazy loads every logo', async () => {
    const el = await strip(seed);
    const imgs = all(el, 'logo') as HTMLImageElement[];
    expect(imgs).to.have.length(4);
    for (const img of imgs) expect(img.loading).to.equal('lazy');
  });

  it('shows a visible focus ring on the link a keyboard user tabs to', async () => {
    const el = await strip(seed);
    await settled(el);
    const first = one(el, 'link')!;
    await sendKeys({ press: 'Tab' });
    await waitUntil(() => el.shadowRoot!.activeElement === first, 'first link focused by Tab');
    expect(first.matches(':focus-visible')).to.be.true;
    const style = getComputedStyle(first);
    expect(style.outlineStyle).to.equal('solid');
    expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
    await expect(el).to.be.accessible();
  });

  it('shows loading, error and empty states accessibly', async () => {
    const loading = document.createElement('sponsor-strip');
    loading.src = '/test/data/sponsor-strip.json';
    const loaded = oneEvent(loading, 'we-load');
    const wrap = await fixture(html`<div></div>`);
    wrap.append(loading);
    await loading.updateComplete;
    expect(one(loading, 'loading')!.getAttribute('role')).to.equal('status');
    await expect(loading).to.be.accessible();
    await loaded;
    await loading.updateComplete;
    expect(one(loading, 'name')!.textContent).to.equal('Sponsor From File');

    const error = await fixture<SponsorStrip>(html`<sponsor-strip sponsors='{"name": "MERL"}'></sponsor-strip>`);
    expect(one(error, 'error')!.getAttribute('role')).to.equal('alert');
    expect(console_.errors).to.have.length(1);
    expect(console_.errors[0]).to.contain('"sponsors" must be a list');
    await expect(error).to.be.accessible();

    const empty = await fixture<SponsorStrip>(html`<sponsor-strip sponsors="[]"></sponsor-strip>`);
    expect(one(empty, 'empty')!.textContent).to.contain('No sponsors');
    await expect(empty).to.be.accessible();
  });
});

describe('<sponsor-strip> tiers', () => {
  it('draws one group per tier in the order of `tiers`, with headings and lists named by them; sponsors without a tier last', async () => {
    const el = await strip([...seed, { name: 'Friend' }], `tiers='["Platinum","Gold","Silver"]'`);
    const tiers = one(el, 'tiers')!;
    expect(tiers.tagName).to.equal('UL');
    expect(tiers.getAttribute('aria-label')).to.equal('Sponsors');
    const headings = all(el, 'tier-heading');
    expect(headings.map((h) => h.textContent)).to.deep.equal(['Gold', 'Silver', 'Supporters']);
    for (const h of headings) {
      expect(h.getAttribute('role')).to.equal('heading');
      expect(h.getAttribute('aria-level')).to.equal('3');
    }
    const lists = all(el, 'list');
    expect(
      lists.map((l) => el.shadowRoot!.getElementById(l.getAttribute('aria-labelledby')!)!.textContent),
    ).to.deep.equal(['Gold', 'Silver', 'Supporters']);
    expect(lists.map((l) => l.querySelectorAll('[part~="sponsor"]').length)).to.deep.equal([2, 3, 1]);
    // Gold keeps its size step 2 although Platinum has no sponsors.
    expect(all(el, 'tier').map((t) => t.getAttribute('part'))).to.deep.equal([
      'tier tier-2',
      'tier tier-3',
      'tier tier-4 untiered',
    ]);
    await expect(el).to.be.accessible();
  });

  it('orders tiers by first appearance without `tiers`', async () => {
    const el = await strip([seed[2], seed[0], seed[3]]);
    expect(all(el, 'tier-heading').map((h) => h.textContent)).to.deep.equal(['Silver', 'Gold']);
  });

  it('takes heading text and level from `tier-heading`, `untiered-heading` and `heading-level`', async () => {
    const el = await strip(
      [seed[0], { name: 'Friend' }],
      'tier-heading="{tier} sponsors" untiered-heading="With thanks to" heading-level="4"',
    );
    const headings = all(el, 'tier-heading');
    expect(headings.map((h) => h.textContent)).to.deep.equal(['Gold sponsors', 'With thanks to']);
    expect(headings.map((h) => h.getAttribute('aria-level'))).to.deep.equal(['4', '4']);
    await expect(el).to.be.accessible();
  });

  it('shows the tier names, with a warning naming `tier-heading`, when its text has no {tier}', async () => {
    // `tier-heading="yes"` (read as a switch) would have headed every tier "yes".
    const el = await strip([seed[0], seed[2]], 'tier-heading="yes"');
    await nextFrame();
    expect(all(el, 'tier-heading').map((h) => h.textContent)).to.deep.equal(['Gold', 'Silver']);
    expect(console_.warnings).to.have.length(1);
    expect(console_.warnings[0]).to.contain('tier-heading="yes" has no {tier}');
    await expect(el).to.be.accessible();
  });

  it('keeps a `tier-heading` without {tier} when there is one tier', async () => {
    const el = await strip([seed[0]], 'tier-heading="Our sponsors"');
    await nextFrame();
    expect(all(el, 'tier-heading').map((h) => h.textContent)).to.deep.equal(['Our sponsors']);
    expect(console_.warnings).to.deep.equal([]);
  });

  it('has no headings when no sponsor has a tier', async () => {
    const el = await strip([{ name: 'A' }, { name: 'B' }], `tiers='["Gold"]'`);
    expect(one(el, 'tier-heading')).to.equal(null);
    expect(one(el, 'tiers')).to.equal(null);
    expect(one(el, 'list')!.getAttribute('aria-label')).to.equal('Sponsors');
    await expect(el).to.be.accessible();
  });

  it('draws higher tiers larger', async () => {
    const sponsors = ['A', 'B', 'C', 'D', 'E'].map((tier) => ({ name: `Sponsor ${tier}`, logo: svg(100, 100), tier }));
    const el = await strip(sponsors, 'tiers="A, B, C, D, E"');
    await settled(el);
    const heights = all(el, 'logo').map((img) => box(img).height);
    expect(heights[0]).to.be.greaterThan(heights[1]);
    expect(heights[1]).to.be.greaterThan(heights[2]);
    expect(heights[2]).to.be.greaterThan(heights[3]);
    expect(heights[4]).to.be.closeTo(heights[3], 0.5); // fourth and lower tiers share a size
    const frames = all(el, 'frame').map((f) => box(f).width);
    expect(frames[0]).to.be.greaterThan(frames[1]);
    await expect(el).to.be.accessible();
  });

  it('sizes each tier from its documented custom property', async () => {
    const el = await strip(
      [
        { name: 'G', logo: svg(50, 50), tier: 'Gold' },
        { name: 'S', logo: svg(50, 50), tier: 'Silver' },
      ],
      '',
      '--we-sponsor-tier-1-height: 100px; --we-sponsor-tier-2-height: 40px; --we-sponsor-padding: 0px',
    );
    await settled(el);
    const [gold, silver] = all(el, 'logo').map(box);
    expect(gold.height).to.be.closeTo(100, 0.5);
    expect(silver.height).to.be.closeTo(40, 0.5);
    expect(box(all(el, 'frame')[0]).height).to.be.closeTo(150, 0.5);
  });

  it('shows sponsors of a tier that `tiers` does not list after the listed ones, warning with the path', async () => {
    const el = await strip([{ name: 'A', tier: 'Bronze' }, seed[0]], `tiers='["Gold","Silver"]'`);
    expect(all(el, 'tier-heading').map((h) => h.textContent)).to.deep.equal(['Gold', 'Bronze']);
    expect(console_.warnings).to.have.length(1);
    expect(console_.warnings[0])
      .to.contain('<sponsor-strip>')
      .and.contain('sponsors[0].tier')
      .and.contain('unknown tier "Bronze"');
    await expect(el).to.be.accessible();
  });

  it('warns about a malformed `tiers` attribute, naming it, and falls back to first appearance', async () => {
    const el = await strip([seed[2], seed[0]], `tiers='["Gold", "Silver"'`);
    expect(all(el, 'tier-heading').map((h) => h.textContent)).to.deep.equal(['Silver', 'Gold']);
    expect(console_.warnings.join('\n')).to.contain('"tiers" attribute').and.contain('tiers: not valid JSON');
  });

  it('follows a change of `tiers` after the data', async () => {
    const el = await strip(seed, `tiers='["Gold","Silver"]'`);
    el.tiers = ['Silver', 'Gold'];
    await el.updateComplete;
    expect(all(el, 'tier-heading').map((h) => h.textContent)).to.deep.equal(['Silver', 'Gold']);
  });
});

describe('<sponsor-strip> balanced logos', () => {
  it('gives logos of different aspect ratios the same area within a tier (SVG images of known sizes)', async () => {
    const el = await strip(
      [
        { name: 'Wide 4:1', logo: svg(400, 100) },
        { name: 'Square', logo: svg(200, 200) },
        { name: 'Word-mark 3:1', logo: svg(300, 100) },
        { name: 'Tall 1:2', logo: svg(100, 200) },
      ],
      '',
      '--we-sponsor-logo-height: 80px',
    );
    await settled(el);
    const [wide, square, wordmark, tall] = all(el, 'logo').map(box);
    expect(square.width).to.be.closeTo(80, 0.5);
    expect(square.height).to.be.closeTo(80, 0.5);
    expect(wide.width).to.be.closeTo(160, 0.5);
    expect(wide.height).to.be.closeTo(40, 0.5);
    expect(tall.height).to.be.closeTo(80 * Math.SQRT2, 0.5);
    expect(wordmark.width / wordmark.height).to.be.closeTo(3, 0.02);
    for (const r of [wide, wordmark, tall]) expect((r.width * r.height) / (80 * 80)).to.be.closeTo(1, 0.02);
    await expect(el).to.be.accessible();
  });

  it('sizes by shape, not by pixel count (canvas-made PNGs)', async () => {
    const el = await strip(
      [
        { name: 'Small wide', logo: png(40, 10) },
        { name: 'Large wide', logo: png(800, 200) },
        { name: 'Small square', logo: png(16, 16) },
        { name: 'Banner 10:1', logo: png(1000, 100) },
      ],
      '',
      '--we-sponsor-logo-height: 60px',
    );
    await settled(el);
    const [small, large, square, banner] = all(el, 'logo').map(box);
    expect(small.width).to.be.closeTo(large.width, 0.5);
    expect(small.height).to.be.closeTo(large.height, 0.5);
    expect(small.width * small.height).to.be.closeTo(square.width * square.height, 60 * 60 * 0.02);
    // Too wide to balance: clamped to the slot width (2.4 H), keeping its shape.
    expect(banner.width).to.be.closeTo(2.4 * 60, 0.5);
    expect(banner.height).to.be.closeTo(14.4, 0.5);
  });

  it('moves nothing when a logo loads: every slot of a tier has the same size, whatever it shows', async () => {
    const sponsors: Sponsor[] = [
      { name: 'Square', logo: svg(100, 100) },
      { name: 'No logo' },
      { name: 'Wide', logo: svg(500, 100) },
      { name: 'Broken', logo: MISSING },
      { name: 'Tall', logo: svg(100, 220) },
    ];
    const el = await strip(sponsors);
    await waitUntil(() => all(el, 'name').length === 2, 'broken logo replaced');
    expect(console_.warnings).to.have.length(1);
    expect(console_.warnings[0]).to.contain('the logo of "Broken" could not be loaded');
    await settled(el);
    const frames = all(el, 'frame').map(box);
    for (const f of frames) {
      expect(f.width).to.be.closeTo(frames[0].width, 0.5);
      expect(f.height).to.be.closeTo(frames[0].height, 0.5);
    }
    const before = all(el, 'sponsor').map(box);
    // A new, very differently shaped logo for the first sponsor: nothing else moves, before or after it loads.
    el.sponsors = [{ ...sponsors[0], logo: svg(600, 60, '#aa3300') }, ...sponsors.slice(1)];
    await el.updateComplete;
    const whileLoading = all(el, 'sponsor').map(box);
    await settled(el);
    const loaded = one(el, 'logo') as HTMLImageElement;
    // WebKit reports an SVG's natural size from its layout box, so compare shapes, not pixels.
    expect(loaded.naturalWidth / loaded.naturalHeight).to.be.closeTo(10, 0.2);
    const after = all(el, 'sponsor').map(box);
    for (const [i, b] of before.entries()) {
      for (const now of [whileLoading[i], after[i]]) {
        expect([now.x, now.y, now.width, now.height]).to.deep.equal([b.x, b.y, b.width, b.height]);
      }
    }
    await expect(el).to.be.accessible();
  });

  it('wraps and centres on a narrow screen without overflowing', async () => {
    const el = await strip(untiered(seed), '', '', '320px');
    await settled(el);
    const container = box(el);
    const items = all(el, 'sponsor').map(box);
    expect(new Set(items.map((b) => Math.round(b.y))).size).to.be.greaterThan(1);
    for (const b of items) {
      expect(b.left).to.be.at.least(container.left - 0.5);
      expect(b.right).to.be.at.most(container.right + 0.5);
    }
    const lastRow = items.filter((b) => Math.round(b.y) === Math.round(items.at(-1)!.y));
    const left = Math.min(...lastRow.map((b) => b.left)) - container.left;
    const right = container.right - Math.max(...lastRow.map((b) => b.right));
    expect(left).to.be.closeTo(right, 1);
    await expect(el).to.be.accessible();
  });

  it('keeps logos inside their slot when the page is narrower than a slot', async () => {
    const el = await strip([{ name: 'Wide', logo: svg(500, 100) }], '', '', '120px');
    await settled(el);
    const container = box(el);
    const logo = box(one(el, 'logo')!);
    expect(logo.right).to.be.at.most(container.right + 0.5);
    expect(el.shadowRoot!.querySelector('[part~="base"]')!.scrollWidth).to.be.at.most(Math.ceil(container.width));
  });
});

describe('<sponsor-strip> never broken', () => {
  it('shows the name as text in the logo slot when there is no logo, and the link is named by it', async () => {
    const el = await strip([
      { name: 'Uber AI', url: 'http://uber.ai/' },
      { name: 'Has logo', logo: svg(100, 100) },
    ]);
    await settled(el);
    const link = one(el, 'link')!;
    const name = link.querySelector('[part~="name"]')!;
    expect(name.textContent).to.equal('Uber AI');
    expect(name.closest('[part~="frame"]')).to.exist;
    expect(link.textContent!.trim()).to.equal('Uber AI');
    expect(getComputedStyle(name).fontWeight).to.equal('650');
    const [a, b] = all(el, 'frame').map(box);
    expect(a.height).to.be.closeTo(b.height, 0.5);
    await expect(el).to.be.accessible();
  });

  it('sets a long name smaller, so that its slot stays the size of the others in the smallest tier', async () => {
    const el = await strip(
      [
        { name: 'Gold', tier: 'Gold', logo: svg(100, 100) },
        { name: 'Has logo', logo: svg(100, 100) },
        { name: 'A very long sponsor name without any logo that goes on and on' },
      ],
      'tiers="Gold"',
    );
    await settled(el);
    const [, logo, name] = all(el, 'frame').map(box);
    expect(name.height).to.be.closeTo(logo.height, 0.5);
    expect(one(el, 'name')!.textContent).to.equal('A very long sponsor name without any logo that goes on and on');
  });

  it('shows the name for an unsafe logo URL and warns naming the field; no unsafe URL reaches the DOM', async () => {
    const el = await strip([
      { name: 'Script logo', logo: 'javascript:alert(1)', url: 'javascript:alert(2)' },
      { name: 'Html logo', logo: 'data:text/html,<script>alert(3)</script>', url: 'data:text/html,<b>x</b>' },
    ]);
    expect(all(el, 'name').map((n) => n.textContent)).to.deep.equal(['Script logo', 'Html logo']);
    expect(el.shadowRoot!.querySelector('img, a')).to.equal(null);
    expect(console_.warnings).to.have.length(1);
    for (const path of ['sponsors[0].logo', 'sponsors[0].url', 'sponsors[1].logo', 'sponsors[1].url'])
      expect(console_.warnings[0]).to.contain(path);
    await expect(el).to.be.accessible();
  });

  it('replaces a logo that fails to load by the name, in the same slot, and warns once naming the sponsor', async () => {
    const el = await strip([
      { name: 'Gone', logo: MISSING, url: 'https://example.org/' },
      { name: 'Fine', logo: svg(100, 100) },
    ]);
    await waitUntil(() => all(el, 'name').length === 1, 'failed logo replaced by the name');
    await settled(el);
    const name = one(el, 'name')!;
    expect(name.textContent).to.equal('Gone');
    expect(name.closest('a')!.getAttribute('href')).to.equal('https://example.org/');
    expect(all(el, 'logo')).to.have.length(1);
    const [gone, fine] = all(el, 'frame').map(box);
    expect(gone.width).to.be.closeTo(fine.width, 0.5);
    expect(gone.height).to.be.closeTo(fine.height, 0.5);
    expect(console_.errors).to.deep.equal([]);
    expect(console_.warnings.filter((w) => w.includes('logo of "Gone" could not be loaded'))).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it("shows the name of a failed logo inside a phone's width, also alone in the top tier (a 400 px slot)", async () => {
    // 390 px viewport less the page's margins; the top tier's slot is 2.4 × 10em + padding, about 400 px.
    const el = await strip(
      [
        { name: 'Broken Logo Research Foundation', logo: `${MISSING}?gold`, url: 'https://example.org/', tier: 'Gold' },
        { name: 'Gone', logo: `${MISSING}?silver`, tier: 'Silver' },
        { name: 'Fine', logo: svg(300, 100), tier: 'Silver' },
      ],
      'tiers="Gold, Silver"',
      '',
      '358px',
    );
    await waitUntil(() => all(el, 'name').length === 2, 'failed logos replaced by the names');
    await settled(el);
    const container = box(el);
    for (const part of ['sponsor', 'frame', 'name'])
      for (const b of all(el, part).map(box)) {
        expect(b.left, part).to.be.at.least(container.left - 0.5);
        expect(b.right, part).to.be.at.most(container.right + 0.5);
      }
    expect(el.shadowRoot!.querySelector('[part~="base"]')!.scrollWidth).to.be.at.most(Math.ceil(container.width));
    // One line per failed logo; the sub-path hint once, for any host (Jekyll's relative_url only an example).
    const failed = console_.warnings.filter((w) => w.includes('could not be loaded'));
    expect(failed).to.have.length(2);
    for (const w of failed) expect(w).not.to.contain('\n');
    const hints = failed.filter((w) => w.includes('base-url'));
    expect(hints).to.have.length(1);
    expect(hints[0]).to.contain('if the site is served under a sub-path, set base-url to it');
    expect(hints[0]).to.contain('relative_url');
    expect(hints[0]).not.to.contain('site.baseurl');
    await expect(el).to.be.accessible();
  });

  it('renders 200 sponsors', async () => {
    const many = Array.from({ length: 200 }, (_, i) => ({
      name: `Sponsor ${i}`,
      tier: `Tier ${i % 3}`,
      logo: svg(100 + i, 100),
    }));
    const el = await strip(many);
    expect(all(el, 'sponsor')).to.have.length(200);
    expect(all(el, 'tier')).to.have.length(3);
    expect(all(el, 'logo').every((img) => (img as HTMLImageElement).loading === 'lazy')).to.be.true;
  });

  it('renders the BLNS strings as names, tiers and descriptions exactly as text, and runs no script', async () => {
    const blns: string[] = await (await fetch('/test/fixtures/blns/blns.json')).json();
    const alerts: unknown[] = [];
    const alert = window.alert;
    window.alert = (m?: unknown) => void alerts.push(m);
    try {
      const sponsors = blns.map((s, i) => ({
        name: s,
        tier: blns[(i * 7) % blns.length],
        description: blns[(i * 13) % blns.length],
        ...(i % 2 ? { logo: svg(100, 50) } : { url: s }),
      }));
      const el = await strip(sponsors, '', '', '40rem');
      await nextFrame();
      const named = blns.filter((s) => s.trim() !== '');
      const shown = all(el, 'sponsor').map(
        (li) =>
          li.querySelector<HTMLImageElement>('[part~="logo"]')?.alt ?? li.querySelector('[part~="name"]')!.textContent,
      );
      expect(shown.slice().sort()).to.deep.equal(named.slice().sort());
      // Tiers compare without case ("NULL" joins "null"); each heading is a tier exactly as first written.
      const tiers = sponsors
        .filter((s) => s.name.trim() !== '')
        .map((s) => s.tier.trim())
        .filter((t) => t !== '');
      const headings = all(el, 'tier-heading').map((h) => h.textContent!);
      for (const h of headings) expect([...tiers, 'Supporters']).to.include(h); // blank tiers: no tier
      const lower = new Set(headings.map((h) => h.toLowerCase()));
      for (const t of tiers) expect(lower.has(t.toLowerCase()), t).to.be.true;
      expect(el.shadowRoot!.querySelector('script, iframe, [onerror], [onload], [onclick]')).to.equal(null);
      for (const a of el.shadowRoot!.querySelectorAll('a')) expect(a.protocol).to.match(/^(https?|mailto):$/);
      expect(console_.warnings).to.have.length(1);
      expect(console_.warnings[0]).to.contain('sponsors[0].name');
      await nextFrame();
      expect(alerts).to.deep.equal([]);
      expect((window as unknown as { __pwned?: unknown }).__pwned).to.equal(undefined);
    } finally {
      window.alert = alert;
    }
  });
});

describe('<sponsor-strip> looks at home', () => {
  it('shows logos in greyscale with `monochrome` until hover or focus', async () => {
    const el = await strip(seed, 'monochrome', '--we-sponsor-transition: 0s');
    await settled(el);
    const [img] = all(el, 'logo');
    expect(getComputedStyle(img).filter).to.contain('grayscale(1)');
    expect(getComputedStyle(img).opacity).to.equal('0.8');
    one(el, 'link')!.focus();
    await nextFrame();
    expect(getComputedStyle(img).filter).to.equal('none');
    expect(getComputedStyle(img).opacity).to.equal('1');
    // The name of a sponsor without a logo keeps its full contrast.
    expect(getComputedStyle(one(el, 'name')!).opacity).to.equal('1');
    await expect(el).to.be.accessible();
  });

  it('shows logos in colour without `monochrome`, and the property works like the attribute', async () => {
    const el = await strip(seed, '', '--we-sponsor-transition: 0s');
    await settled(el);
    expect(getComputedStyle(one(el, 'logo')!).filter).to.equal('none');
    el.monochrome = true;
    await el.updateComplete;
    expect(getComputedStyle(one(el, 'logo')!).filter).to.contain('grayscale(1)');
  });

  it('fades greyscale to colour, without motion under prefers-reduced-motion', async () => {
    const el = await strip(seed, 'monochrome');
    const img = one(el, 'logo')!;
    if (!matchMedia('(prefers-reduced-motion: reduce)').matches)
      expect(getComputedStyle(img).transitionDuration.split(',').map(parseFloat)).to.deep.equal([0.2, 0.2]);
    // The reduced-motion rule, read from the element's own style sheets (test browsers cannot all emulate the media query).
    const sheets = el.shadowRoot!.adoptedStyleSheets.length
      ? el.shadowRoot!.adoptedStyleSheets
      : [...el.shadowRoot!.querySelectorAll('style')].map((s) => s.sheet!);
    const reduced = sheets
      .flatMap((sheet) => [...sheet.cssRules])
      .filter(
        (r): r is CSSMediaRule => r instanceof CSSMediaRule && /prefers-reduced-motion:\s*reduce/.test(r.conditionText),
      )
      .flatMap((r) => [...r.cssRules] as CSSStyleRule[]);
    const rule = reduced.find((r) => r.selectorText.includes('.monochrome') && r.selectorText.includes('logo'));
    expect(rule, 'reduced-motion rule for monochrome logos').to.exist;
    expect(rule!.style.getPropertyValue('transition-property') || rule!.style.getPropertyValue('transition')).to.equal(
      'none',
    );
    await expect(el).to.be.accessible();
  });

  it('draws a light plate behind logos and names with `plate`, readable on a dark page', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div style="background: #111; color: #eee; padding: 1rem"></div>`);
    wrap.innerHTML = '<sponsor-strip plate></sponsor-strip>';
    const el = wrap.querySelector('sponsor-strip')!;
    el.sponsors = seed;
    await settled(el);
    for (const frame of all(el, 'frame'))
      expect(getComputedStyle(frame).backgroundColor).to.equal('rgb(255, 255, 255)');
    expect(getComputedStyle(one(el, 'name')!).color).to.equal('rgb(31, 31, 31)');
    await expect(el).to.be.accessible();
  });

  it('has no plate by default, and the plate colour is a custom property', async () => {
    const el = await strip(seed);
    expect(getComputedStyle(one(el, 'frame')!).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    el.plate = true;
    el.style.setProperty('--we-sponsor-plate-color', 'rgb(250, 240, 230)');
    await el.updateComplete;
    expect(getComputedStyle(one(el, 'frame')!).backgroundColor).to.equal('rgb(250, 240, 230)');
  });

  it('exposes every region as a part', async () => {
    const el = await strip([...seed, { name: 'Friend' }]);
    for (const p of [
      'base',
      'tiers',
      'tier',
      'heading',
      'tier-heading',
      'list',
      'sponsor',
      'link',
      'frame',
      'logo',
      'name',
      'description',
    ])
      expect(one(el, p), p).to.exist;
    await expect(el).to.be.accessible();
  });
});

describe('<sponsor-strip> demo data', () => {
  it('shows the demo sponsors in two tiers, four placeholder logos of the intended shapes and one name', async () => {
    const sponsors: Sponsor[] = await (await fetch('/demo/data/sponsors.json')).json();
    const el = await strip(
      sponsors.map((s) => (s.logo ? { ...s, logo: `/demo/${s.logo}` } : s)),
      `tiers='["Gold","Silver"]'`,
    );
    await settled(el);
    expect(all(el, 'tier-heading').map((h) => h.textContent)).to.deep.equal(['Gold', 'Silver']);
    const logos = all(el, 'logo') as HTMLImageElement[];
    expect(logos.map((img) => img.alt)).to.deep.equal(['MERL', 'DeepMind', 'Google', 'IGLU-CHIST-ERA']);
    // WebKit reports an SVG's natural size from its layout box, rounded: compare shapes within 2%.
    const shapes = logos.map((img) => img.naturalWidth / img.naturalHeight);
    [4, 1, 3, 0.5].forEach((ratio, i) => expect(shapes[i] / ratio).to.be.closeTo(1, 0.02));
    expect(one(el, 'name')!.textContent).to.equal('Uber AI');
    expect(sponsorNamed(el, 'Uber AI')).to.exist;
    expect(console_.warnings).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });
});

describe('<sponsor-strip> custom properties', () => {
  it('takes its custom properties from an ancestor, not only from the element', async () => {
    // fixtureSync: fixture() of a plain div waits for a frame, which background pages may never paint
    const wrapper = fixtureSync<HTMLDivElement>(html`
      <div style="--we-sponsor-align: start; --we-sponsor-logo-height: 50px">
        <sponsor-strip sponsors='[{ "name": "Acme" }]'></sponsor-strip>
      </div>
    `);
    const strip = wrapper.querySelector('sponsor-strip')!;
    await strip.updateComplete;
    const list = strip.shadowRoot!.querySelector('ul')!;
    expect(getComputedStyle(list).justifyContent).to.equal('start');
    await expect(strip).to.be.accessible();
  });
});
