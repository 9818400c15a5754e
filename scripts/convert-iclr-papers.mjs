// Converts the 687 real ICLR 2020 papers (test/fixtures/iclr2020/papers.csv, Mini-Conf sample data, MIT) into
// <paper-list> JSON for the demo: demo/data/iclr2020-papers.json. Lists in the CSV are joined with "|".
// usage: node scripts/convert-iclr-papers.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { csvParse } from 'd3-dsv';

const split = (s) =>
  s
    ? s
        .split('|')
        .map((x) => x.trim())
        .filter(Boolean)
    : [];
const rows = csvParse(readFileSync('test/fixtures/iclr2020/papers.csv', 'utf8'));
const papers = rows.map((r) => {
  const sessions = split(r.sessions);
  return {
    id: r.UID,
    title: r.title.trim(),
    authors: split(r.authors),
    abstract: r.abstract.trim(),
    keywords: split(r.keywords),
    ...(sessions.length ? { session: sessions[0].replace(/^Session /, 'Poster session ') } : {}),
    url: `https://openreview.net/forum?id=${r.UID}`,
    pdf: `https://openreview.net/pdf?id=${r.UID}`,
  };
});
writeFileSync('demo/data/iclr2020-papers.json', JSON.stringify(papers, null, 1) + '\n');
console.log(`wrote ${papers.length} papers to demo/data/iclr2020-papers.json`);
