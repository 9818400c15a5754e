import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { registerTranslation } from '../../src/index.js';
import { fill, type Message } from '../../src/internal/localize.js';
import { en } from '../../src/translations/en.js';
import type { SponsorStrip } from '../../src/sponsor-strip/sponsor-strip.js';
import type { WorkshopSchedule } from '../../src/workshop-schedule/workshop-schedule.js';
import { captureConsole } from '../helpers/console.js';
import { SHIPPED } from './languages.js';

const placeholders = (m: Message) =>
  [...new Set((typeof m === 'string' ? [m] : Object.values(m)).flatMap((t) => t!.match(/\{\w+\}/g) ?? []))].sort();
const text = (node: Element | ShadowRoot | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

// The schedule remembers "times in my zone" and stars per page in localStorage, and in Firefox and WebKit the test
// files share one storage: each test starts without another file's choice, and leaves none behind.
beforeEach(() => localStorage.clear());
afterEach(() => localStorage.clear());

describe('the shipped languages', () => {
  for (const [lang, terms] of Object.entries(SHIPPED)) {
    it(`${lang} has every English term and no other, with the same placeholders`, () => {
      expect(Object.keys(terms).sort()).to.deep.equal(Object.keys(en).sort());
      for (const [key, message] of Object.entries(en)) {
        const translated = terms[key as keyof typeof en];
        if (typeof translated !== 'string') expect(translated.other, `${lang} ${key}`).to.be.a('string');
        // A plural form may leave the number out ("ورقة واحدة"), never invent a placeholder.
        const own = placeholders(translated);
        for (const p of own) expect(placeholders(message), `${lang} ${key} ${p}`).to.include(p);
        if (typeof translated === 'string' || typeof message === 'string')
          expect(
            own.filter((p) => p !== '{n}'),
            `${lang} ${key}`,
          ).to.deep.equal(placeholders(message).filter((p) => p !== '{n}'));
      }
    });
  }

  it('chooses plural forms with Intl.PluralRules and formats numbers with Intl.NumberFormat', () => {
    const days = { one: '{n} day', other: '{n} days' };
    expect(fill(days, 'en', { n: 1 }).join('')).to.equal('1 day');
    expect(fill(days, 'en', { n: 1234 }).join('')).to.equal('1,234 days');
    expect(fill(SHIPPED.de.papersCount, 'de', { n: 1234 }).join('')).to.equal('1.234 Beiträge');
    expect(fill(SHIPPED.ar.papersCount, 'ar', { n: 2 }).join('')).to.equal('ورقتان');
    expect(fill(SHIPPED.ar.papersCount, 'ar', { n: 3 }).join('')).to.match(/أوراق$/);
    // Template arguments stay what they are, between the text.
    const time = document.createElement('time');
    expect(fill('until {time} in {place}', 'en', { time, place: 'Berlin' })).to.deep.equal([
      'until ',
      time,
      ' in ',
      'Berlin',
      '',
    ]);
  });
});

describe('the language of an element', () => {
  afterEach(() => document.documentElement.setAttribute('lang', 'en'));

  it('is the nearest lang, across a shadow root, and follows a change of <html lang>', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    host.attachShadow({ mode: 'open' }).innerHTML =
      '<section lang="de"><sponsor-strip sponsors=\'[{"name":"ACME"}]\'></sponsor-strip></section>';
    const inShadow = host.shadowRoot!.querySelector('sponsor-strip')!;
    const plain = await fixture<SponsorStrip>(html`<sponsor-strip .sponsors=${[{ name: 'ACME' }]}></sponsor-strip>`);
    await inShadow.updateComplete;
    const label = (el: SponsorStrip) => el.shadowRoot!.querySelector('[aria-label]')!.getAttribute('aria-label');
    expect(label(inShadow)).to.equal('Sponsoren');
    expect(label(plain)).to.equal('Sponsors');

    document.documentElement.setAttribute('lang', 'ar');
    await new Promise(requestAnimationFrame); // the MutationObserver's records, then the update
    await plain.updateComplete;
    expect(label(plain)).to.equal('الرعاة');
    expect(label(inShadow)).to.equal('Sponsoren'); // its own section still says German
    await expect(plain).to.be.accessible();
  });

  it("re-renders when the element's own lang changes", async () => {
    const el = await fixture<SponsorStrip>(html`<sponsor-strip .sponsors=${[{ name: 'ACME' }]}></sponsor-strip>`);
    el.setAttribute('lang', 'de');
    await new Promise(requestAnimationFrame);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[aria-label]')!.getAttribute('aria-label')).to.equal('Sponsoren');
  });
});

describe('times and days in the language', () => {
  it('writes 24-hour clocks where the language does, and localized day names', async () => {
    const items = [{ id: 'a', start: '09:00', end: '14:30', title: 'Eröffnung', type: 'other' }];
    const wrap = await fixture<HTMLDivElement>(
      html`${['de', 'ja', 'en-US'].map(
        (lang) =>
          html`<div lang=${lang}>
            <workshop-schedule .items=${items} timezone="Europe/Berlin" date="2026-03-02"></workshop-schedule>
          </div>`,
      )}`,
    );
    const [de, ja, en] = [...wrap.parentElement!.querySelectorAll<WorkshopSchedule>('workshop-schedule')];
    for (const el of [de, ja, en]) await el.updateComplete;
    const when = (el: WorkshopSchedule) => text(el.shadowRoot!.querySelector('.when'));
    const day = (el: WorkshopSchedule) => text(el.shadowRoot!.querySelector('[part~="day-heading"]'));
    expect(when(de)).to.match(/^09:00\s?–\s?14:30 MEZ$/);
    expect(day(de)).to.match(/^Montag, 2\. März 2026/);
    expect(when(ja)).to.match(/^09:00\s?–\s?14:30/);
    expect(day(ja)).to.include('月曜日');
    expect(when(en)).to.match(/^9:00\sAM\s?–\s?2:30\sPM/);
    expect(day(en)).to.match(/^Monday, March 2, 2026/);
  });
});

describe('registerTranslation and labels', () => {
  it('adds a language in one call; a term it lacks falls back to English, warned about once', async () => {
    const console = captureConsole();
    try {
      registerTranslation('nl', { sponsors: 'Sponsors van de workshop', supporters: 'Steunpilaren' });
      const el = await fixture<SponsorStrip>(
        html`<div lang="nl-BE">
          <sponsor-strip .sponsors=${[{ name: 'ACME', tier: 'Goud' }, { name: 'Beta' }]}></sponsor-strip>
          <sponsor-strip .sponsors=${[]}></sponsor-strip>
          <sponsor-strip .sponsors=${[]}></sponsor-strip>
        </div>`,
      ).then((div) => div.querySelector('sponsor-strip')!);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[aria-label]')!.getAttribute('aria-label')).to.equal(
        'Sponsors van de workshop',
      );
      expect(text(el.shadowRoot!.querySelector('[part~="untiered"] [part~="heading"]'))).to.equal('Steunpilaren');
      const empty = el.parentElement!.querySelectorAll('sponsor-strip');
      for (const e of empty) await e.updateComplete;
      expect(text(empty[1].shadowRoot!.querySelector('[part="empty"]'))).to.equal('No sponsors yet.');
      expect(console.warnings.filter((w) => w.includes('"noSponsors"'))).to.deep.equal([
        '<sponsor-strip>: the "nl-be" translation has no term "noSponsors"; English is used',
      ]);
      await expect(el).to.be.accessible();
    } finally {
      console.restore();
    }
  });

  it('overrides single terms of one element with labels, as JSON attribute or property, in any language', async () => {
    const items = [{ id: 'a', start: '09:00', end: '10:00', title: 'Eröffnung', type: 'other' }];
    const wrap = await fixture<HTMLDivElement>(
      html`<div lang="de">
        <workshop-schedule
          .items=${items}
          timezone="Europe/Berlin"
          date="2026-03-02"
          labels='{"typeOther": "Beitrag", "addToCalendar": "Vormerken"}'
        ></workshop-schedule>
        <workshop-schedule .items=${items} timezone="Europe/Berlin" date="2026-03-02"></workshop-schedule>
      </div>`,
    );
    const [labelled, plain] = wrap.querySelectorAll<WorkshopSchedule>('workshop-schedule');
    await labelled.updateComplete;
    await plain.updateComplete;
    const kind = (el: WorkshopSchedule) => text(el.shadowRoot!.querySelector('[part="kind"]'));
    expect(kind(labelled)).to.equal('Beitrag');
    expect(text(labelled.shadowRoot!.querySelector('[part="calendar-button"]'))).to.equal('Vormerken: Eröffnung');
    expect(kind(plain)).to.equal('Programmpunkt');
    plain.labels = { typeOther: 'Vortrag' };
    await plain.updateComplete;
    expect(kind(plain)).to.equal('Vortrag');
    await expect(labelled).to.be.accessible();
  });
});
