// The README as the npm page shows it: npm renders it without the repository around it, so relative links and
// images would break. `npm pack` / `npm publish` run this with `prepack` (README.md rewritten, the original kept
// in .README.md.orig) and `postpack` (the original restored).
//   - a link or image to a file the package contains: its URL on unpkg, for this version
//   - a folder the package contains: unpkg's file browser
//   - anything else (examples/, src/): the link's text alone, since the package does not carry it
import { existsSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';

const ORIGINAL = '.README.md.orig';
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

const step = process.argv[2];
if (step === 'prepack') {
  if (existsSync(ORIGINAL)) renameSync(ORIGINAL, 'README.md'); // an earlier pack stopped half-way
  const readme = readFileSync('README.md', 'utf8');
  writeFileSync(ORIGINAL, readme);
  writeFileSync('README.md', rewrite(readme));
} else if (step === 'postpack') {
  if (existsSync(ORIGINAL)) renameSync(ORIGINAL, 'README.md');
} else if (step) {
  throw new Error(`pack-readme: unknown step ${step}; use prepack or postpack`);
}
