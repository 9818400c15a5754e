/**
 * Where the page sizes an element by its content (a flex row next to a sidebar, a `<dialog>`, an inline-block, a
 * float, a table cell). Found in the host-page trial: an element that lays itself out with a container query had no
 * content width, so `<workshop-schedule>` and `<important-dates>` were 0 px wide there (one letter per line, the
 * schedule 11,000 px tall) and `<sponsor-strip>` 88 px. They now take the width they are given, like a paragraph,
 * and still fit a narrow one.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { TemplateResult } from 'lit';

type Measured = HTMLElement & { dataComplete: Promise<void> };

const ELEMENTS: Record<string, TemplateResult> = {
  'workshop-schedule': html`<workshop-schedule
    .items=${[
      { start: '09:00', title: 'Opening remarks', type: 'remarks' },
      { start: '09:10', title: 'On the universality of the incompressible Euler equation', speakers: ['Terence Tao'] },
    ]}
    timezone="America/Vancouver"
    date="2019-12-13"
  ></workshop-schedule>`,
  'important-dates': html`<important-dates
    .dates=${[{ label: 'Paper submission', date: '2019-09-13', time: '23:59', timezone: 'AoE' }]}
    now="2019-09-01T00:00:00Z"
  ></important-dates>`,
  'sponsor-strip': html`<sponsor-strip
    .sponsors=${[
      { name: 'MERL', tier: 'Gold' },
      { name: 'Uber AI', tier: 'Silver' },
      { name: 'Google', tier: 'Silver' },
    ]}
    .tiers=${['Gold', 'Silver']}
  ></sponsor-strip>`,
};

/** Renders `element` as the only content of `wrapper` inside a box `width` px wide. */
async function inside(width: number, wrapper: string, element: TemplateResult): Promise<Measured> {
  const box = await fixture<HTMLDivElement>(
    html`<div lang="en" style="width:${width}px;position:relative">
      <div style=${wrapper}>${element}</div>
    </div>`,
  );
  const el = box.querySelector<Measured>('workshop-schedule, important-dates, sponsor-strip')!;
  await el.dataComplete;
  return el;
}

const WRAPPERS: Record<string, string> = {
  'a flex row': 'display:flex',
  'an inline-block': 'display:inline-block',
  'a float': 'float:left',
  'an absolutely positioned box': 'position:absolute',
  'a table cell': 'display:table-cell',
};

for (const [tag, element] of Object.entries(ELEMENTS))
  describe(`<${tag}> sized by its content`, () => {
    for (const [name, style] of Object.entries(WRAPPERS))
      it(`takes the width it is given in ${name}, wide or narrow`, async () => {
        for (const width of [700, 240]) {
          const el = await inside(width, style, element);
          expect(el.getBoundingClientRect().width, `${width} px`).to.be.within(width - 1, width + 1);
        }
      });

    it('in a flex row beside a fixed sidebar, takes the rest of the row', async () => {
      const row = await fixture<HTMLDivElement>(
        html`<div lang="en" style="display:flex;width:800px">
          <nav style="flex:none;width:200px">Menu</nav>
          ${element}
        </div>`,
      );
      const el = row.lastElementChild as Measured;
      await el.dataComplete;
      expect(el.getBoundingClientRect().width).to.be.within(599, 601);
      await expect(el).to.be.accessible();
    });

    it('in an open <dialog>, is wide enough to read', async () => {
      const dialog = await fixture<HTMLDialogElement>(html`<dialog lang="en">${element}</dialog>`);
      dialog.showModal();
      const el = dialog.firstElementChild as Measured;
      await el.dataComplete;
      expect(el.getBoundingClientRect().width).to.be.above(Math.min(innerWidth * 0.6, 480));
      expect(el.getBoundingClientRect().right).to.be.at.most(innerWidth);
      await expect(el).to.be.accessible();
      dialog.close();
    });
  });
