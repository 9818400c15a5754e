// Issue 21, reproducer 9 (first bullet): U+2028, U+2029 and U+0085 in organizer text reached the .ics unescaped, and
// some calendar readers split the line there. Both .ics writers (schedule, important dates) are read by ical.js and
// by a strict line reader written from RFC 5545 (test/helpers/ics-strict.ts).
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import ICAL from 'ical.js';
import '../../src/index.js';
import type { ImportantDates } from '../../src/important-dates/important-dates.js';
import type { WorkshopSchedule } from '../../src/workshop-schedule/workshop-schedule.js';
import { strictIcsProblems } from '../helpers/ics-strict.js';

const BREAKS = 'one\u2028two\u2029three\u0085four';

async function offered(el: HTMLElement, button: HTMLElement): Promise<string> {
  const event = oneEvent(el, 'we-calendar-download');
  el.addEventListener('we-calendar-download', (e) => e.preventDefault(), { once: true });
  button.click();
  return (await event).detail.ics;
}

const events = (ics: string) => new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent');

describe('the strict .ics line reader', () => {
  it('refuses what RFC 5545 or a line-splitting reader would refuse', () => {
    const file = (line: string) => `BEGIN:VCALENDAR\r\n${line}\r\nEND:VCALENDAR\r\n`;
    expect(strictIcsProblems(file('SUMMARY:fine\\, escaped\\; text\\n'))).to.deep.equal([]);
    expect(strictIcsProblems(file('SUMMARY:a\u2028b'))[0]).to.contain('line break');
    expect(strictIcsProblems(file('SUMMARY:a\u0085b'))[0]).to.contain('line break');
    expect(strictIcsProblems(file('SUMMARY:a;b'))[0]).to.contain('unescaped ";"');
    expect(strictIcsProblems(file('SUMMARY:a\\xb'))[0]).to.contain('no TEXT escape');
    expect(strictIcsProblems(file(`SUMMARY:${'x'.repeat(80)}`))[0]).to.contain('octets');
    expect(strictIcsProblems(file('SUMMARY:a\nb'))[0]).to.contain('bare CR or LF');
    expect(strictIcsProblems('BEGIN:VCALENDAR\r\n')[0]).to.contain('unclosed');
  });
});

describe('.ics text with Unicode line and paragraph separators', () => {
  it('the schedule writes them as escaped newlines, on lines every reader keeps whole', async () => {
    const el = await fixture<WorkshopSchedule>(
      html`<workshop-schedule
        .items=${[{ id: 's', start: '09:00', end: '10:00', title: BREAKS, room: `Hall\u2028A`, abstract: BREAKS }]}
        timezone="America/Vancouver"
        date="2019-12-13"
      ></workshop-schedule>`,
    );
    await el.dataComplete;
    const ics = await offered(el, el.shadowRoot!.querySelector<HTMLElement>('[part="download"]')!);
    expect(strictIcsProblems(ics)).to.deep.equal([]);
    const [event] = events(ics);
    expect(event.getFirstPropertyValue('summary')).to.equal('one\ntwo\nthree\nfour');
    expect(event.getFirstPropertyValue('location')).to.equal('Hall\nA');
    expect(String(event.getFirstPropertyValue('description'))).to.contain('one\ntwo\nthree\nfour');
    await expect(el).to.be.accessible();
  });

  it('important dates write them as escaped newlines too', async () => {
    const el = await fixture<ImportantDates>(
      html`<important-dates
        .dates=${[{ id: 'd', label: BREAKS, date: '2019-09-13', time: '23:59', note: BREAKS }]}
        timezone="AoE"
        now="2019-09-01T00:00:00Z"
      ></important-dates>`,
    );
    await el.dataComplete;
    const ics = await offered(el, el.shadowRoot!.querySelector<HTMLElement>('[part="download"]')!);
    expect(strictIcsProblems(ics)).to.deep.equal([]);
    const [event] = events(ics);
    expect(event.getFirstPropertyValue('summary')).to.equal('one\ntwo\nthree\nfour');
    expect(String(event.getFirstPropertyValue('description'))).to.contain('one\ntwo\nthree\nfour');
    await expect(el).to.be.accessible();
  });
});
