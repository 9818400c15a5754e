/**
 * A JSON script child the HTML parser may still be writing. When the elements are defined before the page is parsed
 * (the bundle loaded with `<script type="module" async>`, or a classic or module script before the element), an
 * element upgrades at its start tag, before its `<script type="application/json">` child is complete. Chromium,
 * Firefox and WebKit all append the parsed text to the script's one text node, piece by piece, and report each
 * append to mutation observers (`characterData`); test/internal/mid-parse.test.ts shows it in all three. So the
 * data controller (data.ts) reads such a script as it grows, as it reads `src` as it downloads, instead of taking a
 * half-written list for malformed JSON.
 */
import type { TextPieces } from './data-lists.js';

/**
 * Whether the HTML parser may still append to `script`: its document is loading and no node follows the script
 * yet. The parser adds nodes in document order, so once any node follows, the script's end tag has been read.
 */
export function mayGrow(script: Element): boolean {
  const doc = script.ownerDocument;
  if (doc.readyState !== 'loading' || !script.isConnected) return false;
  for (let node: Node | null = script; node && node !== doc; node = node.parentNode) if (node.nextSibling) return false;
  return true;
}

/**
 * Resolves when the document may have changed: a mutation anywhere in it (the script's text grew, a node after it
 * was parsed), the end of parsing, or `signal`'s abort. Observes only while waiting.
 */
export function documentChange(doc: Document, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      observer.disconnect();
      doc.removeEventListener('readystatechange', done);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const observer = new MutationObserver(done);
    observer.observe(doc, { childList: true, subtree: true, characterData: true });
    doc.addEventListener('readystatechange', done);
    signal.addEventListener('abort', done);
  });
}

/**
 * The text of a script child as the parser writes it: each call resolves to what was appended since the last one,
 * waiting for more while the script may grow, and to `undefined` once it is closed and all read. `closed(text)` is
 * told the whole text when the parser has finished the script.
 */
export function scriptPieces(script: Element, signal: AbortSignal, closed: (text: string) => void): TextPieces {
  let read = 0;
  let done = false;
  return async () => {
    while (!done && !signal.aborted) {
      // Asked before the text is read: a script the parser has closed has all its text.
      const growing = mayGrow(script);
      const text = textOf(script);
      if (!growing) {
        done = true;
        closed(text);
      }
      if (text.length > read) {
        const piece = text.slice(read);
        read = text.length;
        return piece;
      }
      if (!done) await documentChange(script.ownerDocument, signal);
    }
    return undefined;
  };
}

/**
 * The script's text. The parser writes one text node: its `data` is the engine's string as it stands, where
 * `textContent` builds a new one (in Chromium a copy of the whole text, for every piece the parser appends).
 */
function textOf(script: Element): string {
  const only = script.firstChild;
  return only?.nodeType === Node.TEXT_NODE && !only.nextSibling ? (only as Text).data : (script.textContent ?? '');
}

/** Resolves once the parser has finished `script` (see {@link mayGrow}), or `signal` aborts. */
export async function scriptClosed(script: Element, signal: AbortSignal): Promise<void> {
  while (mayGrow(script) && !signal.aborted) await documentChange(script.ownerDocument, signal);
}
