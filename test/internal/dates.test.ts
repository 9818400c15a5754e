import { expect } from '@open-wc/testing';
import { readClockNumber, readClockText, readDate } from '../../src/internal/dates.js';

const h = (hours: number, minutes = 0, seconds = 0) => hours * 3600 + minutes * 60 + seconds;

describe('readClockText: times as people write them', () => {
  it('reads 12-hour times in any case and spacing, with or without minutes', () => {
    const cases: [string, number][] = [
      ['01:40 PM', h(13, 40)],
      ['1:40 PM', h(13, 40)],
      ['01:40pm', h(13, 40)],
      ['2:50 pm', h(14, 50)],
      ['9:30 AM', h(9, 30)],
      ['9 AM', h(9)],
      ['9am', h(9)],
      ['9 a.m.', h(9)],
      ['12:00 PM', h(12)],
      ['12:15 AM', h(0, 15)],
      ['12 am', 0],
      ['12:00 noon', h(12)],
      ['noon', h(12)],
      ['midnight', 0],
      ['11:59:30 PM', h(23, 59, 30)],
    ];
    for (const [text, seconds] of cases) expect(readClockText(text), text).to.deep.equal({ seconds });
  });

  it('reads 24-hour times with ":", "h" or "." and seconds', () => {
    const cases: [string, number][] = [
      ['13:40', h(13, 40)],
      ['8:30', h(8, 30)],
      ['13h40', h(13, 40)],
      ['13H40', h(13, 40)],
      ['9h', h(9)],
      ['13.40', h(13, 40)],
      ['13:40:00', h(13, 40)],
      ['24:00', h(24)],
    ];
    for (const [text, seconds] of cases) expect(readClockText(text), text).to.deep.equal({ seconds });
  });

  it('refuses what is not a time of day', () => {
    for (const text of ['13', '25:00', '08:61', '13:40 PM', '0 AM', 'half past eight', '', '1:4 PM', '12:00:60'])
      expect(readClockText(text), text).to.equal(undefined);
  });
});

describe('readClockNumber: times YAML made into numbers', () => {
  it('reads whole minutes after midnight (an unquoted 09:30) silently', () => {
    expect(readClockNumber(34_200)).to.deep.equal({ seconds: h(9, 30) });
    expect(readClockNumber(0)).to.deep.equal({ seconds: 0 });
    expect(readClockNumber(86_400)).to.deep.equal({ seconds: h(24) });
  });

  it('reads an hour alone (16) as 16:00, with a warning that says to write "16:00"', () => {
    const r = readClockNumber(16)!;
    expect(r.seconds).to.equal(h(16));
    expect(r.warning).to.contain('16:00').and.contain('quotes');
  });

  it("reads YAML's 13.4 (from 13.40) as 13:40 and 9.05 as 09:05, with a warning", () => {
    expect(readClockNumber(13.4)!.seconds).to.equal(h(13, 40));
    expect(readClockNumber(13.4)!.warning).to.contain('13.40').and.contain('"13:40"');
    expect(readClockNumber(9.05)!.seconds).to.equal(h(9, 5));
  });

  it('refuses numbers no one meant as a time', () => {
    for (const n of [-1, 90_000, 1e9, 930, 13.456, 13.75, 25.1, NaN, Infinity])
      expect(readClockNumber(n), String(n)).to.equal(undefined);
  });
});

describe('readDate: the date setting', () => {
  it('reads ISO dates and unambiguous English ones', () => {
    for (const text of [
      '2019-12-13',
      'December 13, 2019',
      'Dec 13, 2019',
      'Dec. 13 2019',
      '13 Dec 2019',
      '13 December, 2019',
      'Friday, 13th December 2019',
      'Friday, December 13th, 2019',
      'sept 13, 2019'.replace('sept', 'Dec'),
    ])
      expect(readDate(text), text).to.deep.equal({ date: '2019-12-13' });
    expect(readDate('Sept 3, 2020')).to.deep.equal({ date: '2020-09-03' });
  });

  it('reads a slashed date that can be one day only (13/12/2019, 12/13/2019), with the ISO form; refuses one that could be two', () => {
    expect(readDate('13/12/2019')).to.deep.equal({
      date: '2019-12-13',
      warning: '"13/12/2019" is read as 2019-12-13 (the one day it can be); write it so',
    });
    expect(readDate('12/13/2019')).to.have.property('date', '2019-12-13');
    const either = readDate('05/06/2019') as { error: string };
    expect(either.error).to.contain('2019-06-05').and.contain('2019-05-06');
  });

  it('refuses a date without a year, or not on the calendar, saying what to write', () => {
    expect((readDate('Dec 13') as { error: string }).error)
      .to.contain('no year')
      .and.contain('YYYY-MM-DD');
    expect((readDate('2019-02-30') as { error: string }).error).to.contain('not a day');
    expect((readDate('February 30, 2019') as { error: string }).error).to.contain('not a day');
    expect((readDate('soon') as { error: string }).error).to.contain('2019-12-13');
  });
});
