import { fill, type Message, type TermArgs } from '../../src/internal/localize.js';

/** A term function over an element's English table, as the element's `Localize.term` is on an English page. */
export const english =
  <T extends Record<string, Message>>(table: T) =>
  (key: keyof T, args?: TermArgs): string =>
    fill(table[key], 'en', args).join('');
