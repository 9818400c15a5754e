/**
 * Right to left, checked by where boxes are (not by pixels): with dir="rtl" each layout mirrors, while times and
 * numbers keep their left-to-right order. The same checks on a left-to-right page give the opposite answer.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import './languages.js';
import type { ImportantDates } from '../../src/important-dates/important-dates.js';
import type { PaperList } from '../../src/paper-list/paper-list.js';
import type { SpeakerCard } from '../../src/speaker-card/speaker-card.js';
import type { SponsorStrip } from '../../src/sponsor-strip/sponsor-strip.js';
import type { WorkshopSchedule } from '../../src/workshop-schedule/workshop-schedule.js';

const box = (el: Element | null | undefined) => el!.getBoundingClientRect();
const $ = <T extends Element = HTMLElement>(el: Element, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector)!;
/** The horizontal centre of the `i`th character of a text node, from its box. */
function charX(text: Node, i: number): number {
  const range = document.createRange();
  range.setStart(text, i);
  range.setEnd(text, i + 1);
  const r = range.getBoundingClientRect();
  return r.left + r.width / 2;
}
const firstText = (el: Element): Text => {
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT, (n) =>
    n.textContent!.trim() ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP,
  );
  return walker.nextNode() as Text;
};

async function page(dir: 'rtl' | 'ltr') {
  const lang = dir === 'rtl' ? 'ar' : 'en';
  const wrap = await fixture<HTMLDivElement>(
    html`<div lang=${lang} dir=${dir} style="width: 900px">
      <workshop-schedule
        .items=${[
          { id: 'a', start: '09:00', end: '10:00', title: 'Opening (welcome!)', type: 'remarks' },
          { id: 'b', start: '23:00', end: '23:30', title: 'Late talk', type: 'talk' },
        ]}
        timezone="Europe/Berlin"
        date="2026-03-02"
        now="2026-03-02T08:30:00+01:00"
        viewer-timezone="Asia/Tokyo"
      ></workshop-schedule>
      <important-dates
        timezone="AoE"
        viewer-timezone="Asia/Tokyo"
        now="2026-01-20T03:00:00Z"
        .dates=${[{ label: 'Submission', date: '2026-02-01', time: '23:59' }]}
      ></important-dates>
      <important-dates
        layout="timeline"
        timezone="AoE"
        now="2026-01-20T03:00:00Z"
        .dates=${[{ label: 'Submission', date: '2026-02-01', time: '23:59' }]}
      ></important-dates>
      <speaker-card layout="row" name="Jana Wolf" affiliation="Universität Jena"></speaker-card>
      <sponsor-strip .sponsors=${[{ name: 'First' }, { name: 'Second' }]}></sponsor-strip>
      <paper-list
        .papers=${[
          { title: 'One', authors: ['A'], pdf: 'https://example.org/1.pdf' },
          { title: 'Two', authors: ['B'] },
        ]}
      ></paper-list>
    </div>`,
  );
  for (const el of wrap.children) await (el as Element & { dataComplete: Promise<void> }).dataComplete;
  const [schedule, dates, timeline, speaker, sponsors, papers] = wrap.children as unknown as [
    WorkshopSchedule,
    ImportantDates,
    ImportantDates,
    SpeakerCard,
    SponsorStrip,
    PaperList,
  ];
  return { wrap, schedule, dates, timeline, speaker, sponsors, papers };
}

const DIGIT = /[\d\u0660-\u0669]/g;

/** Whether `a` is to the right of `b` (by their centres). */
const rightOf = (a: DOMRect, b: DOMRect) => a.left + a.width / 2 > b.left + b.width / 2;

for (const dir of ['rtl', 'ltr'] as const) {
  const mirrored = dir === 'rtl';
  describe(`dir="${dir}"`, () => {
    beforeEach(() => localStorage.clear()); // "times in my zone" is remembered
    it(`${mirrored ? 'mirrors' : 'keeps'} every layout: times, labels and photos on the ${mirrored ? 'right' : 'left'}`, async () => {
      const { wrap, schedule, dates, timeline, speaker, sponsors, papers } = await page(dir);
      const session = $(schedule, '#a');
      expect(
        rightOf(box(session.querySelector('.when')), box(session.querySelector('.body'))),
        'time beside title',
      ).to.equal(mirrored);
      expect(rightOf(box(session.querySelector('.body')), box(session.querySelector('.actions'))), 'buttons').to.equal(
        mirrored,
      );
      const toolbar = $(schedule, '.toolbar').children;
      expect(rightOf(box(toolbar[0]), box(toolbar[1])), 'toolbar order').to.equal(mirrored);
      const row = $(dates, 'tbody tr');
      expect(rightOf(box(row.querySelector('th')), box(row.querySelector('td'))), 'table columns').to.equal(mirrored);
      const item = $(timeline, 'li');
      const label = item.querySelector('.label')!;
      // The timeline's dot and line take the padding on the start side: the label is off that edge.
      const startGap = mirrored ? box(item).right - box(label).right : box(label).left - box(item).left;
      expect(startGap, 'timeline indent on the start side').to.be.above(10);
      expect(rightOf(box($(speaker, '[part="photo"]')), box($(speaker, '.text'))), 'photo').to.equal(mirrored);
      const [first, second] = sponsors.shadowRoot!.querySelectorAll('[part="sponsor"]');
      expect(rightOf(box(first), box(second)), 'sponsor order').to.equal(mirrored);
      const search = $(papers, '.search');
      const sort = $(papers, '[part="sort"]');
      expect(rightOf(box(search), box(sort)), 'search before sort').to.equal(mirrored);
      await expect(wrap).to.be.accessible();
    });

    it('keeps times and signed day shifts left to right, and isolates a left-to-right title', async () => {
      const { schedule, dates } = await page(dir);
      // "23:59" (or "٢٣:٥٩"): its first digit is left of its last, whatever the page's direction.
      const written = firstText($(dates, '.written time'));
      const digits = [...written.textContent!.matchAll(DIGIT)].map((m) => m.index!);
      expect(digits.length, written.textContent!).to.be.at.least(4);
      const [h] = digits.slice(-4);
      expect(charX(written, h)).to.be.below(charX(written, digits.at(-1)!));
      // "+1 day": the sign stays before the number.
      $(schedule, '[part="zone-toggle"]').click();
      await schedule.updateComplete;
      const shift = firstText($(schedule, '#b [part="day-shift"]'));
      const plus = shift.textContent!.indexOf('+');
      expect(plus, shift.textContent!).to.be.at.least(0);
      const digit = shift.textContent!.search(DIGIT);
      expect(charX(shift, plus)).to.be.below(charX(shift, digit));
      // "Opening (welcome!)": the closing bracket stays at the end of the English title.
      const title = firstText($(schedule, '#a [part="title"]'));
      const t = title.textContent!;
      expect(charX(title, t.indexOf('O'))).to.be.below(charX(title, t.indexOf(')')));
    });
  });
}
