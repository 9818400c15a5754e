import { expect } from '@open-wc/testing';
import { DataError, fieldsOf, formatProblems, topLevelList, type Problem } from '../../src/internal/validate.js';

function fields(obj: Record<string, unknown>) {
  const problems: Problem[] = [];
  return { f: fieldsOf(obj, 'papers[3]', problems, 'paper')!, problems };
}

describe('validate helpers', () => {
  it('reads text and accepts numbers as text (YAML reads 2019 as a number)', () => {
    const { f, problems } = fields({ title: 'A', year: 2019 });
    expect(f.text('title')).to.equal('A');
    expect(f.text('year')).to.equal('2019');
    expect(problems).to.deep.equal([]);
  });

  it('names the path and the type when a string is expected', () => {
    const { f, problems } = fields({ title: ['x'] });
    expect(f.text('title')).to.equal(undefined);
    expect(problems).to.deep.equal([{ path: 'papers[3].title', message: 'expected a string, got an array' }]);
  });

  it('marks a missing required field as skipping the item', () => {
    const { f, problems } = fields({});
    expect(f.requiredText('title', 'paper')).to.equal(undefined);
    expect(problems[0]).to.deep.equal({ path: 'papers[3].title', message: 'missing (paper skipped)' });
  });

  it('marks an empty or wrongly typed required field as skipping the item', () => {
    const a = fields({ title: '  ' });
    a.f.requiredText('title', 'paper');
    expect(a.problems[0].message).to.equal('empty (paper skipped)');
    const b = fields({ title: { x: 1 } });
    b.f.requiredText('title', 'paper');
    expect(b.problems[0].message).to.equal('expected a string, got an object (paper skipped)');
  });

  it('reads a string or a list of strings as a list, reporting bad entries by index', () => {
    const { f, problems } = fields({ a: 'One', b: ['One', 2, null], c: 42, d: NaN });
    expect(f.textList('a')).to.deep.equal(['One']);
    expect(f.textList('b')).to.deep.equal(['One', '2']);
    expect(f.textList('c')).to.deep.equal(['42']);
    expect(f.textList('d')).to.equal(undefined);
    expect(problems.map((p) => p.path)).to.deep.equal(['papers[3].b[2]', 'papers[3].d']);
    expect(problems[0].message).to.equal('expected a string, got null');
  });

  it('drops an unsafe URL and says why', () => {
    const { f, problems } = fields({ pdf: 'javascript:alert(1)', url: 'https://openreview.net/x' });
    expect(f.url('pdf')).to.equal(undefined);
    expect(f.url('url')).to.equal('https://openreview.net/x');
    expect(problems[0].path).to.equal('papers[3].pdf');
    expect(problems[0].message).to.contain('unsafe URL scheme "javascript:"');
  });

  it('keeps good links and skips bad ones with their path', () => {
    const { f, problems } = fields({
      links: [
        { label: 'Slides', url: 'https://example.org/s.pdf' },
        { label: 'Evil', url: 'javascript:alert(1)' },
        { url: 'https://example.org/' },
        'not a link',
      ],
    });
    expect(f.links('links')).to.deep.equal([{ label: 'Slides', url: 'https://example.org/s.pdf' }]);
    expect(problems.map((p) => p.path)).to.deep.equal([
      'papers[3].links[1].url',
      'papers[3].links[2].label',
      'papers[3].links[3]',
    ]);
    expect(problems[0].message).to.contain('(link skipped)');
  });

  it('suggests the field an organizer means by another name (website for url), before the nearest spelling', () => {
    const { f, problems } = fields({ name: 'A', website: 'https://a.org', begin: '9:00' });
    f.text('name');
    f.text('url');
    f.text('start');
    f.text('site');
    f.done();
    expect(problems).to.deep.equal([
      { path: 'papers[3].website', message: 'unknown field, ignored (did you mean "url"?)' },
      { path: 'papers[3].begin', message: 'unknown field, ignored (did you mean "start"?)' },
    ]);
  });

  it('reports fields that nothing read, so a typo is not lost silently, with the known field it is nearest to', () => {
    const { f, problems } = fields({ title: 'A', titel: 'B', colour: 'red' });
    f.text('title');
    f.done();
    expect(problems).to.deep.equal([
      { path: 'papers[3].titel', message: 'unknown field, ignored (did you mean "title"?)' },
      { path: 'papers[3].colour', message: 'unknown field, ignored' },
    ]);
  });

  it('reads booleans from booleans and the strings "true"/"false"', () => {
    const { f, problems } = fields({ a: true, b: 'false', c: 'yes' });
    expect(f.bool('a')).to.equal(true);
    expect(f.bool('b')).to.equal(false);
    expect(f.bool('c')).to.equal(undefined);
    expect(problems[0].path).to.equal('papers[3].c');
  });

  it('throws a DataError naming the attribute when the top level is not a list', () => {
    expect(() => topLevelList({ title: 'x' }, 'papers', () => 1)).to.throw(DataError, '"papers" must be a list');
  });

  it('keeps valid items of a list and reports a non-object item', () => {
    const result = topLevelList([{ ok: 1 }, 'oops', { ok: 2 }], 'papers', (v, path, _i, problems) => {
      const f = fieldsOf(v, path, problems, 'paper');
      return f ? f.raw('ok') : undefined;
    });
    expect(result.data).to.deep.equal([1, 2]);
    expect(result.problems).to.deep.equal([
      { path: 'papers[1]', message: 'expected an object, got the string "oops" (paper skipped)' },
    ]);
    expect(formatProblems(result.problems)).to.equal(
      '  papers[1]: expected an object, got the string "oops" (paper skipped)',
    );
  });
});
