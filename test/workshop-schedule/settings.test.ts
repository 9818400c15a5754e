import { expect } from '@open-wc/testing';
import type { ScheduleItem } from '../../src/workshop-schedule/types.js';
import { captureConsole } from '../helpers/console.js';
import { $, $$, clean, loadData, mount, text, visibleSessions } from './element-helpers.js';

before(loadData);
beforeEach(clean);
afterEach(clean);

const items: ScheduleItem[] = [
  { start: '08:30 AM', title: 'Opening Remarks', type: 'remarks' },
  { start: '01:40 PM', end: '02:20 PM', title: 'DGM: A deep learning algorithm' },
];
const times = (el: HTMLElement) => $$(el, '.when').map((w) => text(w));

describe('<workshop-schedule> settings as people write them', function () {
  this.timeout(30_000);

  it('shows every session with its times as written under a timezone typo, the error above, toggle and export off', async () => {
    const console_ = captureConsole();
    try {
      const el = await mount({ items, timezone: 'America/Vancover', viewer: 'Europe/Paris' });
      const box = $(el, '[part="error"]')!;
      expect(box.getAttribute('role')).to.equal('alert');
      expect(text(box)).to.contain('did you mean "America/Vancouver"?').and.contain('as written');
      expect(visibleSessions(el)).to.have.length(2);
      expect(times(el)).to.deep.equal(['8:30 AM–1:40 PM', '1:40 PM–2:20 PM']);
      const toggle = $<HTMLButtonElement>(el, '[part="zone-toggle"]')!;
      const download = $<HTMLButtonElement>(el, '[part="download"]')!;
      const perSession = $$<HTMLButtonElement>(el, '[part="calendar-button"]');
      for (const button of [toggle, download, ...perSession]) {
        expect(button.disabled).to.equal(true);
        expect(el.shadowRoot!.getElementById(button.getAttribute('aria-describedby')!)).to.equal(box);
      }
      expect(console_.errors).to.have.length(1);
      expect(console_.errors[0]).to.contain('America/Vancover');
      await expect(el).to.be.accessible();
      el.timezone = 'America/Vancouver';
      await el.updateComplete;
      expect($(el, '[part="error"]')).to.equal(null);
      expect($<HTMLButtonElement>(el, '[part="download"]')!.disabled).to.equal(false);
      expect(times(el)).to.deep.equal(['8:30 AM–1:40 PM PST', '1:40 PM–2:20 PM PST']);
    } finally {
      console_.restore();
    }
  });

  it('shows the program as written under a date it cannot read, with the date as written and the ISO form to write', async () => {
    const console_ = captureConsole();
    try {
      const el = await mount({ items, date: '05/06/2019' });
      expect(text($(el, '[part="error"]'))).to.contain('2019-06-05 (day first) or 2019-05-06');
      expect(text($(el, '[part~="day-heading"]'))).to.equal('05/06/2019 8:30 AM–2:20 PM');
      expect(times(el)).to.deep.equal(['8:30 AM–1:40 PM', '1:40 PM–2:20 PM']);
      expect(console_.errors).to.have.length(1);
    } finally {
      console_.restore();
    }
  });

  it('reads "Pacific Time", "UTC-8" and "December 13, 2019", warning about the zones', async () => {
    const console_ = captureConsole();
    try {
      const el = await mount({ items, timezone: 'Pacific Time', date: 'December 13, 2019' });
      expect($(el, '[part="error"]')).to.equal(null);
      expect(text($(el, '[part~="day-heading"]'))).to.equal('Friday, December 13, 2019 8:30 AM–2:20 PM PST');
      expect(times(el)).to.deep.equal(['8:30 AM–1:40 PM PST', '1:40 PM–2:20 PM PST']);
      expect(console_.warnings).to.have.length(1);
      expect(console_.warnings[0]).to.contain('"Pacific Time"').and.contain('America/Los_Angeles');
      el.timezone = 'UTC-8';
      await el.updateComplete;
      expect($(el, 'time')!.getAttribute('datetime')).to.equal('2019-12-13T16:30:00.000Z');
      expect(console_.warnings[1]).to.contain('daylight saving');
      expect(console_.errors).to.deep.equal([]);
    } finally {
      console_.restore();
    }
  });

  it('reads date="13/12/2019" (one day only: there is no month 13) as that day, with the ISO form to write', async () => {
    const console_ = captureConsole();
    try {
      const el = await mount({ items, timezone: 'America/Vancouver', date: '13/12/2019' });
      expect($(el, '[part="error"]')).to.equal(null);
      expect(text($(el, '[part~="day-heading"]'))).to.equal('Friday, December 13, 2019 8:30 AM–2:20 PM PST');
      expect(console_.warnings).to.have.length(1);
      expect(console_.warnings[0]).to.contain('date "13/12/2019" is read as 2019-12-13');
      await expect(el).to.be.accessible();
    } finally {
      console_.restore();
    }
  });
});

describe('<workshop-schedule> what the seed page says', function () {
  this.timeout(30_000);

  it("shows the day's hours and the event-wide room, and links on a section heading", async () => {
    const el = await mount({
      items: [
        { section: 'Morning', links: [{ label: 'Recording', url: 'https://bluejeans.com/s/KAsSh' }] },
        { start: '08:30 AM', title: 'Opening Remarks', type: 'remarks' },
        { start: '06:00 PM', end: '06:30 PM', title: 'Closing Remarks', type: 'remarks' },
      ],
    });
    el.room = 'Room 512 CDGH';
    await el.updateComplete;
    expect(text($(el, '[part="day-hours"]'))).to.equal('8:30 AM–6:30 PM PST · Room 512 CDGH');
    const section = $(el, '[part="section"]')!;
    expect(text(section.querySelector('[part~="section-heading"]'))).to.equal('Morning');
    expect(section.querySelector('a')!.getAttribute('href')).to.equal('https://bluejeans.com/s/KAsSh');
    await expect(el).to.be.accessible();
  });
});
