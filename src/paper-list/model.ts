/**
 * The paper model shared by validation, BibTeX and search: the validated types, ASCII folding and slugs. Pure, no
 * DOM, and it imports nothing of its own folder, so `validate.ts` and `bibtex.ts` both build on it without a cycle.
 */

/** An author after validation. */
export interface AuthorData {
  name: string;
  affiliations: string[];
  url?: string;
}

/** The links a paper may have, in the order they are shown, with the terms of their labels. */
export const LINKS = [
  ['pdf', 'linkPdf'],
  ['url', 'linkPage'],
  ['code', 'linkCode'],
  ['video', 'linkVideo'],
  ['slides', 'linkSlides'],
  ['poster', 'linkPoster'],
] as const;

export type LinkKey = (typeof LINKS)[number][0];

/** A paper after validation: text is text, URLs are safe and absolute, every paper has a unique `id`. */
export interface PaperData extends Partial<Record<LinkKey, string>> {
  /** The given id, or one generated from first author and title; unique in the list. */
  id: string;
  /** Whether `id` was written by the organizer (it is then the BibTeX key). */
  givenId: boolean;
  title: string;
  authors: AuthorData[];
  abstract?: string;
  keywords: string[];
  type?: string;
  award?: string;
  session?: string;
  bibtex?: string;
  /** Position in the organizer's data, for "given order". */
  index: number;
}

// Letters NFD does not decompose into an ASCII base (for keys and search).
const LETTERS: Record<string, string> = {
  ł: 'l',
  Ł: 'L',
  ø: 'o',
  Ø: 'O',
  ß: 'ss',
  æ: 'ae',
  Æ: 'AE',
  œ: 'oe',
  Œ: 'OE',
  đ: 'd',
  Đ: 'D',
  ð: 'd',
  þ: 'th',
  ı: 'i',
};

/** Strips accents and maps letters like ł and ß to ASCII; other scripts are kept. */
export function toAscii(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[łŁøØßæÆœŒđĐðþı]/g, (c) => LETTERS[c]);
}

const STOP = new Set([
  'a',
  'an',
  'the',
  'on',
  'of',
  'in',
  'for',
  'to',
  'and',
  'with',
  'towards',
  'toward',
  'from',
  'by',
  'at',
  'is',
  'are',
]);

export function familyName(name: string | undefined): string {
  if (!name) return '';
  const words = toAscii(name).trim().split(/\s+/);
  return (words[words.length - 1] ?? '').toLowerCase().replace(/[^a-z0-9]/g, '');
}

export function firstWord(title: string): string {
  const words = toAscii(title)
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  return words.find((w) => !STOP.has(w)) ?? words[0] ?? '';
}

/** The id of a paper without one: `davis-modelling` (first author's family name, first significant title word). */
export function paperSlug(firstAuthor: string | undefined, title: string): string {
  return [familyName(firstAuthor), firstWord(title)].filter(Boolean).join('-') || 'paper';
}
