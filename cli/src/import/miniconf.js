// Mini-Conf's sitedata CSVs (github.com/Mini-Conf/Mini-Conf): papers.csv `UID,title,authors,abstract,keywords,sessions`
// and speakers.csv `UID,image,title,institution,speaker,abstract,bio,session`; lists are joined with `|`.
import { CliError } from '../io.js';
import { importCsvPapers, matchColumns, readCsv } from './csv.js';

/** With `openreviewIds` (ICLR's Mini-Conf data: UIDs are OpenReview forum ids), each paper links its forum and PDF. */
export function importMiniconfPapers(text, file, { openreviewIds = false } = {}) {
  const result = importCsvPapers(text, file, { map: ['id=UID,title=title,authors=authors'], listSeparator: '|' });
  if (openreviewIds)
    for (const paper of result.data) {
      if (!paper.id) continue;
      paper.url ??= `https://openreview.net/forum?id=${encodeURIComponent(paper.id)}`;
      paper.pdf ??= `https://openreview.net/pdf?id=${encodeURIComponent(paper.id)}`;
    }
  // Mini-Conf lists every poster session of a paper; we keep the first and say so once, not 687 times.
  const many = result.warnings.filter((w) => /sessions; the first/.test(w.message));
  result.warnings = result.warnings.filter((w) => !many.includes(w));
  if (many.length) result.notes.push(`${many.length} paper(s) in more than one session: each keeps its first`);
  return result;
}

const SPEAKER_COLUMNS = {
  name: ['speaker', 'name', 'speakers'],
  affiliation: ['institution', 'affiliation'],
  photo: ['image', 'photo', 'picture'],
  talk: ['title', 'talk'],
  bio: ['bio', 'biography'],
  url: ['url', 'homepage', 'website'],
};

export function importMiniconfSpeakers(text, file) {
  const { header, rows } = readCsv(text, file);
  const col = matchColumns(header, file, {}, SPEAKER_COLUMNS);
  if (col.name === undefined) throw new CliError(file, 1, `no speaker column (columns: ${header.join(', ')})`);
  const speakers = [];
  const skipped = [];
  for (const { cells, line } of rows) {
    if (cells.length !== header.length) {
      skipped.push({ line, message: `${cells.length} cells, the header has ${header.length} (row skipped)` });
      continue;
    }
    const cell = (f) => (col[f] === undefined ? '' : cells[col[f]].trim());
    if (!cell('name')) {
      skipped.push({ line, message: 'no speaker name (row skipped)' });
      continue;
    }
    const s = { name: cell('name'), role: 'Invited speaker' };
    if (cell('affiliation')) s.affiliation = cell('affiliation');
    if (cell('photo')) s.photo = cell('photo');
    if (cell('url')) s.url = cell('url');
    if (cell('bio')) s.bio = cell('bio');
    if (cell('talk')) s.talk = { title: cell('talk') };
    speakers.push(s);
  }
  const unused = header.filter((_, i) => !Object.values(col).includes(i) && !/^uid$/i.test(header[i]));
  const notes = unused.length ? [`columns without a <speaker-card> field, not imported: ${unused.join(', ')}`] : [];
  return { kind: 'speakers', data: speakers, skipped, warnings: [], notes };
}
