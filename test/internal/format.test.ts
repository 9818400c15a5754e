import { expect } from '@open-wc/testing';
import { formatTime, zoneName } from '../../src/internal/format.js';

// The texts are remembered per instant (a program shows the same few hundred instants in every session): asking
// again, in another language or zone, or with and without the zone's name, must still give that question's answer.
// Expected values are read from Intl directly, not through the module.
const direct = (instant: number, zone: string, lang: string, options: Intl.DateTimeFormatOptions) =>
  new Intl.DateTimeFormat(lang, { timeZone: zone, ...options }).format(instant);

describe('formatTime and zoneName: remembered texts', () => {
  const winter = Date.parse('2019-12-13T16:30:00Z');
  const summer = Date.parse('2019-07-13T15:30:00Z');

  it('gives each language, zone and form its own text for the same instant, asked in turns', () => {
    for (let round = 0; round < 2; round++) {
      expect(formatTime(winter, 'America/Vancouver', 'en-US')).to.equal(
        direct(winter, 'America/Vancouver', 'en-US', { hour: 'numeric', minute: '2-digit' }),
      );
      expect(formatTime(winter, 'America/Vancouver', 'en-US', true)).to.equal(
        direct(winter, 'America/Vancouver', 'en-US', { hour: 'numeric', minute: '2-digit', timeZoneName: 'short' }),
      );
      expect(formatTime(winter, 'Europe/Vienna', 'en-US')).to.equal(
        direct(winter, 'Europe/Vienna', 'en-US', { hour: 'numeric', minute: '2-digit' }),
      );
      expect(formatTime(winter, 'Europe/Vienna', 'de-DE')).to.equal(
        direct(winter, 'Europe/Vienna', 'de-DE', { hour: '2-digit', minute: '2-digit' }),
      );
    }
    expect(formatTime(winter, 'America/Vancouver', 'en-US')).to.not.equal(formatTime(winter, 'Europe/Vienna', 'en-US'));
  });

  it('names the zone as it stands at each instant, in each language', () => {
    for (let round = 0; round < 2; round++) {
      expect(zoneName(winter, 'America/Vancouver', 'en-US')).to.equal('PST');
      expect(zoneName(summer, 'America/Vancouver', 'en-US')).to.equal('PDT');
      expect(zoneName(winter, 'Europe/Vienna', 'de-DE')).to.equal('MEZ');
      expect(zoneName(summer, 'Europe/Vienna', 'de-DE')).to.equal('MESZ');
    }
  });
});
