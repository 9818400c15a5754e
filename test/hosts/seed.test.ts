/**
 * The seed page (the NeurIPS 2019 SMMaL workshop), with its program, speakers, papers and sponsors written in the
 * seed's own formats (test/fixtures/seed/): everything renders, and the console has nothing for the organizer.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { PaperList } from '../../src/paper-list/paper-list.js';
import type { SpeakerCard } from '../../src/speaker-card/speaker-card.js';
import type { SponsorStrip } from '../../src/sponsor-strip/sponsor-strip.js';
import type { WorkshopSchedule } from '../../src/workshop-schedule/workshop-schedule.js';
import { captureConsole } from '../helpers/console.js';

const BASE = '/test/fixtures/seed';
const load = async (name: string) => (await fetch(`${BASE}/${name}.json`)).json();
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const all = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];

let console_: ReturnType<typeof captureConsole>;
beforeEach(() => (console_ = captureConsole()));
afterEach(() => console_.restore());

describe('the seed page in its own formats', function () {
  this.timeout(60_000);

  it('renders every session of the program, times as written in 12-hour form, with the recordings and the room', async () => {
    const items = await load('program');
    const wrapper = await fixture(
      html`<div lang="en-US">
        <workshop-schedule
          base-url=${BASE}
          timezone="America/Vancouver"
          viewer-timezone="America/Vancouver"
          date="2019-12-13"
          room="Room 512 CDGH"
          .items=${items}
        ></workshop-schedule>
      </div>`,
    );
    const el = wrapper.querySelector<WorkshopSchedule>('workshop-schedule')!;
    await el.dataComplete;
    const sessions = all(el, 'li[part~="session"]');
    expect(sessions).to.have.length(items.filter((i: object) => 'start' in i).length);
    const starts = sessions.map((s) => text(s.querySelector('time')));
    expect(starts.slice(0, 3)).to.deep.equal(['8:30 AM', '8:40 AM', '9:20 AM']);
    expect(starts).to.include('1:40 PM');
    expect(text(all(el, '[part="day-hours"]')[0])).to.equal('8:30 AM–6:30 PM PST · Room 512 CDGH');
    expect(all(el, '[part="section"] a').map((a) => a.getAttribute('href'))).to.deep.equal([
      'https://bluejeans.com/s/KAsSh',
      'https://bluejeans.com/s/hEo5B',
    ]);
    // A TBA slot says TBA; the DGM talk ends when the next one starts (nothing skipped, nothing stretched).
    expect(text(sessions[3].querySelector('[part~="title"]'))).to.equal('TBA');
    const dgm = sessions.find((s) => text(s.querySelector('[part~="title"]')).startsWith('DGM'))!;
    expect(text(dgm.querySelector('.when'))).to.equal('1:40 PM–2:20 PM PST');
    expect(all(el, '[part="notice"], [part="error"]')).to.deep.equal([]);
    expect(console_.warnings).to.deep.equal([]);
    expect(console_.errors).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('renders the six speakers with their photos under the base path and the links in their bios', async () => {
    const speakers: { name: string }[] = await load('speakers');
    const wrapper = await fixture(
      html`<div>${speakers.map((s) => html`<speaker-card base-url=${BASE} .speaker=${s}></speaker-card>`)}</div>`,
    );
    const cards = [...wrapper.querySelectorAll<SpeakerCard>('speaker-card')];
    await Promise.all(cards.map((c) => c.dataComplete));
    const photos = cards.map((c) => c.shadowRoot!.querySelector('img')!);
    await waitUntil(() => photos.every((p) => p.complete && p.naturalWidth > 0), 'every photo loads', {
      timeout: 10_000,
    });
    expect(photos[0].getAttribute('src')).to.equal(`${location.origin}${BASE}/static/img/people/terencetao.png`);
    const tao = cards[0].shadowRoot!.querySelector('[part~="bio"]')!;
    expect(text(tao)).to.contain('analytic number theory. [Webpage]').and.not.contain('<a');
    expect(tao.querySelector('a')!.getAttribute('href')).to.equal('https://www.math.ucla.edu/~tao/');
    expect(cards.map((c) => text(c.shadowRoot!.querySelector('[part~="name"]')))).to.deep.equal(
      speakers.map((s) => s.name),
    );
    expect(console_.warnings).to.deep.equal([]);
    expect(console_.errors).to.deep.equal([]);
    await expect(cards[0]).to.be.accessible();
  });

  it('renders the accepted paper with its authors in order, a davis BibTeX key and the PDF under the base path', async () => {
    const el = await fixture<PaperList>(
      html`<paper-list base-url=${BASE} .papers=${await load('papers')}></paper-list>`,
    );
    await el.dataComplete;
    const article = el.shadowRoot!.querySelector('article')!;
    expect(article.id).to.match(/^davis/);
    expect(text(article.querySelector('[part="authors"]'))).to.equal(
      'Christopher Davis, Luana Bulat, Anita Vero, Ekaterina Shutova',
    );
    expect(article.querySelector('[part~="title"] a')!.getAttribute('href')).to.equal(
      `${location.origin}${BASE}/static/papers/accepted/1.pdf`,
    );
    expect(console_.warnings).to.deep.equal([]);
    expect(console_.errors).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('renders the five sponsor logos under the base path', async () => {
    const el = await fixture<SponsorStrip>(
      html`<sponsor-strip base-url=${BASE} .sponsors=${await load('sponsors')}></sponsor-strip>`,
    );
    await el.dataComplete;
    const logos = all(el, 'img') as HTMLImageElement[];
    expect(logos).to.have.length(5);
    await waitUntil(() => logos.every((l) => l.complete && l.naturalWidth > 0), 'every logo loads', {
      timeout: 10_000,
    });
    expect(all(el, '[part~="name"], [part="notice"]')).to.deep.equal([]);
    expect(console_.warnings).to.deep.equal([]);
    expect(console_.errors).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });
});
