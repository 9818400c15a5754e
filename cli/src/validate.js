// `workshop-elements validate`: checks data files with the elements' own validators (the package's side-effect-free
// `workshop-elements/validate.js`), so a file that passes here renders without a warning in the page.
import { existsSync, statSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import * as validators from 'workshop-elements/validate.js';
import { CliError, listFiles, parseJson, readText } from './io.js';
import { Locator, pathSegments, readYaml } from './yaml-jekyll.js';

/** What each kind of file holds, and the name its problems start with (as the element names them). */
export const KINDS = {
  papers: { root: 'papers', element: '<paper-list papers>' },
  program: { root: 'items', element: '<workshop-schedule items>' },
  speakers: { root: 'speakers', element: '<speaker-card speaker> (one per person)' },
  sponsors: { root: 'sponsors', element: '<sponsor-strip sponsors>' },
  dates: { root: 'dates', element: '<important-dates>' },
};

const NAME_KINDS = [
  [/paper|publication|accepted/, 'papers'],
  [/program|schedule|agenda|session/, 'program'],
  [/speaker|organi[sz]er|people|person|keynote|committee|panel/, 'speakers'],
  [/sponsor|partner|supporter/, 'sponsors'],
  [/date|deadline/, 'dates'],
];

/** The kind a file name says, e.g. `_data/papers.yml` → papers. */
export function kindFromName(file) {
  const name = basename(file, extname(file)).toLowerCase();
  return NAME_KINDS.find(([re]) => re.test(name))?.[1];
}

/** The kind the data looks like, when its name does not tell. */
export function kindFromContent(data) {
  const items = Array.isArray(data) ? data.filter((x) => x && typeof x === 'object' && !Array.isArray(x)) : [];
  // One object is one speaker only when it looks like one: `_data/workshop.yml` has a name too.
  const speakerish = (x) => 'name' in x && ['affiliation', 'photo', 'bio', 'role', 'talk'].some((k) => k in x);
  if (!Array.isArray(data)) return data && typeof data === 'object' && speakerish(data) ? 'speakers' : undefined;
  const share = (pred) => items.length > 0 && items.filter(pred).length / items.length >= 0.5;
  if (share((x) => 'start' in x || 'section' in x)) return 'program';
  if (share((x) => 'title' in x && ('authors' in x || 'abstract' in x || 'pdf' in x))) return 'papers';
  if (share((x) => 'date' in x && !('name' in x))) return 'dates';
  if (share((x) => 'name' in x && ('logo' in x || 'tier' in x))) return 'sponsors';
  if (share((x) => 'name' in x)) return 'speakers';
  if (share((x) => 'title' in x)) return 'papers';
  return undefined;
}

/** Problems the elements report that lose what the organizer wrote; the rest (an ignored field…) are warnings. */
const ERROR =
  /skipped|expected |unsafe URL|not a valid URL|empty URL|not after start|duplicate id|is required|must be|refused/;
export const severityOf = (message) => (ERROR.test(message) ? 'error' : 'warning');

/** Runs the element's validator on data of a kind; problems are `{ path, message }` as the element words them. */
export function validateKind(kind, data) {
  switch (kind) {
    case 'papers':
      return guard('papers', () => validators.validatePapers(data).problems);
    case 'program':
      return guard('items', () => validators.validateItems(data).problems);
    case 'sponsors':
      return guard('sponsors', () => validators.validateSponsors(data).problems);
    case 'speakers':
      return validateSpeakers(data);
    case 'dates':
      if (typeof validators.validateDates !== 'function')
        return [{ path: 'dates', message: 'this version of workshop-elements has no <important-dates> to check it' }];
      return guard('dates', () => validators.validateDates(data).problems);
    default:
      throw new Error(`unknown kind ${kind}`);
  }
}

function guard(root, run) {
  try {
    return run();
  } catch (e) {
    if (e instanceof validators.DataError) return [{ path: root, message: e.message }];
    throw e;
  }
}

/** A speakers file is a list of `<speaker-card>` objects (or one). */
function validateSpeakers(data) {
  if (!Array.isArray(data)) return guard('speaker', () => validators.validateSpeaker(data).problems);
  const problems = [];
  data.forEach((one, i) => {
    const root = `speakers[${i}]`;
    try {
      for (const p of validators.validateSpeaker(one).problems)
        problems.push({ path: p.path.replace(/^speaker/, root), message: p.message });
    } catch (e) {
      if (!(e instanceof validators.DataError)) throw e;
      const field = /"speaker\.name"/.test(e.message) ? '.name' : '';
      problems.push({ path: root + field, message: e.message.replace(/^"speaker(\.name)?" /, '') });
    }
  });
  return problems;
}

/** The site's `timezone:` from `_config.yml` next to the `_data` folder the file is in, if any. */
export function siteTimezone(file) {
  for (let dir = dirname(file), i = 0; i < 3; i++, dir = dirname(dir)) {
    const config = join(dir, '_config.yml');
    if (existsSync(config)) {
      try {
        const zone = readYaml(readText(config), config).data?.timezone;
        return typeof zone === 'string' ? zone : undefined;
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}

/** A short label for the item a path points into: `papers[7] "Deep …"`. */
function labelled(path, data) {
  const m = /^[a-z]+\[(\d+)\]/.exec(path);
  if (!m || !Array.isArray(data)) return path;
  const item = data[+m[1]];
  const text = item && typeof item === 'object' ? (item.title ?? item.name ?? item.section) : undefined;
  if (typeof text !== 'string' || !text.trim()) return path;
  const short = text.trim().length > 24 ? `${text.trim().slice(0, 23)}…` : text.trim();
  return `${m[0]} ${JSON.stringify(short)}${path.slice(m[0].length)}`;
}

/** The fields the elements read as a time of day: schedule `start`/`end`, important-dates `time`. */
const TIME_FIELD = /\.(?:start|end|time)$/;

/**
 * Checks one file: `{ file, kind, count, data, problems: [{ file, line, path, message, severity }], notes: [text] }` (`data` as the
 * page gets it: YAML read as Jekyll reads it). Throws CliError when
 * the file cannot be read or parsed at all.
 */
export function checkFile(file, { kind: forced, timezone } = {}) {
  const text = readText(file);
  const ext = extname(file).toLowerCase();
  let data;
  let locator;
  let traps = [];
  if (ext === '.json') {
    data = parseJson(text, file);
    locator = Locator.forJson(text);
  } else if (ext === '.yml' || ext === '.yaml') {
    ({ data, locator, traps } = readYaml(text, file, timezone ?? siteTimezone(file)));
  } else throw new CliError(file, undefined, 'not a .json, .yml or .yaml file');
  const kind = forced ?? kindFromName(file) ?? kindFromContent(data);
  if (!kind)
    throw new CliError(
      file,
      undefined,
      `cannot tell which element this data is for; give --kind (${Object.keys(KINDS).join(', ')})`,
    );
  const root = KINDS[kind].root;
  const problems = validateKind(kind, data).map((p) => ({
    file,
    line: locator.line(pathSegments(p.path)),
    path: labelled(p.path, data),
    message: p.message,
    severity: severityOf(p.message),
  }));
  // A YAML trap the element's validator already explains for that field ("YAML read 13.40 as the number 13.4; read as
  // 13:40, …") is said once, in the element's words; other traps add the cause to the element's message.
  const explained = new Set(problems.filter((p) => p.message.startsWith('YAML read ')).map((p) => p.path));
  // An unquoted 08:30 in a time field is a number to YAML, and the elements and the kit read it as 08:30 (the README
  // says it works): one note for the file, not a warning per session (the seed's program had 18).
  const readAsTime = traps.filter((t) => t.unquotedTime && TIME_FIELD.test(t.path));
  const notes = readAsTime.length
    ? [
        `${readAsTime.length === 1 ? 'an unquoted time' : `${readAsTime.length} unquoted times`} (${readAsTime
          .slice(0, 3)
          .map((t) => t.source)
          .join(
            ', ',
          )}${readAsTime.length > 3 ? ', …' : ''}, from line ${readAsTime[0].line}) ${readAsTime.length === 1 ? 'is a number' : 'are numbers'} to YAML; the elements and the Jekyll kit still read each as the time written. Quote times ("08:30") only if a template of your own prints them`,
      ]
    : [];
  for (const t of traps.filter((t) => !readAsTime.includes(t) && !explained.has(labelled(`${root}${t.path}`, data))))
    problems.push({
      file,
      line: t.line,
      path: labelled(`${root}${t.path}`, data),
      message: t.message,
      severity: 'warning',
    });
  problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  const count = Array.isArray(data) ? data.length : 1;
  return { file, kind, count, data, problems, notes };
}

/** The files to check for the arguments: files as given, a folder (a Jekyll `_data`) as its data files. */
export function expandArgs(args) {
  const files = [];
  for (const arg of args) {
    let isDir = false;
    try {
      isDir = statSync(arg).isDirectory();
    } catch {
      // Reported by readText as a missing file.
    }
    if (isDir) {
      const dataDir = existsSync(join(arg, '_data')) ? join(arg, '_data') : arg;
      files.push(
        ...listFiles(dataDir)
          .filter((f) => /\.(json|ya?ml)$/i.test(f))
          .map((f) => ({ file: f, fromDir: true })),
      );
    } else files.push({ file: arg, fromDir: false });
  }
  return files;
}

/** Formats one problem: `_data/papers.yml:42 papers[7] "Deep …".authors: expected …`. */
export function formatProblem(p) {
  return `${p.file}${p.line ? `:${p.line}` : ''} ${p.path}: ${p.message}${p.severity === 'warning' ? ' (warning)' : ''}`;
}
