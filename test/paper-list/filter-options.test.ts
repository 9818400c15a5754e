import { expect } from '@open-wc/testing';
import { filterOptions, OptionsTracker } from '../../src/paper-list/filter-options.js';
import { validatePapers } from '../../src/paper-list/validate.js';

const none = { q: '', type: '', award: '', session: '', keyword: '' };

/** `n` papers; `fields(i)` adds type, award, session, keywords or affiliations to paper `i`. */
const papers = (n: number, fields: (i: number) => Record<string, unknown> = () => ({})) =>
  validatePapers(
    Array.from({ length: n }, (_, i) => ({ id: `p${i}`, title: `Paper ${i}`, authors: ['A'], ...fields(i) })),
  ).data;

describe('paper-list filter options while papers arrive (pure)', () => {
  it('offers the values of the papers so far, new values appended after the ones already offered', () => {
    const all = papers(30, (i) => ({ type: i < 10 ? 'poster' : i < 20 ? 'oral' : 'spotlight', session: `S${i % 3}` }));
    const tracker = new OptionsTracker();
    expect(tracker.update(all.slice(0, 15), true, none).options.type[1]).to.deep.equal(['poster', 'oral']);
    const later = tracker.update(all.slice(0, 30), true, none);
    expect(later.options.type[1]).to.deep.equal(['poster', 'oral', 'spotlight']);
    expect(later.options.session[1]).to.deep.equal(['S0', 'S1', 'S2']);
    expect(later.options.award[1]).to.deep.equal([]);
    // Once all have arrived: the same options as computed from all papers at once.
    expect(tracker.update(all, false, none)).to.deep.equal(filterOptions(all));
  });

  it('returns the same options object while nothing changed, so the controls do not re-render', () => {
    const all = papers(40, (i) => ({ type: i % 2 ? 'oral' : 'poster' }));
    const tracker = new OptionsTracker();
    const first = tracker.update(all.slice(0, 20), true, none);
    expect(tracker.update(all.slice(0, 40), true, none)).to.equal(first);
    expect(tracker.update(all.slice(0, 40), true, { ...none, type: 'workshop' })).not.to.equal(first);
  });

  it('keeps a keyword offered while papers arrive, and offers exactly the final choice once all are in', () => {
    // Under 20 papers every keyword is offered; from 20 on, only those used twice. While loading, "rare" stays.
    const all = papers(40, (i) => ({ keywords: i === 0 ? ['rare', 'common'] : ['common'] }));
    const tracker = new OptionsTracker();
    expect(tracker.update(all.slice(0, 10), true, none).options.keyword[1]).to.deep.equal(['common', 'rare']);
    expect(tracker.update(all.slice(0, 30), true, none).options.keyword[1]).to.deep.equal(['common', 'rare']);
    expect(tracker.update(all, false, none).options.keyword[1]).to.deep.equal(['common']);
  });

  it('always offers the chosen value of a filter, even before a paper has it', () => {
    const all = papers(5, () => ({ type: 'poster' }));
    const options = new OptionsTracker().update(all, true, { ...none, type: 'oral', award: 'Best Paper' });
    expect(options.options.type[1]).to.deep.equal(['poster', 'oral']);
    expect(options.options.award[1]).to.deep.equal(['Best Paper']);
    // Compared as the filter matches: "POSTER" is the option "poster", not a second one.
    expect(new OptionsTracker().update(all, true, { ...none, type: 'POSTER' }).options.type[1]).to.deep.equal([
      'poster',
    ]);
  });

  it('notices affiliations in papers that arrive later', () => {
    const all = papers(10, (i) => (i === 8 ? { authors: [{ name: 'B', affiliation: 'MIT' }] } : {}));
    const tracker = new OptionsTracker();
    expect(tracker.update(all.slice(0, 5), true, none).affiliations).to.equal(false);
    expect(tracker.update(all, true, none).affiliations).to.equal(true);
  });

  it('counts other data anew instead of adding it to the papers counted before', () => {
    const tracker = new OptionsTracker();
    tracker.update(
      papers(10, () => ({ type: 'poster' })),
      false,
      none,
    );
    const other = tracker.update(
      papers(10, () => ({ type: 'oral' })),
      false,
      none,
    );
    expect(other.options.type[1]).to.deep.equal(['oral']);
  });
});
