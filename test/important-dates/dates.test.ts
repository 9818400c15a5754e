import { expect } from '@open-wc/testing';
import { dateStatus, nextDeadline, placeDates, type PlacedDate } from '../../src/important-dates/dates.js';
import { validateDates } from '../../src/important-dates/validate.js';
import { normalizeZone, zoneCity } from '../../src/important-dates/zone.js';

const iso = (t: number) => new Date(t).toISOString();

/** Validates and places organizer data; fails the test on a validation problem unless `problems` is allowed. */
function place(raw: unknown[], options: { zone?: string; viewer?: string; eventDate?: string } = {}) {
  const validated = validateDates(raw);
  const placed = placeDates(validated.data, { viewer: 'Europe/Berlin', ...options });
  return { ...placed, validation: validated.problems };
}

const one = (raw: object, options?: { zone?: string; viewer?: string }): PlacedDate => {
  const { dates, problems, validation } = place([raw], options);
  expect(validation, 'validation problems').to.deep.equal([]);
  expect(problems, 'problems').to.deep.equal([]);
  return dates[0];
};

describe('important-dates: AoE and zone arithmetic', () => {
  it('AoE 23:59 on Sep 13 is 11:59 UTC on Sep 14', () => {
    const d = one({ label: 'Paper submission', date: '2019-09-13', time: '23:59', timezone: 'AoE' });
    expect(iso(d.at)).to.equal('2019-09-14T11:59:00.000Z');
    expect(d.zone).to.equal('AoE');
  });

  it('reads AoE in any case and as "Anywhere on Earth"; IANA names as written; refuses the rest', () => {
    expect(normalizeZone('aoe')).to.equal('AoE');
    expect(normalizeZone(' Anywhere on Earth ')).to.equal('AoE');
    expect(normalizeZone('Pacific/Kiritimati')).to.equal('Pacific/Kiritimati');
    expect(normalizeZone('Pacific Time')).to.equal(undefined);
    expect(normalizeZone('')).to.equal(undefined);
  });

  it('a date without a time is the whole day there: from 00:00 to 23:59:59', () => {
    const d = one({ label: 'Decisions', date: '2019-11-09', timezone: 'America/Los_Angeles', kind: 'notification' });
    expect(iso(d.start)).to.equal('2019-11-09T08:00:00.000Z');
    expect(iso(d.at)).to.equal('2019-11-10T07:59:59.000Z');
    expect(iso(d.end)).to.equal('2019-11-10T08:00:00.000Z');
  });

  it('a whole day across a clock change is 25 hours long (Berlin, Oct 27 2019)', () => {
    const d = one({ label: 'Camera-ready', date: '2019-10-27', timezone: 'Europe/Berlin' });
    expect(iso(d.start)).to.equal('2019-10-26T22:00:00.000Z');
    expect(iso(d.end)).to.equal('2019-10-27T23:00:00.000Z');
  });

  it("uses the element's zone for dates without their own, silently", () => {
    const { dates, problems } = place([{ label: 'Submission', date: '2019-09-13', time: '12:00' }], {
      zone: 'Asia/Kolkata',
    });
    expect(iso(dates[0].at)).to.equal('2019-09-13T06:30:00.000Z');
    expect(dates[0].assumedZone).to.equal(false);
    expect(problems).to.deep.equal([]);
  });

  it("without any zone assumes the visitor's and says which one, naming the field", () => {
    const { dates, problems } = place([{ label: 'Submission', date: '2019-09-13', time: '12:00' }], {
      viewer: 'America/St_Johns',
    });
    expect(iso(dates[0].at)).to.equal('2019-09-13T14:30:00.000Z'); // NDT, UTC−2:30
    expect(dates[0].assumedZone).to.equal(true);
    expect(problems).to.have.length(1);
    expect(problems[0].path).to.equal('dates[0].timezone');
    expect(problems[0].message).to.include("assumed the visitor's own zone (America/St_Johns)");
  });

  it('names exemplar cities for zones', () => {
    expect(zoneCity('Europe/Berlin')).to.equal('Berlin');
    expect(zoneCity('Pacific/Pago_Pago')).to.equal('Pago Pago');
    expect(zoneCity('America/Argentina/Buenos_Aires')).to.equal('Buenos Aires');
    expect(zoneCity('UTC')).to.equal(undefined);
    expect(zoneCity('Etc/GMT+12')).to.equal(undefined);
  });
});

describe('important-dates: mistakes organizers make', () => {
  it('flags an extension that is not later than the original, and keeps both', () => {
    const { dates, problems } = place([
      { label: 'Submission', date: '2019-09-06', time: '23:59', timezone: 'AoE', extended_from: '2019-09-13' },
    ]);
    expect(dates[0].extendedFrom?.date).to.equal('2019-09-13');
    expect(problems.map((p) => p.path)).to.deep.equal(['dates[0].extended_from']);
    expect(problems[0].message).to.include('not before the new date 2019-09-06 23:59');
  });

  it('an extension written as a day keeps the new time; one with a time keeps its own', () => {
    const a = one({ label: 'A', date: '2019-09-13', time: '23:59', timezone: 'AoE', extended_from: '2019-09-06' });
    expect(iso(a.extendedFrom!.at)).to.equal('2019-09-07T11:59:00.000Z');
    const b = one({
      label: 'B',
      date: '2019-09-13',
      time: '23:59',
      timezone: 'AoE',
      extended_from: '2019-09-06T12:00',
    });
    expect(iso(b.extendedFrom!.at)).to.equal('2019-09-07T00:00:00.000Z');
  });

  it('flags the same date with a different label (a copied row), and the same one listed twice', () => {
    const { problems } = place(
      [
        { label: 'Abstract', date: '2019-09-06', time: '23:59' },
        { label: 'Paper', date: '2019-09-06', time: '23:59' },
        { label: 'Paper', date: '2019-09-06', time: '23:59' },
        { label: 'Other time, same day', date: '2019-09-06', time: '12:00' },
      ],
      { zone: 'AoE' },
    );
    expect(problems.map((p) => p.path)).to.deep.equal(['dates[1].date', 'dates[2].date']);
    expect(problems[0].message).to.include('dates[0] ("Abstract") with a different label');
    expect(problems[1].message).to.include('listed twice');
  });

  it('flags a deadline after event-date, in the zone of the element (a 2018 typo reads fine otherwise)', () => {
    const { problems } = place(
      [
        { label: 'Submission', date: '2019-11-01', time: '23:59' },
        { label: 'On the day', date: '2019-12-13', time: '08:00' },
        { label: 'Late', date: '2019-12-14', time: '00:00', kind: 'camera-ready' },
        { label: 'Social', date: '2019-12-14', kind: 'event' },
      ],
      { zone: 'America/Vancouver', eventDate: '2019-12-13' },
    );
    expect(problems.map((p) => p.path)).to.deep.equal(['dates[2].date']);
    expect(problems[0].message).to.include('after the event itself (event-date 2019-12-13)');
  });

  it('makes ids unique, derives missing ones from the label, and says when a written id was changed', () => {
    const { dates, problems } = place(
      [
        { id: 'x', label: 'One', date: '2019-09-01' },
        { id: 'x', label: 'Two', date: '2019-09-02' },
        { label: 'Paper Submission!', date: '2019-09-03' },
      ],
      { zone: 'AoE' },
    );
    expect(dates.map((d) => d.id)).to.deep.equal(['x', 'x-2', 'paper-submission']);
    expect(problems.map((p) => p.path)).to.deep.equal(['dates[1].id']);
  });

  it('sorts by when each date starts, whatever the data order', () => {
    const { dates } = place(
      [
        { label: 'Workshop', date: '2019-12-13', kind: 'event' },
        { label: 'Submission', date: '2019-09-13', time: '23:59' },
        { label: 'Early in Kiritimati', date: '2019-09-14', time: '01:00', timezone: 'Pacific/Kiritimati' },
      ],
      { zone: 'AoE' },
    );
    // 01:00 on Sep 14 in Kiritimati (UTC+14) is 11:00 UTC on Sep 13, before AoE 23:59 on Sep 13 (11:59 UTC Sep 14).
    expect(dates.map((d) => d.label)).to.deep.equal(['Early in Kiritimati', 'Submission', 'Workshop']);
  });
});

describe('important-dates: what is past and what is next', () => {
  const { dates } = place(
    [
      { label: 'Abstract', date: '2019-09-06', time: '23:59' },
      { label: 'Paper', date: '2019-09-13', time: '23:59' },
      { label: 'Decisions', date: '2019-10-01', kind: 'notification' },
      { label: 'Camera-ready', date: '2019-10-20', kind: 'camera-ready' },
    ],
    { zone: 'AoE' },
  );

  it('the next deadline skips notifications and passed deadlines; camera-ready counts', () => {
    expect(nextDeadline(dates, Date.parse('2019-09-10T00:00Z'))?.label).to.equal('Paper');
    expect(nextDeadline(dates, Date.parse('2019-09-14T11:59Z'))?.label).to.equal('Camera-ready');
    expect(nextDeadline(dates, Date.parse('2019-10-21T12:00Z'))).to.equal(undefined);
  });

  it('a deadline is past from its minute on; a whole day once it is over; a notification day is "now" during it', () => {
    const paper = dates[1];
    expect(dateStatus(paper, Date.parse('2019-09-14T11:58:59Z'))).to.equal('upcoming');
    expect(dateStatus(paper, Date.parse('2019-09-14T11:59Z'))).to.equal('past');
    const decisions = dates[2];
    expect(dateStatus(decisions, Date.parse('2019-10-01T11:59Z'))).to.equal('upcoming');
    expect(dateStatus(decisions, Date.parse('2019-10-01T12:00Z'))).to.equal('now');
    expect(dateStatus(decisions, Date.parse('2019-10-02T11:59:59Z'))).to.equal('now');
    expect(dateStatus(decisions, Date.parse('2019-10-02T12:00Z'))).to.equal('past');
  });
});
