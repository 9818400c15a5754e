import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { run, scratch } from './helpers.js';

function site(files) {
  const dir = scratch();
  mkdirSync(join(dir, '_data'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

test('each problem is printed with file, line, the item and the field, in the element’s words; an error exits 1', async () => {
  const dir = site({
    '_data/papers.yml':
      '- title: Fine\n  authors: [A]\n- title: Deep Learning for Everything\n  authors: 3\n  pdf: javascript:alert(1)\n  titel: typo\n',
  });
  const { code, err } = await run(['validate', join(dir, '_data/papers.yml')]);
  assert.equal(code, 1);
  const file = join(dir, '_data/papers.yml');
  assert.match(
    err,
    new RegExp(`${file}:4 papers\\[1\\] "Deep Learning for Every…"\\.authors: expected a list of names`),
  );
  assert.match(
    err,
    new RegExp(`${file}:5 papers\\[1\\] "Deep Learning for Every…"\\.pdf: unsafe URL scheme "javascript:"`),
  );
  assert.match(
    err,
    new RegExp(`${file}:6 papers\\[1\\] "Deep Learning for Every…"\\.titel: unknown field.*\\(warning\\)`),
  );
  assert.match(err, /2 error\(s\), 1 warning\(s\)/);
});

test('warnings alone exit 0; --strict makes them fail', async () => {
  const dir = site({ '_data/sponsors.json': '[{"name": "ACME", "colour": "red"}]' });
  assert.equal((await run(['validate', dir])).code, 0);
  assert.equal((await run(['validate', '--strict', dir])).code, 1);
});

test('what YAML does to organizers: unquoted times, booleans, null, and date-times moved to the site’s timezone', async () => {
  const dir = site({
    '_config.yml': 'title: x\ntimezone: America/Vancouver\n',
    '_data/program.yml':
      '- start: 08:30\n  title: Opening\n- start: 2019-12-13 09:00:00\n  title: Keynote\n  speakers:\n    - name: Ola Nordmann\n      affiliation: no\n- start: "10:00"\n  title: ~\n- start: "11:00"\n  title: 10:30\n',
  });
  const { code, err } = await run(['validate', join(dir, '_data')]);
  const file = join(dir, '_data/program.yml');
  // An unquoted 08:30 in a time field is read as 08:30 by the elements and the kit: one note, no warning.
  assert.match(
    err,
    new RegExp(`${file}: an unquoted time \\(08:30, from line 1\\) is a number to YAML; .* \\(note\\)`),
  );
  assert.doesNotMatch(err, /"Opening"\.start/);
  // …but a time typed where text is meant still warns, on its line.
  assert.match(err, /:11 items\[3\].*\.title: YAML reads the unquoted time 10:30 as the number 37800/);
  assert.match(
    err,
    new RegExp(
      `${file}:3 items\\[1\\] "Keynote"\\.start: YAML reads the unquoted date-time 2019-12-13 09:00:00 as an instant and Jekyll writes it as "2019-12-13 01:00:00 -0800" \\(the site's timezone: America/Vancouver\\)`,
    ),
  );
  // The element's own word on the shifted time, too: the same validator runs.
  assert.match(err, /looks like a YAML date-time that Jekyll converted to its own time zone/);
  assert.match(err, /:7 items\[1\] "Keynote"\.speakers\[0\]\.affiliation: expected a string, got boolean false/);
  assert.match(err, /:7 .*affiliation: YAML reads the unquoted "no" as false/);
  assert.match(err, /:9 items\[2\]\.title: YAML reads the unquoted "~" as null/);
  assert.equal(code, 1);
});

test('a YAML number the element already explains (start: 13.40) is reported once, in the element’s words', async () => {
  const dir = site({ '_data/program.yml': '- { start: 13.40, end: 14:05, title: B }\n' });
  const { code, err } = await run(['validate', dir]);
  assert.equal(code, 0);
  const start = err.split('\n').filter((line) => line.includes('"B".start:'));
  assert.equal(start.length, 1, err);
  assert.match(start[0], /YAML read 13\.40 as the number 13\.4; read as 13:40/);
  assert.match(err, /an unquoted time \(14:05, from line 1\) is a number to YAML/);
  assert.match(err, /0 error\(s\), 1 warning\(s\)/);
});

test('duplicate session ids are errors: deep links reach only one', async () => {
  const dir = site({
    '_data/program.json':
      '[{"id": "talk", "start": "09:00", "title": "A"},\n{"id": "talk", "start": "10:00", "title": "B"}]',
  });
  const { code, err } = await run(['validate', dir]);
  assert.equal(code, 1);
  assert.match(err, /program\.json:2 items\[1\] "B"\.id: duplicate id "talk" \(also items\[0\]\)/);
});

test('the kind comes from the file name, else the content; --kind overrides both', async () => {
  const dir = site({
    '_data/people.yml': '- name: Lily Hu\n  role: Organizer\n',
    '_data/misc.json': '[{"title": "A paper", "authors": ["X"]}]',
    '_data/navigation.yml': '- url: /\n  text: Home\n',
    '_data/workshop.yml': 'name: SMMaL 2019\nlocation: Vancouver\n',
    '_data/chair.yml': 'name: Lily Hu\naffiliation: Salesforce Research\n',
  });
  const { code, err } = await run(['validate', dir]);
  assert.equal(code, 0, err);
  assert.match(err, /people\.yml: 1 speakers for <speaker-card speaker>/);
  assert.match(err, /misc\.json: 1 papers for <paper-list papers>/);
  assert.match(err, /navigation\.yml: not data for an element, skipped/);
  assert.match(err, /workshop\.yml: not data for an element, skipped/);
  assert.match(err, /chair\.yml: 1 speakers for <speaker-card speaker>/);
  const forced = await run(['validate', '--kind', 'sponsors', join(dir, '_data/people.yml')]);
  assert.match(forced.err, /sponsors\[0\] "Lily Hu"\.role: unknown field/);
});

test('a speaker without a name is a warning at its line, worded as the card shows it', async () => {
  const dir = site({ '_data/speakers.yml': '- name: A\n- affiliation: Nowhere\n' });
  const { code, err } = await run(['validate', dir]);
  assert.equal(code, 0);
  assert.match(
    err,
    /speakers\.yml:2 speakers\[1\]\.name: missing \(the card says "This card has no name"\) \(warning\)/,
  );
  const strict = await run(['validate', '--strict', dir]);
  assert.equal(strict.code, 1);
});

test('broken YAML or JSON is one line with its line number', async () => {
  const dir = site({
    '_data/papers.yml': '- title: A\n  authors: [B\n- title: C\n',
    '_data/sponsors.json': '[{"name": "A"},\n{"name": }]',
  });
  const { code, err } = await run(['validate', dir]);
  assert.equal(code, 1);
  assert.match(err, /papers\.yml:\d: not valid YAML: /);
  assert.match(err, /sponsors\.json:2: not valid JSON: /);
});

test('in GitHub Actions, problems are also annotations on the file and line', async () => {
  const dir = site({ '_data/papers.json': '[{"authors": ["X"]}]', '_data/sponsors.json': '{"name": "A"}' });
  const { err } = await run(['validate', dir], { GITHUB_ACTIONS: 'true' });
  assert.match(err, /::warning file=.*papers\.json,line=1::papers\[0\]\.title: missing \(shown as "Untitled"\)/);
  assert.match(err, /::error file=.*sponsors\.json,line=1::sponsors: "sponsors" must be a list/);
});

test('a YAML line indented with a tab (the editor’s Tab key) is named as such, at its line', async () => {
  const dir = site({ '_data/program.yml': '- start: "8:30 AM"\n  title: Opening\n- start: 9.30am\n\ttitle: Tabbed\n' });
  const { code, err } = await run(['validate', dir]);
  assert.equal(code, 1);
  assert.match(err, /program\.yml:4: not valid YAML: this line is indented with a tab; YAML indents with spaces only/);
});
