/**
 * What reaches past the element on a phone. Long unbroken words stay inside the element. Found in the visitor trial with the Big List of Naughty
 * Strings at 390 px: in `<important-dates>` a label like a 60-digit number or `&lt;script&gt;alert(…)` widened the
 * table (and the page) to 1,861 px, and the schedule's room filter grew as wide as its longest room name.
 * Large text (200 %, a 32 px page font) on a 390 px phone pushed the schedule's buttons and the dates' "Add all dates
 * to my calendar (.ics)" past the edge: text that never wrapped now does when the element is narrow.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { ImportantDate } from '../../src/important-dates/types.js';
import type { ScheduleItem } from '../../src/workshop-schedule/types.js';

const LONG = [
  '999999999999999999999999999999999999999999999999999999999999',
  '&lt;script&gt;alert(&#39;123&#39;);&lt;/script&gt;',
  'https://example.org/call-for-papers/supplementary-material-upload-instructions.html',
];

/** Descendants of the element's shadow root that reach past the element's own box. */
function escaping(host: Element): string[] {
  const box = host.getBoundingClientRect();
  return [...host.shadowRoot!.querySelectorAll('*')]
    .filter((e) => {
      const b = e.getBoundingClientRect();
      return b.width > 0 && (b.right > box.right + 1 || b.left < box.left - 1);
    })
    .map((e) => `${e.localName}[part=${e.getAttribute('part')}] ${Math.round(e.getBoundingClientRect().width)} px`);
}

type Measured = HTMLElement & { dataComplete: Promise<void> };

async function inside(width: string, template: ReturnType<typeof html>): Promise<Measured> {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang="en" style="width:${width}">${template}</div>`);
  const el = wrapper.firstElementChild as Measured;
  await el.dataComplete;
  return el;
}

describe('long unbroken words', () => {
  const dates: ImportantDate[] = LONG.map((label, i) => ({ label, date: `2026-0${i + 1}-15`, note: label }));

  for (const layout of ['table', 'list', 'timeline'])
    for (const width of ['320px', '640px'])
      it(`<important-dates layout="${layout}"> keeps them inside the element at ${width}`, async () => {
        const el = await inside(
          width,
          html`<important-dates
            .dates=${dates}
            timezone="AoE"
            now="2026-01-01T00:00:00Z"
            layout=${layout}
          ></important-dates>`,
        );
        expect(el.shadowRoot!.textContent).to.contain(LONG[0]);
        expect(escaping(el), JSON.stringify(escaping(el))).to.deep.equal([]);
        await expect(el).to.be.accessible();
      });

  it("<workshop-schedule>'s room and track filters stay inside the element at 320px", async () => {
    const items: ScheduleItem[] = LONG.map((room, i) => ({
      start: `${String(i + 8).padStart(2, '0')}:00`,
      title: `Session ${i}`,
      room: `Room ${room}`,
      track: `Track ${room}`,
    }));
    const el = await inside(
      '320px',
      html`<workshop-schedule .items=${items} timezone="UTC" date="2026-12-01" filterable></workshop-schedule>`,
    );
    expect(el.shadowRoot!.querySelectorAll('select[part="filter"]')).to.have.length(2);
    expect(escaping(el), JSON.stringify(escaping(el))).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });
});

describe('large text (200 %) on a phone', () => {
  it('<important-dates> keeps its rows and buttons inside the element', async () => {
    const el = await inside(
      '360px; font-size: 32px',
      html`<important-dates
        .dates=${[{ label: 'Paper submission deadline', date: '2026-09-13', time: '23:59' }]}
        timezone="AoE"
        viewer-timezone="Europe/Vienna"
        now="2026-01-01T00:00:00Z"
      ></important-dates>`,
    );
    expect(el.shadowRoot!.querySelector('[part~="download"]')).to.exist;
    expect(escaping(el), JSON.stringify(escaping(el))).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it("<workshop-schedule> keeps each session's time and buttons inside the element", async () => {
    const el = await inside(
      '360px; font-size: 32px',
      html`<workshop-schedule
        .items=${[{ id: 'talk', start: '09:00', end: '10:00', title: 'A talk', abstract: 'About it.' }]}
        timezone="Europe/Vienna"
        viewer-timezone="Europe/Vienna"
        date="2027-04-26"
      ></workshop-schedule>`,
    );
    expect(el.shadowRoot!.textContent).to.contain('10:00 AM GMT+2');
    expect(escaping(el), JSON.stringify(escaping(el))).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });
});

describe('keyboard on a phone', () => {
  // The phone layout shows a session's star and "Add to calendar" beside its time, above the title, speakers and
  // links; Tab reached the links first (the document order). Where the engine has `reading-flow` (Chromium), Tab
  // follows what is shown.
  it("<workshop-schedule>: Tab reaches a session's buttons before its links, in the order shown", async () => {
    const el = await inside(
      '360px',
      html`<workshop-schedule
        .items=${[
          {
            id: 'talk',
            start: '09:00',
            end: '10:00',
            title: 'Euler flows',
            speakers: [{ name: 'Terence Tao', url: 'https://www.math.ucla.edu/~tao/' }],
            links: [{ label: 'Slides', url: 'https://example.org/slides.pdf' }],
          },
        ]}
        timezone="Europe/Vienna"
        viewer-timezone="Europe/Vienna"
        date="2027-04-26"
      ></workshop-schedule>`,
    );
    const session = el.shadowRoot!.getElementById('talk')!;
    const star = session.querySelector<HTMLElement>('[part~="star"]')!;
    const [buttons, links] = [star.getBoundingClientRect(), session.querySelector('a')!.getBoundingClientRect()];
    expect(buttons.bottom, 'buttons shown above the links').to.be.at.most(links.top);
    // Something to tab to after the element: a Tab out of the last control of the page moves focus to the browser's
    // own UI (Firefox), where it stays for the test files that run after this one in the same window.
    const after = document.createElement('button');
    after.textContent = 'After the schedule';
    el.after(after);
    el.shadowRoot!.querySelector<HTMLElement>('[part~="download"]')!.focus();
    const order: string[] = [];
    for (let i = 0; i < 8; i++) {
      await sendKeys({ press: 'Tab' });
      const active = el.shadowRoot!.activeElement;
      if (!active || !session.contains(active)) {
        if (order.length) break; // through the session and out
        continue;
      }
      order.push(active.getAttribute('part') ?? active.textContent!.trim());
    }
    const shown = ['star', 'calendar-button', 'Terence Tao', 'Slides'];
    const documentOrder = ['Terence Tao', 'Slides', 'star', 'calendar-button'];
    expect(document.activeElement, 'focus stays in the page').to.equal(after);
    after.remove();
    expect(order).to.deep.equal(CSS.supports('reading-flow', 'grid-rows') ? shown : documentOrder);
    await expect(el).to.be.accessible();
  });
});
