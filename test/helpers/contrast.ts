/**
 * WCAG 2.x contrast ratio, written from the specification for the tests, apart from the code's own `contrast()`:
 * a test that checked the code with its own helper could not catch a mistake in it.
 * https://www.w3.org/TR/WCAG22/#dfn-relative-luminance
 */
export function wcagContrast(a: readonly number[], b: readonly number[]): number {
  const luminance = ([r, g, b]: readonly number[]) => {
    const [R, G, B] = [r, g, b].map((v) => {
      const c = v / 255;
      return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    });
    return 0.2126 * R + 0.7152 * G + 0.0722 * B;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * Any CSS colour as the browser paints it (oklab, `color-mix()` results, `color(srgb …)`), as sRGB bytes read back
 * from a canvas pixel painted over white.
 */
export function srgb(color: string): [number, number, number] {
  const ctx = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, 1, 1);
  ctx.fillStyle = color;
  ctx.fillRect(0, 0, 1, 1);
  const [r, g, b] = ctx.getImageData(0, 0, 1, 1).data;
  return [r, g, b];
}
