/**
 * Strings that every encoder accepts. An id cut inside an emoji (`"talk-\ud83d"`) holds a lone surrogate, which
 * `encodeURIComponent` refuses with a `URIError` and UTF-8 cannot carry; replacing it with U+FFFD (what
 * `String.prototype.toWellFormed` does, used where the engine has it) keeps the rest of the id readable.
 */
const native = (String.prototype as { toWellFormed?: (this: string) => string }).toWellFormed;

export function wellFormed(text: string): string {
  if (native) return native.call(text);
  return text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}

/** `encodeURIComponent` that never throws: lone surrogates are encoded as U+FFFD. */
export const encodeComponent = (text: string): string => encodeURIComponent(wellFormed(text));
