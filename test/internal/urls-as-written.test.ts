/** URLs as organizers write them: a bare host, and root-relative paths under a site's base path (`base-url`). */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { bareHost, readUrl, withBase } from '../../src/internal/url.js';
import { validateSponsors } from '../../src/sponsor-strip/validate.js';
import type { PaperList } from '../../src/paper-list/paper-list.js';
import type { SpeakerCard } from '../../src/speaker-card/speaker-card.js';
import type { SponsorStrip } from '../../src/sponsor-strip/sponsor-strip.js';
import type { WorkshopSchedule } from '../../src/workshop-schedule/workshop-schedule.js';
import { captureConsole } from '../helpers/console.js';
import { settled } from '../paper-list/helpers.js';

const origin = location.origin;
let console_: ReturnType<typeof captureConsole>;
beforeEach(() => (console_ = captureConsole()));
afterEach(() => console_.restore());

describe('URLs as people write them', function () {
  this.timeout(30_000);

  it('reads www.example.org and example.org/path as https, with a note; leaves file paths alone', () => {
    expect(readUrl('www.uber.ai')).to.deep.include({ url: 'https://www.uber.ai/' });
    expect(readUrl('www.uber.ai').note).to.contain('"https://www.uber.ai"');
    expect(readUrl('example.org/path?q=1').url).to.equal('https://example.org/path?q=1');
    for (const path of [
      'paper.pdf',
      'static/img/x.png',
      'slides.pptx',
      '#session',
      'index.html',
      'v1.2/a',
      'mailto:a@b.org',
    ])
      expect(bareHost(path), path).to.equal(undefined);
    expect(readUrl('paper.pdf').note).to.equal(undefined);
  });

  it('warns on the field when it reads a bare host as https', () => {
    const { data, problems } = validateSponsors([{ name: 'Uber AI', url: 'www.uber.ai' }]);
    expect(data[0].url).to.equal('https://www.uber.ai/');
    expect(problems).to.have.length(1);
    expect(problems[0].path).to.equal('sponsors[0].url');
    expect(problems[0].entry).to.equal('Uber AI');
  });

  it('resolves root-relative paths under the base path, and only those', () => {
    withBase('/smmal/', () => {
      expect(readUrl('/static/img/x.png', 'image').url).to.equal(`${origin}/smmal/static/img/x.png`);
      expect(readUrl('//cdn.example.org/x.png', 'image').url).to.equal(`${location.protocol}//cdn.example.org/x.png`);
      expect(readUrl('https://example.org/x.png', 'image').url).to.equal('https://example.org/x.png');
    });
    expect(readUrl('/static/img/x.png', 'image').url).to.equal(`${origin}/static/img/x.png`);
  });

  it('every element takes base-url for the paths in its data', async () => {
    const schedule = await fixture<WorkshopSchedule>(
      html`<workshop-schedule
        base-url="/smmal"
        .items=${[{ start: '09:00', title: 'T', links: [{ label: 'Slides', url: '/static/slides/t.pdf' }] }]}
      ></workshop-schedule>`,
    );
    expect(schedule.shadowRoot!.querySelector('[part="links"] a')!.getAttribute('href')).to.equal(
      `${origin}/smmal/static/slides/t.pdf`,
    );
    const card = await fixture<SpeakerCard>(
      html`<speaker-card
        base-url="/smmal"
        .speaker=${{ name: 'Terence Tao', photo: '/static/img/people/t.png' }}
      ></speaker-card>`,
    );
    expect(card.shadowRoot!.querySelector('img')!.getAttribute('src')).to.equal(
      `${origin}/smmal/static/img/people/t.png`,
    );
    const papers = await fixture<PaperList>(
      html`<paper-list
        base-url="/smmal"
        .papers=${[{ title: 'P', pdf: '/static/papers/accepted/1.pdf' }]}
      ></paper-list>`,
    );
    await settled(papers);
    expect(papers.shadowRoot!.querySelector('[part~="title"] a')!.getAttribute('href')).to.equal(
      `${origin}/smmal/static/papers/accepted/1.pdf`,
    );
    const sponsors = await fixture<SponsorStrip>(
      html`<sponsor-strip
        base-url="/smmal"
        .sponsors=${[{ name: 'MERL', logo: '/static/img/ico/merl.jpg' }]}
      ></sponsor-strip>`,
    );
    expect(sponsors.shadowRoot!.querySelector('img')!.getAttribute('src')).to.equal(
      `${origin}/smmal/static/img/ico/merl.jpg`,
    );
    // Changing base-url reads the data again.
    sponsors.baseUrl = '/other';
    await sponsors.updateComplete;
    expect(sponsors.shadowRoot!.querySelector('img')!.getAttribute('src')).to.equal(
      `${origin}/other/static/img/ico/merl.jpg`,
    );
    await expect(sponsors).to.be.accessible();
    // The files do not exist here: each element says so, naming the URL under the base path.
    for (const w of console_.warnings)
      expect(w)
        .to.contain('could not be loaded')
        .and.match(/\/(smmal|other)\/static\//);
  });
});
