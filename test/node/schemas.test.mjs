// The JSON Schemas in schemas/ (generated from src/*/types.ts) accept every demo and example data file,
// and refuse data of the wrong shape. Run by `node --test` (ajv is CommonJS-first; Node is its home).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import Ajv from 'ajv';

const ajv = new Ajv({ allErrors: true, strict: false });
const compiled = new Map();
const schema = (name) => {
  if (!compiled.has(name))
    compiled.set(name, ajv.compile(JSON.parse(readFileSync(`schemas/${name}.schema.json`, 'utf8'))));
  return compiled.get(name);
};
const json = (path) => JSON.parse(readFileSync(path, 'utf8'));

// Which schema each data file follows: by file name, in demo/data and examples/.
const schemaFor = (file) => {
  if (/schedule|program|conference/.test(file)) return 'workshop-schedule';
  if (/sponsor/.test(file)) return 'sponsor-strip';
  if (/dates/.test(file)) return 'important-dates';
  if (/paper/.test(file)) return 'paper-list';
  if (/speaker|organizer|people/.test(file)) return 'speaker-card';
  return undefined;
};

const dirs = ['demo/data', 'examples'].filter((d) => existsSync(d));
const files = dirs.flatMap((d) =>
  readdirSync(d, { recursive: true })
    // Not the example apps' installs and builds (node_modules/workshop-elements carries the schemas themselves).
    .filter((f) => String(f).endsWith('.json') && !/(^|\/)(node_modules|dist)\//.test(String(f)))
    .map((f) => `${d}/${f}`),
);

test('there are demo data files to check', () => {
  assert.ok(files.length >= 5, `found ${files.length}`);
});

for (const file of files) {
  const name = schemaFor(file);
  if (!name) continue;
  test(`${file} is valid against schemas/${name}.schema.json`, () => {
    const validate = schema(name);
    const data = json(file);
    // speaker files hold a list of speakers, one <speaker-card> each
    const items = name === 'speaker-card' && Array.isArray(data) ? data : [data];
    for (const item of items) assert.ok(validate(item), `${file}: ${ajv.errorsText(validate.errors)}`);
  });
}

test('the schemas refuse data of the wrong shape', () => {
  assert.equal(schema('paper-list')([{ authors: ['No title'] }]), false);
  assert.equal(schema('paper-list')({ title: 'not a list' }), false);
  assert.equal(schema('sponsor-strip')([{ logo: 'x.png' }]), false);
  assert.equal(schema('speaker-card')({ affiliation: 'No name' }), false);
  assert.equal(schema('workshop-schedule')([{ title: 'No start' }]), false);
  assert.equal(schema('important-dates')([{ label: 'No date' }]), false);
  assert.equal(schema('important-dates')([{ label: 'A', date: '2019-09-13', kind: 'party' }]), false);
});

test('custom-elements.json (npm run build) names all five tags with their attributes, parts and custom properties', () => {
  const manifest = json('custom-elements.json');
  const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement);
  const byTag = Object.fromEntries(elements.map((d) => [d.tagName, d]));
  for (const tag of ['workshop-schedule', 'speaker-card', 'paper-list', 'sponsor-strip', 'important-dates']) {
    const d = byTag[tag];
    assert.ok(d, `${tag} is in the manifest`);
    assert.ok(
      d.attributes?.some((a) => a.name === 'src'),
      `${tag} documents src`,
    );
    assert.ok(
      d.cssParts?.some((p) => p.name === 'error'),
      `${tag} documents the error part`,
    );
    assert.ok(d.cssProperties?.length > 0, `${tag} documents custom properties`);
    assert.ok(
      d.events?.some((e) => e.name === 'we-error'),
      `${tag} documents the error event`,
    );
  }
});
