// Imports a TypeScript module of src/ in Node: esbuild bundles it (with what it imports) into one ES module in a
// temporary folder. Node 20 cannot strip types itself, and the pure modules (BibTeX, validation, the program) need no DOM.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

let dir;

/** The module at `entry` (a path relative to the repository root), bundled. */
export async function importTs(entry) {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  // A file rather than a data: URL, so that a stack trace names the module.
  dir ??= mkdtempSync(path.join(tmpdir(), 'ts-module-'));
  const file = path.join(dir, `${entry.replace(/\.ts$/, '').replaceAll('/', '_')}.mjs`);
  writeFileSync(file, result.outputFiles[0].text);
  return import(pathToFileURL(file).href);
}
