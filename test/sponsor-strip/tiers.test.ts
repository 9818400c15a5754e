import { expect } from '@open-wc/testing';
import { JsonAttributeError } from '../../src/internal/data.js';
import { arrange, parseTiers } from '../../src/sponsor-strip/tiers.js';
import type { SponsorData } from '../../src/sponsor-strip/validate.js';

const sponsors = (...tiers: (string | undefined)[]): SponsorData[] =>
  tiers.map((tier, index) => ({ name: `S${index}`, tier, index }));
const names = (a: ReturnType<typeof arrange>) =>
  a.groups.map((g) => [g.tier, g.size, g.sponsors.map((s) => s.name).join(',')]);

describe('parseTiers', () => {
  it('reads a JSON array and a comma-separated list', () => {
    expect(parseTiers(['Platinum', 'Gold', 'Silver']).tiers).to.deep.equal(['Platinum', 'Gold', 'Silver']);
    expect(parseTiers('Gold, Silver ,Bronze').tiers).to.deep.equal(['Gold', 'Silver', 'Bronze']);
    expect(parseTiers(undefined)).to.deep.equal({ problems: [] });
  });

  it('drops blanks and duplicates (ignoring case) without complaint', () => {
    expect(parseTiers(['Gold', ' ', 'gold', 'Silver']).tiers).to.deep.equal(['Gold', 'Silver']);
  });

  it('reports malformed JSON, a non-list and non-string names, naming the path', () => {
    const bad = parseTiers(new JsonAttributeError('tiers', 'Unexpected end'));
    expect(bad.tiers).to.equal(undefined);
    expect(bad.problems[0].path).to.equal('tiers');
    expect(bad.problems[0].message).to.contain('not valid JSON').and.contain('Unexpected end');
    expect(parseTiers({ Gold: 1 }).problems[0]).to.deep.include({ path: 'tiers' });
    const mixed = parseTiers(['Gold', { name: 'Silver' }, 3]);
    expect(mixed.tiers).to.deep.equal(['Gold', '3']);
    expect(mixed.problems.map((p) => p.path)).to.deep.equal(['tiers[1]']);
  });
});

describe('arrange (tiers)', () => {
  it('orders groups by first appearance without a tiers list, sponsors without a tier last and smallest', () => {
    const a = arrange(sponsors('Silver', undefined, 'Gold', 'Silver'));
    expect(names(a)).to.deep.equal([
      ['Silver', 1, 'S0,S3'],
      ['Gold', 2, 'S2'],
      [undefined, 4, 'S1'],
    ]);
    expect(names(arrange(sponsors('Gold', undefined), ['Gold']))).to.deep.equal([
      ['Gold', 1, 'S0'],
      [undefined, 4, 'S1'],
    ]);
    expect(a.problems).to.deep.equal([]);
  });

  it('orders groups by the tiers list and keeps each tier its size step when a higher tier is empty', () => {
    const a = arrange(sponsors('Silver', 'Gold', 'silver '), ['Platinum', 'Gold', 'Silver']);
    expect(names(a)).to.deep.equal([
      ['Gold', 2, 'S1'],
      ['Silver', 3, 'S0,S2'],
    ]);
  });

  it('shows sponsors of an unknown tier after the listed ones and warns with the path of each', () => {
    const a = arrange(sponsors('Bronze', 'Gold', 'Bronze', undefined), ['Gold', 'Silver']);
    expect(names(a)).to.deep.equal([
      ['Gold', 1, 'S1'],
      ['Bronze', 3, 'S0,S2'],
      [undefined, 4, 'S3'],
    ]);
    expect(a.problems.map((p) => p.path)).to.deep.equal(['sponsors[0].tier', 'sponsors[2].tier']);
    expect(a.problems[0].message).to.contain('unknown tier "Bronze"').and.contain('"Gold", "Silver"');
  });

  it('makes one untitled group of size 0 when no sponsor has a tier (no headings)', () => {
    expect(names(arrange(sponsors(undefined, undefined), ['Gold']))).to.deep.equal([[undefined, 0, 'S0,S1']]);
    expect(arrange([]).groups).to.deep.equal([]);
  });

  it('spells a listed tier as the tiers list does', () => {
    expect(arrange(sponsors('GOLD'), ['Gold']).groups[0].tier).to.equal('Gold');
  });

  it('arranges 200 sponsors in many tiers in order, losing none', () => {
    const many = sponsors(...Array.from({ length: 200 }, (_, i) => (i % 7 === 0 ? undefined : `T${i % 5}`)));
    const a = arrange(many);
    expect(a.groups.reduce((n, g) => n + g.sponsors.length, 0)).to.equal(200);
    expect(a.groups.at(-1)!.tier).to.equal(undefined);
  });
});
