/**
 * List data read item by item, for the data controller (data.ts): a list from `src` is split as it downloads (the
 * streaming JSON splitter, json-list.ts) and a long list given otherwise is validated in tasks, publishing the items
 * so far after each. Only `<paper-list>` reads its data this way (`items: itemByItem(paperValidator)`): in a module
 * of its own, an element that does not (and its bundle alone) carries none of it.
 */
import { JsonListError, JsonListParser } from './json-list.js';
import type { Utf8Chunks } from './src-reader.js';
import { afterPaint, yieldTask } from './tasks.js';
import { capProblems } from './problem-cap.js';
import { labelProblems, type Problem, type Validated } from './validate.js';

/**
 * A list streams in as slices of text. The first slice is small and published at once, so the first screen shows
 * soon; after it, slices are read until a task has spent DATA_MS, then what arrived is published and the task ends
 * (the element renders it in the same task, and the browser paints and handles input before the next).
 */
const FIRST_SLICE = 16_384;
const SLICE = 32_768;
const DATA_MS = 25;
/**
 * A long list given whole (attribute, property, script child) is validated as far as its first screen first (the
 * paper list's first render: two chunks of 20), which is published and painted before the rest is validated.
 */
const FIRST_ITEMS = 40;

/** Validates one item of a list; `undefined` skips it (after recording why in `problems`). */
export type ItemValidator<I> = (value: unknown, path: string, index: number, problems: Problem[]) => I | undefined;

/** Where the items read go: the data controller's state. */
export interface ListSink<I> {
  /** The data's property, for the items' paths in messages (`papers[3]`). */
  name: string;
  /** The items so far, `partial: true`, when there are new ones. */
  publish(data: I[], problems: Problem[]): void;
  /** The whole list, validated. */
  ready(result: Validated<I[]>): void;
}

/**
 * Text that arrives in pieces: each call resolves to the next piece, or `undefined` at the end. A response body
 * (`stream`) or a JSON script child the HTML parser is still writing (script-child.ts).
 */
export type TextPieces = () => Promise<string | undefined>;

export interface ListReading<I> {
  /**
   * Reads a JSON list as it downloads and validates it item by item, publishing what has arrived after each task's
   * share of text (see {@link DATA_MS}) and whenever it waits for more, so the first items paint before the rest is
   * read and nothing blocks long. JSON that is not a list goes to `sink.accept` whole (validation says why).
   * Returns false when aborted (new data replaced this one); throws `Error('not valid JSON: …')`.
   */
  streamText(
    pieces: TextPieces,
    signal: AbortSignal,
    sink: ListSink<I> & { accept(raw: unknown): void },
  ): Promise<boolean>;
  /** {@link streamText} for a response body (`src`). */
  stream(
    body: ReadableStream<Uint8Array>,
    decoder: Utf8Chunks,
    signal: AbortSignal,
    sink: ListSink<I> & { accept(raw: unknown): void },
  ): Promise<boolean>;
  /**
   * A long list given as a property, attribute or script child: validated item by item in tasks of DATA_MS, like a
   * list from `src`, so thousands of items never block the page in one long task. The items validated so far are
   * published (`partial: true`) after each task; the first screen's items ({@link FIRST_ITEMS}) are validated now,
   * within the host's update, and painted before the rest.
   */
  inTasks(raw: unknown[], signal: AbortSignal, sink: ListSink<I>): Promise<void>;
}

/**
 * A response body as text pieces. The first screen's bytes are decoded on their own: a fast server's first chunk
 * can be megabytes, and decoding it whole came before the first items.
 */
function textOf(body: ReadableStream<Uint8Array>, decoder: Utf8Chunks, signal: AbortSignal): TextPieces {
  const reader = body.getReader();
  signal.addEventListener('abort', () => void reader.cancel().catch(() => undefined));
  let first = true;
  let rest: Uint8Array | undefined;
  let done = false;
  return async () => {
    if (rest) {
      const bytes = rest;
      rest = undefined;
      return decoder.decode(bytes);
    }
    if (done) return undefined;
    const read = await reader.read();
    if (read.done) {
      done = true;
      return decoder.decode();
    }
    let bytes = read.value;
    if (first && bytes.length > FIRST_SLICE) {
      rest = bytes.subarray(FIRST_SLICE);
      bytes = bytes.subarray(0, FIRST_SLICE);
    }
    first = false;
    return decoder.decode(bytes);
  };
}

/** Item-by-item reading with a fresh `validator()` for each data set (it may keep state, e.g. the ids seen). */
export function itemByItem<I>(validator: () => ItemValidator<I>): ListReading<I> {
  const reading: ListReading<I> = {
    stream: (body, decoder, signal, sink) => reading.streamText(textOf(body, decoder, signal), signal, sink),

    async streamText(pieces, signal, sink) {
      const parser = new JsonListParser();
      const list = itemsOf(validator(), sink);
      let slice = FIRST_SLICE;
      const read = (text: string) => {
        let values: unknown[];
        try {
          values = parser.push(text);
        } catch (e) {
          if (e instanceof JsonListError) throw new Error(`not valid JSON: ${e.message}`);
          throw e;
        }
        for (const value of values) list.add(value);
      };
      let taskStart = performance.now();
      for (;;) {
        // What has arrived shows while more is awaited.
        list.publish();
        const text = await pieces();
        if (signal.aborted) return false;
        if (text === undefined) break;
        for (let at = 0, end = 0; at < text.length; at = end) {
          end = at + slice;
          read(text.slice(at, end));
          if (slice === SLICE && performance.now() - taskStart < DATA_MS) continue;
          // After the first screen, the browser paints it before more is read: reading on first made that frame
          // wait, and grow (Largest Contentful Paint).
          const wait = slice === FIRST_SLICE ? afterPaint : yieldTask;
          slice = SLICE;
          list.publish();
          await wait();
          if (signal.aborted) return false;
          taskStart = performance.now();
        }
      }
      let rest: unknown;
      try {
        rest = parser.end();
      } catch (e) {
        throw new Error(`not valid JSON: ${(e as Error).message}`);
      }
      if (parser.notList) sink.accept(rest);
      else sink.ready({ data: list.data, problems: list.problems });
      return true;
    },

    async inTasks(raw, signal, sink) {
      const list = itemsOf(validator(), sink);
      let i = 0;
      while (i < FIRST_ITEMS && i < raw.length) list.add(raw[i++]);
      if (i < raw.length) {
        list.publish();
        await afterPaint();
        if (signal.aborted) return;
      }
      while (i < raw.length) {
        const end = performance.now() + DATA_MS;
        do list.add(raw[i++]);
        while (i < raw.length && performance.now() < end);
        if (i === raw.length) break;
        list.publish();
        await yieldTask();
        if (signal.aborted) return;
      }
      sink.ready({ data: list.data, problems: list.problems });
    },
  };
  return reading;
}

/** The items of a list validated one by one; `publish` hands those so far to the sink when there are new ones. */
function itemsOf<I>(item: ItemValidator<I>, sink: ListSink<I>) {
  const data: I[] = [];
  const problems: Problem[] = [];
  let index = 0;
  let published = 0;
  return {
    data,
    problems,
    add: (value: unknown) => {
      const before = problems.length;
      const result = item(value, `${sink.name}[${index}]`, index, problems);
      labelProblems(problems, before, value);
      capProblems(problems);
      index++;
      if (result !== undefined) data.push(result);
    },
    publish: () => {
      if (data.length === published) return;
      published = data.length;
      sink.publish(data.slice(), problems);
    },
  };
}
