// The public names in custom-elements.json (`npm run build:manifest`, which `npm test` runs first) follow one scheme:
// events `we-<what>`, custom properties `--we-*`, a root part `base` and a `heading-level` attribute on every element.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement);
const TAGS = ['workshop-schedule', 'speaker-card', 'paper-list', 'sponsor-strip', 'important-dates'];
const EVENT_CLASSES = {
  'we-load': 'WeLoadEvent',
  'we-error': 'WeErrorEvent',
  'we-fragment-target': 'WeFragmentTargetEvent',
  'we-calendar-download': 'WeCalendarDownloadEvent',
  'we-favorites-change': 'WeFavoritesChangeEvent',
};
/** The element-specific prefix of each element's own custom properties. */
const OWN_PREFIX = {
  'workshop-schedule': '--we-schedule-',
  'speaker-card': '--we-speaker-',
  'paper-list': '--we-paper-',
  'sponsor-strip': '--we-sponsor-',
  'important-dates': '--we-dates-',
};
const byTag = Object.fromEntries(elements.map((d) => [d.tagName, d]));

test('the manifest has the five elements', () => {
  assert.deepEqual(elements.map((d) => d.tagName).sort(), [...TAGS].sort());
});

for (const tag of TAGS) {
  test(`<${tag}> lists only we- events, each with its typed class`, () => {
    const events = byTag[tag].events ?? [];
    assert.ok(
      events.some((e) => e.name === 'we-error'),
      'we-error',
    );
    assert.ok(
      events.some((e) => e.name === 'we-load'),
      'we-load',
    );
    for (const e of events) {
      assert.match(e.name, /^we-[a-z]+(-[a-z]+)*$/, `event ${e.name}`);
      assert.equal(e.type?.text, EVENT_CLASSES[e.name], `class of ${e.name}`);
    }
  });

  test(`<${tag}> lists only --we- custom properties: shared ones and its own prefix`, () => {
    const props = (byTag[tag].cssProperties ?? []).map((p) => p.name);
    assert.ok(props.length > 0);
    const own = props.filter((p) => p.startsWith(OWN_PREFIX[tag]));
    for (const name of props) {
      assert.match(name, /^--we-[a-z0-9]+(-[a-z0-9]+)*$/, `custom property ${name}`);
      // Another element's prefix would mean a property in the wrong scheme.
      for (const [other, prefix] of Object.entries(OWN_PREFIX))
        if (other !== tag) assert.ok(!name.startsWith(prefix), `${name} has the prefix of <${other}>`);
    }
    if (tag !== 'workshop-schedule' || own.length)
      assert.ok(own.length > 0, `${tag} has ${OWN_PREFIX[tag]}* properties`);
  });

  test(`<${tag}> has a base part, the shared state parts and a heading part`, () => {
    const parts = (byTag[tag].cssParts ?? []).map((p) => p.name);
    for (const part of ['base', 'error', 'loading', 'empty', 'heading']) assert.ok(parts.includes(part), part);
    // Part names are kebab-case, one name per role: no `filters` container next to `filter` selects.
    for (const part of parts) assert.match(part, /^[a-z0-9]+(-[a-z0-9]+)*$/, part);
    assert.ok(!parts.includes('filters') && !parts.includes('strip'), 'old part names are gone');
  });

  test(`<${tag}> has a heading-level attribute`, () => {
    const attribute = byTag[tag].attributes?.find((a) => a.name === 'heading-level');
    assert.ok(attribute, 'heading-level');
    assert.equal(attribute.fieldName, 'headingLevel');
    assert.equal(attribute.default, '3');
  });
}
