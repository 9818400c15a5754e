import { expect } from '@open-wc/testing';
import { distance, nearest } from '../../src/internal/suggest.js';
import { readZone, zoneNames } from '../../src/internal/zones.js';

const error = (text: string) => (readZone(text) as { error: string }).error;

describe('readZone: the timezone setting as people write it', () => {
  it('passes IANA zones and UTC through without a word', () => {
    expect(readZone('America/Vancouver')).to.deep.equal({ zone: 'America/Vancouver' });
    expect(readZone(' Europe/Paris ')).to.deep.equal({ zone: 'Europe/Paris' });
    expect(readZone('UTC')).to.deep.equal({ zone: 'UTC' });
    expect(readZone('GMT')).to.deep.equal({ zone: 'UTC' });
  });

  it("suggests the zone a typo meant, from the browser's list", () => {
    expect(error('America/Vancover')).to.contain('did you mean "America/Vancouver"?');
    expect(error('Europe/Pari')).to.contain('did you mean "Europe/Paris"?');
    expect(error('Amercia/New_York')).to.contain('"America/New_York"');
    expect(error('Not a zone at all')).to.contain('IANA zone');
  });

  it('maps abbreviations and names to the IANA zone with daylight saving, with a warning', () => {
    const cases: [string, string][] = [
      ['PST', 'America/Los_Angeles'],
      ['PDT', 'America/Los_Angeles'],
      ['Pacific Time', 'America/Los_Angeles'],
      ['Pacific Standard Time', 'America/Los_Angeles'],
      ['EST', 'America/New_York'],
      ['EDT', 'America/New_York'],
      ['CET', 'Europe/Paris'],
      ['CEST', 'Europe/Paris'],
      ['Central European Summer Time', 'Europe/Paris'],
      ['AoE', 'Etc/GMT+12'],
      ['JST', 'Asia/Tokyo'],
    ];
    for (const [text, zone] of cases) {
      const r = readZone(text) as { zone: string; warning: string };
      expect(r.zone, text).to.equal(zone);
      expect(r.warning, text).to.contain(`"${zone}"`);
    }
  });

  it('refuses an abbreviation shared by zones far apart, naming them', () => {
    expect(error('IST')).to.contain('Asia/Kolkata').and.contain('Europe/Dublin');
  });

  it('reads UTC±h and GMT±h as a fixed offset, warning that it ignores daylight saving', () => {
    const cases: [string, string][] = [
      ['UTC-8', 'Etc/GMT+8'],
      ['UTC+2', 'Etc/GMT-2'],
      ['GMT-08:00', 'Etc/GMT+8'],
      ['UTC+0', 'UTC'],
    ];
    for (const [text, zone] of cases) {
      const r = readZone(text) as { zone: string; warning: string };
      expect(r.zone, text).to.equal(zone);
      expect(r.warning, text).to.contain('daylight saving');
    }
    // The fixed zone is what it says: UTC-8 is 8 hours behind in summer too.
    const july = new Intl.DateTimeFormat('en-US', {
      timeZone: (readZone('UTC-8') as { zone: string }).zone,
      hour: 'numeric',
      hourCycle: 'h23',
    }).format(Date.parse('2019-07-01T16:00Z'));
    expect(july).to.equal('08');
  });

  it('reads a city alone as its zone, with a warning', () => {
    const r = readZone('Vancouver') as { zone: string; warning: string };
    expect(r.zone).to.equal('America/Vancouver');
    expect(r.warning).to.contain('"America/Vancouver"');
  });

  it("lists the browser's zones, with UTC", () => {
    expect(zoneNames()).to.include('UTC').and.include('America/Vancouver');
  });
});

describe('nearest: did you mean', () => {
  it('finds the nearest known name within a few edits, and nothing when none is near', () => {
    expect(nearest('tittle', ['title', 'type', 'abstract'])).to.equal('title');
    expect(nearest('afiliation', ['name', 'affiliation', 'photo'])).to.equal('affiliation');
    expect(nearest('Titel', ['title', 'type'])).to.equal('title');
    expect(nearest('speeker', ['speakers', 'room'])).to.equal('speakers');
    expect(nearest('colour', ['title', 'type'])).to.equal(undefined);
    expect(distance('ab', 'ba')).to.equal(1);
    expect(distance('kitten', 'sitting')).to.equal(3);
  });
});
