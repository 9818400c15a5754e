import { expect } from '@open-wc/testing';
import { DataError } from '../../src/internal/validate.js';
import { validateSponsors } from '../../src/sponsor-strip/validate.js';

describe('validateSponsors', () => {
  it('keeps every documented field, with URLs made absolute', () => {
    const { data, problems } = validateSponsors([
      { name: 'MERL', logo: 'img/merl.png', url: 'https://merl.com/', tier: ' Gold ', description: 'Travel grants' },
    ]);
    expect(problems).to.deep.equal([]);
    expect(data).to.deep.equal([
      {
        name: 'MERL',
        logo: new URL('img/merl.png', document.baseURI).href,
        url: 'https://merl.com/',
        tier: 'Gold',
        description: 'Travel grants',
        index: 0,
      },
    ]);
  });

  it('throws a DataError for a non-array', () => {
    expect(() => validateSponsors({ name: 'MERL' })).to.throw(DataError, '"sponsors" must be a list');
    expect(() => validateSponsors('MERL')).to.throw(DataError);
  });

  it('skips a sponsor without a name and names the path', () => {
    const { data, problems } = validateSponsors([{ name: 'A' }, { url: 'https://x.org/' }, { name: '  ' }, 7]);
    expect(data.map((s) => s.name)).to.deep.equal(['A']);
    expect(problems.map((p) => p.path)).to.deep.equal(['sponsors[1].name', 'sponsors[2].name', 'sponsors[3]']);
  });

  it('reads a sponsor written as a name alone (`- DeepMind` in a sponsors.yml) as that name', () => {
    const { data, problems } = validateSponsors(['DeepMind', { name: 'MERL' }]);
    expect(problems).to.deep.equal([]);
    expect(data.map((s) => [s.name, s.logo, s.index])).to.deep.equal([
      ['DeepMind', undefined, 0],
      ['MERL', undefined, 1],
    ]);
  });

  it('drops unsafe logo and link URLs, keeps the sponsor and says the name is shown instead', () => {
    const { data, problems } = validateSponsors([
      { name: 'Evil', logo: 'javascript:alert(1)', url: 'data:text/html,<script>alert(1)</script>' },
      { name: 'Html logo', logo: 'data:text/html;base64,PHNjcmlwdD4=' },
      { name: 'Svg', logo: 'data:image/svg+xml,%3Csvg%20xmlns=%22http://www.w3.org/2000/svg%22/%3E' },
    ]);
    expect(data.map((s) => [s.name, s.logo === undefined, s.url === undefined])).to.deep.equal([
      ['Evil', true, true],
      ['Html logo', true, true],
      ['Svg', false, true],
    ]);
    expect(problems.map((p) => p.path)).to.deep.equal(['sponsors[0].logo', 'sponsors[0].url', 'sponsors[1].logo']);
    expect(problems[0].message).to.contain('unsafe URL scheme "javascript:"').and.contain('name is shown instead');
  });

  it('warns about unknown fields, wrong types and a blank tier', () => {
    const { data, problems } = validateSponsors([{ name: 'A', titel: 'x', tier: '  ', description: ['x'], logo: 5 }]);
    expect(data[0]).to.deep.include({ name: 'A', tier: undefined, description: undefined, logo: undefined });
    expect(problems.map((p) => p.path).sort()).to.deep.equal(
      ['sponsors[0].description', 'sponsors[0].logo', 'sponsors[0].tier', 'sponsors[0].titel'].sort(),
    );
  });

  it('keeps the original index of each sponsor for later warnings', () => {
    const { data } = validateSponsors([{}, { name: 'B' }]);
    expect(data[0].index).to.equal(1);
  });
});
