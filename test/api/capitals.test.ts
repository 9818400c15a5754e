/**
 * Words drawn in capitals (the sponsors' tier headings, a speaker's role, a session's type) are read as written. With
 * `text-transform: uppercase`, Chromium and WebKit expose "GOLD" to assistive technology (their accessibility trees
 * say so), which some screen readers spell out or read as an acronym; the elements draw small capitals with the
 * font instead (`font-variant-caps`), which changes no character. `innerText` is the rendered text in every engine
 * (it applies `text-transform`), and the browser's own accessible name is checked where the engine tells it.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { SpeakerCard } from '../../src/speaker-card/speaker-card.js';
import type { SponsorStrip } from '../../src/sponsor-strip/sponsor-strip.js';
import type { WorkshopSchedule } from '../../src/workshop-schedule/workshop-schedule.js';
import { browserAccessibleName } from '../helpers/accessible-name.js';

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector)!;
const smallCaps = (el: Element) => getComputedStyle(el).fontVariantCaps;

describe('capitals are read as written', () => {
  it('<sponsor-strip>: a tier heading shows capitals and is named "Gold"', async () => {
    const el = await fixture<SponsorStrip>(
      html`<sponsor-strip
        lang="en"
        .sponsors=${[
          { name: 'Uber AI', tier: 'Gold' },
          { name: 'DeepMind', tier: 'Silver' },
        ]}
      ></sponsor-strip>`,
    );
    const heading = $(el, '[part~="tier-heading"]');
    expect(heading.innerText.trim()).to.equal('Gold');
    expect(smallCaps(heading)).to.equal('all-small-caps');
    const name = await browserAccessibleName(heading);
    if (name !== null) expect(name).to.equal('Gold');
    await expect(el).to.be.accessible();
  });

  it('<speaker-card>: the role shows capitals and reads as written', async () => {
    const el = await fixture<SpeakerCard>(
      html`<speaker-card lang="en" .speaker=${{ name: 'Jane Doe', role: 'Invited speaker' }}></speaker-card>`,
    );
    await el.updateComplete;
    const role = $(el, '[part~="role"]');
    expect(role.innerText.trim()).to.equal('Invited speaker');
    expect(smallCaps(role)).to.equal('all-small-caps');
    await expect(el).to.be.accessible();
  });

  it("<workshop-schedule>: a session's type shows capitals and reads as written", async () => {
    const el = await fixture<WorkshopSchedule>(
      html`<workshop-schedule
        lang="en"
        timezone="Europe/Vienna"
        .items=${[{ start: '09:00', end: '10:00', title: 'Opening keynote', type: 'keynote' }]}
      ></workshop-schedule>`,
    );
    await el.dataComplete;
    const kind = $(el, '[part~="kind"]');
    expect(kind.innerText.trim()).to.equal('Invited talk');
    expect(smallCaps(kind)).to.equal('all-small-caps');
    await expect(el).to.be.accessible();
  });
});
