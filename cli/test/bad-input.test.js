// Bad input never leaves a mess: one line naming the file (and line), a non-zero exit, no output file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { closeSync, existsSync, openSync, writeFileSync, ftruncateSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { run, scratch } from './helpers.js';

const dir = scratch();
const out = join(dir, 'out.json');

async function fails(args, pattern) {
  const { code, err, out: stdout } = await run([...args, '-o', out]);
  assert.notEqual(code, 0);
  assert.equal(err.trim().split('\n').length, 1, err);
  assert.match(err.trim(), pattern);
  assert.equal(stdout, '');
  assert.equal(existsSync(out), false, 'no output file');
}

test('a missing file', async () => {
  await fails(['import', 'csv', join(dir, 'nope.csv')], /nope\.csv: no such file$/);
});

test('a CSV without a title column says which names were looked for and how to map one', async () => {
  const file = join(dir, 'no-title.csv');
  writeFileSync(file, 'Name Of Paper,Authors\nX,Y\n');
  await fails(
    ['import', 'csv', file],
    /no-title\.csv:1: no title column \(looked for "title", "paper title".*--map title="Your Column"/,
  );
});

test('a --map naming a column that does not exist', async () => {
  const file = join(dir, 'map.csv');
  writeFileSync(file, 'Title,Authors\nX,Y\n');
  await fails(['import', 'csv', file, '--map', 'authors="Writers"'], /map\.csv:1: no column "Writers" for authors/);
});

test('a malformed CSV row (a quote that never closes) names its line', async () => {
  const file = join(dir, 'quote.csv');
  writeFileSync(file, 'title,authors\nA,B\n"Broken,C\nD,E\n');
  await fails(['import', 'csv', file], /quote\.csv:\d+: not valid CSV: /);
});

test('a file that is not UTF-8 names the first line with a bad byte', async () => {
  const file = join(dir, 'latin1.csv');
  writeFileSync(
    file,
    Buffer.concat([Buffer.from('title,authors\nA,B\n'), Buffer.from([0x53, 0x63, 0x68, 0xf6, 0x6e, 0x2c, 0x43, 0x0a])]),
  );
  await fails(['import', 'csv', file], /latin1\.csv:3: not UTF-8 text/);
});

test('truncated JSON names the line where it ends', async () => {
  const file = join(dir, 'cut.json');
  writeFileSync(file, '{\n  "notes": [\n    { "id": "a",\n');
  await fails(['import', 'openreview', file], /cut\.json:4: not valid JSON/);
});

test('truncated XML names its line', async () => {
  const file = join(dir, 'cut.xml');
  writeFileSync(file, '<?xml version="1.0"?>\n<schedule>\n  <conference>\n    <title>X</title>\n');
  await fails(['import', 'frab', file], /cut\.xml:\d+: not valid XML: /);
});

test('an iCalendar file cut short', async () => {
  const file = join(dir, 'cut.ics');
  writeFileSync(
    file,
    'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nDTSTART:20191213T083000Z\r\nSUMMARY:Opening\r\n',
  );
  await fails(['import', 'ics', file], /cut\.ics: not a valid iCalendar file: /);
});

test('a 100 MB file is refused before it is read', async () => {
  const file = join(dir, 'huge.json');
  const fd = openSync(file, 'w');
  ftruncateSync(fd, 100 * 1024 * 1024);
  closeSync(fd);
  await fails(['import', 'openreview', file], /huge\.json: 100 MB is more than the 32 MB a data file may have/);
});

test('a file of the wrong shape for its format', async () => {
  const file = join(dir, 'shape.json');
  writeFileSync(file, '{"speakers": []}');
  await fails(['import', 'sessionize', file], /shape\.json:1: expected Sessionize "All data" JSON/);
  await fails(['import', 'frab', file], /shape\.json:1: expected a frab\/pretalx schedule\.json/);
});

test('an output that is neither JSON nor YAML is refused before anything is read', async () => {
  const { code, err } = await run(['import', 'csv', join(dir, 'x.csv'), '-o', join(dir, 'out.txt')]);
  assert.equal(code, 1);
  assert.match(err, /out\.txt: the output must end in \.json, \.yml or \.yaml/);
});

test('an unknown format lists the known ones', async () => {
  const { code, err } = await run(['import', 'cmt', 'x.csv']);
  assert.notEqual(code, 0);
  assert.match(
    err,
    /Allowed choices are miniconf-papers, miniconf-speakers, openreview, csv, frab, sessionize, sessionize-speakers, ics/,
  );
  assert.deepEqual(
    readdirSync(dir).filter((f) => f.startsWith('.')),
    [],
  );
});
