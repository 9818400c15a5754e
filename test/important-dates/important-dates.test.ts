import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import type { ImportantDates } from '../../src/important-dates/important-dates.js';
import type { WeCalendarDownloadEvent } from '../../src/events/calendar-download.js';
import '../../src/translations/fr.js';
import { browserAccessibleName, shownText, spokenText } from '../helpers/accessible-name.js';
import { captureConsole } from '../helpers/console.js';
import { srgb, wcagContrast } from '../helpers/contrast.js';
import { $, $$, AOE_DATES, mount, row, SEED, text } from './helpers.js';

const BERLIN = { viewer: 'Europe/Berlin', now: '2019-09-11T07:30:00Z' };

describe('<important-dates> table', function () {
  this.timeout(30_000);

  it('shows each date as written and in the visitor zone, with the day shift, in time order', async () => {
    const el = await mount(BERLIN);
    expect($$(el, 'tbody tr').map((r) => r.id)).to.deep.equal(['abstract', 'paper', 'decisions', 'workshop']);
    const paper = row(el, 'paper');
    expect(text(paper.querySelector('[part="written"]'))).to.equal(
      'Originally Sep 9, 2019, 23:59, extended to Sep 13, 2019, 23:59 AoE',
    );
    expect(text(paper.querySelector('[part="written"] > time'))).to.equal('Sep 13, 2019, 23:59');
    expect(text(paper.querySelector('.zone'))).to.equal('AoE');
    expect(text(paper.querySelector('[part="local"]'))).to.equal('= Your time: Sep 14, 13:59 in Berlin +1 day');
    expect(text(paper.querySelector('[part="day-shift"]'))).to.equal('+1 day');
    expect(text(row(el, 'workshop').querySelector('[part="local"]'))).to.equal(
      '= Your time: Dec 13, 09:00 – Dec 14, 08:59 in Berlin',
    );
    await expect(el).to.be.accessible();
  });

  it('strikes the original date of an extended deadline through, and says so to screen readers', async () => {
    const el = await mount(BERLIN);
    const original = row(el, 'paper').querySelector('s[part="extended-from"]')!;
    expect(text(original)).to.equal('Originally Sep 9, 2019, 23:59');
    expect(getComputedStyle(original).textDecorationLine).to.include('line-through');
    expect(original.querySelector('time')!.getAttribute('datetime')).to.equal('2019-09-10T11:59:00.000Z');
  });

  it('puts every date and time in a <time datetime>: instants in UTC, whole days as the day', async () => {
    const el = await mount(BERLIN);
    const times = $$(el, 'time');
    expect(times.length).to.be.greaterThan(8);
    for (const t of times)
      expect(t.getAttribute('datetime')).to.match(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\.000Z)?$/);
    const written = row(el, 'paper').querySelector('[part="written"] > time')!;
    expect(written.getAttribute('datetime')).to.equal('2019-09-14T11:59:00.000Z');
    expect(row(el, 'decisions').querySelector('[part="written"] > time')!.getAttribute('datetime')).to.equal(
      '2019-10-01',
    );
  });

  it('highlights the next deadline with its countdown, marks past dates, and announces the countdown politely', async () => {
    const el = await mount(BERLIN);
    const paper = row(el, 'paper');
    expect(paper.part.contains('next')).to.equal(true);
    expect(text(paper.querySelector('[part="countdown"]'))).to.equal('3 days 4 h left');
    expect(row(el, 'abstract').part.contains('past')).to.equal(true);
    expect(text(row(el, 'abstract').querySelector('[part="badge"]'))).to.equal('Past');
    expect($$(el, '[part~="next"]')).to.have.length(1);
    expect($$(el, '[part~="countdown"]')).to.have.length(1);
    const status = $(el, '[part="status"]')!;
    expect(status.getAttribute('role')).to.equal('status');
    expect(text(status)).to.equal('Paper submission: 3 days 4 h left');
    // Once the deadline passed, the next one is the next deadline (notifications and events have none).
    el.now = '2019-09-14T12:00:00Z';
    await el.updateComplete;
    expect(row(el, 'paper').part.contains('past')).to.equal(true);
    expect($$(el, '[part~="next"]')).to.have.length(0);
    expect(text(status)).to.equal('');
  });

  it('counts down with the real clock and moves on when a deadline passes', async () => {
    // Deadlines a few seconds away, in UTC to the second.
    const at = (ms: number) => new Date(Math.ceil((Date.now() + ms) / 1000) * 1000).toISOString();
    const [first, second] = [at(1500), at(3 * 3_600_000)];
    const el = await mount({
      timezone: 'UTC',
      dates: [
        { id: 'soon', label: 'Soon', date: first.slice(0, 10), time: first.slice(11, 19) },
        { id: 'later', label: 'Later', date: second.slice(0, 10), time: second.slice(11, 19) },
      ],
    });
    expect(text(row(el, 'soon').querySelector('[part="countdown"]'))).to.equal('less than a minute left');
    await waitUntil(() => row(el, 'soon').part.contains('past'), 'the first deadline passes', { timeout: 5000 });
    expect(row(el, 'later').part.contains('next')).to.equal(true);
    expect(text(row(el, 'later').querySelector('[part="countdown"]'))).to.match(/^2 h 59 min left$/);
  });

  it('shows "Same in your time zone" where the clocks agree', async () => {
    const el = await mount({ ...BERLIN, viewer: 'Etc/GMT+12' });
    expect(text(row(el, 'paper').querySelector('[part="local"]'))).to.equal('Same in your time zone');
  });
});

describe('<important-dates> layouts', function () {
  this.timeout(30_000);

  for (const layout of ['list', 'timeline']) {
    it(`${layout}: an ordered list whose labels are headings of heading-level`, async () => {
      const el = await mount({ ...BERLIN, layout, headingLevel: 2 });
      const list = $(el, 'ol[part="list"]')!;
      expect(list.getAttribute('aria-label')).to.equal('Important dates');
      expect(list.classList.contains(layout)).to.equal(true);
      const headings = $$(el, '[role="heading"]');
      expect(headings.map((h) => h.getAttribute('aria-level'))).to.deep.equal(['2', '2', '2', '2']);
      expect(text(headings[1].querySelector('[part="label"]'))).to.equal('Paper submission');
      expect(text(row(el, 'paper').querySelector('[part="local"]'))).to.include('Sep 14, 13:59 in Berlin');
      await expect(el).to.be.accessible();
    });
  }

  // The shared colour tokens were read under their old names (`--_border`, `--_accent`), which nothing set: every
  // border, the buttons' outlines, the countdown badge and the timeline's dots and line were missing.
  it('draws the shared colours: outlined buttons, the countdown badge, the timeline’s dots and line', async () => {
    const transparent = 'rgba(0, 0, 0, 0)';
    const table = await mount(BERLIN);
    const button = getComputedStyle($(table, '[part~="calendar-button"]')!);
    expect([button.borderTopStyle, button.borderTopWidth]).to.deep.equal(['solid', '1px']);
    expect(button.borderTopColor).to.not.equal(transparent);
    expect(getComputedStyle($(table, '[part~="countdown"]')!).backgroundColor).to.not.equal(transparent);
    const el = await mount({ ...BERLIN, layout: 'timeline' });
    const [first, second] = $$(el, 'ol.timeline > li');
    const dot = getComputedStyle(second, '::after');
    expect([dot.borderTopStyle, dot.borderTopWidth]).to.deep.equal(['solid', '2px']);
    expect(dot.borderTopColor).to.not.equal(transparent);
    expect(getComputedStyle(first, '::before').backgroundColor).to.not.equal(transparent);
    await expect(el).to.be.accessible();
  });

  it('keeps the timeline’s dots at 3:1 or more on a light and on a dark page', async () => {
    const pages = [
      { background: [255, 255, 255], color: '#333333' },
      { background: [21, 24, 28], color: '#e3e6ea' }, // the dark demo page
    ];
    for (const page of pages) {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="background: rgb(${page.background.join(',')}); color: ${page.color}">
          <important-dates
            .dates=${AOE_DATES}
            timezone="AoE"
            viewer-timezone=${BERLIN.viewer}
            now="2019-09-10T00:00:00Z"
            layout="timeline"
          ></important-dates>
        </div>`,
      );
      const el = wrapper.firstElementChild as ImportantDates;
      await el.dataComplete;
      const dots = $$(el, 'ol.timeline > li').map((li) => getComputedStyle(li, '::after'));
      // past (filled), next (filled), later deadline and event (rings)
      const colours = [
        dots[0].backgroundColor,
        dots[1].backgroundColor,
        dots[2].borderTopColor,
        dots[3].borderTopColor,
      ];
      for (const colour of colours)
        expect(wcagContrast(srgb(colour), page.background), `${colour} on ${page.color}`).to.be.at.least(3);
      await expect(el).to.be.accessible();
    }
  });

  it('falls back to the table for an unknown layout, with a warning', async () => {
    const console = captureConsole();
    try {
      const el = await mount({ ...BERLIN, layout: 'grid' });
      expect($(el, 'table')).to.not.equal(null);
      expect(console.warnings.join('\n')).to.include('layout "grid" is not one of table, list, timeline');
      expect(console.errors).to.deep.equal([]);
    } finally {
      console.restore();
    }
  });
});

describe("<important-dates> follows the browser's time zone", function () {
  this.timeout(30_000);

  const cases: [zone: string, local: string][] = [
    ['Pacific/Kiritimati', 'Sep 15, 01:59 in Kiritimati +2 days'],
    ['Pacific/Pago_Pago', 'Sep 14, 00:59 in Pago Pago +1 day'],
    ['Asia/Kolkata', 'Sep 14, 17:29 in Kolkata +1 day'],
    ['America/St_Johns', 'Sep 14, 09:29 in St Johns +1 day'],
    ['Europe/Berlin', 'Sep 14, 13:59 in Berlin +1 day'],
  ];

  it('viewer-timezone: the same answers in every engine', async () => {
    for (const [zone, local] of cases) {
      const el = await mount({ viewer: zone, now: BERLIN.now });
      expect(text(row(el, 'paper').querySelector('[part="local"]')), zone).to.equal(`= Your time: ${local}`);
    }
  });

  it('without viewer-timezone, the zone the browser runs in (emulated where the engine allows)', async () => {
    try {
      for (const [zone, local] of cases) {
        const emulated = await executeServerCommand<boolean, { zone: string }>('emulate-timezone', { zone });
        const own = Intl.DateTimeFormat().resolvedOptions().timeZone;
        // Chromium names India's zone by its old name, Asia/Calcutta: the element still says Kolkata.
        if (emulated) expect([zone, 'Asia/Calcutta']).to.include(own);
        const el = await mount({ now: BERLIN.now });
        const shown = text(row(el, 'paper').querySelector('[part="local"]'));
        if (emulated) expect(shown, zone).to.equal(`= Your time: ${local}`);
        // WebKit over WebDriver cannot emulate a zone: the machine's own must then be the one shown.
        else
          expect(shown).to.equal(
            text(row(await mount({ now: BERLIN.now, viewer: own }), 'paper').querySelector('[part="local"]')),
          );
      }
    } finally {
      await executeServerCommand('emulate-timezone', { zone: null });
    }
  });
});

describe('<important-dates> data and mistakes', function () {
  this.timeout(30_000);

  it('loads the seed dates from src, fires we-load and resolves dataComplete', async () => {
    const el = await fixture<ImportantDates>(
      html`<important-dates
        timezone="America/Vancouver"
        viewer-timezone="America/Vancouver"
        now="2019-10-15T12:00:00Z"
      ></important-dates>`,
    );
    const loaded = oneEvent(el, 'we-load');
    el.src = SEED;
    await loaded;
    await el.dataComplete;
    expect($$(el, 'tbody tr').map((r) => text(r.querySelector('[part="label"]')))).to.deep.equal([
      'Paper submission deadline',
      'Final decisions',
      'Workshop',
    ]);
    expect(text(row(el, 'paper-submission').querySelector('[part="written"]'))).to.equal('Nov 1, 2019, 23:59 PDT');
    expect(text(row(el, 'workshop').querySelector('[part="written"]'))).to.equal('Dec 13, 2019 PST');
    await expect(el).to.be.accessible();
  });

  it('dataComplete waits for src to load and render', async () => {
    const el = await fixture<ImportantDates>(html`<important-dates timezone="America/Vancouver"></important-dates>`);
    el.src = SEED;
    await el.dataComplete;
    expect($$(el, 'tbody tr')).to.have.length(3);
  });

  it('a date without any zone: assumed the visitor zone, with a warning that names it', async () => {
    const console = captureConsole();
    try {
      const el = await mount({ timezone: '', viewer: 'Asia/Kolkata', dates: [{ label: 'A', date: '2019-09-13' }] });
      expect(text($(el, '[part="written"]'))).to.equal('Sep 13, 2019 GMT+5:30 (Kolkata)');
      expect(console.warnings.join('\n')).to.include(
        "dates[0].timezone: missing, and the element has no timezone: assumed the visitor's own zone (Asia/Kolkata)",
      );
    } finally {
      console.restore();
    }
  });

  it('warns about an early extension, a copied date and a deadline after event-date, and still shows them', async () => {
    const console = captureConsole();
    try {
      const el = await mount({
        ...BERLIN,
        eventDate: '2019-12-13',
        dates: [
          { label: 'Submission', date: '2019-09-06', time: '23:59', extended_from: '2019-09-13' },
          { label: 'Abstract', date: '2019-09-06', time: '23:59' },
          { label: 'Camera-ready', date: '2019-12-20', kind: 'camera-ready' },
        ],
      });
      expect($$(el, 'tbody tr')).to.have.length(3);
      const warned = console.warnings.join('\n');
      expect(warned).to.include('dates[0].extended_from: 2019-09-13 23:59 is not before the new date');
      expect(warned).to.include('dates[1].date: the same date as dates[0] ("Submission") with a different label');
      expect(warned).to.include('dates[2].date: 2019-12-20 is after the event itself (event-date 2019-12-13)');
      expect(console.errors).to.deep.equal([]);
    } finally {
      console.restore();
    }
  });

  it('says how many dates it could not show, naming them, and shows the rest', async () => {
    const console = captureConsole();
    try {
      const el = await mount({
        ...BERLIN,
        dates: [{ label: 'No day' }, { label: 'Fine', date: '2019-09-13' }] as never,
      });
      expect($$(el, 'tbody tr')).to.have.length(1);
      expect(text($(el, '[part="notice"]'))).to.equal(
        "1 date is not shown: dates[0] could not be read (the browser's console says why).",
      );
      expect(console.warnings.join('\n')).to.include('dates[0].date: missing (date skipped)');
      await expect(el).to.be.accessible();
    } finally {
      console.restore();
    }
  });

  it('an unknown timezone is an error naming it, with we-error, and the dates still show', async () => {
    const console = captureConsole();
    try {
      const el = await fixture<ImportantDates>(html`<important-dates .dates=${[]}></important-dates>`);
      const failed = oneEvent(el, 'we-error');
      el.dates = [
        { label: 'Own zone', date: '2019-09-13', time: '23:59', timezone: 'AoE' },
        { label: 'No zone', date: '2019-09-20' },
      ];
      el.timezone = 'Pacific/Vancover';
      el.viewerTimezone = 'UTC';
      const event = await failed;
      expect(event.detail).to.deep.equal({
        message: 'timezone "Pacific/Vancover" is not a time zone the browser knows; did you mean "America/Vancouver"?',
        source: 'timezone',
      });
      expect(event.bubbles && event.composed).to.equal(true);
      await el.dataComplete;
      expect(console.errors).to.have.length(1);
      expect(console.warnings.join('\n')).to.include('dates[1].timezone: missing');
      expect(text($(el, '[part="error"]')))
        .to.include('dates without a time zone of their own are shown in yours')
        .and.include('timezone "Pacific/Vancover" is not a time zone');
      // Both dates are shown: the one with its own zone exactly, the other in the visitor's zone, with that warning.
      expect($$(el, 'tbody th').map((th) => text(th))).to.deep.equal(['Own zone Past', 'No zone Past']);
      expect(text($(el, 'tbody tr')))
        .to.include('23:59')
        .and.include('AoE');
      await expect(el).to.be.accessible();
    } finally {
      console.restore();
    }
  });

  it('reads timezone="Pacific" as America/Los_Angeles, with a warning, as <workshop-schedule> does', async () => {
    const console = captureConsole();
    try {
      const el = await mount({
        timezone: 'Pacific',
        viewer: 'UTC',
        dates: [{ label: 'Submission', date: '2019-11-01', time: '11:59 PM' }],
      });
      expect($(el, '[part="error"]')).to.equal(null);
      expect(text($(el, 'tbody tr')))
        .to.include('23:59')
        .and.include('PDT')
        .and.include('Nov 2, 06:59');
      expect(console.warnings).to.have.length(1);
      expect(console.warnings[0]).to.include('timezone "Pacific" is read as America/Los_Angeles');
    } finally {
      console.restore();
    }
  });

  it('data that is not a list: we-error naming the property, and the failed src by its URL', async () => {
    const console = captureConsole();
    try {
      const el = await fixture<ImportantDates>(html`<important-dates></important-dates>`);
      let failed = oneEvent(el, 'we-error');
      el.dates = { label: 'A' } as never;
      let event = await failed;
      expect(event.detail.source).to.equal('dates');
      expect(event.detail.message).to.equal('the "dates" property: "dates" must be a list (JSON array), got an object');
      failed = oneEvent(el, 'we-error');
      el.dates = undefined;
      el.src = '/no-such-dates.json';
      event = await failed;
      expect(event.detail.source).to.equal('/no-such-dates.json');
      expect(console.errors).to.have.length(2);
    } finally {
      console.restore();
    }
  });

  it('malformed JSON in the dates attribute: we-error with the attribute as source', async () => {
    const console = captureConsole();
    try {
      const el = await fixture<ImportantDates>(html`<important-dates></important-dates>`);
      const failed = oneEvent(el, 'we-error');
      el.setAttribute('dates', '[{"label": }]');
      const event = await failed;
      expect(event.detail.source).to.equal('dates');
      expect(event.detail.message).to.include('the "dates" attribute is not valid JSON');
      expect(console.errors).to.have.length(1);
    } finally {
      console.restore();
    }
  });
});

/**
 * The next we-calendar-download, cancelled while it is dispatched (a `preventDefault` after an `await` comes too late):
 * an uncancelled one really downloads, and in Firefox the downloads panel then takes the window's focus from the
 * test files that follow.
 */
function cancelledDownload(el: HTMLElement): Promise<WeCalendarDownloadEvent> {
  return new Promise((resolve) => {
    el.addEventListener(
      'we-calendar-download',
      (event) => {
        event.preventDefault();
        resolve(event);
      },
      { once: true },
    );
  });
}

describe('<important-dates> calendar and print', function () {
  this.timeout(30_000);

  it("a date's button offers its .ics (exact UTC instant, reminder) through a cancelable we-calendar-download", async () => {
    const el = await mount(BERLIN);
    const button = row(el, 'paper').querySelector<HTMLButtonElement>('[part="calendar-button"]')!;
    const heard = cancelledDownload(el);
    button.click();
    const event = await heard;
    expect(event.defaultPrevented).to.equal(true);
    expect(event.detail.filename).to.equal('paper.ics');
    expect(event.detail.sessionIds).to.deep.equal(['paper']);
    expect(event.detail.ics).to.include('DTSTART:20190914T115900Z');
    expect(event.detail.ics).to.include('TRIGGER;RELATED=END:-P1D');
  });

  it('a date\'s button shows "Add to calendar" and is named "Add to calendar: <date>", in the language\'s word order', async () => {
    const el = await mount(BERLIN);
    const button = () => row(el, 'paper').querySelector<HTMLButtonElement>('[part="calendar-button"]')!;
    expect([shownText(button()), spokenText(button())]).to.deep.equal([
      'Add to calendar',
      'Add to calendar: Paper submission',
    ]);
    // The browser's own name (Chromium, WebKit; Firefox does not tell, see accessible-name-plugin.mjs): no space
    // before the colon, which the visible words and a hidden ": Paper submission" used to get.
    const name = await browserAccessibleName(button());
    if (name !== null) expect(name).to.equal('Add to calendar: Paper submission');
    el.lang = 'fr';
    el.requestUpdate(); // not waiting for the MutationObserver that also notices it
    await el.updateComplete;
    expect(spokenText(button())).to.equal('Ajouter à l’agenda : Paper submission');
    const french = await browserAccessibleName(button());
    if (french !== null) expect(french).to.equal('Ajouter à l’agenda : Paper submission');
    await expect(el).to.be.accessible();
  });

  it('the download button offers every date in one file', async () => {
    const el = await mount(BERLIN);
    const heard = cancelledDownload(el);
    $(el, '[part="download"]')!.click();
    const event = await heard;
    expect(event.defaultPrevented).to.equal(true);
    expect(event.detail.filename).to.equal('important-dates.ics');
    expect(event.detail.sessionIds).to.deep.equal(['abstract', 'paper', 'decisions', 'workshop']);
    expect(event.detail.ics.match(/BEGIN:VEVENT/g)).to.have.length(4);
  });

  it('prints without buttons', async () => {
    const el = await mount(BERLIN);
    let emulated = true;
    try {
      await emulateMedia({ media: 'print' });
    } catch {
      emulated = false; // WebKit over WebDriver: no media emulation
    }
    try {
      if (emulated) {
        expect(getComputedStyle($(el, '[part="calendar-button"]')!).display).to.equal('none');
        expect(getComputedStyle($(el, '[part="controls"]')!).display).to.equal('none');
        expect(getComputedStyle(row(el, 'abstract')).color).to.equal(getComputedStyle(el).color);
      } else {
        expect(matchMedia('print').matches).to.equal(false);
      }
    } finally {
      if (emulated) await emulateMedia({ media: 'screen' });
    }
  });
});
