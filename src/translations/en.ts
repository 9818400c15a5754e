/**
 * Every term the elements write, in English: the reference for a translation (`registerTranslation(lang, terms)`).
 * The elements do not need this module: each carries its own English terms, the last fallback.
 */
import type { Message } from '../internal/localize.js';
import { DATES_TERMS } from '../important-dates/terms.js';
import { COMMON_TERMS } from '../internal/terms.js';
import { PAPER_TERMS } from '../paper-list/terms.js';
import { SPEAKER_TERMS } from '../speaker-card/terms.js';
import { SPONSOR_TERMS } from '../sponsor-strip/terms.js';
import { SCHEDULE_TERMS } from '../workshop-schedule/terms.js';

export const en = {
  ...COMMON_TERMS,
  ...SCHEDULE_TERMS,
  ...PAPER_TERMS,
  ...SPEAKER_TERMS,
  ...SPONSOR_TERMS,
  ...DATES_TERMS,
};

/** The key of a term. */
export type TermKey = keyof typeof en;
/** A translation with every term (what the shipped languages are checked against). */
export type CompleteTranslation = Record<TermKey, Message>;

export default en;
