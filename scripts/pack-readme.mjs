// The README as the npm page shows it: npm renders it without the repository around it, so relative links and
// images would break. `npm pack` / `npm publish` run this with `prepack` (README.md rewritten, the original kept
// in .README.md.orig) and `postpack` (the original restored).
//   - a link or image to a file the package contains: its URL on unpkg, for this version
//   - a folder the package contains: unpkg's file browser
//   - anything else (examples/, src/): the link's text alone, since the package does not carry it
// It also takes the `prepare` script out of the packed package.json (the original kept in .package.json.orig):
// `prepare` builds this checkout, but npm runs it when a tarball or folder is installed as a dependency, where
// neither src/ nor the dev tools exist; npm 11 warns about it on every `npm install workshop-elements-*.tgz`.
// Since npm no longer finds `prepare` while packing, the `prepack` script builds first (`npm run prepare`).
import { existsSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';

const ORIGINAL = '.README.md.orig';
const ORIGINAL_PKG = '.package.json.orig';
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const base = `https://unpkg.com/${pkg.name}@${pkg.version}/`;
const browse = `https://unpkg.com/browse/${pkg.name}@${pkg.version}/`;

/** Whether `path` (relative to the package root) is in the tarball, by the `files` list of package.json. */
const packed = (path) => pkg.files.some((entry) => path === entry || path.startsWith(entry.replace(/\/?$/, '/')));

export function rewrite(markdown) {
  return markdown.replace(/(!?)\[([^\]]*)\]\(([^)\s]+)\)/g, (whole, bang, text, target) => {
    if (/^([a-z]+:|#)/i.test(target)) return whole;
    const path = target.replace(/^\.\//, '');
    if (packed(path.replace(/\/$/, '')) && existsSync(path))
      return `${bang}[${text}](${statSync(path).isDirectory() ? browse : base}${path})`;
    return bang ? `${text}` : text;
  });
}

/** package.json as the tarball carries it: without `prepare`, which npm would run when installing the tarball. */
export function packedManifest(manifest) {
  const scripts = { ...manifest.scripts };
  delete scripts.prepare;
  return { ...manifest, scripts };
}

function restore() {
  if (existsSync(ORIGINAL)) renameSync(ORIGINAL, 'README.md');
  if (existsSync(ORIGINAL_PKG)) renameSync(ORIGINAL_PKG, 'package.json');
}

const step = process.argv[2];
if (step === 'prepack') {
  restore(); // an earlier pack stopped half-way
  const readme = readFileSync('README.md', 'utf8');
  writeFileSync(ORIGINAL, readme);
  writeFileSync('README.md', rewrite(readme));
  const json = readFileSync('package.json', 'utf8');
  writeFileSync(ORIGINAL_PKG, json);
  writeFileSync('package.json', JSON.stringify(packedManifest(JSON.parse(json)), null, 2) + '\n');
} else if (step === 'postpack') {
  restore();
} else if (step) {
  throw new Error(`pack-readme: unknown step ${step}; use prepack or postpack`);
}
