/**
 * A theme's centred section (Bootstrap's `text-center`, the seed page's `<center>`): text alignment is inherited into
 * the shadow roots, so the schedule centred every time and title and the dates every cell (host-page trial). The
 * elements align their text to the start; a centred card or sponsor strip still centres itself.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';

type Measured = HTMLElement & { dataComplete: Promise<void> };

describe('a centred host page', () => {
  it('does not centre the schedule’s sessions or the dates’ cells', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="en" style="text-align: center; width: 800px">
        <workshop-schedule
          .items=${[{ id: 'tao', start: '09:00', end: '10:00', title: 'Euler flows', speakers: ['Terence Tao'] }]}
          timezone="America/Vancouver"
          date="2019-12-13"
        ></workshop-schedule>
        <important-dates .dates=${[{ label: 'Paper submission', date: '2019-09-13' }]} timezone="AoE"></important-dates>
      </div>`,
    );
    const [schedule, dates] = [...wrapper.children] as Measured[];
    await Promise.all([schedule.dataComplete, dates.dataComplete]);
    const title = schedule.shadowRoot!.querySelector('[part~="title"]')!;
    // Firefox and WebKit give the computed `start` as `left` on a left-to-right page.
    expect(getComputedStyle(title).textAlign).to.be.oneOf(['start', 'left']);
    const when = schedule.shadowRoot!.querySelector('.when')!;
    const time = when.querySelector('time')!;
    expect(time.getBoundingClientRect().left - when.getBoundingClientRect().left).to.be.below(2);
    expect(getComputedStyle(dates.shadowRoot!.querySelector('tbody th')!).textAlign).to.be.oneOf(['start', 'left']);
    await expect(schedule).to.be.accessible();
    await expect(dates).to.be.accessible();
  });
});
