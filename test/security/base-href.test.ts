// A page with `<base href>` that names another page (Angular's `<base href="/">`, a page served under a sub-path):
// a bare `#id` would lead to the base's page, so every in-page link the elements write must name this page.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { PaperList } from '../../src/paper-list/paper-list.js';
import type { SpeakerCard } from '../../src/speaker-card/speaker-card.js';
import type { WorkshopSchedule } from '../../src/workshop-schedule/workshop-schedule.js';
import { root, settled } from '../paper-list/helpers.js';

// The test page's URL, read before any <base> is added (a relative URL given to history would follow the base).
const page = location.href.split('#', 1)[0];
const here = () => location.href.split('#', 1)[0];
let base: HTMLBaseElement | undefined;

beforeEach(() => {
  base = document.createElement('base');
  base.href = '/elsewhere/';
  document.head.prepend(base);
});
afterEach(() => {
  base?.remove();
  history.replaceState(history.state, '', page);
});

const twoDays = [
  { id: 'opening', start: '2019-12-13T09:00', end: '2019-12-13T10:00', title: 'Opening' },
  { id: 'closing', start: '2019-12-14T09:00', end: '2019-12-14T10:00', title: 'Closing' },
];

describe('under a <base href> that names another page', () => {
  it('the schedule’s day links and "Jump to now" lead to this page', async () => {
    expect(document.baseURI).to.not.equal(here());
    expect(here()).to.equal(page);
    const el = await fixture<WorkshopSchedule>(
      html`<workshop-schedule
        .items=${twoDays}
        timezone="America/Vancouver"
        now="2019-12-13T09:10-08:00"
      ></workshop-schedule>`,
    );
    await el.dataComplete;
    const days = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part="nav"] a')];
    expect(days.map((a) => a.href)).to.deep.equal([`${here()}#day-2019-12-13`, `${here()}#day-2019-12-14`]);
    const now = el.shadowRoot!.querySelector<HTMLAnchorElement>('[part="jump-now"]')!;
    expect(now.href).to.equal(`${here()}#opening`);
    await expect(el).to.be.accessible();
  });

  it('a click on the day the hash already names reveals it without leaving the page', async () => {
    const el = await fixture<WorkshopSchedule>(
      html`<workshop-schedule .items=${twoDays} timezone="America/Vancouver"></workshop-schedule>`,
    );
    await el.dataComplete;
    history.replaceState(history.state, '', `${page}#day-2019-12-14`);
    const link = el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part="nav"] a')[1];
    const click = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
    link.dispatchEvent(click);
    expect(click.defaultPrevented).to.equal(true);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[data-fragment-target]')!.getAttribute('data-day')).to.equal('2019-12-14');
    await expect(el).to.be.accessible();
  });

  it('a speaker’s talk link "#id" leads to this page; other relative URLs still follow the base', async () => {
    const card = await fixture<SpeakerCard>(
      html`<speaker-card name="Terence Tao" talk="Euler flows" talk-href="#terence-tao"></speaker-card>`,
    );
    await card.dataComplete;
    const talk = card.shadowRoot!.querySelector<HTMLAnchorElement>('a[href*="#"]')!;
    expect(talk.href).to.equal(`${here()}#terence-tao`);
    await expect(card).to.be.accessible();

    const list = await fixture<PaperList>(
      html`<paper-list .papers=${[{ title: 'Deep Ritz', authors: ['Weinan E'], pdf: 'papers/1.pdf' }]}></paper-list>`,
    );
    await settled(list);
    const pdf = root(list).querySelector<HTMLAnchorElement>('a[href$=".pdf"]')!;
    expect(pdf.href).to.equal(new URL('/elsewhere/papers/1.pdf', location.href).href);
    await expect(list).to.be.accessible();
  });
});
