/**
 * Reading a `src` response within limits: a deadline for the whole response, a size limit, and UTF-8 decoding that
 * notices bytes that are not UTF-8 (a file saved as Latin-1 or Windows-1252) instead of silently showing "�".
 */

/**
 * How long and how large a `src` response may be. Internal settings, not an API: tests shorten them.
 * - `timeoutMs`: from the request to the last byte; a response that never ends gives an error after it.
 * - `maxBytes`: a larger response is refused with an error (declared by Content-Length or counted as it arrives).
 */
export const srcLimits = { timeoutMs: 30_000, maxBytes: 32 * 1024 * 1024 };

/** Words of this module that an organizer reads (moved to the term registry when it lands). */
export const SRC_TERMS = {
  timedOut: (ms: number) =>
    `no complete response within ${ms >= 1000 ? `${Math.round(ms / 1000)} s` : `${ms} ms`}; check the URL and the server`,
  tooLarge: (maxBytes: number) =>
    `the response is larger than ${formatBytes(maxBytes)}, the most an element reads; split the data or leave out what the page does not show`,
  notUtf8: (src: string) =>
    `src "${src}" is not valid UTF-8 (saved as Latin-1 or Windows-1252?): characters it could not read show as "\uFFFD"; save the file as UTF-8`,
} as const;

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / (1024 * 1024))} MB` : `${Math.round(bytes / 1024)} KB`;
}

/** The response broke a limit; `message` says which, for the organizer. */
export class SrcLimitError extends Error {}

/** Throws {@link SrcLimitError} when the response says it is larger than the limit. */
export function checkDeclaredSize(response: Response): void {
  const declared = Number(response.headers.get('content-length'));
  if (declared > srcLimits.maxBytes) throw new SrcLimitError(SRC_TERMS.tooLarge(srcLimits.maxBytes));
}

/**
 * Decodes a response's bytes as they arrive, counting them against `srcLimits.maxBytes`. Strict UTF-8 first
 * (TextDecoder's fatal mode); at the first invalid byte it decodes leniently from there on and sets `invalid`.
 */
export class Utf8Chunks {
  /** Whether some bytes were not UTF-8 (they were decoded as U+FFFD). */
  invalid = false;
  private bytes = 0;
  private readonly fatal = new TextDecoder('utf-8', { fatal: true });
  private lenient?: TextDecoder;
  /** The bytes of a character that a chunk ended inside (at most 3), in case the next chunk has an error. */
  private tail: Uint8Array = new Uint8Array(0);

  /** The text of the next chunk; without one, the end of the text. */
  decode(chunk?: Uint8Array): string {
    if (chunk) {
      this.bytes += chunk.length;
      if (this.bytes > srcLimits.maxBytes) throw new SrcLimitError(SRC_TERMS.tooLarge(srcLimits.maxBytes));
    }
    if (this.lenient) return chunk ? this.lenient.decode(chunk, { stream: true }) : this.lenient.decode();
    try {
      const text = chunk ? this.fatal.decode(chunk, { stream: true }) : this.fatal.decode();
      if (chunk) this.tail = incompleteEnd(chunk.length >= 3 ? chunk : concat(this.tail, chunk));
      return text;
    } catch {
      this.invalid = true;
      this.lenient = new TextDecoder();
      return this.lenient.decode(concat(this.tail, chunk ?? new Uint8Array(0)), { stream: !!chunk });
    }
  }
}

/** The last bytes of `bytes` when they begin a UTF-8 sequence that is not complete yet. */
function incompleteEnd(bytes: Uint8Array): Uint8Array {
  for (let i = 1; i <= Math.min(3, bytes.length); i++) {
    const b = bytes[bytes.length - i];
    if ((b & 0xc0) === 0x80) continue; // a continuation byte: look further back
    const length = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return length > i ? bytes.slice(bytes.length - i) : new Uint8Array(0);
  }
  return new Uint8Array(0);
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (!a.length) return b;
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

/**
 * An AbortController that aborts after `srcLimits.timeoutMs`, or when `outer` aborts. `timedOut` says which;
 * `clear()` stops the clock.
 */
export function deadline(outer: AbortSignal): { signal: AbortSignal; timedOut: () => boolean; clear: () => void } {
  const inner = new AbortController();
  let timedOut = false;
  const ms = srcLimits.timeoutMs;
  const timer = setTimeout(() => {
    timedOut = true;
    inner.abort(new SrcLimitError(SRC_TERMS.timedOut(ms)));
  }, ms);
  const forward = () => inner.abort(outer.reason);
  if (outer.aborted) forward();
  else outer.addEventListener('abort', forward, { once: true });
  return {
    signal: inner.signal,
    timedOut: () => timedOut,
    clear: () => {
      clearTimeout(timer);
      outer.removeEventListener('abort', forward);
    },
  };
}
