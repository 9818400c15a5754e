// Reading organizer files and writing results: every failure is one line naming the file (and the line when known),
// and nothing half-written is ever left where the output should be.
import { mkdtempSync, renameSync, rmSync, statSync, readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';

/** The largest data file we read: 5,000 papers with abstracts are about 6 MB. */
export const MAX_BYTES = 32 * 1024 * 1024;

/** A problem that ends the command: `file:line: message`. */
export class CliError extends Error {
  constructor(file, line, message) {
    super(message);
    this.file = file;
    this.line = line;
  }
  toString() {
    return `${this.file ?? ''}${this.line ? `:${this.line}` : ''}${this.file ? ': ' : ''}${this.message}`;
  }
}

/**
 * The file as text, at most MAX_BYTES: UTF-8 (a byte-order mark is dropped), or the `encoding` given, a WHATWG label
 * such as `windows-1252` (Excel's "CSV (Comma delimited)" on a Western Windows) or `shift_jis`.
 */
export function readText(file, encoding) {
  let stat;
  try {
    stat = statSync(file);
  } catch (e) {
    throw new CliError(file, undefined, e.code === 'ENOENT' ? 'no such file' : `cannot read (${e.code ?? e.message})`);
  }
  if (stat.isDirectory()) throw new CliError(file, undefined, 'is a folder, not a file');
  if (stat.size > MAX_BYTES)
    throw new CliError(
      file,
      undefined,
      `${(stat.size / 1048576).toFixed(0)} MB is more than the ${MAX_BYTES / 1048576} MB a data file may have`,
    );
  const bytes = readFileSync(file);
  if (encoding && !/^utf-?8$/i.test(encoding.trim())) {
    let decoder;
    try {
      decoder = new TextDecoder(encoding.trim());
    } catch {
      throw new CliError(
        undefined,
        undefined,
        `--encoding: unknown encoding "${encoding}" (e.g. windows-1252, latin1, shift_jis)`,
      );
    }
    const text = decoder.decode(bytes);
    return decoder.encoding === 'windows-1252' ? fixCp1252(text) : text;
  }
  return decodeUtf8(bytes, file);
}

// Bytes 0x80–0x9F of windows-1252 (“ ” ‘ ’ – — € …), which Node's TextDecoder (before Node 23) decodes as Latin-1,
// that is, as invisible C1 controls. WHATWG's table, https://encoding.spec.whatwg.org/index-windows-1252.txt.
const CP1252 = '€\x81‚ƒ„…†‡ˆ‰Š‹Œ\x8dŽ\x8f\x90‘’“”•–—˜™š›œ\x9džŸ';
const fixCp1252 = (text) => text.replace(/[\x80-\x9f]/g, (c) => CP1252[c.charCodeAt(0) - 0x80]);

/** Decodes UTF-8 strictly; the error names the first line with a byte that is not UTF-8. */
export function decodeUtf8(bytes, file) {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
  try {
    return decoder.decode(bytes);
  } catch {
    // A newline byte is never part of a multi-byte UTF-8 sequence, so lines can be checked one by one.
    let start = 0;
    for (let line = 1; start <= bytes.length; line++) {
      let end = bytes.indexOf(0x0a, start);
      if (end === -1) end = bytes.length;
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(start, end));
      } catch {
        throw new CliError(file, line, 'not UTF-8 text (save the file as UTF-8 and try again)');
      }
      start = end + 1;
    }
    throw new CliError(file, undefined, 'not UTF-8 text');
  }
}

/** Line (1-based) of a character offset. */
export function lineAt(text, offset) {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** JSON.parse, with the error as `file:line: not valid JSON: …` (one line). */
export function parseJson(text, file) {
  try {
    return JSON.parse(text);
  } catch (e) {
    const m = /position (\d+)/.exec(e.message);
    let line = m ? lineAt(text, +m[1]) : /end of JSON input/.test(e.message) ? lineAt(text, text.length) : undefined;
    // V8 names no position for some errors but quotes the text around it: find that text.
    const near = /^Unexpected token '(.+?)', (?:\.\.\.)?"([^]*?)"(?:\.\.\.)? is not valid JSON$/.exec(e.message);
    if (line === undefined && near && text.indexOf(near[2]) >= 0)
      line = lineAt(text, text.indexOf(near[2]) + Math.max(0, near[2].indexOf(near[1])));
    // Else YAML's parser (JSON is YAML) finds the line of most of them.
    if (line === undefined) {
      const lineCounter = new LineCounter();
      const error = parseDocument(text, { lineCounter }).errors[0];
      if (error) line = lineCounter.linePos(error.pos[0]).line;
    }
    const message = e.message
      .split('\n')[0]
      .replace(/ in JSON at position \d+.*$/, '')
      .replace(/, "[^]*$|, \.\.\."[^]*$/, '');
    throw new CliError(file, line, `not valid JSON: ${message}`);
  }
}

/**
 * Writes `text` to `file` atomically: into a temporary file in the same folder, then renamed over the target, so
 * a failure (a full disk, Ctrl-C) leaves the old file or nothing, never half a file.
 */
export function writeAtomic(file, text) {
  const dir = dirname(file);
  let tmp;
  try {
    tmp = mkdtempSync(join(dir, `.${basename(file)}.`));
    const tmpFile = join(tmp, basename(file));
    writeFileSync(tmpFile, text);
    renameSync(tmpFile, file);
  } catch (e) {
    throw new CliError(file, undefined, `cannot write (${e.code ?? e.message})`);
  } finally {
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  }
}

/** Files of a folder, sorted, not recursive. */
export function listFiles(dir) {
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => join(dir, d.name))
    .sort();
}
