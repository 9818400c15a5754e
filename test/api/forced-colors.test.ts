/**
 * Forced colours (Windows High Contrast): the browser paints with the visitor's few system colours and drops
 * backgrounds and shadows. Found in the host-page trial: the pressed half of "In the room" / "Online", the time-zone
 * toggle and "My program" looked unpressed; the running session, the next deadline and its countdown lost their
 * marks; the timeline lost its line and filled dots; the sponsors' plate was painted over.
 * Chromium emulates the mode (web-test-runner.config.mjs, `emulate-forced-colors`) and the computed styles are
 * checked; Firefox and WebKit cannot emulate it here, so there the rules themselves are checked.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/index.js';
import type { ImportantDates } from '../../src/important-dates/important-dates.js';
import type { SponsorStrip } from '../../src/sponsor-strip/sponsor-strip.js';
import type { WorkshopSchedule } from '../../src/workshop-schedule/workshop-schedule.js';
import { mediaRules } from '../helpers/media.js';

const TRANSPARENT = 'rgba(0, 0, 0, 0)';
let emulated = false;

before(async () => {
  emulated =
    (await executeServerCommand<boolean, { active: boolean }>('emulate-forced-colors', { active: true })) === true;
  if (emulated) expect(matchMedia('(forced-colors: active)').matches, 'emulated').to.equal(true);
});
after(async () => {
  await executeServerCommand('emulate-forced-colors', { active: false });
});

/**
 * Selectors of the element's forced-colours rules that set `property` (where the mode cannot be emulated); any rule
 * where the engine does not know the property (WebKit and `forced-color-adjust`).
 */
const forcedRules = (el: Element, property: string) =>
  mediaRules(el, /forced-colors:\s*active/)
    .filter((r) => !CSS.supports(property, 'initial') || r.style.getPropertyValue(property) !== '')
    .map((r) => r.selectorText.replace(/"/g, "'"))
    .join(', ');

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector)!;

// The schedule remembers "times in my zone" and stars per page in localStorage, and in Firefox and WebKit the test
// files share one storage: each test starts without another file's choice, and leaves none behind.
beforeEach(() => localStorage.clear());
afterEach(() => localStorage.clear());

describe('forced colours: <workshop-schedule>', () => {
  it('shows which toggle is pressed, and the running session’s edge', async () => {
    const el = await fixture<WorkshopSchedule>(
      html`<workshop-schedule
        lang="en"
        .items=${[
          { start: '09:00', end: '10:00', title: 'Opening keynote', type: 'keynote' },
          { start: '10:00', end: '11:00', title: 'Posters', type: 'poster' },
        ]}
        timezone="America/Vancouver"
        viewer-timezone="Europe/Berlin"
        date="2019-12-13"
        now="2019-12-13T09:30-08:00"
      ></workshop-schedule>`,
    );
    await el.dataComplete;
    $<HTMLButtonElement>(el, '[part~="zone-toggle"]').click();
    $<HTMLButtonElement>(el, '[part~="star"]').click();
    await el.updateComplete;
    const pressed = $(el, '[part~="zone-toggle"]');
    const unpressed = $(el, '[part~="favorites-toggle"]');
    expect(pressed.getAttribute('aria-pressed')).to.equal('true');
    expect(unpressed.getAttribute('aria-pressed')).to.equal('false');
    const live = $(el, '.session.is-live');
    if (emulated) {
      const [on, off] = [getComputedStyle(pressed), getComputedStyle(unpressed)];
      expect(on.backgroundColor).to.not.equal(off.backgroundColor);
      expect(on.color).to.not.equal(off.color);
      const star = getComputedStyle($(el, '[part~="star"][aria-pressed="true"]'));
      expect(star.backgroundColor).to.equal(on.backgroundColor);
      expect(getComputedStyle(live).borderInlineStartWidth).to.equal('4px');
    } else {
      expect(forcedRules(el, 'background')).to.contain("button[aria-pressed='true']").and.contain('.star');
      expect(forcedRules(el, 'border-inline-start')).to.contain('.session.is-live');
    }
    await expect(el).to.be.accessible();
  });
});

describe('forced colours: <important-dates>', () => {
  const dates = [
    { label: 'Abstract', date: '2019-09-06', time: '23:59' },
    { label: 'Paper submission', date: '2019-09-13', time: '23:59' },
    { label: 'Workshop', date: '2019-12-13', kind: 'event' },
  ];
  const mount = async (layout: string) => {
    const el = await fixture<ImportantDates>(
      html`<important-dates
        lang="en"
        .dates=${dates}
        timezone="AoE"
        viewer-timezone="Europe/Berlin"
        now="2019-09-10T00:00:00Z"
        layout=${layout}
      ></important-dates>`,
    );
    await el.dataComplete;
    return el;
  };

  it('keeps the next deadline’s edge and countdown badge', async () => {
    const el = await mount('table');
    const next = $(el, 'tr.is-next');
    const countdown = $(el, '[part~="countdown"]');
    if (emulated) {
      expect(getComputedStyle(next).borderInlineStartWidth).to.equal('4px');
      expect(getComputedStyle(countdown).backgroundColor).to.not.be.oneOf([TRANSPARENT, getComputedStyle(el).color]);
    } else {
      expect(forcedRules(el, 'border-inline-start')).to.contain('tr.is-next');
      expect(forcedRules(el, 'background')).to.contain('.countdown');
    }
    await expect(el).to.be.accessible();
  });

  it('keeps the timeline’s line, and fills the past and next dots', async () => {
    const el = await mount('timeline');
    const [past, next, later] = [...el.shadowRoot!.querySelectorAll('ol.timeline > li')];
    if (emulated) {
      const dot = (li: Element) => getComputedStyle(li, '::after').backgroundColor;
      expect(getComputedStyle(past, '::before').backgroundColor).to.not.equal(TRANSPARENT);
      expect(dot(past)).to.not.equal(dot(later));
      expect(dot(next)).to.not.equal(dot(later));
      expect(dot(next)).to.not.equal(dot(past));
    } else {
      const filled = forcedRules(el, 'background');
      expect(filled).to.contain('li::before').and.contain('li.is-past::after').and.contain('li.is-next::after');
    }
    await expect(el).to.be.accessible();
  });
});

describe('forced colours: <sponsor-strip>', () => {
  it('the sponsors’ plate stays light behind dark logos', async () => {
    const el = await fixture<SponsorStrip>(
      html`<sponsor-strip
        lang="en"
        plate
        style="--we-sponsor-plate-color: rgb(250, 250, 240)"
        .sponsors=${[{ name: 'MERL' }, { name: 'Uber AI' }]}
      ></sponsor-strip>`,
    );
    await el.dataComplete;
    const frame = $(el, '[part~="frame"]');
    if (emulated) expect(getComputedStyle(frame).backgroundColor).to.equal('rgb(250, 250, 240)');
    else expect(forcedRules(el, 'forced-color-adjust')).to.contain(".plate [part~='frame']");
    await expect(el).to.be.accessible();
  });
});
