// `workshop-elements fill <page.html>`: writes the kit's HTML into the marked places of an existing page, in place,
// so that a plain-HTML site reruns it at build time (or after editing its data):
//
//   <!-- workshop-elements:schedule data/program.yml --date 2019-12-13 --timezone America/Vancouver -->
//   …whatever is here is replaced…
//   <!-- /workshop-elements -->
//
// After the kind come the arguments of `render <kind>`, as on the command line (quotes as in a shell, without
// escapes); data paths are read from the page's folder. Only what lies between the two comments changes, so running
// it again gives the same file.
import { dirname } from 'node:path';
import { CommanderError } from 'commander';
import { CliError, lineAt, readText } from '../io.js';
import { RENDER_KINDS } from './kit.js';
import { kindCommand, renderKind } from './render.js';

const START = /<!--\s*workshop-elements:([\w-]*)((?:(?!-->)[^])*)-->/g;
const END = /<!--\s*\/workshop-elements\s*-->/g;

/** The marker's arguments, split as a shell splits them ("…" and '…' keep spaces; no escapes). */
export function splitArgs(text) {
  return [...text.matchAll(/(?:[^\s"']+|"[^"]*"|'[^']*')+/g)].map((m) =>
    m[0].replace(/"([^"]*)"|'([^']*)'/g, (_, a, b) => a ?? b),
  );
}

/** The marked places of a page: `[{ kind, args, line, from, to }]` (from/to: the text between the two comments). */
export function findPlaces(html, file) {
  const places = [];
  const starts = [...html.matchAll(START)];
  const ends = [...html.matchAll(END)];
  starts.forEach((m, i) => {
    const line = lineAt(html, m.index);
    const from = m.index + m[0].length;
    const next = starts[i + 1]?.index ?? Infinity;
    const end = ends.find((e) => e.index >= from);
    if (!end || end.index > next)
      throw new CliError(
        file,
        line,
        `<!-- workshop-elements:${m[1]} … --> has no <!-- /workshop-elements --> after it`,
      );
    if (!RENDER_KINDS[m[1]])
      throw new CliError(
        file,
        line,
        `"workshop-elements:${m[1]}": no such element to render (${Object.keys(RENDER_KINDS).join(', ')})`,
      );
    places.push({ kind: m[1], args: splitArgs(m[2]), line, from, to: end.index });
  });
  const stray = ends.find((e) => !places.some((p) => p.to === e.index));
  if (stray)
    throw new CliError(file, lineAt(html, stray.index), '<!-- /workshop-elements --> without a start before it');
  return places;
}

/** The page's <title>, as text (for the schema.org Event's name when nothing else names it). */
export function pageTitle(html) {
  const m = /<title[^>]*>([^<]*)<\/title>/i.exec(html);
  if (!m) return undefined;
  const named = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
  return m[1]
    .replace(/&(?:#(\d+)|#x([0-9a-f]+)|(\w+));/gi, (all, dec, hex, name) =>
      dec || hex ? String.fromCodePoint(parseInt(dec ?? hex, dec ? 10 : 16)) : (named[name.toLowerCase()] ?? all),
    )
    .replace(/\s+/g, ' ')
    .trim();
}

/** Parses a marker's arguments with the `render <kind>` command itself: same options, same errors. */
function parseMarker(place, file) {
  let parsed;
  const cmd = kindCommand(place.kind, (kind, data, opts) => (parsed = { data, opts }))
    .exitOverride()
    .configureOutput({ writeOut: () => {}, writeErr: () => {} });
  try {
    cmd.parse(place.args, { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError)
      throw new CliError(file, place.line, `workshop-elements:${place.kind}: ${e.message.replace(/^error: /, '')}`);
    throw e;
  }
  return parsed;
}

/**
 * Fills every marked place of one page. `defaults` are { url, baseUrl } for markers that give none. Returns
 * `{ text, changed, places, problems, notes }`; writes nothing (the caller does).
 */
export async function fillPage(file, defaults = {}) {
  const html = readText(file);
  const places = findPlaces(html, file);
  const title = pageTitle(html);
  let text = '';
  let at = 0;
  const problems = [];
  const notes = new Set();
  for (const place of places) {
    const { data, opts } = parseMarker(place, file);
    opts.url ??= defaults.url;
    opts.baseUrl ??= defaults.baseUrl;
    opts.title ??= title;
    let result;
    try {
      result = await renderKind(place.kind, data, opts, { baseDir: dirname(file) });
    } catch (e) {
      if (e instanceof CliError && e.file === undefined) throw new CliError(file, place.line, e.message);
      throw e;
    }
    problems.push(...result.problems);
    for (const n of result.notes) notes.add(n);
    // The end comment keeps its indentation.
    const indent = /[ \t]*$/.exec(html.slice(place.from, place.to))[0];
    text += `${html.slice(at, place.from)}\n${result.html}${indent}`;
    at = place.to;
  }
  text += html.slice(at);
  return { text, changed: text !== html, places: places.length, problems, notes: [...notes] };
}
