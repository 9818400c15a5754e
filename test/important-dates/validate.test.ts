import { expect } from '@open-wc/testing';
import { parseTimeOfDay, validateDates } from '../../src/important-dates/validate.js';

describe('important-dates: validating the data', () => {
  it('reads every field, with defaults', () => {
    const { data, problems } = validateDates([
      {
        id: 'submission',
        label: ' Paper submission ',
        date: '2019-09-13',
        time: '23:59',
        timezone: 'aoe',
        note: 'On OpenReview',
        url: 'https://openreview.net/',
        extended_from: '2019-09-06',
        kind: 'Camera ready',
      },
      { label: 'Workshop', date: '2019-12-13' },
    ]);
    expect(problems).to.deep.equal([]);
    expect(data[0]).to.deep.include({
      id: 'submission',
      label: 'Paper submission',
      date: '2019-09-13',
      seconds: 86_340,
      zone: 'AoE',
      note: 'On OpenReview',
      url: 'https://openreview.net/',
      kind: 'camera-ready',
    });
    expect(data[0].extendedFrom).to.deep.equal({ date: '2019-09-06', seconds: 86_340 });
    expect(data[1]).to.deep.include({ kind: 'deadline', seconds: undefined, zone: undefined });
  });

  it('names `label` for a date written with `title`, as the other elements spell it, not the nearest spelling "time"', () => {
    const { data, problems } = validateDates([{ title: 'Submission deadline', date: '2019-09-13' }]);
    expect(data).to.deep.equal([]);
    expect(problems.find((p) => p.path === 'dates[0].title')?.message).to.equal(
      'unknown field, ignored (did you mean "label"?)',
    );
  });

  it('shows a date written in words ("September 13, 2019") or "13/10/2019", and says why "Dec 13" or "05/06/2019" cannot be read', () => {
    const { data, problems } = validateDates([
      { label: 'Submission', date: 'September 13, 2019', time: '23:59' },
      { label: 'Workshop', date: 'Dec 13' },
      { label: 'Camera ready', date: '13/10/2019' },
      { label: 'Notification', date: '05/06/2019' },
    ]);
    expect(data.map((d) => [d.label, d.date, d.seconds])).to.deep.equal([
      ['Submission', '2019-09-13', 86_340],
      ['Camera ready', '2019-10-13', undefined],
    ]);
    expect(problems.map((p) => `${p.path}: ${p.message}`)).to.deep.equal([
      'dates[0].date: "September 13, 2019" is read as 2019-09-13; write it so',
      'dates[1].date: "Dec 13" has no year; write the date as "YYYY-MM-DD", e.g. "2019-12-13" (date skipped)',
      'dates[2].date: "13/10/2019" is read as 2019-10-13; write it so',
      'dates[3].date: "05/06/2019" could be 2019-06-05 (day first) or 2019-05-06 (month first); write the one you mean as "YYYY-MM-DD" (date skipped)',
    ]);
  });

  it("reads YAML's unquoted 23:59 (86340 seconds) and a date with its time", () => {
    expect(parseTimeOfDay(86_340)).to.equal(86_340);
    expect(parseTimeOfDay('23:59:59')).to.equal(86_399);
    expect(parseTimeOfDay('24:00')).to.equal(86_400);
    expect(parseTimeOfDay('24:01')).to.equal(undefined);
    expect(parseTimeOfDay('12:60')).to.equal(undefined);
    const { data } = validateDates([{ label: 'A', date: '2019-09-13T23:59' }]);
    expect(data[0].seconds).to.equal(86_340);
  });

  it('skips a date whose day, time or zone cannot be read, naming the field; keeps the others', () => {
    const { data, problems } = validateDates([
      { label: 'No date' },
      { label: 'Bad day', date: '2019-02-30' },
      { label: 'Bad time', date: '2019-09-13', time: '25:00' },
      { label: 'Bad zone', date: '2019-09-13', timezone: 'Pacific/Vancover' },
      { date: '2019-09-13' },
      { label: 'Fine', date: '2019-09-13' },
    ]);
    expect(data.map((d) => d.label)).to.deep.equal(['Fine']);
    expect(problems.map((p) => p.path)).to.deep.equal([
      'dates[0].date',
      'dates[1].date',
      'dates[2].time',
      'dates[3].timezone',
      'dates[4].label',
    ]);
    for (const p of problems) expect(p.message).to.match(/skipped/);
    expect(problems[3].message).to.include('"Pacific/Vancover" is not a time zone the browser knows');
  });

  it('reads times and zones the way <workshop-schedule> does: "11:59 PM", "noon", "23h59"; PST, Pacific, UTC-8', () => {
    const { data, problems } = validateDates([
      { label: 'A', date: '2019-09-13', time: '11:59 PM', timezone: 'PST' },
      { label: 'B', date: '2019-09-14', time: 'noon', timezone: 'Pacific' },
      { label: 'C', date: '2019-09-15', time: '23h59', timezone: 'UTC-8' },
      { label: 'D', date: '2019-09-16', time: '9.30am', timezone: 'AoE' },
    ]);
    expect(data.map((d) => [d.label, d.seconds, d.zone])).to.deep.equal([
      ['A', 86_340, 'America/Los_Angeles'],
      ['B', 43_200, 'America/Los_Angeles'],
      ['C', 86_340, 'Etc/GMT+8'],
      ['D', 34_200, 'AoE'],
    ]);
    // The abbreviations and the offset are read with the schedule's warning; AoE and the times need none.
    expect(problems.map((p) => p.path)).to.deep.equal(['dates[0].timezone', 'dates[1].timezone', 'dates[2].timezone']);
    expect(problems[2].message).to.include('ignores daylight saving');
  });

  it('drops what it cannot use without skipping the date: unknown kind, bad extension, unsafe url, typos', () => {
    const { data, problems } = validateDates([
      {
        label: 'A',
        date: '2019-09-13',
        kind: 'party',
        extended_from: 'last week',
        url: 'javascript:alert(1)',
        lable: 'x',
      },
    ]);
    expect(data).to.have.length(1);
    expect(data[0]).to.deep.include({ kind: 'deadline', extendedFrom: undefined, url: undefined });
    expect(problems.map((p) => p.path)).to.deep.equal([
      'dates[0].url',
      'dates[0].kind',
      'dates[0].extended_from',
      'dates[0].lable',
    ]);
  });

  it('refuses data that is not a list', () => {
    expect(() => validateDates({ label: 'A' })).to.throw('"dates" must be a list');
  });
});
