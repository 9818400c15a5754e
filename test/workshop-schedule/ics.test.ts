import { expect } from '@open-wc/testing';
import { expectWellFormed, parseIcs } from './ics-helpers.js';
import { buildCalendar, escapeText, foldLine, uidSafe, utcStamp } from '../../src/internal/ics.js';

describe('ics: the RFC 5545 writer', () => {
  it('escapes backslash, semicolon, comma and newlines', () => {
    expect(escapeText('a,b;c\\d\ne\r\nf')).to.equal('a\\,b\\;c\\\\d\\ne\\nf');
  });

  it('folds at 75 octets without splitting a UTF-8 character', () => {
    const line = 'SUMMARY:' + 'ü'.repeat(60) + '🎉'.repeat(10);
    const folded = foldLine(line);
    for (const part of folded.split('\r\n')) expect(new TextEncoder().encode(part).length).to.be.at.most(75);
    expect(
      folded
        .split('\r\n')
        .map((p, i) => (i ? p.slice(1) : p))
        .join(''),
    ).to.equal(line);
    expect(folded).not.to.contain('\uFFFD');
  });

  it('keeps UIDs apart for ids that only differ in characters a UID cannot hold', () => {
    expect(uidSafe('terence-tao')).to.equal('terence-tao');
    const ids = ['keynote:1', 'keynote/1', 'keynote-1', '日本', '中国', '', 'x'.repeat(130), 'x'.repeat(131)];
    const uids = ids.map(uidSafe);
    expect(new Set(uids).size).to.equal(ids.length);
    for (const uid of uids) expect(uid).to.match(/^[A-Za-z0-9._-]+$/);
    expect(uidSafe('keynote:1')).to.equal(uidSafe('keynote:1'));
  });

  it('writes times in UTC', () => {
    expect(utcStamp(Date.parse('2019-12-13T16:30:00Z'))).to.equal('20191213T163000Z');
  });

  it('round-trips hostile text through ical.js: instants, summary, description, location', async () => {
    const blns: string[] = await (await fetch('/test/fixtures/blns/blns.json')).json();
    // What the file says: CR LF and CR as LF, the line and paragraph separators and NEL as the newlines they mean
    // (some readers split lines there), C0 controls dropped.
    const strip = (s: string) =>
      s.replace(/\r\n?|[\u0085\u2028\u2029]/g, '\n').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
    const events = blns.map((s, i) => ({
      uid: `blns-${i}@test`,
      start: Date.UTC(2019, 11, 13, 16, 30) + i * 60_000,
      end: Date.UTC(2019, 11, 13, 17, 0) + i * 60_000,
      summary: s || 'empty',
      description: `${s}\nline two, with; punctuation\\`,
      location: s || undefined,
    }));
    const text = buildCalendar(events, { name: 'Naughty; strings, all' });
    expectWellFormed(text);
    const parsed = parseIcs(text);
    expect(parsed).to.have.length(events.length);
    parsed.forEach((p, i) => {
      const e = events[i];
      expect(p.uid).to.equal(e.uid);
      expect(p.start).to.equal(e.start);
      expect(p.end).to.equal(e.end);
      expect(p.utc).to.equal(true);
      expect(p.summary, `blns[${i}]`).to.equal(strip(e.summary));
      expect(p.description).to.equal(strip(e.description));
    });
  });
});
