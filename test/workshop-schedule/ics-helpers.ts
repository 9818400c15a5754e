import { expect } from '@open-wc/testing';
import ICAL from 'ical.js';

/** Every event of an .ics text, parsed by a real iCalendar parser. */
export function parseIcs(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((v) => {
    const e = new ICAL.Event(v);
    return {
      uid: e.uid,
      summary: e.summary,
      description: e.description,
      location: e.location,
      url: v.getFirstPropertyValue('url') as string | null,
      start: e.startDate.toJSDate().getTime(),
      end: e.endDate.toJSDate().getTime(),
      utc: e.startDate.zone?.tzid === 'UTC' && e.endDate.zone?.tzid === 'UTC',
    };
  });
}

/** RFC 5545 3.1: every line ends in CRLF and is at most 75 octets. */
export function expectWellFormed(text: string) {
  expect(text.endsWith('\r\n')).to.equal(true);
  expect(text.replace(/\r\n/g, '')).not.to.match(/[\r\n]/);
  for (const line of text.split('\r\n')) expect(new TextEncoder().encode(line).length, line).to.be.at.most(75);
}
