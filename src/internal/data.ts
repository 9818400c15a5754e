/**
 * Data in, four ways, the same for every element:
 *   1. a JSON attribute           <paper-list papers='[…]'>
 *   2. the JS property            el.papers = […]   (also when set before the element is defined); JSON text set
 *                                 as the property is read like the attribute: React 19, Vue and Preact set an
 *                                 attribute-like prop (`papers='[…]'`) as the property when the element has one
 *   3. `src`                      <paper-list src="papers.json">   fetched relative to the page
 *   4. a JSON script child        <paper-list><script type="application/json">[…]</script></paper-list>
 *      (read as the HTML parser writes it when the element is defined first: script-child.ts)
 * The first one given wins, in that order (1 and 2 are the same property).
 *
 * Hand-written instead of `@lit/task`: the issue keeps `lit` as the only runtime dependency, and the
 * loading part is one fetch with an AbortController.
 */
import type { ComplexAttributeConverter, ReactiveController, ReactiveControllerHost } from 'lit';
import { WeErrorEvent } from '../events/error.js';
import { WeLoadEvent } from '../events/load.js';
import type { ListReading } from './data-lists.js';
export type { ItemValidator } from './data-lists.js';
import { checkDeclaredSize, deadline, SRC_TERMS, Utf8Chunks } from './src-reader.js';
import { DataError, type Problem, type Validated } from './validate.js';
import { Warnings } from './warnings.js';
import { baseUri } from './page.js';
import { mayGrow, scriptClosed, scriptPieces } from './script-child.js';
import { attributeTypos } from './attribute-typos.js';

/** What a malformed JSON attribute turns into, instead of Lit's silent `null`. */
export class JsonAttributeError {
  constructor(
    readonly attribute: string,
    readonly message: string,
  ) {}
}

/**
 * Attribute converter for JSON data attributes. A removed attribute gives `undefined` (no data);
 * malformed JSON gives a {@link JsonAttributeError} that the element shows.
 */
export function jsonConverter(attribute: string): ComplexAttributeConverter {
  return {
    fromAttribute(value: string | null) {
      if (value === null) return undefined;
      // What String() makes of an object or a list of them: a framework rendering on a server (SvelteKit, Astro)
      // wrote data meant for the property as an attribute.
      if (/^\[object \w+\](?:,\[object \w+\])*$/.test(value))
        return new JsonAttributeError(
          attribute,
          `"${value.slice(0, 15)}${value.length > 15 ? '…' : ''}" is an object turned into text, as server rendering does with data written as an attribute: pass JSON text (JSON.stringify) on the server, or set the "${attribute}" property in the browser only`,
        );
      try {
        return JSON.parse(value);
      } catch (e) {
        return new JsonAttributeError(attribute, (e as Error).message);
      }
    },
  };
}

export type DataState<T> =
  | { status: 'empty' }
  /** `url`: the `src` loading; none for a script child the HTML parser is still writing (script-child.ts). */
  | { status: 'loading'; url?: string }
  | { status: 'error'; message: string }
  /** `partial`: items of a list from `src` that arrived so far; more are coming (see {@link DataOptions.items}). */
  | { status: 'ready'; data: T; problems: Problem[]; partial?: boolean };

type ItemOf<T> = T extends readonly (infer U)[] ? U : never;

/** Lists up to this long are validated at once; longer ones in tasks (see `acceptInTasks`). */
const SYNC_ITEMS = 500;

export interface DataOptions<T> {
  /** The element's tag, for messages. */
  tag: string;
  /** The property and attribute that carries the data, e.g. `papers`. */
  name: string;
  /** Current value of that property. */
  value(): unknown;
  /** Current `src`. */
  src(): string | null | undefined;
  /**
   * Validates and normalises raw JSON; throws {@link DataError} when it is unusable as a whole. It may validate a
   * first part only and give the rest as `rest` (the schedule's first day): the state is then `ready` with
   * `partial: true`, and `rest.read()` runs once `rest.after` resolves (e.g. after the next paint), or at once when
   * the host asks ({@link DataController.finish}).
   */
  validate(raw: unknown): Validated<T> & { rest?: Rest<T> };
  /** Anything else validation reads (the element's `base-url`): when it changes, the data is read again. */
  key?(): unknown;
  /**
   * For list data only: item-by-item reading, `itemByItem(validator)` from data-lists.ts, giving the same result as
   * `validate`. With it, a list from `src` renders while it downloads, and a list of more than SYNC_ITEMS given
   * otherwise is validated in tasks: the state is `ready` with `partial: true` until the last item. Passed in rather
   * than imported here, so an element whose data is not a long list does not carry the streaming JSON splitter.
   */
  items?: ListReading<ItemOf<T>>;
  /**
   * Whether the host has rendered all of the current data (default: once it has updated with it). `<paper-list>`
   * renders long lists over several tasks: its data is complete once the last paper is in the DOM.
   */
  rendered?(): boolean;
}

/** The part of data validated later (see {@link DataOptions.validate}). */
export interface Rest<T> {
  /** When to read it. */
  after: Promise<unknown>;
  /** The whole data, validated (the first part included). */
  read(): Validated<T>;
}

const SCRIPT_SELECTOR = ':scope > script[type="application/json"]';

/** Reads, loads and validates an element's data; the host renders `state`. */
export class DataController<T> implements ReactiveController {
  state: DataState<T> = { status: 'empty' };

  private lastValue: unknown = undefined;
  private lastSrc: string | null | undefined = undefined;
  private lastScript: string | null = null;
  /** A script child the HTML parser is still writing, being read (its text is the data's, not yet `lastScript`). */
  private growing?: Element;
  private lastKey: unknown = undefined;
  private started = false;
  private abort?: AbortController;
  private observer?: MutationObserver;
  /** Counts the data sets read: a result of an older one is never taken for the current one. */
  private run = 0;
  /** The run whose final state (ready and whole, error or empty) is `state`. */
  private settledRun = -1;
  /** The rest of data validated in part (see {@link DataOptions.validate}), until it has run. */
  private rest?: () => void;
  /** Unsettled while the current data is not yet complete (none has been read before the first update). */
  private pending? = deferred();
  private readonly warnings: Warnings;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement & { readonly isUpdatePending?: boolean },
    private readonly options: DataOptions<T>,
  ) {
    this.warnings = new Warnings(options.tag);
    host.addController(this);
  }

  hostConnected(): void {
    // Every element has a DataController, so a mistyped attribute name is reported here for all of them.
    for (const typo of attributeTypos(this.host)) this.warnings.warn(`attribute ${typo.name}`, typo.message);
    // A script child may be parsed after the element upgrades, or be added later by a framework.
    this.observer = new MutationObserver(() => this.host.requestUpdate());
    this.observer.observe(this.host, { childList: true, subtree: true, characterData: true });
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }

  /**
   * Resolves when the current data has been loaded, validated and rendered, also when it turned out unusable (the
   * element shows why and fires `error`): a rejected promise would be reported as an error on pages that never
   * await it. Like `@lit/task`'s `taskComplete`, newer data supersedes older: a promise taken while one data set
   * loads resolves once the newest has rendered, never with a stale one.
   */
  get complete(): Promise<void> {
    if (this.pending) return this.pending.promise;
    // Properties set but not yet read (the update is pending) may hold new data: ask again after that update.
    if (this.host.isUpdatePending) return this.host.updateComplete.then(() => this.complete);
    return Promise.resolve();
  }

  hostUpdate(): void {
    this.sync();
  }

  hostUpdated(): void {
    if (this.pending && this.settledRun === this.run && (this.options.rendered?.() ?? true)) {
      this.pending.resolve();
      this.pending = undefined;
    }
  }

  /**
   * Reads the data's inputs and, when they changed, starts reading the new data. Runs before each host update
   * (`hostUpdate`); a host that derives state from `state` in `willUpdate` calls it first, since `willUpdate` runs
   * before the controllers' `hostUpdate`. Calling it twice in one update does nothing more.
   */
  sync(): void {
    const value = this.options.value();
    const src = this.options.src();
    const child = value == null && !src ? this.host.querySelector(SCRIPT_SELECTOR) : null;
    // A script being read as it grows is the same data until the parser closes it (then `lastScript` is its text).
    const script = child && child === this.growing ? this.lastScript : (child?.textContent ?? null);
    const key = this.options.key?.();
    if (
      this.started &&
      value === this.lastValue &&
      src === this.lastSrc &&
      script === this.lastScript &&
      key === this.lastKey
    )
      return;
    this.started = true;
    this.lastKey = key;
    this.run++;
    // A promise taken while older data loaded now waits for this data instead.
    this.pending ??= deferred();
    this.lastValue = value;
    this.lastSrc = src;
    this.lastScript = script;
    this.abort?.abort();
    this.abort = undefined;
    this.rest = undefined;
    this.growing = undefined;

    if (value instanceof JsonAttributeError) {
      this.fail(`the "${value.attribute}" attribute is not valid JSON: ${value.message}`, value.attribute);
    } else if (typeof value === 'string' && !this.isAttributeParse(value)) {
      this.acceptText(value);
    } else if (value != null) {
      // Set from the attribute (parsed by jsonConverter) or as the property: the message names what the organizer wrote.
      const from = this.host.hasAttribute(this.options.name) ? 'attribute' : 'property';
      this.accept(value, `the "${this.options.name}" ${from}`, this.options.name);
    } else if (src) {
      void this.load(src);
    } else if (child && mayGrow(child)) {
      this.readGrowing(child);
    } else if (script !== null) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(script);
      } catch (e) {
        this.fail(`the <script type="application/json"> child is not valid JSON: ${(e as Error).message}`, 'script');
        return;
      }
      this.accept(parsed, 'the <script type="application/json"> child', 'script');
    } else {
      this.state = { status: 'empty' };
      this.settledRun = this.run;
    }
  }

  /**
   * A script child the HTML parser is still writing: a list is read as it grows (the first items render before the
   * parser reaches its end tag); other data once the script is closed. Either way half-written JSON is never taken
   * for malformed JSON.
   */
  private readGrowing(child: Element): void {
    const abort = new AbortController();
    this.abort = abort;
    this.growing = child;
    this.state = { status: 'loading' };
    const closed = (text: string) => {
      this.growing = undefined;
      this.lastScript = text;
    };
    const items = this.options.items;
    if (!items) {
      // Read whole once closed: the next `sync` reads the script anew.
      void scriptClosed(child, abort.signal).then(() => {
        if (abort.signal.aborted) return;
        this.growing = undefined;
        this.started = false;
        this.host.requestUpdate();
      });
      return;
    }
    const from = 'the <script type="application/json"> child';
    items
      .streamText(scriptPieces(child, abort.signal, closed), abort.signal, {
        ...this.sink(from),
        accept: (raw) => this.accept(raw, from, 'script'),
      })
      .then(
        () => this.host.requestUpdate(),
        // Not valid JSON, which no more text can mend: said once the parser has closed the script, whose whole
        // text is then the data read (`lastScript`), so that a later change to it is read anew.
        (e: Error) =>
          void scriptClosed(child, abort.signal).then(() => {
            if (abort.signal.aborted) return;
            closed(child.textContent ?? '');
            this.fail(`${from} is ${e.message}`, 'script');
            this.host.requestUpdate();
          }),
      );
  }

  /** JSON text set as the property (see the top of this file); `name` is the source of its errors. */
  private acceptText(text: string): void {
    const { name } = this.options;
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (e) {
      this.fail(`the "${name}" property is JSON text that is not valid JSON: ${(e as Error).message}`, name);
      return;
    }
    this.accept(parsed, `the "${name}" property`, name);
  }

  private async load(src: string): Promise<void> {
    let url: string;
    try {
      url = new URL(src, baseUri(this.host.ownerDocument)).href;
    } catch {
      this.fail(`src "${src}" is not a valid URL`, src);
      return;
    }
    const abort = new AbortController();
    this.abort = abort;
    this.state = { status: 'loading', url: src };
    // The deadline covers the whole response: a server that never finishes gives an error, not "Loading…" forever.
    const limit = deadline(abort.signal);
    const decoder = new Utf8Chunks();
    try {
      const response = await fetch(url, { signal: limit.signal, headers: { Accept: 'application/json' } });
      if (!response.ok)
        throw new Error(`HTTP ${response.status}${response.statusText ? ' ' + response.statusText : ''}`);
      checkDeclaredSize(response);
      if (this.options.items && response.body) {
        const from = `src "${src}"`;
        const read = await this.options.items.stream(response.body, decoder, limit.signal, {
          ...this.sink(from),
          accept: (raw) => this.accept(raw, from, src),
        });
        if (!read) {
          if (limit.timedOut()) throw limit.signal.reason;
          return;
        }
      } else {
        const text = await readText(response, limit.signal, decoder);
        if (abort.signal.aborted) return;
        let raw: unknown;
        try {
          raw = JSON.parse(text);
        } catch (e) {
          throw new Error(`not valid JSON: ${(e as Error).message}`);
        }
        this.accept(raw, `src "${src}"`, src);
      }
    } catch (e) {
      if (abort.signal.aborted) return;
      const reason = limit.timedOut() ? limit.signal.reason : e;
      this.fail(`could not load src "${src}": ${(reason as Error).message}`, src);
      this.host.requestUpdate();
      return;
    } finally {
      limit.clear();
    }
    if (decoder.invalid) this.warnings.warn('src', SRC_TERMS.notUtf8(src));
    this.host.requestUpdate();
    // Data of the wrong shape is not loaded data: `fail` fires `we-error` for it instead.
    if ((this.state as DataState<T>).status === 'ready') this.host.dispatchEvent(new WeLoadEvent());
  }

  /** `from` describes where the data came from, for messages; `source` names it for `we-error` (see WeErrorDetail). */
  private accept(raw: unknown, from: string, source: string): void {
    if (this.options.items && Array.isArray(raw) && raw.length > SYNC_ITEMS) {
      const abort = new AbortController();
      this.abort = abort;
      void this.options.items.inTasks(raw, abort.signal, this.sink(from));
      return;
    }
    let result: Validated<T> & { rest?: Rest<T> };
    try {
      result = this.options.validate(raw);
    } catch (e) {
      if (!(e instanceof DataError)) throw e;
      this.fail(`${from}: ${e.message}`, source);
      return;
    }
    const more = result.rest;
    if (!more) return this.ready(result, from);
    // The first part renders now; the rest is read once it has painted (its warnings are reported with the rest's).
    this.state = { status: 'ready', data: result.data, problems: result.problems, partial: true };
    const abort = new AbortController();
    this.abort = abort;
    this.rest = () => {
      this.rest = undefined;
      this.ready(more.read(), from);
    };
    void more.after.then(() => {
      if (abort.signal.aborted || !this.rest) return;
      this.rest();
      this.host.requestUpdate();
    });
  }

  /**
   * Reads the rest of data validated in part now, e.g. before printing or a search (see {@link DataOptions.validate});
   * true when there was a rest, and `state` is now the whole data's.
   */
  finish(): boolean {
    if (!this.rest) return false;
    this.rest();
    return true;
  }

  /** Where item-by-item reading (data-lists.ts) puts what it has read. */
  private sink(from: string) {
    return {
      name: this.options.name,
      publish: (data: ItemOf<T>[], problems: Problem[]) => {
        this.state = { status: 'ready', data: data as T, problems, partial: true };
        this.host.requestUpdate();
      },
      ready: (result: Validated<ItemOf<T>[]>) => {
        this.ready(result as Validated<T>, from);
        this.host.requestUpdate();
      },
    };
  }

  private ready(result: Validated<T>, from: string): void {
    this.state = { status: 'ready', data: result.data, problems: result.problems };
    this.settledRun = this.run;
    this.warnings.problems(from, result.problems);
  }

  /**
   * Whether a string value is the data attribute's own parse (a JSON string where data belongs), not JSON text set
   * as the property. Svelte and Lit hydrate a server-written attribute by setting the property to the same text, so
   * the attribute being there does not say where a string came from.
   */
  private isAttributeParse(value: string): boolean {
    const text = this.host.getAttribute(this.options.name);
    if (text === null) return false;
    try {
      return JSON.parse(text) === value;
    } catch {
      return false;
    }
  }

  private fail(message: string, source: string): void {
    this.state = { status: 'error', message };
    this.settledRun = this.run;
    this.warnings.error(message);
    // Not from inside the host's update: a listener may set properties.
    queueMicrotask(() => this.host.dispatchEvent(new WeErrorEvent({ message, source })));
  }
}

/** The whole text of a response, read within the limits (see src-reader.ts). */
async function readText(response: Response, signal: AbortSignal, decoder: Utf8Chunks): Promise<string> {
  if (!response.body) return decoder.decode(new Uint8Array(await response.arrayBuffer())) + decoder.decode();
  const reader = response.body.getReader();
  signal.addEventListener('abort', () => void reader.cancel().catch(() => undefined));
  const parts: string[] = [];
  for (;;) {
    const { done, value } = await reader.read();
    if (signal.aborted) throw signal.reason;
    parts.push(decoder.decode(done ? undefined : value));
    if (done) return parts.join('');
  }
}

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}
