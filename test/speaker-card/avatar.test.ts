import { expect } from '@open-wc/testing';
import { avatarColors, contrast, hslToRgb, initials, MIN_CONTRAST } from '../../src/speaker-card/avatar.js';
import { wcagContrast } from '../helpers/contrast.js';

describe('initials', () => {
  it('takes the first letters of the first and last word', () => {
    expect(initials('Terence Tao')).to.equal('TT');
    expect(initials('Konstantinos Spiliopoulos')).to.equal('KS');
    expect(initials('Weinan E')).to.equal('WE');
    expect(initials('Leslie Pack Kaelbling')).to.equal('LK');
  });

  it('skips titles such as "Dr." and "Prof."', () => {
    expect(initials('Dr. Aisha Walcott-Bryant')).to.equal('AW');
    expect(initials(' Prof. Leslie Kaelbling')).to.equal('LK');
  });

  it('keeps accented letters, non-Latin scripts and emoji whole', () => {
    expect(initials('élodie ñúñez')).to.equal('ÉÑ');
    expect(initials('محمد علي')).to.equal('مع');
    expect(initials('👩🏽‍🔬')).to.equal('👩🏽‍🔬');
    expect(initials('李 小龍')).to.equal('李小');
    expect(initials('e\u0301lodie Nu\u0301n\u0303ez')).to.equal('E\u0301N');
    expect(initials('🇫🇷')).to.equal('🇫🇷');
  });

  it('skips leading punctuation and markup-like words', () => {
    expect(initials('"Lily" Hu')).to.equal('LH');
    expect(initials('<script>alert(1)</script>')).to.equal('S');
    expect(initials('   ')).to.equal('?');
  });
});

describe('avatarColors', () => {
  it('gives the same colour to the same name, and different colours to different names', () => {
    expect(avatarColors('Terence Tao')).to.deep.equal(avatarColors('Terence Tao'));
    const names = [
      'Terence Tao',
      'Aasa Feragen',
      'Surya Ganguli',
      'Anima Anandkumar',
      'Konstantinos Spiliopoulos',
      'Weinan E',
    ];
    expect(new Set(names.map((n) => avatarColors(n).background)).size).to.be.greaterThan(3);
  });

  it('keeps white initials at a contrast of at least 4.5:1 for every BLNS string and every hue', async () => {
    const blns: string[] = await (await fetch('/test/fixtures/blns/blns.json')).json();
    for (const name of blns) {
      const c = avatarColors(name);
      expect(c.contrast, name).to.be.at.least(MIN_CONTRAST);
      const rgb = c.background.match(/\d+/g)!.map(Number) as [number, number, number];
      // Checked with an independent formula, not the code's own contrast().
      expect(wcagContrast(rgb, [255, 255, 255]), name).to.be.at.least(MIN_CONTRAST);
    }
  });

  it('computes WCAG contrast like the reference values', () => {
    expect(contrast([0, 0, 0], [255, 255, 255])).to.be.closeTo(21, 0.01);
    expect(contrast([118, 118, 118], [255, 255, 255])).to.be.closeTo(4.54, 0.02);
    expect(hslToRgb(0, 1, 0.5)).to.deep.equal([255, 0, 0]);
    expect(hslToRgb(120, 1, 0.25)).to.deep.equal([0, 128, 0]);
  });
});
