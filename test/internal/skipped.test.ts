/** Skipped entries: what the visitor sees (a small notice, nothing distorted) and what the organizer is told. */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { PaperList } from '../../src/paper-list/paper-list.js';
import type { SponsorStrip } from '../../src/sponsor-strip/sponsor-strip.js';
import type { WorkshopSchedule } from '../../src/workshop-schedule/workshop-schedule.js';
import { captureConsole } from '../helpers/console.js';
import { settled } from '../paper-list/helpers.js';

const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const text = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

let console_: ReturnType<typeof captureConsole>;
beforeEach(() => (console_ = captureConsole()));
afterEach(() => console_.restore());

describe('skipped entries', function () {
  this.timeout(30_000);

  it('schedule: a skipped session does not stretch the one before it, and a notice says one was skipped', async () => {
    const el = await fixture<WorkshopSchedule>(
      html`<workshop-schedule
        lang="en-US"
        timezone="America/Vancouver"
        date="2019-12-13"
        viewer-timezone="America/Vancouver"
        .items=${[
          { start: '9:00 AM', title: 'Before' },
          { start: 'after lunch', title: 'DGM: A deep learning algorithm for solving partial differential equations' },
          { start: '2:20 PM', title: 'After' },
        ]}
      ></workshop-schedule>`,
    );
    const times = [...el.shadowRoot!.querySelectorAll('.when')].map(text);
    expect(times).to.deep.equal(['9:00 AM PST', '2:20 PM PST']);
    expect(text(part(el, 'notice'))).to.equal('1 session could not be shown — details in the browser console');
    expect(console_.warnings).to.have.length(1);
    expect(console_.warnings[0]).to.contain('items[1].start ("DGM: A deep learning algorithm for…"): expected a time');
    await expect(el).to.be.accessible();
  });

  it('schedule: a typo in a field name suggests the field it meant', async () => {
    await fixture<WorkshopSchedule>(
      html`<workshop-schedule .items=${[{ start: '9:00', tittle: 'Opening', speakrs: ['A'] }]}></workshop-schedule>`,
    );
    expect(console_.warnings[0])
      .to.contain('items[0].tittle: unknown field, ignored (did you mean "title"?)')
      .and.contain('items[0].speakrs: unknown field, ignored (did you mean "speakers"?)');
  });

  it('papers: a paper that is not an object gets the notice; one without a title shows as "Untitled"', async () => {
    const el = await fixture<PaperList>(
      html`<paper-list .papers=${[{ title: 'Kept' }, 'just a string', { authors: ['A. Person'] }]}></paper-list>`,
    );
    await settled(el);
    const titles = [...el.shadowRoot!.querySelectorAll('[part~="title"]')].map(text);
    expect(titles).to.deep.equal(['Kept', 'Untitled']);
    expect(text(part(el, 'notice'))).to.equal('1 paper could not be shown — details in the browser console');
    expect(console_.warnings).to.have.length(1);
    expect(console_.warnings[0]).to.contain('papers[2].title').and.contain('"Untitled"');
    await expect(el).to.be.accessible();
  });

  it('sponsors: nameless sponsors are counted in the notice, the others shown', async () => {
    const el = await fixture<SponsorStrip>(
      html`<sponsor-strip .sponsors=${[{ name: 'MERL' }, { logo: '/x.png' }, { name: ' ' }]}></sponsor-strip>`,
    );
    expect(text(part(el, 'notice'))).to.equal('2 sponsors could not be shown — details in the browser console');
    expect(console_.warnings[0]).to.contain('sponsors[1].name').and.contain('sponsors[2].name');
    await expect(el).to.be.accessible();
  });

  it('shows no notice when nothing was skipped', async () => {
    const el = await fixture<SponsorStrip>(html`<sponsor-strip .sponsors=${[{ name: 'MERL' }]}></sponsor-strip>`);
    expect(part(el, 'notice')).to.equal(null);
    expect(console_.warnings).to.deep.equal([]);
  });
});
