// The CLI as npm users get it. In this repository it uses the elements' package next to it (`"workshop-elements":
// "file:.."`, so its tests run against the code beside them); a tarball with that spec installs a link to a folder
// that does not exist on the user's machine (the CLI then cannot start). `npm pack` / `npm publish` run this with
// `prepack` (package.json written with the elements' version, the original kept in .package.json.orig) and
// `postpack` (the original restored). Hand-written: a dozen lines, no tool does this one rewrite.
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';

const ORIGINAL = '.package.json.orig';

if (process.argv[2] === 'prepack') {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  const elements = JSON.parse(readFileSync('../package.json', 'utf8'));
  if (!existsSync(ORIGINAL)) renameSync('package.json', ORIGINAL);
  pkg.dependencies[elements.name] = elements.version;
  writeFileSync('package.json', `${JSON.stringify(pkg, null, 2)}\n`);
} else if (process.argv[2] === 'postpack') {
  if (existsSync(ORIGINAL)) renameSync(ORIGINAL, 'package.json');
} else {
  console.error('usage: node scripts/pack-deps.mjs prepack|postpack');
  process.exitCode = 2;
}
