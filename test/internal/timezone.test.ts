import { expect } from '@open-wc/testing';
import {
  dateKey,
  daysBetween,
  isValidTimeZone,
  offsetAt,
  wallTimeAt,
  wallTimeToInstant,
} from '../../src/internal/timezone.js';

const at = (text: string, zone: string) => {
  const [d, t] = text.split('T');
  const [year, month, day] = d.split('-').map(Number);
  const [hour, minute] = t.split(':').map(Number);
  return new Date(wallTimeToInstant({ year, month, day, hour, minute, second: 0 }, zone)).toISOString();
};

describe('timezone: wall-clock time in an IANA zone → instant', () => {
  it('America/Vancouver in November: PDT before the change, PST after', () => {
    expect(at('2019-11-02T12:00', 'America/Vancouver')).to.equal('2019-11-02T19:00:00.000Z');
    expect(at('2019-11-04T12:00', 'America/Vancouver')).to.equal('2019-11-04T20:00:00.000Z');
    expect(at('2019-12-13T08:30', 'America/Vancouver')).to.equal('2019-12-13T16:30:00.000Z');
  });

  it('takes the first of a repeated hour (DST ends)', () => {
    expect(at('2019-11-03T01:30', 'America/Vancouver')).to.equal('2019-11-03T08:30:00.000Z');
    expect(at('2019-10-27T02:30', 'Europe/Vienna')).to.equal('2019-10-27T00:30:00.000Z');
  });

  it('Europe/Vienna in March: moves a skipped time forward by the gap, exact either side', () => {
    expect(at('2019-03-30T12:00', 'Europe/Vienna')).to.equal('2019-03-30T11:00:00.000Z');
    expect(at('2019-03-31T02:30', 'Europe/Vienna')).to.equal('2019-03-31T01:30:00.000Z');
    expect(at('2019-03-31T03:00', 'Europe/Vienna')).to.equal('2019-03-31T01:00:00.000Z');
    expect(at('2019-03-31T12:00', 'Europe/Vienna')).to.equal('2019-03-31T10:00:00.000Z');
  });

  it('half-hour and extreme offsets: Asia/Kolkata, Pacific/Apia, Etc/GMT+12', () => {
    expect(at('2019-12-13T08:30', 'Asia/Kolkata')).to.equal('2019-12-13T03:00:00.000Z');
    expect(at('2022-06-01T12:00', 'Pacific/Apia')).to.equal('2022-05-31T23:00:00.000Z'); // +13
    expect(at('2019-12-13T08:30', 'Pacific/Apia')).to.equal('2019-12-12T18:30:00.000Z'); // +14, Samoa's last DST
    expect(at('2019-12-13T08:30', 'Etc/GMT+12')).to.equal('2019-12-13T20:30:00.000Z'); // -12
    expect(at('2019-12-13T23:30', 'UTC')).to.equal('2019-12-13T23:30:00.000Z');
  });

  it('round-trips every half hour through a DST week in Vienna and Vancouver', () => {
    for (const zone of ['Europe/Vienna', 'America/Vancouver', 'Asia/Kolkata', 'Pacific/Apia']) {
      const from = Date.UTC(2019, 2, 29);
      for (let t = from; t < from + 4 * 86_400_000; t += 1_800_000) {
        const w = wallTimeAt(t, zone);
        const back = wallTimeToInstant(w, zone);
        // A repeated hour maps back to its first occurrence, which shows the same wall time.
        expect(wallTimeAt(back, zone), `${zone} ${new Date(t).toISOString()}`).to.deep.equal(w);
        expect(back).to.be.at.most(t);
      }
    }
  });

  it('reads offsets, calendar days and day differences in a zone', () => {
    expect(offsetAt(Date.parse('2019-12-13T16:30Z'), 'America/Vancouver')).to.equal(-8 * 3_600_000);
    expect(offsetAt(Date.parse('2019-12-13T16:30Z'), 'Asia/Kolkata')).to.equal(5.5 * 3_600_000);
    expect(dateKey(Date.parse('2019-12-14T01:10Z'), 'America/Vancouver')).to.equal('2019-12-13');
    expect(dateKey(Date.parse('2019-12-14T01:10Z'), 'Asia/Tokyo')).to.equal('2019-12-14');
    expect(daysBetween('2019-12-13', '2019-12-14')).to.equal(1);
    expect(daysBetween('2019-12-13', '2019-12-12')).to.equal(-1);
  });

  it('tells valid zones from invalid ones', () => {
    expect(isValidTimeZone('America/Vancouver')).to.equal(true);
    expect(isValidTimeZone('Etc/GMT+12')).to.equal(true);
    expect(isValidTimeZone('Mars/Olympus_Mons')).to.equal(false);
    expect(isValidTimeZone('')).to.equal(false);
  });
});
