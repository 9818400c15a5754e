/**
 * The initials avatar shown instead of a missing, unsafe or failing photo: pure functions, no DOM.
 * The colour is derived from the name (the same person always gets the same colour) and is dark
 * enough for white initials to reach a contrast of at least 4.5:1 (WCAG AA for normal text).
 */
import { fnv1a } from '../internal/hash.js';

/** Honorifics skipped for initials: "Dr. Aisha Walcott-Bryant" is "AW", not "DW". */
const TITLES = new Set(['dr', 'prof', 'professor', 'mr', 'mrs', 'ms', 'mx', 'sir', 'dame']);
const LETTER = /[\p{L}\p{N}]/u;

// Made once: constructing a Segmenter costs about a millisecond.
const segmenter =
  typeof Intl !== 'undefined' && 'Segmenter' in Intl
    ? new Intl.Segmenter(undefined, { granularity: 'grapheme' })
    : undefined;

/** Code points that extend the previous one into a single user-perceived character. */
const EXTENDS = /^(?:\p{M}|\p{Emoji_Modifier}|\u200D|\uFE0E|\uFE0F|[\u{E0020}-\u{E007F}])/u;
const FLAG_HALF = /^\p{Regional_Indicator}$/u;

/** The first user-perceived character of `text`, so an emoji or an accented letter stays whole. */
function firstGrapheme(text: string): string | undefined {
  const [a, b] = Array.from(text.slice(0, 4));
  // Fast path for the usual case; segmenting costs a tenth of a millisecond per call.
  if (b === undefined || !segmenter || !(EXTENDS.test(b) || (FLAG_HALF.test(a) && FLAG_HALF.test(b)))) return a;
  for (const s of segmenter.segment(text)) return s.segment;
  return undefined;
}

/**
 * Up to two initials: the first letters of the first and the last word of the name, skipping titles
 * and words that do not start with a letter or digit. Falls back to the first visible character.
 */
export function initials(name: string): string {
  const words = name
    .split(/[\s\u200B\u200E\u200F\u2028-\u202F]+/u)
    .map((w) => w.replace(/^[^\p{L}\p{N}\p{Extended_Pictographic}]+/u, ''))
    .filter((w) => w !== '' && !TITLES.has(w.replace(/\.$/, '').toLowerCase()));
  const lettered = words.filter((w) => LETTER.test(firstGrapheme(w) ?? ''));
  const chosen = lettered.length ? lettered : words;
  if (chosen.length === 0) return firstGrapheme(name.trim()) ?? '?';
  const first = firstGrapheme(chosen[0])!;
  const last = chosen.length > 1 ? firstGrapheme(chosen[chosen.length - 1])! : '';
  return (first + last).toLocaleUpperCase();
}

/** sRGB channels 0–255 of an HSL colour (h in degrees, s and l in 0–1). */
export function hslToRgb(h: number, s: number, l: number): [number, number, number] {
  const k = (n: number) => (n + h / 30) % 12;
  const a = s * Math.min(l, 1 - l);
  const f = (n: number) => l - a * Math.max(-1, Math.min(k(n) - 3, Math.min(9 - k(n), 1)));
  return [f(0), f(8), f(4)].map((v) => Math.round(v * 255)) as [number, number, number];
}

/** WCAG relative luminance of an sRGB colour. */
export function luminance([r, g, b]: [number, number, number]): number {
  const lin = (c: number) => {
    const v = c / 255;
    return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG contrast ratio of two colours. */
export function contrast(a: [number, number, number], b: [number, number, number]): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

const WHITE: [number, number, number] = [255, 255, 255];
export const MIN_CONTRAST = 4.5;

/** Background and text colour of the avatar for a name; the pair always has a contrast of at least 4.5:1. */
export function avatarColors(name: string): { background: string; color: string; contrast: number } {
  const h = fnv1a(name.trim().toLowerCase());
  const hue = h % 360;
  const saturation = 0.45 + ((h >>> 9) % 20) / 100;
  // Start fairly light for variety and darken until white text is readable (yellows need the most).
  let lightness = 0.42;
  let rgb = hslToRgb(hue, saturation, lightness);
  while (contrast(rgb, WHITE) < MIN_CONTRAST && lightness > 0.05) {
    lightness -= 0.01;
    rgb = hslToRgb(hue, saturation, lightness);
  }
  return { background: `rgb(${rgb.join(' ')})`, color: '#ffffff', contrast: contrast(rgb, WHITE) };
}
