// Converts the two real ICLR 2020 invited speakers (test/fixtures/iclr2020/speakers.csv, Mini-Conf sample data)
// into <speaker-card> JSON for demo/speakers.html: node scripts/convert-iclr-speakers.mjs
// The fixture stays untouched; columns without a speaker field (abstract, session) are left out on purpose.
import { readFileSync, writeFileSync } from 'node:fs';
import { csvParse } from 'd3-dsv';

const rows = csvParse(readFileSync('test/fixtures/iclr2020/speakers.csv', 'utf8'));
const speakers = rows.map((r) => ({
  name: r.speaker.trim(),
  affiliation: r.institution.trim(),
  // Remote photos on iclr.cc: they cannot load without internet, which shows the initials fallback.
  photo: r.image.trim(),
  role: 'Invited speaker',
  // The CSV runs sentences together ("challenges.In addition"): put the missing space back.
  bio: r.bio.trim().replace(/([a-z]{2}\.)([A-Z])/g, '$1 $2'),
  talk: { title: r.title.trim() },
}));
writeFileSync('demo/data/iclr2020-speakers.json', JSON.stringify(speakers, null, 2) + '\n');
console.log(`wrote ${speakers.length} speakers to demo/data/iclr2020-speakers.json`);
