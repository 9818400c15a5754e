// OpenReview notes, as the API returns them (`GET /notes?invitation=…` or `/notes?content.venueid=…`):
// API v1 (api.openreview.net): `content.title` is the value; API v2 (api2.openreview.net): `content.title.value`.
// A file may be the response `{ "notes": [...] }` or the list itself.
import { CliError } from '../io.js';

const BASE = 'https://openreview.net';

/** v1 `"x"` or v2 `{ "value": "x" }` → "x". */
const value = (field) =>
  field && typeof field === 'object' && !Array.isArray(field) && 'value' in field ? field.value : field;

/** A relative OpenReview path (`/pdf/3b1c….pdf`, `/attachment?…`) → absolute; other URLs as they are. */
export function openreviewUrl(path) {
  if (typeof path !== 'string' || !path.trim()) return undefined;
  return /^[a-z][a-z0-9+.-]*:/i.test(path) ? path : new URL(path, BASE).href;
}

/** "ICLR 2020 Conference Poster", "ICLR 2024 oral", "NeurIPS 2023 spotlight" → the paper type. */
export function typeFromVenue(venue) {
  if (typeof venue !== 'string') return undefined;
  if (/\boral\b|\btalk\b/i.test(venue)) return 'oral';
  if (/spotlight/i.test(venue)) return 'spotlight';
  if (/poster/i.test(venue)) return 'poster';
  return undefined;
}

export function importOpenreview(raw, file) {
  const notes = Array.isArray(raw) ? raw : raw && Array.isArray(raw.notes) ? raw.notes : undefined;
  if (!notes)
    throw new CliError(file, 1, 'expected OpenReview notes: a list, or { "notes": [...] } as the API returns');
  const papers = [];
  const skipped = [];
  const versions = new Set();
  notes.forEach((note, i) => {
    const path = `notes[${i}]`;
    const content = note?.content;
    if (!content || typeof content !== 'object') {
      skipped.push({ path, message: 'no content (note skipped)' });
      return;
    }
    versions.add(content.title && typeof content.title === 'object' ? 2 : 1);
    const title = value(content.title);
    if (typeof title !== 'string' || !title.trim()) {
      skipped.push({ path, message: 'no content.title (note skipped)' });
      return;
    }
    const venue = value(content.venue);
    if (typeof venue === 'string' && /submitted to|withdrawn|desk rejected|rejected/i.test(venue)) {
      skipped.push({ path, message: `venue "${venue}" is not an accepted paper (note skipped)` });
      return;
    }
    const forum = note.forum ?? note.id;
    const paper = { id: String(note.id ?? forum), title: title.trim() };
    const authors = value(content.authors);
    if (Array.isArray(authors)) paper.authors = authors.filter((a) => typeof a === 'string' && a.trim());
    const abstract = value(content.abstract);
    if (typeof abstract === 'string' && abstract.trim()) paper.abstract = abstract.trim();
    const keywords = value(content.keywords);
    if (Array.isArray(keywords) && keywords.length) paper.keywords = keywords.filter((k) => typeof k === 'string');
    const type = typeFromVenue(venue);
    if (type) paper.type = type;
    const pdf = openreviewUrl(value(content.pdf));
    if (pdf) paper.pdf = pdf;
    if (forum) paper.url = `${BASE}/forum?id=${encodeURIComponent(forum)}`;
    const code = value(content.code) ?? value(content.code_url);
    if (typeof code === 'string' && /^https?:/i.test(code.trim())) paper.code = code.trim();
    papers.push(paper);
  });
  const notesOut = [`OpenReview API v${[...versions].join(' and v') || '?'} notes`];
  return { kind: 'papers', data: papers, skipped, warnings: [], notes: notesOut };
}
