// liquidjs set up to render the Jekyll kit's includes (jekyll/_includes/workshop-elements/) the way Jekyll 4.3 does
// (Ruby Liquid 5.4), so that `render` writes the same HTML as `{% include … %}` without a second copy of the markup.
// liquidjs already has Jekyll's include syntax (`jekyllInclude`); what differs is Ruby: a Hash's `first`, integer
// division, `CGI.escapeHTML`, strings that are not numbers, and the filters Jekyll adds (jsonify, relative_url,
// absolute_url, pop). Those few are written here, each to match what Ruby does (checked against Ruby 3.1, Liquid 5.4
// and Addressable 2.8 in cli/test/ruby-liquid.test.js).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Drop, Liquid } from 'liquidjs';
import { wallClock } from '../yaml-jekyll.js';

/**
 * A Ruby Hash as Liquid reads it: `hash.key`, `hash.size`, and `hash.first` (the first [key, value] pair, truthy for
 * any non-empty hash; the kit uses it to tell an object from a string). liquidjs reads `first` of a plain object as
 * its "first" property, so the data's objects are wrapped in this Drop.
 */
export class RubyHash extends Drop {
  #value;
  constructor(value) {
    super();
    this.#value = value;
  }
  liquidMethodMissing(key) {
    const value = this.#value;
    if (Object.hasOwn(value, key)) return toLiquidData(value[key]);
    if (key === 'size') return Object.keys(value).length;
    if (key === 'first') {
      const first = Object.keys(value)[0];
      return first === undefined ? undefined : [first, toLiquidData(value[first])];
    }
    return undefined;
  }
  /** The object itself, for `for … in hash` (its [key, value] pairs), comparisons and output. */
  valueOf() {
    return this.#value;
  }
  toJSON() {
    return this.#value;
  }
}

const wrapped = new WeakMap();
/** The data as Liquid should see it: objects (at any depth) as {@link RubyHash}, the rest as it is. */
export function toLiquidData(value) {
  if (value === null || typeof value !== 'object' || value instanceof Drop) return value;
  let result = wrapped.get(value);
  if (!result) {
    result = Array.isArray(value) ? value.map(toLiquidData) : new RubyHash(value);
    wrapped.set(value, result);
  }
  return result;
}

const unwrap = (value) => (value instanceof Drop ? value.valueOf() : value);

/** Ruby's `to_s` of a value, as `{{ value }}` and the string filters write it. */
export function rubyString(value) {
  value = unwrap(value);
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'object') return rubyInspect(value);
  return String(value);
}

/** What `{{ value }}` writes: a list's items one after the other, anything else as Ruby's `to_s`. */
export const outputString = (value) =>
  Array.isArray(unwrap(value)) ? unwrap(value).map(outputString).join('') : rubyString(value);

/** Ruby's `inspect` of data (`["a", 1]`, `{"name"=>"x"}`): what Liquid writes for a list or an object. */
function rubyInspect(value) {
  value = unwrap(value);
  if (value === null || value === undefined) return 'nil';
  if (typeof value === 'string') return JSON.stringify(value).replace(/#(?=[{$@])/g, '\\#');
  if (Array.isArray(value)) return `[${value.map(rubyInspect).join(', ')}]`;
  if (typeof value === 'object')
    return `{${Object.entries(value)
      .map(([k, v]) => `${rubyInspect(k)}=>${rubyInspect(v)}`)
      .join(', ')}}`;
  return String(value);
}

/** Liquid's `Utils.to_number`: numbers as they are, "12" and "1.5" read, any other text read as Ruby's `to_i`. */
export function rubyNumber(value) {
  value = unwrap(value);
  if (typeof value === 'number') return value;
  if (typeof value === 'string') {
    const text = value.trim();
    if (/^-?\d+\.\d+$/.test(text)) return Number(text);
    const int = /^[-+]?\d+/.exec(value.replace(/^\s+/, '').replace(/_(?=\d)/g, ''));
    return int ? Number(int[0]) : 0;
  }
  return 0;
}

/** Ruby's `CGI.escapeHTML`. */
export const escapeHtml = (value) =>
  rubyString(value).replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c],
  );

/**
 * Addressable's `URI.parse(text).normalize.to_s` for the URLs the kit builds (a path, an optional query and
 * fragment, or a full http(s) URL): dot segments removed, every character outside RFC 3986's set for that part
 * percent-encoded as UTF-8 (after NFKC), escapes of unreserved characters decoded, scheme and host lower-cased.
 */
export function normalizeUrl(text) {
  const m = /^(?:([a-zA-Z][a-zA-Z0-9+.-]*):)?(?:\/\/([^/?#]*))?([^?#]*)(?:\?([^#]*))?(?:#(.*))?$/s.exec(text);
  if (!m) return text;
  const [, scheme, authority, path, query, fragment] = m;
  const unreserved = /[A-Za-z0-9\-._~]/;
  // Addressable puts each part in Unicode's compatibility form (NFKC) first: a no-break space becomes a space.
  const part = (s, allowed) =>
    s.normalize('NFKC').replace(/%([0-9A-Fa-f]{2})|[^]/gu, (c, hex) => {
      if (hex) {
        const ch = String.fromCharCode(parseInt(hex, 16));
        return unreserved.test(ch) ? ch : `%${hex.toUpperCase()}`;
      }
      return allowed.test(c) ? c : encodeURIComponent(c).replace(/[!'()*]/g, (x) => `%${x.charCodeAt(0).toString(16)}`);
    });
  const pchar = /[A-Za-z0-9\-._~!$&'()*+,;=:@/]/;
  let out = '';
  if (scheme) out += `${scheme.toLowerCase()}:`;
  if (authority !== undefined) {
    const host = authority
      .toLowerCase()
      .replace(/:(?:80|443)$/, (port) =>
        (scheme?.toLowerCase() === 'http' && port === ':80') || (scheme?.toLowerCase() === 'https' && port === ':443')
          ? ''
          : port,
      );
    out += `//${host}`;
  }
  // Addressable strips the path as Ruby's `strip` does (ASCII whitespace), then encodes it.
  const stripped = rubyStrip(path);
  out += removeDotSegments(part(stripped, pchar)) || (/^https?$/i.test(scheme ?? '') ? '/' : '');
  if (query !== undefined) out += `?${part(query, /[A-Za-z0-9\-._~!$&'()*+,;=:@/?]/)}`;
  if (fragment !== undefined) out += `#${part(fragment, /[A-Za-z0-9\-._~!$&'()*+,;=:@/?]/)}`;
  return out;
}

/** RFC 3986, 5.2.4: `/a/./b/../c` is `/a/c`. */
function removeDotSegments(path) {
  let input = path;
  let output = '';
  const up = () => (output = output.slice(0, Math.max(0, output.lastIndexOf('/'))));
  while (input) {
    if (input.startsWith('../')) input = input.slice(3);
    else if (input.startsWith('./') || input.startsWith('/./')) input = input.slice(2);
    else if (input === '/.') input = '/';
    else if (input.startsWith('/../')) {
      input = input.slice(3);
      up();
    } else if (input === '/..') {
      input = '/';
      up();
    } else if (input === '.' || input === '..') input = '';
    else {
      const segment = /^\/?[^/]*/.exec(input)[0];
      output += segment;
      input = input.slice(segment.length);
    }
  }
  return output;
}

/** Ruby's `String#strip`: ASCII whitespace and NUL, not a no-break or ideographic space. */
const rubyStrip = (text) => text.replace(/^[\0\t\n\v\f\r ]+|[\0\t\n\v\f\r ]+$/g, '');

const isAbsoluteUrl = (text) => /^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(text);
const leadingSlash = (text) => (text === '' || text.startsWith('/') ? text : `/${text}`);

/** An IANA zone's offset at a UTC instant, in minutes (the CLI's one wall-clock reader, yaml-jekyll.js). */
const zoneOffset = (ms, zone) => wallClock(ms, zone).offset;

const MONTHS = 'January February March April May June July August September October November December'.split(' ');
const WEEKDAYS = 'Sunday Monday Tuesday Wednesday Thursday Friday Saturday'.split(' ');
const pad = (n) => String(n).padStart(2, '0');

/**
 * Liquid's `date` as the kit uses it: a day or a date-time (with or without an offset; without one it is a wall
 * clock in the site's zone, as Ruby's `Time.parse` reads it in Jekyll's process zone) or seconds since 1970, written
 * with `%Y %m %d %-d %A %B %H %M %S %s %z %:z`. Text it cannot read is returned as it is, as Liquid does.
 */
export function rubyDate(input, format, zone) {
  const value = unwrap(input);
  let ms;
  let offset;
  if (typeof value === 'number') ms = value * 1000;
  else {
    const m =
      /^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?)?\s*(Z|UTC|[-+]\d{2}:?\d{2})?\s*$/.exec(
        rubyString(value),
      );
    if (!m) return input;
    const [, y, mo, d, h = 0, mi = 0, s = 0, z] = m;
    const wall = Date.UTC(+y, +mo - 1, +d, +h, +mi, +s);
    if (z) offset = z === 'Z' || z === 'UTC' ? 0 : (z[0] === '-' ? -1 : 1) * (+z.slice(1, 3) * 60 + +z.slice(-2));
    else if (zone) {
      // The offset at that wall clock: try the offset an hour either side (a DST change), keep the one that fits.
      const guess = zoneOffset(wall, zone);
      offset = zoneOffset(wall - guess * 60000, zone);
    } else offset = 0;
    ms = wall - offset * 60000;
  }
  if (offset === undefined) offset = zone ? zoneOffset(ms, zone) : 0;
  const t = new Date(ms + offset * 60000);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  const codes = {
    Y: String(t.getUTCFullYear()),
    m: pad(t.getUTCMonth() + 1),
    d: pad(t.getUTCDate()),
    '-d': String(t.getUTCDate()),
    B: MONTHS[t.getUTCMonth()],
    A: WEEKDAYS[t.getUTCDay()],
    H: pad(t.getUTCHours()),
    M: pad(t.getUTCMinutes()),
    S: pad(t.getUTCSeconds()),
    s: String(Math.floor(ms / 1000)),
    z: `${sign}${pad(Math.floor(abs / 60))}${pad(abs % 60)}`,
    ':z': `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`,
  };
  return rubyString(format).replace(/%(-d|:z|[YmdABHMSsz%])/g, (all, code) => (code === '%' ? '%' : codes[code]));
}

/**
 * The filters Jekyll's Ruby gives the kit, for a site `{ baseurl, url, timezone }`. Each takes what Liquid passes and
 * returns what Ruby would.
 */
export function jekyllFilters(site) {
  const baseurl = rubyString(site.baseurl).replace(/\/$/, '');
  const relativeUrl = (input) => {
    if (input === undefined || input === null) return input;
    const text = rubyString(input);
    if (isAbsoluteUrl(text)) return text;
    return normalizeUrl(leadingSlash(baseurl) + leadingSlash(text));
  };
  const arithmetic = (op) =>
    function (input, operand) {
      const a = rubyNumber(input);
      const b = rubyNumber(operand);
      return op(a, b, this?.token?.args?.[0]);
    };
  // Ruby divides two Integers to an Integer (floored); `100.0` written in the template is a Float.
  const isFloatLiteral = (token) => typeof token?.getText === 'function' && token.getText().includes('.');
  return {
    escape: escapeHtml,
    xml_escape: escapeHtml,
    // Ruby's whitespace is ASCII (and NUL): a no-break or ideographic space is kept, as Jekyll keeps it.
    strip: (input) => rubyStrip(rubyString(input)),
    lstrip: (input) => rubyString(input).replace(/^[\0\t\n\v\f\r ]+/, ''),
    rstrip: (input) => rubyString(input).replace(/[\0\t\n\v\f\r ]+$/, ''),
    jsonify: (input) => JSON.stringify(unwrap(input) ?? null),
    strip_html: (input) =>
      rubyString(input)
        .replace(/<script[^]*?<\/script>|<!--[^]*?-->|<style[^]*?<\/style>/g, '')
        .replace(/<[^]*?>/g, ''),
    plus: arithmetic((a, b) => a + b),
    minus: arithmetic((a, b) => a - b),
    times: arithmetic((a, b) => a * b),
    divided_by: arithmetic((a, b, token) => {
      if (b === 0) throw new Error('Liquid error: divided by 0');
      return Number.isInteger(a) && Number.isInteger(b) && !isFloatLiteral(token) ? Math.floor(a / b) : a / b;
    }),
    modulo: arithmetic((a, b) => {
      if (b === 0) throw new Error('Liquid error: divided by 0');
      return a - b * Math.floor(a / b);
    }),
    at_least: arithmetic((a, b) => Math.max(a, b)),
    at_most: arithmetic((a, b) => Math.min(a, b)),
    date: (input, format) =>
      format === undefined || format === null || rubyString(format) === ''
        ? input
        : rubyDate(input, format, site.timezone),
    pop: (input) => (Array.isArray(unwrap(input)) ? unwrap(input).slice(0, -1) : input),
    relative_url: relativeUrl,
    absolute_url: (input) => {
      if (input === undefined || input === null) return input;
      const text = rubyString(input);
      if (isAbsoluteUrl(text)) return text;
      const siteUrl = rubyString(site.url);
      if (siteUrl === '') return relativeUrl(text);
      return normalizeUrl(siteUrl + relativeUrl(text));
    },
  };
}

/**
 * The kit's includes (`workshop-elements/*.html` under `includesDir`) as liquidjs should read them. Ruby Liquid takes a
 * quoted string exactly as written (`'\\u003c'` is six characters, which the kit puts in JSON for every `<`), while
 * liquidjs reads JavaScript escapes in it (`'\\u003c'` would be `<` again): every backslash inside a quoted string
 * of a tag is doubled, so that liquidjs reads back what Ruby does.
 */
export function kitTemplates(includesDir) {
  const dir = join(includesDir, 'workshop-elements');
  const templates = {};
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.html')))
    templates[`workshop-elements/${name}`] = rubyLiterals(readFileSync(join(dir, name), 'utf8'));
  return templates;
}

/** Doubles the backslashes inside the quoted strings of `{{ … }}` and `{% … %}`. */
export const rubyLiterals = (text) =>
  text.replace(/\{\{[^]*?\}\}|\{%[^]*?%\}/g, (tag) =>
    tag.replace(/'[^']*'|"[^"]*"/g, (literal) => literal.replace(/\\/g, '\\\\')),
  );

/**
 * A Liquid engine that reads `{% include workshop-elements/… %}` from `includesDir` (a Jekyll `_includes` folder)
 * as Jekyll does, with the filters of {@link jekyllFilters}. `entry` is the template to render.
 */
export function jekyllLiquid(includesDir, site, entry) {
  const engine = new Liquid({
    templates: { ...kitTemplates(includesDir), entry },
    jekyllInclude: true,
    dynamicPartials: false,
    extname: '',
    greedy: true,
    jsTruthy: false,
    ownPropertyOnly: true,
    strictFilters: true,
    outputEscape: outputString,
    cache: true,
  });
  for (const [name, filter] of Object.entries(jekyllFilters(site))) engine.registerFilter(name, filter);
  return engine;
}
