import { expect } from '@open-wc/testing';
import { countdownText, nextAnnouncement, untilTextChanges } from '../../src/important-dates/countdown.js';
import { DATES_TERMS } from '../../src/important-dates/terms.js';
import { english } from '../helpers/terms.js';

const t = english(DATES_TERMS);

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

describe('important-dates: countdown text', () => {
  it('says days and hours, then hours and minutes, then minutes, rounded down', () => {
    expect(countdownText(2 * DAY + 4 * HOUR + 59 * MIN, t)).to.equal('2 days 4 h left');
    expect(countdownText(DAY, t)).to.equal('1 day left');
    expect(countdownText(DAY - 1, t)).to.equal('23 h 59 min left');
    expect(countdownText(3 * HOUR, t)).to.equal('3 h left');
    expect(countdownText(12 * MIN + 59_000, t)).to.equal('12 min left');
    expect(countdownText(59_999, t)).to.equal('less than a minute left');
  });

  it('knows when its text next changes, so the element wakes only then', () => {
    const at = 10 * DAY;
    for (const remaining of [2 * DAY + 4 * HOUR + 30 * MIN, DAY + 30 * MIN, 5 * HOUR + 30_000, 90_000]) {
      const now = at - remaining;
      const wait = untilTextChanges(at, now);
      expect(countdownText(at - (now + wait - 2), t), `just before, from ${remaining}`).to.equal(
        countdownText(remaining, t),
      );
      expect(countdownText(at - (now + wait), t), `just after, from ${remaining}`).not.to.equal(
        countdownText(remaining, t),
      );
    }
    // In the last minute, the next change is the deadline itself.
    expect(untilTextChanges(at, at - 30_000)).to.equal(30_000);
    expect(untilTextChanges(at, at)).to.equal(Infinity);
  });

  it('announces a new text at most once a minute', () => {
    const first = nextAnnouncement(undefined, '5 min left', 0);
    expect(first).to.deep.equal({ text: '5 min left', at: 0 });
    expect(nextAnnouncement(first, '4 min left', 59_000)).to.equal(first);
    expect(nextAnnouncement(first, '4 min left', 60_000)).to.deep.equal({ text: '4 min left', at: 60_000 });
    expect(nextAnnouncement(first, '5 min left', 120_000)).to.equal(first);
  });
});
