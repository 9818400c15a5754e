// The CLI as npm users get it: `npm pack` of cli/ next to the packed elements, installed together into a scratch
// site the way the README's CI step (`npx --package=workshop-elements-cli workshop-elements validate .`) gets it.
// In this repository the CLI depends on the elements by `file:..`; packed as that, it installed a link to a folder
// the user does not have and could not start (found in the framework trial, with Eleventy).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, WORK, packedTarball, run } from './helpers.mjs';

const SITE = path.join(WORK, 'cli-site');

test('the packed CLI installs beside the packed elements and validates and renders a Jekyll site', () => {
  const elements = packedTarball();
  rmSync(SITE, { recursive: true, force: true });
  mkdirSync(SITE, { recursive: true });
  const cliDir = path.join(ROOT, 'cli');
  const packed = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', SITE], { cwd: cliDir }))[0];
  const cliTarball = path.join(SITE, packed.filename);
  const manifest = JSON.parse(run('tar', ['-xOzf', cliTarball, 'package/package.json']));
  const elementsVersion = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version;
  assert.equal(manifest.dependencies['workshop-elements'], elementsVersion, 'the elements by version, not by folder');
  assert.match(readFileSync(path.join(cliDir, 'package.json'), 'utf8'), /"workshop-elements": "file:\.\."/, 'restored');

  writeFileSync(path.join(SITE, 'package.json'), JSON.stringify({ name: 'site', private: true }));
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--no-package-lock', elements, cliTarball], {
    cwd: SITE,
  });
  const bin = path.join(SITE, 'node_modules/.bin/workshop-elements');
  const data = path.join(ROOT, 'examples/jekyll/_data');
  // `run` throws unless the command exits 0: validate does when no file has an error (its report is on stderr).
  run(bin, ['validate', data], { cwd: SITE });
  const html = run(bin, ['render', 'schedule', path.join(data, 'program.yml'), '--date', '2019-12-13'], { cwd: SITE });
  assert.match(html, /<workshop-schedule[\s\S]*slot="fallback"[\s\S]*Opening Remarks/);
});
