// `workshop-elements render <what> <data>`: the HTML the Jekyll kit writes for an element (the element with its data,
// the content as plain HTML for readers without JavaScript, schema.org JSON-LD), for any host: a plain HTML page,
// Hugo, Eleventy, Quarto, Sphinx, a static React or Vue build. The data is checked first with the validators of
// `validate`, and its problems are printed the same way; what is valid is written.
import { extname, isAbsolute, relative, resolve } from 'node:path';
import { Command, Option } from 'commander';
import { CliError, parseJson, readText } from '../io.js';
import { checkFile, formatProblem } from '../validate.js';
import { readYaml } from '../yaml-jekyll.js';
import { RENDER_KINDS, flagOf, keyOf, renderInclude } from './kit.js';

/** Options every kind takes: where the page is published, extra attributes, strictness. */
export const COMMON_OPTIONS = [
  [
    '--url <address>',
    'the address the page is published at (https://…/workshop/): JSON-LD ids and links are absolute, as in Jekyll with url:',
  ],
  [
    '--base-url <path>',
    'the path the site is served under (/workshop): put in front of root-relative URLs in the data',
  ],
  ['--title <text>', 'the page’s title: the schema.org Event’s name when the schedule has no --event with a name'],
  ['--attr <name=value>', 'one more attribute on the element, e.g. --attr lang=de (repeatable)'],
  ['--strict', 'write nothing when the data has a problem'],
];

/** A valid IANA zone name, or undefined ("AoE" and typos are no zone for the date arithmetic). */
function ianaZone(zone) {
  if (typeof zone !== 'string' || !zone) return undefined;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return zone;
  } catch {
    return undefined;
  }
}

/** A JSON or YAML file (YAML read as Jekyll reads it). */
export function readDataFile(file) {
  const ext = extname(file).toLowerCase();
  const text = readText(file);
  if (ext === '.json') return parseJson(text, file);
  if (ext === '.yml' || ext === '.yaml') return readYaml(text, file).data;
  throw new CliError(file, undefined, 'not a .json, .yml or .yaml file');
}

/**
 * Renders one kind: `{ html, problems, notes }`. `file` is the data file (none for `head`); `opts` are the parsed
 * options (Commander's keys); relative paths are read from `baseDir`.
 */
export async function renderKind(kind, file, opts, { baseDir = '.' } = {}) {
  const def = RENDER_KINDS[kind];
  const at = (path) => (isAbsolute(path) ? path : resolve(baseDir, path));
  const params = {};
  let problems = [];
  let notes = [];
  if (def.data) {
    if (!file) throw new CliError(undefined, undefined, `render ${kind} needs the data file`);
    const report = checkFile(at(file), { kind: def.data });
    ({ problems, notes } = report);
    const shown = baseDir === '.' ? file : relative(process.cwd(), at(file));
    for (const p of problems) p.file = shown;
    if (kind === 'speaker' && Array.isArray(report.data))
      throw new CliError(
        file,
        undefined,
        `holds a list of ${report.data.length}; render speaker writes one person (use render speakers for a list)`,
      );
    params[def.param] = report.data;
  } else if (file) throw new CliError(file, undefined, `render ${kind} reads no data file`);
  for (const [param, , type] of def.options) {
    const value = opts[keyOf(param)];
    if (type === 'negate') {
      if (value === false) params[param] = false;
    } else if (type === 'flag') {
      if (value) params[param] = true;
    } else if (type === 'file') {
      if (value !== undefined) params[param] = readDataFile(at(value));
    } else if (value !== undefined) params[param] = value;
  }
  for (const pair of opts.attr ?? []) {
    const m = /^([A-Za-z][\w-]*)=([^]*)$/.exec(pair);
    if (!m) throw new CliError(undefined, undefined, `--attr ${pair}: write it as name=value`);
    if (m[1] === def.param) throw new CliError(undefined, undefined, `--attr ${m[1]}: the data file gives it`);
    if (def.options.some(([p]) => p === m[1].replace(/-/g, '_')))
      throw new CliError(undefined, undefined, `--attr ${m[1]}: use --${flagOf(m[1])} instead`);
    params[m[1]] = m[2];
  }
  const { site, page } = where(opts);
  // The schedule's zone is the "site's" zone: the kit then writes each time's UTC offset on its own day (DST too).
  site.timezone = ianaZone(opts.timezone);
  if (opts.timezone && !site.timezone && !/^aoe$/i.test(opts.timezone))
    notes = [...notes, `--timezone ${opts.timezone} is not a time zone name (IANA, e.g. America/Vancouver)`];
  if (page.url === undefined) page.url = '/';
  if (opts.title !== undefined) page.title = opts.title;
  if (!opts.url && params.jsonld !== false && ['schedule', 'speakers', 'speaker', 'papers'].includes(kind))
    notes = [...notes, 'without --url the JSON-LD’s ids and links are relative to the site; give the page’s address'];
  if (kind === 'schedule' && params.jsonld !== false && !page.title && !params.event?.name)
    notes = [...notes, 'the JSON-LD Event has no name: give --title, or --event with a file that has a name'];
  const html = await renderInclude(kind, params, { site, page });
  return { html, problems, notes };
}

/** `site` ({ url, baseurl }) and `page` ({ url }) as Jekyll has them, from --url and --base-url. */
export function where({ url, baseUrl }) {
  const base = (baseUrl ?? '').trim().replace(/\/+$/, '');
  if (base && !base.startsWith('/'))
    throw new CliError(undefined, undefined, `--base-url ${baseUrl}: write the path from the site's root, e.g. /ws`);
  const site = { baseurl: base };
  const page = {};
  if (url) {
    let parsed;
    try {
      parsed = new URL(url);
    } catch {
      throw new CliError(undefined, undefined, `--url ${url}: not an address (write it with https://)`);
    }
    if (!/^https?:$/.test(parsed.protocol))
      throw new CliError(undefined, undefined, `--url ${url}: not an http or https address`);
    site.url = parsed.origin;
    const path = parsed.pathname;
    page.url = base && (path === base || path.startsWith(`${base}/`)) ? path.slice(base.length) || '/' : path;
  }
  return { site, page };
}

/** The `render <what>` subcommand for one kind, its options from the kit's parameters. */
export function kindCommand(kind, action) {
  const def = RENDER_KINDS[kind];
  const cmd = new Command(kind).description(def.summary);
  if (def.data) cmd.argument('<data>', 'the JSON or YAML data file');
  for (const [param, help, type] of def.options) {
    if (type === 'negate') cmd.option(`--no-${flagOf(param)}`, help);
    else if (type === 'flag') cmd.option(`--${flagOf(param)}`, help);
    else cmd.option(`--${flagOf(param)} <${type === 'file' ? 'file' : 'value'}>`, help);
  }
  for (const [flags, help] of COMMON_OPTIONS)
    if (flags.startsWith('--attr')) cmd.addOption(new Option(flags, help).argParser((v, all = []) => [...all, v]));
    else cmd.option(flags, help);
  cmd.action((...args) => (def.data ? action(kind, args[0], args[1]) : action(kind, undefined, args[0])));
  return cmd;
}

/** Prints the problems and notes of a render (as `validate` words them) to `say`. */
export function report({ problems, notes }, file, say) {
  for (const p of problems) say(formatProblem(p));
  for (const note of notes) say(`${file ?? 'render'}: ${note} (note)`);
}
