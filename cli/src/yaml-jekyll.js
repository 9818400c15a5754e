// YAML read the way Jekyll reads `_data/*.yml` (Ruby's Psych, YAML 1.1) and then writes it with `| jsonify`, so
// that `validate` sees the values the elements will see in the page. Checked against Ruby 3.1's Psych:
//   08:30 → 30600 (h:m, in seconds)        2019-12-13 → "2019-12-13"
//   2019-12-13 08:30:00 → UTC, written in the site's `timezone:` as "2019-12-13 00:30:00 -0800"
//   2019-12-13T08:30:00-05:00 → "2019-12-13 08:30:00 -0500"      …Z → "2019-12-13 08:30:00 UTC"
//   yes/no/on/off (any case) → booleans, y/n stay text, ~ and null → null, 010 → 8, 1.10 → 1.1
import { LineCounter, parseDocument, isMap, isSeq, isScalar, isAlias, isPair, Scalar } from 'yaml';
import { CliError } from './io.js';

/** Psych's base-60 integers: `h:m` or `h:m:s`, each part after the first weighted as minutes and seconds of a day. */
const psychTime = {
  identify: () => false,
  default: true,
  tag: 'tag:yaml.org,2002:int',
  format: 'TIME',
  test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9]){1,2}$/,
  resolve(str) {
    const sign = str.startsWith('-') ? -1 : 1;
    const parts = str.replace(/^[-+]/, '').replace(/_/g, '').split(':').map(Number);
    return sign * parts.reduce((sum, n, i) => sum + n * 60 ** Math.abs(i - 2), 0);
  },
};
const psychTrue = {
  identify: () => false,
  default: true,
  tag: 'tag:yaml.org,2002:bool',
  test: /^(?:yes|true|on)$/i,
  resolve: () => new Scalar(true),
};
const psychFalse = { ...psychTrue, test: /^(?:no|false|off)$/i, resolve: () => new Scalar(false) };

const TIMESTAMP =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:(?:[Tt]|[ \t]+)(\d{1,2}):(\d{2}):(\d{2})(?:\.\d+)?(?:[ \t]*(Z|[-+]\d{1,2}(?::?\d{2})?))?)?$/;

const pad = (n, w = 2) => String(n).padStart(w, '0');

/** "+0100" for an offset in minutes. */
function offsetText(minutes) {
  const a = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${pad(Math.floor(a / 60))}${pad(a % 60)}`;
}

/** The wall clock of `ms` in `zone` and that zone's offset then, in minutes. */
export function wallClock(ms, zone) {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
      .formatToParts(new Date(ms))
      .map((p) => [p.type, p.value]),
  );
  const asUtc = Date.UTC(+parts.year, +parts.month - 1, +parts.day, +parts.hour, +parts.minute, +parts.second);
  const offset = Math.round((asUtc - Math.floor(ms / 1000) * 1000) / 60000);
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    time: `${parts.hour}:${parts.minute}:${parts.second}`,
    offset,
  };
}

/** What Jekyll's `jsonify` writes for an unquoted YAML timestamp, given the site's `timezone:` (or none: UTC). */
export function jekyllTimestamp(text, siteZone) {
  const m = TIMESTAMP.exec(text.trim());
  if (!m) return text;
  const [, y, mo, d, h, mi, s, zone] = m;
  const date = `${y}-${pad(mo)}-${pad(d)}`;
  if (h === undefined) return date;
  const time = `${pad(h)}:${mi}:${s}`;
  if (zone === 'Z') return `${date} ${time} UTC`;
  if (zone) {
    const [, sign, zh, zm] = /^([-+])(\d{1,2}):?(\d{2})?$/.exec(zone);
    return `${date} ${time} ${sign}${pad(zh)}${zm ?? '00'}`;
  }
  // No zone: Psych reads UTC, and Ruby writes the time in the process zone, which Jekyll sets from `timezone:`.
  if (!siteZone) return `${date} ${time} +0000`;
  const ms = Date.UTC(+y, +mo - 1, +d, +h, +mi, +s);
  const local = wallClock(ms, siteZone);
  return `${local.date} ${local.time} ${offsetText(local.offset)}`;
}

function schemaTags(siteZone) {
  const timestamp = {
    identify: () => false,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    test: TIMESTAMP,
    resolve: (str) => jekyllTimestamp(str, siteZone),
  };
  return (tags) => [
    psychTime,
    psychTrue,
    psychFalse,
    timestamp,
    ...tags.filter((t) => t.format !== 'TIME' && t.tag !== 'tag:yaml.org,2002:bool' && !t.tag.endsWith(':timestamp')),
  ];
}

/**
 * Parses YAML as Jekyll does. Returns the data, a {@link Locator} and the places where YAML changed what the
 * organizer typed (`traps`, each `{ path, line, message }`). Syntax errors throw `file:line: …`.
 */
export function readYaml(text, file, siteZone) {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, {
    version: '1.1',
    schema: 'yaml-1.1',
    customTags: schemaTags(siteZone),
    lineCounter,
    prettyErrors: false,
    uniqueKeys: true,
  });
  const error = doc.errors[0];
  if (error) {
    const line = error.pos ? lineCounter.linePos(error.pos[0]).line : undefined;
    // A tab in the indentation (an editor's Tab key): YAML indents with spaces only, and the parser's message
    // ("Unexpected scalar at node end") says nothing of it. Jekyll stops the build on it too.
    const tabbed = text.split(/\r?\n/).findIndex((l) => /^ *\t/.test(l));
    if (tabbed >= 0 && (line === undefined || tabbed < line))
      throw new CliError(
        file,
        tabbed + 1,
        'not valid YAML: this line is indented with a tab; YAML indents with spaces only',
      );
    throw new CliError(file, line, `not valid YAML: ${error.message.split('\n')[0]}`);
  }
  const data = doc.toJS({ maxAliasCount: 1000 });
  const locator = new Locator(doc, lineCounter);
  return { data, locator, traps: findTraps(doc, lineCounter, siteZone) };
}

/** Positions of values in a parsed document, by data path: `[7].authors[2]`. JSON is parsed with it too. */
export class Locator {
  constructor(doc, lineCounter) {
    this.doc = doc;
    this.lineCounter = lineCounter;
  }

  /** Builds one for JSON text (YAML 1.2 reads JSON), only when a line is asked for. */
  static forJson(text) {
    let locator;
    return {
      line(segments) {
        if (!locator) {
          const lineCounter = new LineCounter();
          locator = new Locator(parseDocument(text, { lineCounter, uniqueKeys: false }), lineCounter);
        }
        return locator.line(segments);
      },
    };
  }

  /** The line of the deepest existing node on the path (a missing key points at its object). */
  line(segments) {
    let node = this.doc.contents;
    let range = node?.range;
    for (const seg of segments) {
      if (isAlias(node)) node = node.resolve(this.doc);
      let next;
      if (isSeq(node) && typeof seg === 'number') next = node.items[seg];
      else if (isMap(node) && typeof seg === 'string') {
        const pair = node.items.find((p) => isPair(p) && (isScalar(p.key) ? String(p.key.value) : p.key) === seg);
        if (pair) {
          // Point at the key: for `titel: …` the line is where it was written, also when the value is empty.
          range = pair.key?.range ?? range;
          next = pair.value;
          if (next?.range && !isMap(next) && !isSeq(next)) range = next.range;
          node = next;
          continue;
        }
      }
      if (!next) break;
      node = next;
      range = next.range ?? range;
    }
    return range ? this.lineCounter.linePos(range[0]).line : undefined;
  }
}

/** Path segments of a problem path: `papers[7].authors[2].name` → [7, 'authors', 2, 'name'] (first name dropped). */
export function pathSegments(path) {
  const segments = [];
  const re = /\[(\d+)\]|\.([^.[\]]+)/g;
  const first = /^[^.[]*/.exec(path)[0];
  re.lastIndex = first.length;
  let m;
  while ((m = re.exec(path))) segments.push(m[1] !== undefined ? +m[1] : m[2]);
  return segments;
}

/** Walks the document for plain scalars that YAML turned into something else than the text typed. */
function findTraps(doc, lineCounter, siteZone) {
  const traps = [];
  const visit = (node, path) => {
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : '?';
        visit(pair.value, `${path}.${key}`);
      }
    } else if (isSeq(node)) node.items.forEach((item, i) => visit(item, `${path}[${i}]`));
    else if (isScalar(node) && node.type === 'PLAIN' && typeof node.source === 'string') {
      const trap = trapOf(node.source, node.value, siteZone);
      if (trap)
        traps.push({
          path,
          line: lineCounter.linePos(node.range[0]).line,
          message: trap,
          source: node.source,
          unquotedTime: typeof node.value === 'number' && psychTime.test.test(node.source),
        });
    }
  };
  visit(doc.contents, '');
  return traps;
}

function trapOf(source, value, siteZone) {
  const typed = JSON.stringify(source);
  if (typeof value === 'boolean' && !/^(?:true|false)$/.test(source))
    return `YAML reads the unquoted ${typed} as ${value}; write "${source}" in quotes if you mean the text`;
  if (value === null && source !== '')
    return `YAML reads the unquoted ${typed} as null (no value); write "${source}" in quotes if you mean the text`;
  if (typeof value === 'number' && psychTime.test.test(source))
    return `YAML reads the unquoted time ${source} as the number ${value} (seconds after midnight); the schedule accepts it, but quoting it ("${source}") keeps it readable everywhere`;
  if (typeof value === 'number' && String(value) !== source.replace(/^\+/, ''))
    return `YAML reads the unquoted ${typed} as the number ${value}; write "${source}" in quotes to keep it as typed`;
  if (typeof value === 'string' && value !== source && TIMESTAMP.test(source) && /[ tT]\d/.test(source)) {
    const written = /(?:Z|[-+]\d{1,2}(?::?\d{2})?)$/.test(source);
    if (!written && !siteZone)
      return `YAML reads the unquoted date-time ${source} as UTC and Jekyll writes it as "${value}"; the schedule reads that as the time written, but a timezone: in _config.yml would shift it: write "${source}" in quotes`;
    const shift = written ? '' : ` (the site's timezone: ${siteZone})`;
    return `YAML reads the unquoted date-time ${source} as an instant and Jekyll writes it as "${value}"${shift}; write "${source}" in quotes to keep the time as written`;
  }
  return undefined;
}
