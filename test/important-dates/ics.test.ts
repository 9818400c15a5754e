import { expect } from '@open-wc/testing';
import ICAL from 'ical.js';
import { placeDates } from '../../src/important-dates/dates.js';
import { datesCalendar } from '../../src/important-dates/ics.js';
import { validateDates } from '../../src/important-dates/validate.js';
import { expectWellFormed } from '../workshop-schedule/ics-helpers.js';

const { data } = validateDates([
  { id: 'submission', label: 'Paper submission', date: '2019-09-13', time: '23:59', extended_from: '2019-09-06' },
  { label: 'Decisions', date: '2019-10-01', kind: 'notification' },
  { label: 'Camera-ready', date: '2019-10-27', timezone: 'Europe/Berlin', kind: 'camera-ready' },
  { label: 'Workshop', date: '2019-12-13', timezone: 'America/Vancouver', kind: 'event' },
]);
const { dates } = placeDates(data, { zone: 'AoE', viewer: 'UTC' });
const text = datesCalendar(dates, { page: 'https://example.org/smmal/', host: 'example.org', name: 'SMMaL 2019' });

/** The events as a real iCalendar parser (ical.js) reads them. */
const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((v) => {
  const e = new ICAL.Event(v);
  const alarm = v.getFirstSubcomponent('valarm');
  return {
    summary: e.summary,
    uid: e.uid,
    start: e.startDate.toJSDate().toISOString(),
    utc: e.startDate.zone?.tzid === 'UTC',
    dtend: v.getFirstPropertyValue('dtend') ? e.endDate.toJSDate().toISOString() : undefined,
    description: e.description,
    trigger: alarm?.getFirstProperty('trigger'),
  };
});

describe('important-dates: calendar export (.ics)', () => {
  it('is well-formed RFC 5545 with one event per date', () => {
    expectWellFormed(text);
    expect(text).to.include('PRODID:-//workshop-elements//important-dates//EN');
    expect(events.map((e) => e.summary)).to.deep.equal(['Paper submission', 'Decisions', 'Camera-ready', 'Workshop']);
  });

  it('writes a deadline as its exact instant in UTC, with no end: AoE 23:59 on Sep 13 is 11:59 UTC on Sep 14', () => {
    expect(text).to.include('DTSTART:20190914T115900Z');
    expect(events[0]).to.deep.include({ start: '2019-09-14T11:59:00.000Z', utc: true, dtend: undefined });
    expect(events[0].description).to.include('Sep 13, 2019, 23:59 AoE');
    expect(events[0].description).to.include('Extended from Sep 6, 2019, 23:59');
    expect(events[0].description).to.include('https://example.org/smmal/#submission');
  });

  it('writes a whole day as its exact span in its own zone', () => {
    expect(events[1]).to.deep.include({ start: '2019-10-01T12:00:00.000Z', dtend: '2019-10-02T12:00:00.000Z' });
    // 25 hours: Berlin's clocks go back that night.
    expect(events[2]).to.deep.include({ start: '2019-10-26T22:00:00.000Z', dtend: '2019-10-27T23:00:00.000Z' });
    expect(events[3]).to.deep.include({ start: '2019-12-13T08:00:00.000Z', dtend: '2019-12-14T08:00:00.000Z' });
  });

  it('reminds one day before each deadline (camera-ready too), not before notifications or events', () => {
    for (const i of [0, 2]) {
      const trigger = events[i].trigger!;
      expect(trigger.getParameter('related')).to.equal('END');
      expect((trigger.getFirstValue() as ICAL.Duration).toSeconds()).to.equal(-86_400);
    }
    expect(events[1].trigger).to.equal(undefined);
    expect(events[3].trigger).to.equal(undefined);
    expect(text.match(/BEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER;RELATED=END:-P1D\r\n/g)).to.have.length(2);
  });

  it('gives each date a stable UID from its id and the page', () => {
    const again = datesCalendar(dates, { page: 'https://example.org/smmal/', host: 'example.org' });
    expect(events[0].uid).to.match(/^submission-[a-z0-9]+@example\.org$/);
    expect(again).to.include(`UID:${events[0].uid}`);
    const other = datesCalendar(dates, { page: 'https://example.org/other/', host: 'example.org' });
    expect(other).not.to.include(`UID:${events[0].uid}`);
  });
});
