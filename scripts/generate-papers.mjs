// Writes a deterministic synthetic list of papers (see demo/generate-papers.mjs) for scale tests and the benchmark.
// usage: node scripts/generate-papers.mjs [N=5000] [OUT=demo/data/papers-N.json]
import { readFileSync, writeFileSync } from 'node:fs';
import { generatePapers } from '../demo/generate-papers.mjs';

const n = Number(process.argv[2] ?? 5000);
const out = process.argv[3] ?? `demo/data/papers-${n}.json`;
const base = JSON.parse(readFileSync('demo/data/iclr2020-papers.json', 'utf8'));
writeFileSync(out, JSON.stringify(generatePapers(base, n)));
console.log(`wrote ${n} papers to ${out}`);
