/**
 * Splits a JSON array into its items while the text is still arriving, so a long list from `src` can render its
 * first items before the rest has downloaded. Each item is handed to `JSON.parse` as soon as it is complete; this
 * module only finds where items start and end (brackets, braces and strings), so parsing itself stays native.
 *
 * Hand-written: the streaming JSON parsers on npm (`@streamparser/json`, `clarinet`, `oboe`) parse every token in
 * JavaScript, which is several times slower than `JSON.parse` on whole items, and would be a second runtime
 * dependency next to `lit`.
 */

/** The text is not valid JSON; `message` says where, like `JSON.parse` does. */
export class JsonListError extends Error {}

const Mode = {
  /** Before the opening `[`. */
  Start: 0,
  /** After `[` or `,`: an item or (only after `[`) the closing `]`. */
  BeforeItem: 1,
  /** Inside an item. */
  Item: 2,
  /** After an item: `,` or `]`. */
  AfterItem: 3,
  /** After the closing `]`: only whitespace. */
  End: 4,
  /** The top level is not an array: the text is kept whole for `JSON.parse`. */
  NotList: 5,
} as const;
type Mode = (typeof Mode)[keyof typeof Mode];

const isSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
const STRING_STOP = /["\\]/g;

export class JsonListParser {
  private mode: Mode = Mode.Start;
  /** Text of the current item from earlier chunks. */
  private carry = '';
  /** Nesting depth inside the current item (0 for a bare string, number or literal). */
  private depth = 0;
  private inString = false;
  /** The previous chunk ended right after a backslash inside a string. */
  private escaped = false;
  /** The current item is a bare number or literal (`true`, `null`): it ends at `,`, `]` or whitespace. */
  private bare = false;
  private afterComma = false;
  private whole: string[] = [];
  /** Characters read so far, for error positions. */
  private offset = 0;
  private count = 0;

  /** Whether the top level turned out not to be an array; call {@link end} for its value. */
  get notList(): boolean {
    return this.mode === Mode.NotList;
  }

  /** Reads the next piece of text; returns the items it completed, parsed. */
  push(text: string): unknown[] {
    const items: unknown[] = [];
    if (this.mode === Mode.NotList) {
      this.whole.push(text);
      return items;
    }
    let start = this.mode === Mode.Item ? 0 : -1;
    let i = 0;
    const n = text.length;
    const fail = (what: string): never => {
      throw new JsonListError(`${what} at position ${this.offset + i}`);
    };
    const finish = (endExclusive: number) => {
      const source = this.carry + text.slice(start, endExclusive);
      this.carry = '';
      try {
        items.push(JSON.parse(source));
      } catch (e) {
        throw new JsonListError(`${(e as Error).message} (in item ${this.count} of the list)`);
      }
      this.count++;
      this.mode = Mode.AfterItem;
      start = -1;
    };
    while (i < n) {
      if (this.mode === Mode.Item) {
        if (this.inString) {
          if (this.escaped) {
            this.escaped = false;
            i++;
            continue;
          }
          STRING_STOP.lastIndex = i;
          const stop = STRING_STOP.exec(text);
          if (!stop) {
            i = n;
            break;
          }
          i = stop.index + 1;
          if (stop[0] === '\\') {
            if (i < n) i++;
            else this.escaped = true;
            continue;
          }
          this.inString = false;
          if (this.depth === 0) finish(i);
          continue;
        }
        const c = text.charCodeAt(i);
        if (this.bare) {
          if (c === 0x2c || c === 0x5d || isSpace(c)) {
            this.bare = false;
            finish(i);
            continue; // the separator is read in AfterItem
          }
          i++;
          continue;
        }
        i++;
        if (c === 0x22) this.inString = true;
        else if (c === 0x7b || c === 0x5b) this.depth++;
        else if ((c === 0x7d || c === 0x5d) && --this.depth === 0) finish(i);
        continue;
      }
      const c = text.charCodeAt(i);
      if (isSpace(c)) {
        i++;
        continue;
      }
      switch (this.mode) {
        case Mode.Start:
          if (c !== 0x5b) {
            this.mode = Mode.NotList;
            this.whole.push(text.slice(i));
            this.offset += n;
            return items;
          }
          this.mode = Mode.BeforeItem;
          this.afterComma = false;
          i++;
          break;
        case Mode.BeforeItem:
          if (c === 0x5d) {
            if (this.afterComma) fail('Unexpected "]" after ","');
            this.mode = Mode.End;
            i++;
            break;
          }
          this.mode = Mode.Item;
          start = i;
          this.depth = 0;
          if (c === 0x7b || c === 0x5b) this.depth = 1;
          else if (c === 0x22) this.inString = true;
          else if (c === 0x2c) fail('Unexpected ","');
          else this.bare = true;
          i++;
          break;
        case Mode.AfterItem:
          if (c === 0x2c) {
            this.mode = Mode.BeforeItem;
            this.afterComma = true;
          } else if (c === 0x5d) this.mode = Mode.End;
          else fail(`Unexpected ${JSON.stringify(text[i])}, expected "," or "]"`);
          i++;
          break;
        default:
          fail(`Unexpected ${JSON.stringify(text[i])} after the end of the list`);
      }
    }
    if (this.mode === Mode.Item && start !== -1) this.carry += text.slice(start);
    this.offset += n;
    return items;
  }

  /**
   * Ends the text: throws {@link JsonListError} when it stopped before the list closed. When the top level was not
   * an array, returns its parsed value (for the caller to report what it got instead).
   */
  end(): unknown {
    if (this.mode === Mode.NotList) {
      const text = this.whole.join('');
      this.whole = [];
      try {
        return JSON.parse(text);
      } catch (e) {
        throw new JsonListError((e as Error).message);
      }
    }
    if (this.mode === Mode.Start) throw new JsonListError('Unexpected end of JSON input (the response is empty)');
    if (this.mode !== Mode.End) throw new JsonListError(`Unexpected end of JSON input at position ${this.offset}`);
    return undefined;
  }
}
