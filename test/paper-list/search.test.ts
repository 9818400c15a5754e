import { expect } from '@open-wc/testing';
import { fold, highlight, queryTerms, select, groupBy } from '../../src/paper-list/search.js';
import { filterOptions } from '../../src/paper-list/filter-options.js';
import { validatePapers } from '../../src/paper-list/validate.js';

const papers = validatePapers([
  { id: 'a', title: 'Zeta Paper', authors: ['Bernhard Schölkopf'], type: 'oral' },
  { id: 'b', title: 'alpha paper', authors: ['Ada Lovelace'], keywords: ['kernels'], session: 'S1' },
  { id: 'c', title: 'Mu Paper', authors: ['Łukasz Kaiser'], abstract: 'Straße und Ærø', session: 'S1' },
]).data;
const none = { q: '', type: '', award: '', session: '', keyword: '' };
const ids = (list: { id: string }[]) => list.map((p) => p.id);

describe('paper-list search (pure)', function () {
  // Under load, background test pages poll slowly; these tests render hundreds of papers.
  this.timeout(60000);
  it('folds case and accents, and letters NFD keeps: ł, ß, æ, ø', () => {
    expect(fold('Schölkopf')).to.equal('scholkopf');
    expect(fold('Łukasz')).to.equal('lukasz');
    expect(fold('Straße Ærø')).to.equal('strasse aero');
    expect(fold('王小明')).to.equal('王小明');
  });

  it('splits a query into distinct folded words', () => {
    expect(queryTerms('  Deep  deep LEARNING ')).to.deep.equal(['deep', 'learning']);
    expect(queryTerms('')).to.deep.equal([]);
  });

  it('selects papers where every word matches, with filters', () => {
    const hay = (p: (typeof papers)[number]) =>
      fold(`${p.title} ${p.authors.map((a) => a.name).join(' ')} ${p.abstract ?? ''} ${p.keywords.join(' ')}`);
    expect(ids(select(papers, { ...none, q: 'paper' }, 'given', hay))).to.deep.equal(['a', 'b', 'c']);
    expect(ids(select(papers, { ...none, q: 'paper scholkopf' }, 'given', hay))).to.deep.equal(['a']);
    expect(ids(select(papers, { ...none, q: 'strasse' }, 'given', hay))).to.deep.equal(['c']);
    expect(ids(select(papers, { ...none, session: 'S1' }, 'given', hay))).to.deep.equal(['b', 'c']);
    expect(ids(select(papers, { ...none, keyword: 'kernels' }, 'given', hay))).to.deep.equal(['b']);
    expect(ids(select(papers, { ...none, type: 'oral' }, 'given', hay))).to.deep.equal(['a']);
    expect(ids(select(papers, none, 'title', hay))).to.deep.equal(['b', 'c', 'a']);
    expect(ids(select(papers, none, 'author', hay))).to.deep.equal(['c', 'b', 'a']);
  });

  it('highlights every occurrence in the original text, accents and all', () => {
    expect(highlight('Schölkopf and scholkopf', ['scholkopf'])).to.deep.equal([
      { text: 'Schölkopf', mark: true },
      { text: ' and ', mark: false },
      { text: 'scholkopf', mark: true },
    ]);
    expect(highlight('Straße', ['strasse'])).to.deep.equal([{ text: 'Straße', mark: true }]);
    expect(highlight('deep learning', ['ep le', 'learn'])).to.deep.equal([
      { text: 'de', mark: false },
      { text: 'ep learn', mark: true },
      { text: 'ing', mark: false },
    ]);
    expect(highlight('emoji 😀 ok', ['ok'])).to.deep.equal([
      { text: 'emoji 😀 ', mark: false },
      { text: 'ok', mark: true },
    ]);
    expect(highlight('nothing', ['zzz'])).to.deep.equal([{ text: 'nothing', mark: false }]);
    // Greek final sigma: "ΟΔΟΣ" lower-cases to "οδος" as a word, the letter Σ alone to σ.
    for (const q of ['ΟΔΟΣ', 'οδος', 'οδοσ'])
      expect(highlight('ΟΔΟΣ road', queryTerms(q)), q).to.deep.equal([
        { text: 'ΟΔΟΣ', mark: true },
        { text: ' road', mark: false },
      ]);
  });

  it('treats values that differ in case or accents as one filter option, group and match', () => {
    const mixed = validatePapers([
      { id: 'p1', title: 'One', type: 'oral', session: 'Other' },
      { id: 'p2', title: 'Two', type: 'ORAL', session: 'Posters' },
      { id: 'p3', title: 'Three', type: 'Poster' },
      { id: 'p4', title: 'Four', type: 'poster', session: 'posters' },
    ]).data;
    expect(filterOptions(mixed).options.type[1]).to.deep.equal(['oral', 'Poster']);
    const hay = () => '';
    expect(ids(select(mixed, { ...none, type: 'oral' }, 'given', hay))).to.deep.equal(['p1', 'p2']);
    expect(ids(select(mixed, { ...none, session: 'Posters' }, 'given', hay))).to.deep.equal(['p2', 'p4']);
    expect(groupBy(mixed, 'type').map((g) => [g.label, ids(g.papers)])).to.deep.equal([
      ['oral', ['p1', 'p2']],
      ['Poster', ['p3', 'p4']],
    ]);
    // Papers without a session join the organizer's own "Other" group rather than a second "Other" heading.
    expect(groupBy(mixed, 'session').map((g) => [g.label, ids(g.papers)])).to.deep.equal([
      ['Other', ['p1', 'p3']],
      ['Posters', ['p2', 'p4']],
    ]);
  });

  it('groups by session in first-seen order, papers without one last', () => {
    expect(groupBy(papers, 'session').map((g) => [g.label, ids(g.papers)])).to.deep.equal([
      ['S1', ['b', 'c']],
      [undefined, ['a']],
    ]);
  });
});
