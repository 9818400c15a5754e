import { expect } from '@open-wc/testing';
import { balancedSize, SLOT_HEIGHT, SLOT_WIDTH } from '../../src/sponsor-strip/balance.js';

describe('balancedSize (the balancing rule)', () => {
  it('gives logos of different aspect ratios the same area: height H/√r', () => {
    const square = balancedSize(200, 200);
    const wide = balancedSize(400, 100);
    const wordmark = balancedSize(300, 100);
    const tall = balancedSize(100, 200);
    expect(square).to.deep.equal({ width: 1, height: 1 });
    expect(wide.height).to.be.closeTo(0.5, 1e-9);
    expect(wide.width).to.be.closeTo(2, 1e-9);
    expect(tall.height).to.be.closeTo(Math.SQRT2, 1e-9);
    for (const s of [wide, wordmark, tall]) expect(s.width * s.height).to.be.closeTo(1, 1e-9);
  });

  it('keeps the natural aspect ratio', () => {
    for (const [w, h] of [
      [640, 97],
      [33, 70],
      [1, 1],
      [5000, 600],
    ]) {
      const s = balancedSize(w, h);
      expect(s.width / s.height).to.be.closeTo(w / h, 1e-9);
    }
  });

  it('depends only on the shape, not on the pixel size', () => {
    expect(balancedSize(40, 10)).to.deep.equal(balancedSize(4000, 1000));
  });

  it('clamps very wide logos to the slot width and very tall ones to the slot height', () => {
    const banner = balancedSize(1000, 100);
    expect(banner.width).to.be.closeTo(SLOT_WIDTH, 1e-9);
    expect(banner.height).to.be.closeTo(SLOT_WIDTH / 10, 1e-9);
    const pole = balancedSize(100, 1000);
    expect(pole.height).to.equal(SLOT_HEIGHT);
    expect(pole.width).to.be.closeTo(SLOT_HEIGHT / 10, 1e-9);
    for (let r = 0.05; r < 50; r *= 1.3) {
      const s = balancedSize(r * 100, 100);
      expect(s.width).to.be.at.most(SLOT_WIDTH + 1e-9);
      expect(s.height).to.be.at.most(SLOT_HEIGHT + 1e-9);
    }
  });

  it('draws a logo without natural dimensions as a square instead of failing', () => {
    expect(balancedSize(0, 0)).to.deep.equal({ width: 1, height: 1 });
    expect(balancedSize(300, 0)).to.deep.equal({ width: 1, height: 1 });
    expect(balancedSize(NaN, 10)).to.deep.equal({ width: 1, height: 1 });
  });
});
