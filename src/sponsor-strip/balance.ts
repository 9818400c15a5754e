/**
 * The balancing rule: logos of different aspect ratios get the same visual area within a tier.
 *
 * For a tier of height H, a logo of aspect ratio r = width / height is drawn H / √r tall (so √r · H wide):
 * its area is H² whatever its shape. A square logo is H × H, a 4:1 word-mark 2H × H/2, a 1:2 mark 0.71H × 1.41H.
 * Every logo sits in a slot of the same size, SLOT_WIDTH · H by SLOT_HEIGHT · H, so a logo that loads late
 * never moves the others; shapes beyond what the slot holds (wider than 5.76:1, taller than 1:2.25) are
 * clamped to the slot's width or height.
 */

/** Slot width in units of the tier height H. */
export const SLOT_WIDTH = 2.4;
/** Slot height in units of the tier height H. */
export const SLOT_HEIGHT = 1.5;

export interface LogoSize {
  /** Drawn width in units of the tier height. */
  width: number;
  /** Drawn height in units of the tier height. */
  height: number;
}

/**
 * The drawn size of a logo with the given natural dimensions, in units of the tier height.
 * Without natural dimensions (an SVG with only a viewBox reports 0 in some browsers) it is drawn square.
 */
export function balancedSize(naturalWidth: number, naturalHeight: number): LogoSize {
  const ratio = naturalWidth > 0 && naturalHeight > 0 ? naturalWidth / naturalHeight : 1;
  const height = Math.min(1 / Math.sqrt(ratio), SLOT_HEIGHT, SLOT_WIDTH / ratio);
  return { width: height * ratio, height };
}
