// `workshop-elements init <site>`: the Jekyll kit (`jekyll/` in the elements' package: `_includes/workshop-elements/`
// and `assets/workshop-elements.js`) and one example `_data` file per element, into an existing Jekyll site.
import { cpSync, existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CliError } from './io.js';
import { elementsRoot } from './package-root.js';

const EXAMPLES = fileURLToPath(new URL('../templates/', import.meta.url));

function filesUnder(dir) {
  return readdirSync(dir, { recursive: true })
    .map((f) => join(dir, f))
    .filter((f) => statSync(f).isFile());
}

/** Copies kit and examples; refuses (before writing anything) when a file exists, unless `force`. */
export function initSite(site, { force = false, kit = join(elementsRoot(), 'jekyll') } = {}) {
  if (!existsSync(site) || !statSync(site).isDirectory())
    throw new CliError(
      site,
      undefined,
      'no such folder (init adds the kit to an existing Jekyll site; create the site first, e.g. with `jekyll new`)',
    );
  if (!existsSync(kit))
    throw new CliError(
      kit,
      undefined,
      'the Jekyll kit is missing from this copy of workshop-elements (run npm run build)',
    );
  const plan = [
    ...filesUnder(kit).map((from) => ({ from, to: join(site, relative(kit, from)) })),
    ...filesUnder(EXAMPLES).map((from) => ({ from, to: join(site, relative(EXAMPLES, from)) })),
  ];
  const existing = plan.filter(({ to }) => existsSync(to));
  if (existing.length && !force)
    throw new CliError(
      existing[0].to,
      undefined,
      `already exists${existing.length > 1 ? ` (and ${existing.length - 1} more)` : ''}; nothing was written (use --force to overwrite)`,
    );
  for (const { from, to } of plan) {
    mkdirSync(dirname(to), { recursive: true });
    cpSync(from, to);
  }
  return { written: plan.map(({ to }) => to) };
}
