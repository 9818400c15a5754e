// Builds the Jekyll kit's bundle: jekyll/assets/workshop-elements.js and its source map, the same rollup build as
// cdn/ (rollup.config.mjs), committed so that organizers without Node can copy the folder. It also writes the file's
// Subresource Integrity hash and the package version into jekyll/_includes/workshop-elements/head.html (the pinned
// CDN form, for once the package is published), and the language files, jekyll/assets/translations/<lang>.js (the same
// esbuild bundle as cdn/translations/), which head.html loads with lang="de".
//
//   node scripts/build-kit.mjs          write them (npm run build:kit)
//   node scripts/build-kit.mjs --check  build in memory and exit 1 if the committed files differ (test/node/kit.test.mjs)
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { rollup } from 'rollup';
import { full as config } from '../rollup.config.mjs';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const bundlePath = path.join(root, 'jekyll/assets/workshop-elements.js');
const headPath = path.join(root, 'jekyll/_includes/workshop-elements/head.html');
const check = process.argv.includes('--check');

/** The bundle, its map and head.html as they should be. */
export async function buildKit() {
  const bundle = await rollup({ input: config.input, plugins: config.plugins, onwarn: () => {} });
  // Generated as cdn/ is (the TypeScript plugin wants its outDir next to the file), then the map's sources are
  // made relative to jekyll/assets/.
  const { output } = await bundle.generate(config.output);
  await bundle.close();
  const chunk = output.find((o) => o.type === 'chunk');
  // Byte for byte what rollup writes to cdn/ (the code ends with its sourceMappingURL comment), so the SRI hash
  // also holds for the published cdn/workshop-elements.js.
  const js = chunk.code;
  const from = path.dirname(path.join(root, config.output.file));
  const map = { ...chunk.map };
  map.sources = map.sources.map((s) => path.relative(path.dirname(bundlePath), path.resolve(from, s)));
  const mapText = `${JSON.stringify(map)}\n`;
  const integrity = 'sha384-' + createHash('sha384').update(js).digest('base64');
  const { version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
  const head = readFileSync(headPath, 'utf8')
    .replace(/workshop-elements@[^/]+\/cdn/, `workshop-elements@${version}/cdn`)
    .replace(/integrity="[^"]*"/, `integrity="${integrity}"`);
  return { [bundlePath]: js, [`${bundlePath}.map`]: mapText, [headPath]: head, ...(await translations()) };
}

/** The language files, as `npm run build:cdn` writes them to cdn/translations/ (English is inside the bundle). */
async function translations() {
  const dir = path.join(root, 'src/translations');
  const langs = readdirSync(dir).filter((f) => f.endsWith('.ts') && f !== 'en.ts');
  const { outputFiles } = await build({
    entryPoints: langs.map((f) => path.join(dir, f)),
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2021',
    charset: 'utf8',
    outdir: path.join(root, 'jekyll/assets/translations'),
    write: false,
    logLevel: 'warning',
  });
  return Object.fromEntries(outputFiles.map((f) => [f.path, f.text]));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const files = await buildKit();
  const stale = Object.keys(files).filter((file) => {
    try {
      return readFileSync(file, 'utf8') !== files[file];
    } catch {
      return true;
    }
  });
  if (check) {
    if (stale.length > 0) {
      console.error(
        `The Jekyll kit is stale: ${stale.map((f) => path.relative(root, f)).join(', ')} differ from a fresh build of src/.\n` +
          'Run `npm run build:kit` and commit jekyll/.',
      );
      process.exit(1);
    }
    console.log('jekyll kit: the committed bundle, map and SRI hash match a fresh build');
  } else {
    for (const file of stale) {
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, files[file]);
    }
    console.log(
      `jekyll kit: ${stale.length ? stale.map((f) => path.relative(root, f)).join(', ') : 'nothing'} updated`,
    );
  }
}
