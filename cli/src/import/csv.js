// CSV papers: Mini-Conf's papers.csv, CMT and EasyChair exports, or any sheet with a header row. Parsed by csv-parse
// (quotes, embedded newlines and commas are its job); columns are matched by their usual names or by --map.
import { parse } from 'csv-parse/sync';
import { splitAuthors } from 'workshop-elements/validate.js';
import { CliError } from '../io.js';

/** Our field → the column names tools use for it, compared without case, spaces or punctuation. */
export const PAPER_COLUMNS = {
  id: ['id', 'uid', 'paper id', 'paper number', 'submission id', 'submission', 'number', '#'],
  title: ['title', 'paper title', 'submission title', 'name'],
  authors: ['authors', 'author names', 'author list', 'author', 'all authors'],
  abstract: ['abstract', 'summary', 'tldr'],
  keywords: ['keywords', 'keyword', 'subject areas', 'primary subject area', 'topics', 'tags'],
  type: ['type', 'presentation', 'presentation type', 'format'],
  session: ['session', 'sessions', 'poster session'],
  award: ['award', 'awards'],
  pdf: ['pdf', 'pdf url', 'pdf link', 'paper pdf'],
  url: ['url', 'link', 'page', 'paper url', 'forum', 'openreview'],
  code: ['code', 'code url', 'github', 'repository'],
  video: ['video', 'video url', 'recording'],
  slides: ['slides'],
  poster: ['poster', 'poster url'],
};
/** A column that says whether the paper was accepted (CMT "Status", EasyChair "Decision"). */
const DECISION = ['decision', 'status'];

const norm = (s) => s.toLowerCase().replace(/[^a-z0-9#]+/g, '');

/**
 * The separator of a sheet, read from its header row: a spreadsheet saved as CSV where the decimal mark is a comma
 * (Excel in most of Europe) separates cells with ";", and a "Save as Text" export with tabs. csv-parse takes one
 * delimiter; a list of candidates would also split "Davis, Bulat" inside a semicolon file. Quoted text is not counted.
 */
export function sniffDelimiter(text) {
  const header = text
    .replace(/^\uFEFF/, '')
    .split('\n', 1)[0]
    .replace(/"[^"]*"/g, '');
  const count = (c) => header.split(c).length - 1;
  const best = [';', '\t'].find((c) => count(c) > count(','));
  return best ?? ',';
}

/** Reads a CSV file's text into a header and rows, each row with the line it starts on. Malformed CSV throws. */
export function readCsv(text, file) {
  let records;
  try {
    // Windows line ends become "\n" first: inside a quoted cell csv-parse counts "\r\n" as two lines (every later
    // row was then named one line too far down), and an abstract keeps no stray "\r".
    const lf = text.replace(/\r\n?/g, '\n');
    const delimiter = sniffDelimiter(lf);
    records = parse(lf, { bom: true, delimiter, info: true, relax_column_count: true, skip_empty_lines: true });
  } catch (e) {
    throw new CliError(
      file,
      e.lines,
      `not valid CSV: ${e.message.replace(/^Invalid [^:]*: /, '').replace(/ at line \d+.*$/, '')}`,
    );
  }
  if (!records.length) throw new CliError(file, 1, 'empty: no header row');
  const header = records[0].record.map((h) => h.trim());
  const rows = records.slice(1).map(({ record, info }) => ({ cells: record, line: info.lines }));
  return { header, rows };
}

/** `title=Paper Title,authors=Author Names` → { title: 'Paper Title', authors: 'Author Names' }. */
export function parseMap(specs = []) {
  const map = {};
  for (const spec of specs)
    for (const part of spec.split(/,(?=\s*[a-z]+\s*=)/i)) {
      const m = /^\s*([a-z]+)\s*=\s*"?(.*?)"?\s*$/i.exec(part);
      if (!m) throw new CliError(undefined, undefined, `--map expects field="Column",…; got ${JSON.stringify(part)}`);
      if (!(m[1] in PAPER_COLUMNS))
        throw new CliError(
          undefined,
          undefined,
          `--map: unknown field "${m[1]}" (fields: ${Object.keys(PAPER_COLUMNS).join(', ')})`,
        );
      map[m[1]] = m[2];
    }
  return map;
}

/** Column index for each field: the --map, else the first header with a usual name. */
export function matchColumns(header, file, map = {}, names = PAPER_COLUMNS) {
  const index = {};
  const normalized = header.map(norm);
  for (const [field, column] of Object.entries(map)) {
    const i = header.indexOf(column) >= 0 ? header.indexOf(column) : normalized.indexOf(norm(column));
    if (i < 0) throw new CliError(file, 1, `no column "${column}" for ${field} (columns: ${header.join(', ')})`);
    index[field] = i;
  }
  for (const [field, candidates] of Object.entries(names)) {
    if (field in index) continue;
    const i = candidates
      .map(norm)
      .map((c) => normalized.indexOf(c))
      .find((j) => j >= 0);
    if (i !== undefined) index[field] = i;
  }
  return index;
}

/** A list in one cell: `a|b`, `a; b`, one per line, or (when nothing else separates) `a, b`. */
export function splitList(cell) {
  const text = cell.trim();
  if (!text) return [];
  const sep = /[|;\n]/.test(text) ? /\s*[|;\n]\s*/ : /\s*,\s*/;
  return text
    .split(sep)
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * CSV → papers. `authors` in one cell are split as <paper-list> splits them (`A, B and C`; `Smith, J.; Doe, A.`),
 * or at `|` (Mini-Conf). Rows without a title, or with a different number of cells than the header, are listed
 * in `skipped`.
 */
export function importCsvPapers(text, file, { map, listSeparator } = {}) {
  const { header, rows } = readCsv(text, file);
  const col = matchColumns(header, file, parseMap(map));
  if (col.title === undefined)
    throw new CliError(
      file,
      1,
      `no title column (looked for ${PAPER_COLUMNS.title.map((c) => `"${c}"`).join(', ')}); name yours with --map title="Your Column"`,
    );
  const decision = header.map(norm).findIndex((h) => DECISION.includes(h));
  const papers = [];
  const skipped = [];
  const warnings = [];
  const lines = [];
  const split = listSeparator
    ? (s) =>
        s
          .split(listSeparator)
          .map((x) => x.trim())
          .filter(Boolean)
    : splitList;
  for (const { cells, line } of rows) {
    if (cells.length !== header.length) {
      skipped.push({ line, message: `${cells.length} cells, the header has ${header.length} (row skipped)` });
      continue;
    }
    const cell = (field) => (col[field] === undefined ? '' : cells[col[field]].trim());
    if (!cell('title')) {
      skipped.push({ line, message: `empty ${header[col.title]} (row skipped)` });
      continue;
    }
    if (decision >= 0 && /reject|withdrawn|desk/i.test(cells[decision])) {
      skipped.push({ line, message: `${header[decision]} is "${cells[decision].trim()}" (row skipped)` });
      continue;
    }
    const paper = {};
    if (cell('id')) paper.id = cell('id');
    paper.title = cell('title');
    const authors = cell('authors');
    if (authors) {
      paper.authors = listSeparator ? split(authors) : authorNames(authors);
    }
    for (const field of ['abstract', 'type', 'award', 'pdf', 'url', 'code', 'video', 'slides', 'poster'])
      if (cell(field)) paper[field] = cell(field);
    if (cell('keywords')) paper.keywords = split(cell('keywords'));
    const sessions = split(cell('session'));
    if (sessions.length) paper.session = sessions[0];
    if (sessions.length > 1)
      warnings.push({ line, message: `${sessions.length} sessions; the first ("${sessions[0]}") is kept` });
    paper.type &&= paper.type.toLowerCase();
    papers.push(paper);
    lines.push(line);
  }
  // Columns with no field are named, so that none is lost unseen (CMT's "Track Name" of a co-located workshop).
  const used = new Set([...Object.values(col), decision]);
  const unused = header.filter((h, i) => h && !used.has(i));
  const notes = unused.length
    ? [
        `columns without a <paper-list> field, not imported: ${unused.join(', ')} (to import one, name its field: --map session="${unused[0]}")`,
      ]
    : [];
  return { kind: 'papers', data: papers, lines, skipped, warnings, notes };
}

/**
 * Authors as <paper-list> reads a string of them; one per line (EasyChair) or `|` (Mini-Conf) first. CMT writes
 * `Name (Affiliation)*`, the star marking the contact author: that becomes `{ name, affiliation }`.
 */
function authorNames(cell) {
  const names = /[|\n]/.test(cell) ? cell.split(/\s*[|\n]\s*/).filter(Boolean) : splitAuthors(cell);
  return names.map((name) => {
    const m = /^(.+?)\s*\(([^()]+)\)\s*\*?$/.exec(name);
    return m ? { name: m[1].trim(), affiliation: m[2].trim() } : name.replace(/\s*\*$/, '');
  });
}
