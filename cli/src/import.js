// `workshop-elements import <format> <file>`: converts an export to our data, checks the result with the element's
// validator, lists what could not be converted, and writes the rest (or nothing, with --strict).
import { extname } from 'node:path';
import { CliError, parseJson, readText } from './io.js';
import { importCsvPapers } from './import/csv.js';
import { importFrabJson, importFrabXml } from './import/frab.js';
import { importIcs } from './import/ics.js';
import { importMiniconfPapers, importMiniconfSpeakers } from './import/miniconf.js';
import { importOpenreview } from './import/openreview.js';
import { importSessionize, importSessionizeSpeakers } from './import/sessionize.js';
import { severityOf, validateKind } from './validate.js';

export const FORMATS = {
  'miniconf-papers': 'Mini-Conf papers.csv (UID,title,authors,abstract,keywords,sessions; lists joined with |)',
  'miniconf-speakers': 'Mini-Conf speakers.csv (UID,image,title,institution,speaker,abstract,bio,session)',
  openreview: 'OpenReview API notes JSON, v1 or v2 ({ "notes": [...] } or the list)',
  csv: 'any CSV of papers with a header row: CMT, EasyChair, a spreadsheet (see --map)',
  frab: 'frab/pretalx schedule.json or schedule.xml',
  sessionize: 'Sessionize "All data" JSON: the program',
  'sessionize-speakers': 'Sessionize "All data" or Speakers JSON: speaker cards (photo, tagline, bio, links, talk)',
  ics: 'an iCalendar (.ics) file',
};

/** Runs one import: `{ kind, data, skipped, warnings, notes }`; every list entry has `where` (file:line or path). */
export function runImport(format, file, options = {}) {
  let text;
  try {
    text = readText(file, options.encoding);
  } catch (e) {
    // The usual cause: a CSV saved by Excel on Windows, in the system's code page.
    if (e instanceof CliError && /^not UTF-8 text/.test(e.message))
      e.message = `${e.message.replace(/ \(save the file as UTF-8 and try again\)$/, '')}: save it as UTF-8, or give its encoding (--encoding windows-1252 for a sheet Excel saved as CSV on Windows)`;
    throw e;
  }
  let result;
  switch (format) {
    case 'miniconf-papers':
      result = importMiniconfPapers(text, file, options);
      break;
    case 'miniconf-speakers':
      result = importMiniconfSpeakers(text, file);
      break;
    case 'csv':
      result = importCsvPapers(text, file, { map: options.map });
      break;
    case 'openreview':
      result = importOpenreview(parseJson(text, file), file);
      break;
    case 'frab':
      result =
        extname(file).toLowerCase() === '.xml' || /^\s*</.test(text)
          ? importFrabXml(text, file)
          : importFrabJson(parseJson(text, file), file);
      break;
    case 'sessionize':
      result = importSessionize(parseJson(text, file), file, options);
      break;
    case 'sessionize-speakers':
      result = importSessionizeSpeakers(parseJson(text, file), file);
      break;
    case 'ics':
      result = importIcs(text, file, options);
      break;
    default:
      throw new CliError(
        undefined,
        undefined,
        `unknown format "${format}" (formats: ${Object.keys(FORMATS).join(', ')})`,
      );
  }
  const where = (entry) => (entry.line ? `${file}:${entry.line}` : entry.path ? `${file} ${entry.path}` : file);
  const list = (entries) => entries.map((e) => ({ where: where(e), message: e.message }));
  // The element's own validator on what we produce: its warnings are what the page would print.
  const problems = validateKind(result.kind, result.data).map((p) => {
    const index = /^\w+\[(\d+)\]/.exec(p.path)?.[1];
    const line = index !== undefined ? result.lines?.[+index] : undefined;
    return {
      where: line ? `${file}:${line} (${p.path})` : `${file} → ${p.path}`,
      message: p.message,
      severity: severityOf(p.message),
    };
  });
  return {
    kind: result.kind,
    data: result.data,
    skipped: list(result.skipped),
    warnings: [...list(result.warnings), ...problems],
    notes: result.notes,
  };
}
