/**
 * The term registry: every word the elements write comes from here, in the language of the nearest `lang`.
 *
 * Hand-written, in the spirit of Shoelace's and Web Awesome's `localize`, because the package keeps lit as its only
 * runtime dependency: `@shoelace-style/localize` would be a second one, and `@lit/localize` needs a build step
 * (or per-locale bundles) and knows no `lang` of the page. What it does costs about 1 KB gzipped:
 * - the language is the nearest `lang` (the element's, an ancestor's across shadow roots, `<html lang>`); a change
 *   of it on `<html>` or on the element re-renders the element. The direction needs no code: the nearest `dir` sets
 *   CSS `direction`, which the shadow trees inherit, and their styles use logical properties only;
 * - a term is a string with `{name}` placeholders, or one string per plural category (`one`, `other`, … chosen by
 *   `Intl.PluralRules` for the argument `n`); numbers are formatted by `Intl.NumberFormat`;
 * - a term is looked up in the element's `labels`, then the language (`de-AT`), its base (`de`), then English,
 *   with a console warning once per missing term (for the organizer: English, like every console message).
 *
 * The registry lives on `globalThis`, so the translation modules (`workshop-elements/translations/de.js`, also
 * loaded as separate files next to the CDN bundle) and every copy of the package share it.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** A term: text with `{name}` placeholders, or one text per plural category of the argument `n`. */
export type Message = string | ({ other: string } & Partial<Record<Intl.LDMLPluralRule, string>>);
/** Terms of a language, by key (see `src/translations/en.ts` for every key). */
export type Translation = Record<string, Message>;
/** What fills a term's placeholders: numbers are formatted in the term's language. */
export type TermArgs = Record<string, string | number>;

type Host = ReactiveControllerHost & HTMLElement;
interface Registry {
  translations: Map<string, Translation>;
  hosts: Set<Host>;
  warned: Set<string>;
  /** Counts `registerTranslation` calls: what an element caches per language is stale when it changes. */
  version: number;
  observer?: MutationObserver;
}

const registry: Registry = ((globalThis as { [k: symbol]: Registry })[Symbol.for('workshop-elements.localize')] ??= {
  translations: new Map(),
  hosts: new Set(),
  warned: new Set(),
  version: 0,
});

/**
 * Adds a language, or overrides terms of one, for every element on the page (those shown re-render):
 * `registerTranslation('nl', { addToCalendar: 'Zet in agenda', … })`. Terms it lacks fall back to the base
 * language, then English.
 */
export function registerTranslation(lang: string, terms: Translation): void {
  const key = lang.toLowerCase();
  registry.translations.set(key, { ...registry.translations.get(key), ...terms });
  registry.version++;
  for (const host of registry.hosts) host.requestUpdate();
}

/** The nearest attribute `name` on the element or its ancestors, across shadow roots. */
function nearest(el: Element, name: string): string | undefined {
  for (let n: Node | null = el; n; n = n.parentNode ?? (n as ShadowRoot).host ?? null)
    if ((n as Element).hasAttribute?.(name)) return (n as Element).getAttribute(name) || undefined;
  return undefined;
}

const cache = new Map<string, Intl.PluralRules | Intl.NumberFormat>();
function intl<T extends Intl.PluralRules | Intl.NumberFormat>(kind: 'p' | 'n', lang: string): T {
  let f = cache.get(kind + lang);
  if (!f) {
    const make = (l: string) => (kind === 'p' ? new Intl.PluralRules(l) : new Intl.NumberFormat(l));
    try {
      f = make(lang);
    } catch {
      f = make('en'); // a malformed `lang` on the page
    }
    cache.set(kind + lang, f);
  }
  return f as T;
}

/** A message in `lang` with its placeholders filled: text, and the arguments (numbers formatted) between. */
export function fill(message: Message, lang: string, args: Record<string, unknown> = {}): unknown[] {
  const text =
    typeof message === 'string'
      ? message
      : (message[intl<Intl.PluralRules>('p', lang).select(Number(args.n))] ?? message.other);
  return text.split(/\{(\w+)\}/).map((s, i) => {
    if (i % 2 === 0) return s;
    const v = args[s];
    return typeof v === 'number' ? intl<Intl.NumberFormat>('n', lang).format(v) : v;
  });
}

/** The terms of one element: `this.localize.term('addToCalendar')`, in the element's language. */
export class Localize<T extends Translation> implements ReactiveController {
  constructor(
    private readonly host: Host,
    /** The English terms of the element: the last fallback, and the keys it may ask for. */
    private readonly english: T,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    registry.hosts.add(this.host);
    if (typeof MutationObserver === 'undefined') return;
    registry.observer ??= new MutationObserver((records) => {
      for (const { target } of records)
        if (target === document.documentElement) for (const h of registry.hosts) h.requestUpdate();
        else if (registry.hosts.has(target as Host)) (target as Host).requestUpdate();
    });
    const options = { attributeFilter: ['lang'] };
    registry.observer.observe(document.documentElement, options);
    registry.observer.observe(this.host, options);
  }

  hostDisconnected(): void {
    registry.hosts.delete(this.host);
  }

  /** The nearest `lang`, as written; undefined when the page has none (`Intl` then uses the browser's). */
  get lang(): string | undefined {
    return nearest(this.host, 'lang');
  }

  /** Changes when the language or its terms do: what an element built with the terms is then stale. */
  get key(): string {
    return `${this.lang}|${registry.version}`;
  }

  /** The term `key` with its placeholders filled, as text. */
  term(key: keyof T & string, args?: TermArgs): string {
    return this.parts(key, args).join('');
  }

  /**
   * The term as a list of text and arguments, for arguments that are templates:
   * `html`${this.localize.parts('until', { time: html`<time>…</time>` })}``.
   */
  parts(key: keyof T & string, args: Record<string, unknown> = {}): unknown[] {
    return fill(...this.lookup(key), args);
  }

  private labelsText?: string;
  private labelsRead?: Translation;

  /**
   * The host's `labels` property. JSON text set as the property is read like the attribute: React 19 and Vue set
   * `labels='{…}'` on a tag as the property, since the element has one.
   */
  private labels(): Partial<Translation> | undefined {
    const labels = (this.host as { labels?: Partial<Translation> | string }).labels;
    if (typeof labels !== 'string') return labels;
    if (labels !== this.labelsText) {
      this.labelsText = labels;
      this.labelsRead = labelsConverter.fromAttribute(labels);
    }
    return this.labelsRead;
  }

  /** The message and the language it is in: labels, language, base language, English. */
  private lookup(key: keyof T & string): [Message, string] {
    const lang = (this.lang ?? 'en').toLowerCase();
    // The organizer's overrides of single terms: the element's `labels` property.
    const label = this.labels()?.[key];
    if (label) return [label, lang];
    const base = lang.split('-')[0];
    for (const code of [lang, base]) {
      const message = registry.translations.get(code)?.[key];
      if (message) return [message, code];
    }
    if (base !== 'en') warnMissing(this.host.localName, lang, base, key);
    return [this.english[key], 'en'];
  }
}

/** Warned once: a language without terms (only once the page has loaded: its module may come after the bundle). */
function warnMissing(localName: string, lang: string, base: string, key: string): void {
  const known = () => registry.translations.has(lang) || registry.translations.has(base);
  const id = known() ? `${lang}|${key}` : lang;
  if (registry.warned.has(id)) return;
  registry.warned.add(id);
  const tag = `<${localName}>`;
  const warn = () => {
    if (id !== lang) console.warn(`${tag}: the "${lang}" translation has no term "${key}"; English is used`);
    else if (!known())
      console.warn(
        `${tag}: no translation for lang="${lang}"; English is used (import workshop-elements/translations/${base}.js, or add one with registerTranslation)`,
      );
  };
  if (id !== lang || document.readyState === 'complete') warn();
  else addEventListener('load', warn, { once: true });
}

/** The `labels` attribute: a JSON object of terms; anything else is ignored with a warning. */
export const labelsConverter = {
  fromAttribute(value: string | null): Translation | undefined {
    if (value === null) return undefined;
    try {
      const labels: unknown = JSON.parse(value);
      if (labels && typeof labels === 'object' && !Array.isArray(labels)) return labels as Translation;
    } catch {
      // warned below
    }
    console.warn(`labels must be a JSON object like '{"addToCalendar": "Save"}'; ignoring ${value}`);
    return undefined;
  },
};
