// The same dates seen from the zones where deadlines go wrong: UTC+14, UTC−11, half-hour offsets, and Berlin across
// the October clock change. Pure functions with the visitor's zone given, so every engine checks the same thing;
// important-dates.test.ts proves the element takes that zone from the browser.
import { expect } from '@open-wc/testing';
import { countdownText } from '../../src/important-dates/countdown.js';
import { DATES_TERMS } from '../../src/important-dates/terms.js';
import { english } from '../helpers/terms.js';

const t = english(DATES_TERMS);
import { nextDeadline, placeDates, type PlacedDate } from '../../src/important-dates/dates.js';
import { localView, writtenText, zoneLabel } from '../../src/important-dates/format.js';
import { validateDates } from '../../src/important-dates/validate.js';

const place = (raw: object[]): PlacedDate[] => {
  const validated = validateDates(raw);
  expect(validated.problems).to.deep.equal([]);
  return placeDates(validated.data, { viewer: 'UTC', zone: 'AoE' }).dates;
};

const [submission] = place([{ label: 'Paper submission', date: '2019-09-13', time: '23:59' }]);

describe('important-dates: AoE 23:59 on Sep 13, 2019, seen from five zones', () => {
  it('is written as the organizer wrote it, whatever the zone', () => {
    expect(`${writtenText(submission.date, submission.seconds, 'en-US')} ${zoneLabel('AoE', submission.at)}`).to.equal(
      'Sep 13, 2019, 23:59 AoE',
    );
    expect(new Date(submission.at).toISOString()).to.equal('2019-09-14T11:59:00.000Z');
  });

  const cases: [zone: string, text: string, place: string, shift: number][] = [
    ['Pacific/Kiritimati', 'Sep 15, 01:59', 'Kiritimati', 2],
    ['Pacific/Pago_Pago', 'Sep 14, 00:59', 'Pago Pago', 1],
    ['Asia/Kolkata', 'Sep 14, 17:29', 'Kolkata', 1],
    ['America/St_Johns', 'Sep 14, 09:29', 'St Johns', 1],
    ['Europe/Berlin', 'Sep 14, 13:59', 'Berlin', 1],
  ];
  for (const [zone, text, where, shift] of cases) {
    it(`${zone}: ${text}, ${shift > 0 ? '+' : ''}${shift} day`, () => {
      const local = localView(submission, zone, 'en-US')!;
      expect(local.form).to.equal('at');
      expect(local.times.map((t) => t.text)).to.deep.equal([text]);
      expect(local.times[0].at).to.equal(submission.at);
      expect(local.place).to.equal(where);
      expect(local.shift).to.equal(shift);
    });
  }

  it('shows no conversion to a visitor whose clock reads the same (Etc/GMT+12 is AoE)', () => {
    expect(localView(submission, 'Etc/GMT+12', 'en-US')).to.equal(undefined);
  });

  it('a day earlier where the day has not begun: 00:30 in Kiritimati is the day before in Pago Pago', () => {
    const [d] = place([{ label: 'Rebuttal', date: '2019-09-14', time: '00:30', timezone: 'Pacific/Kiritimati' }]);
    const local = localView(d, 'Pacific/Pago_Pago', 'en-US')!;
    expect(local.times[0].text).to.equal('Sep 12, 23:30');
    expect(local.shift).to.equal(-2);
  });

  it('shows the year where the visitor is already in the next one', () => {
    const [d] = place([{ label: 'Late', date: '2019-12-31', time: '23:59' }]);
    expect(localView(d, 'Pacific/Kiritimati', 'en-US')!.times[0].text).to.equal('Jan 2, 2020, 01:59');
  });

  it('a whole-day deadline shows until when, a whole-day event its span', () => {
    const [deadline, day] = place([
      { label: 'Abstract', date: '2019-09-06' },
      { label: 'Workshop', date: '2019-12-13', timezone: 'America/Vancouver', kind: 'event' },
    ]);
    const until = localView(deadline, 'Asia/Kolkata', 'en-US')!;
    expect(until.form).to.equal('until');
    expect(until.times.map((t) => t.text)).to.deep.equal(['Sep 7, 17:29']);
    const span = localView(day, 'Europe/Berlin', 'en-US')!;
    expect(span.form).to.equal('range');
    expect(span.times.map((t) => t.text)).to.deep.equal(['Dec 13, 09:00', 'Dec 14, 08:59']);
  });
});

describe('important-dates: Berlin across the October 2019 clock change (Oct 27, 03:00 CEST → 02:00 CET)', () => {
  const dates = place([
    { label: 'Before', date: '2019-10-25', time: '23:59' },
    { label: 'After', date: '2019-10-26', time: '23:59' },
    { label: 'Local', date: '2019-10-28', time: '12:00', timezone: 'Europe/Berlin' },
  ]);

  it('converts with the offset of each instant: 13:59 CEST before, 12:59 CET after', () => {
    expect(localView(dates[0], 'Europe/Berlin', 'en-US')!.times[0].text).to.equal('Oct 26, 13:59');
    expect(localView(dates[1], 'Europe/Berlin', 'en-US')!.times[0].text).to.equal('Oct 27, 12:59');
    expect(zoneLabel('Europe/Berlin', dates[2].at, 'en-US')).to.equal('GMT+1 (Berlin)');
  });

  it('counts down in elapsed time: from 14:00 CEST on Oct 26 to 12:00 CET on Oct 28 is 1 day 23 h, not 22 h', () => {
    const now = Date.parse('2019-10-26T14:00:00+02:00');
    expect(countdownText(dates[2].at - now, t)).to.equal('1 day 23 h left');
    expect(nextDeadline(dates, now)?.label).to.equal('After');
    expect(countdownText(dates[1].at - now, t)).to.equal('23 h 59 min left'); // 11:59 UTC Oct 27 − 12:00 UTC Oct 26
  });
});
