// Runs the command in this process (fast) with captured output, and makes scratch folders.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after } from 'node:test';
import { main } from '../src/main.js';

export const FIXTURES = new URL('./fixtures/', import.meta.url).pathname;
export const ICLR = new URL('../../test/fixtures/iclr2020/', import.meta.url).pathname;

/** `{ code, out, err }` of `workshop-elements …args`. */
export async function run(args, env = {}) {
  let out = '';
  let err = '';
  const io = { out: { write: (s) => (out += s) }, err: { write: (s) => (err += s) }, env };
  const code = await main(['node', 'workshop-elements', ...args], io);
  return { code, out, err };
}

/** A scratch folder, removed after the test file. */
export function scratch() {
  const dir = mkdtempSync(join(tmpdir(), 'we-cli-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}
