/**
 * The public event model, as a page sees it: every event is `we-<what>`, bubbles out of the shadow root to
 * `document`, carries its payload in `detail` and is an instance of the class the package root exports.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import {
  WeCalendarDownloadEvent,
  WeErrorEvent,
  WeFavoritesChangeEvent,
  WeFragmentTargetEvent,
  WeLoadEvent,
  type PaperList,
  type SpeakerCard,
  type WorkshopSchedule,
} from '../../src/index.js';
import { captureConsole } from '../helpers/console.js';

const SESSIONS = [
  { id: 'opening', title: 'Opening remarks', start: '08:30', end: '08:40', type: 'remarks' },
  { id: 'keynote', title: 'Keynote', start: '08:40', end: '09:20', type: 'keynote' },
];

/** The next `we-error` that reaches `document`, and the console errors logged meanwhile. */
async function errorOnDocument(mount: () => Promise<Element>) {
  const console = captureConsole();
  try {
    const heard = oneEvent(document, 'we-error');
    const el = await mount();
    const event = (await heard) as WeErrorEvent;
    return { el, event, errors: console.errors, warnings: console.warnings };
  } finally {
    console.restore();
  }
}

describe('we-error reaches a plain document listener', () => {
  afterEach(() => {
    for (const el of document.querySelectorAll('[data-test-events]')) el.remove();
  });

  it('names the attribute that is not valid JSON', async () => {
    const { el, event, errors, warnings } = await errorOnDocument(() =>
      fixture(html`<paper-list papers="[{'title': 'x'}]"></paper-list>`),
    );
    expect(event).to.be.instanceOf(WeErrorEvent);
    expect(event.target).to.equal(el);
    expect(event.bubbles && event.composed).to.equal(true);
    expect(event.detail.source).to.equal('papers');
    expect(event.detail.message).to.contain('the "papers" attribute is not valid JSON');
    // The element logs the same message once, and shows it.
    expect(errors).to.have.length(1);
    expect(errors[0]).to.contain(event.detail.message);
    expect(warnings).to.deep.equal([]);
    expect((el as PaperList).shadowRoot!.querySelector('[part="error"]')!.textContent).to.contain(event.detail.message);
    await expect(el).to.be.accessible();
  });

  it('names the timezone setting', async () => {
    const { el, event, errors } = await errorOnDocument(() =>
      fixture<WorkshopSchedule>(html`<workshop-schedule timezone="Mars/Base" .items=${SESSIONS}></workshop-schedule>`),
    );
    expect(event.target).to.equal(el);
    expect(event.detail).to.deep.equal({
      source: 'timezone',
      message:
        'timezone "Mars/Base" is not a time zone the browser knows (write an IANA zone like "America/Vancouver", or "UTC")',
    });
    expect(errors).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('names the date setting', async () => {
    const { event, errors } = await errorOnDocument(() =>
      fixture(html`<workshop-schedule timezone="UTC" date="05/06/2019" .items=${SESSIONS}></workshop-schedule>`),
    );
    expect(event.detail.source).to.equal('date');
    expect(event.detail.message).to.contain('date "05/06/2019" could be 2019-06-05 (day first) or 2019-05-06');
    expect(errors).to.have.length(1);
  });

  it('names the URL of a src that fails', async () => {
    const { event, errors } = await errorOnDocument(() =>
      fixture(html`<sponsor-strip src="/test/data/no-such-file.json"></sponsor-strip>`),
    );
    expect(event.detail.source).to.equal('/test/data/no-such-file.json');
    expect(event.detail.message).to.contain('HTTP 404');
    expect(errors).to.have.length(1);
  });

  it('names the speaker property when a speaker card gets data of the wrong shape', async () => {
    const { el, event, errors } = await errorOnDocument(() =>
      fixture<SpeakerCard>(html`<speaker-card speaker="42"></speaker-card>`),
    );
    expect(event.target).to.equal(el);
    expect(event.detail.source).to.equal('speaker');
    expect(errors).to.have.length(1);
  });
});

describe('we-load and the other events bubble to document', () => {
  it('fires we-load on document once data from src has loaded', async () => {
    const heard = oneEvent(document, 'we-load');
    const el = await fixture<PaperList>(html`<paper-list src="/test/data/paper-list.json"></paper-list>`);
    const event = await heard;
    expect(event).to.be.instanceOf(WeLoadEvent);
    expect(event.target).to.equal(el);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('[part="paper"]').length).to.be.above(0);
    await expect(el).to.be.accessible();
  });

  it('fires we-favorites-change with the starred ids in detail', async () => {
    localStorage.clear();
    const el = await fixture<WorkshopSchedule>(
      html`<workshop-schedule timezone="UTC" date="2019-12-13" .items=${SESSIONS}></workshop-schedule>`,
    );
    const heard = oneEvent(document, 'we-favorites-change');
    el.shadowRoot!.getElementById('keynote')!.querySelector<HTMLElement>('[part="star"]')!.click();
    const event = await heard;
    expect(event).to.be.instanceOf(WeFavoritesChangeEvent);
    expect(event.detail).to.deep.equal({ favorites: ['keynote'] });
    localStorage.clear();
    await expect(el).to.be.accessible();
  });

  it('fires we-fragment-target with the id in detail', async () => {
    const el = await fixture<WorkshopSchedule>(
      html`<workshop-schedule timezone="UTC" date="2019-12-13" .items=${SESSIONS}></workshop-schedule>`,
    );
    const heard = oneEvent(document, 'we-fragment-target');
    location.hash = '#keynote';
    try {
      const event = await heard;
      expect(event).to.be.instanceOf(WeFragmentTargetEvent);
      expect(event.target).to.equal(el);
      expect(event.detail).to.deep.equal({ id: 'keynote' });
    } finally {
      history.replaceState(null, '', location.pathname + location.search);
    }
  });
});

describe('we-calendar-download', () => {
  /** Calls of `<a>.click()`, the element's default download, while `run` runs. */
  function anchorClicks(run: () => void): string[] {
    const clicked: string[] = [];
    const original = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicked.push(this.download);
    };
    try {
      run();
    } finally {
      HTMLAnchorElement.prototype.click = original;
    }
    return clicked;
  }

  it('carries the file in detail, and canceling it skips the download', async () => {
    const el = await fixture<WorkshopSchedule>(
      html`<workshop-schedule timezone="UTC" date="2019-12-13" .items=${SESSIONS}></workshop-schedule>`,
    );
    const button = el.shadowRoot!.getElementById('keynote')!.querySelector<HTMLElement>('[part="calendar-button"]')!;
    const events: WeCalendarDownloadEvent[] = [];
    const cancel = (e: WeCalendarDownloadEvent) => {
      events.push(e);
      e.preventDefault();
    };
    document.addEventListener('we-calendar-download', cancel);
    let clicked: string[];
    try {
      clicked = anchorClicks(() => button.click());
    } finally {
      document.removeEventListener('we-calendar-download', cancel);
    }
    expect(events).to.have.length(1);
    const [event] = events;
    expect(event).to.be.instanceOf(WeCalendarDownloadEvent);
    expect(event.cancelable).to.equal(true);
    expect(event.defaultPrevented).to.equal(true);
    expect(event.detail.filename).to.equal('keynote.ics');
    expect(event.detail.sessionIds).to.deep.equal(['keynote']);
    expect(event.detail.ics).to.match(/^BEGIN:VCALENDAR\r\n/);
    expect(clicked, 'no download once canceled').to.deep.equal([]);
    // Not canceled: the element downloads the file itself.
    expect(anchorClicks(() => button.click())).to.deep.equal(['keynote.ics']);
    await expect(el).to.be.accessible();
  });
});
