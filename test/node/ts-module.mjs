// Imports a TypeScript module of src/ in Node: esbuild bundles it (with what it imports) into one ES module in
// memory. Node 20 cannot strip types itself, and the pure modules (BibTeX, validation, the program) need no DOM.
import { build } from 'esbuild';

/** The module at `path` (relative to the repository root), bundled. */
export async function importTs(path) {
  const result = await build({
    entryPoints: [path],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].text;
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}
