// The Jekyll kit (jekyll/) from the outside: the committed bundle is what src/ builds to; the seed page that
// scripts/build-jekyll-example.sh builds (npm test runs it first) reads in full with JavaScript off and carries JSON-LD
// that matches its _data; hostile strings (the Big List of Naughty Strings) keep the JSON-LD and the attributes valid;
// the site builds the same in GitHub Pages' safe mode; the includes use only Liquid that Jekyll 3.9 has.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import yaml from 'js-yaml';
import { importTs } from './ts-module.mjs';
import { launchChromium } from '../../scripts/chromium.mjs';
import { serveSite } from '../../scripts/serve-site.mjs';
import { allElementsDrawn, measureLoad } from '../../scripts/layout-shift.mjs';

const SITE = 'examples/jekyll';
const INCLUDES = 'jekyll/_includes/workshop-elements';
const data = (name) => yaml.load(readFileSync(`${SITE}/_data/${name}.yml`, 'utf8'));
const speakerNames = (list) => [list ?? []].flat().map((s) => (typeof s === 'string' ? s : s.name));
/** The JSON-LD blocks of an HTML text; the kit writes every "<" in them as \u003c, so a block ends at its own tag. */
/** The no-script program's day rows ("2019-12-13 Friday 13 December 2019"), and the page without them. */
const DAY_ROW =
  /<tr class="we-fallback-day"><th colspan="2" scope="rowgroup"><time datetime="([^"]+)">([^<]*)<\/time><\/th><\/tr>/g;
const dayRows = (html) => [...html.matchAll(DAY_ROW)].map((m) => `${m[1]} ${m[2]}`);
const withoutDays = (html) => html.replace(DAY_ROW, '');
const jsonLd = (html) =>
  [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]));

async function withPage(dir, baseurl, { javaScript, images = true }, fn) {
  const server = await serveSite(path.resolve(dir), baseurl);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.setJavaScriptEnabled(javaScript);
    const problems = [];
    page.on('dialog', async (d) => {
      problems.push(`dialog: ${d.message()}`);
      await d.dismiss();
    });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('console', (m) => m.type() === 'error' && problems.push(`console.error: ${m.text()}`));
    page.setDefaultTimeout(120_000); // a loaded 2-core machine
    if (!images) {
      // Hundreds of logos at made-up URLs: their 404s only slow the page down.
      await page.setRequestInterception(true);
      page.on('request', (r) => (r.resourceType() === 'image' ? r.abort() : r.continue()));
    }
    await page.goto(server.url, { waitUntil: 'load' });
    if (javaScript) await page.waitForFunction(() => customElements.get('paper-list'));
    return await fn(page, problems);
  } finally {
    await browser.close();
    await server.close();
  }
}

test('the committed bundle, source map and SRI hash are a fresh build of src/ (else: npm run build:kit)', () => {
  const run = spawnSync(process.execPath, ['scripts/build-kit.mjs', '--check'], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
});

test('with JavaScript off, the seed page shows every session, time, speaker, paper, organizer and sponsor', async () => {
  await withPage(`${SITE}/_site`, '/smmal', { javaScript: false }, async (page) => {
    const seen = await page.evaluate(() => ({
      text: document.body.innerText,
      times: [...document.querySelectorAll('workshop-schedule td time')].map((t) => [t.textContent, t.dateTime]),
      days: [...document.querySelectorAll('workshop-schedule .we-fallback-day')].map((r) => r.textContent.trim()),
      alts: [...document.querySelectorAll('sponsor-strip img')].map((i) => i.alt),
      links: [...document.querySelectorAll('[slot="fallback"] a')].map((a) => a.getAttribute('href')),
    }));
    for (const item of data('program')) {
      if (item.section) assert.ok(seen.text.includes(item.section), item.section);
      else assert.ok(seen.text.includes(item.title || 'TBA'), item.title);
      for (const name of speakerNames(item.speakers)) assert.ok(seen.text.includes(name), name);
      for (const sub of item.items ?? []) assert.ok(seen.text.includes(sub.title || 'TBA'));
    }
    // js-yaml (YAML 1.2) reads 08:30 as text, Jekyll (YAML 1.1) as seconds: the page shows the clock either way.
    const shownTimes = seen.times.map(([clock]) => clock);
    for (const item of data('program').filter((i) => i.start)) {
      const clock = String(item.start instanceof Date ? item.start.toISOString().slice(11, 16) : item.start);
      assert.ok(shownTimes.includes(clock.padStart(5, '0')), `time ${clock}`);
    }
    for (const [clock, datetime] of seen.times) assert.match(datetime, new RegExp(`^2019-12-13T${clock}:00-08:00$`));
    assert.deepEqual(seen.days, ['Friday 13 December 2019'], 'the day is named once, above its sessions');
    for (const person of [...data('speakers'), ...data('organizers')]) {
      assert.ok(seen.text.includes(person.name), person.name);
      for (const a of [person.affiliation ?? []].flat()) assert.ok(seen.text.includes(a), a);
    }
    for (const paper of data('papers')) {
      assert.ok(seen.text.includes(paper.title), paper.title);
      for (const name of speakerNames(paper.authors)) assert.ok(seen.text.includes(name), name);
    }
    assert.ok(seen.links.includes('/smmal/static/papers/accepted/1.pdf'), 'PDF link under the baseurl');
    for (const sponsor of data('sponsors'))
      assert.ok(seen.alts.includes(sponsor.name) || seen.text.includes(sponsor.name), sponsor.name);
  });
});

test('the swap from fallback to elements keeps the seed page CLS at most 0.1 in Chromium, also opened at a section', async () => {
  const server = await serveSite(path.resolve(`${SITE}/_site`), '/smmal');
  const browser = await launchChromium();
  try {
    for (const width of [1200, 390])
      for (const fragment of ['', '#speakers', '#accepted-papers']) {
        const { cls, shifts } = await measureLoad(browser, server.url + fragment, { width, ready: allElementsDrawn });
        assert.ok(cls <= 0.1, `${width} px ${fragment || 'top'}: CLS ${cls.toFixed(3)} ${JSON.stringify(shifts)}`);
      }
  } finally {
    await browser.close();
    await server.close();
  }
});

test('the seed page JSON-LD: an Event with a sub-event per session, an article per paper, a Person per person', () => {
  const blocks = jsonLd(readFileSync(`${SITE}/_site/index.html`, 'utf8'));
  const event = blocks.find((b) => b['@type'] === 'Event');
  const workshop = data('workshop');
  assert.equal(event.name, workshop.name);
  assert.equal(event.eventAttendanceMode, 'https://schema.org/OfflineEventAttendanceMode');
  assert.deepEqual(event.location, { '@type': 'Place', ...workshop.location });
  const sessions = data('program').filter((i) => i.start);
  assert.equal(event.subEvent.length, sessions.length);
  const offset = /^2019-12-13T\d\d:\d\d:00-08:00$/;
  sessions.forEach((session, i) => {
    const sub = event.subEvent[i];
    assert.equal(sub.name, session.title || 'TBA');
    assert.match(sub.startDate, offset, `${sub.name} start`);
    assert.match(sub.endDate, offset, `${sub.name} end`);
    assert.ok(sub.endDate > sub.startDate, `${sub.name} ends after it starts`);
    assert.deepEqual(
      (sub.performer ?? []).map((p) => p.name),
      speakerNames(session.speakers),
    );
  });
  assert.equal(event.subEvent.at(-1).startDate, '2019-12-13T18:00:00-08:00'); // the unquoted YAML date-time
  assert.equal(event.subEvent.at(-1).endDate, '2019-12-13T18:30:00-08:00');
  assert.equal(event.startDate, '2019-12-13T08:30:00-08:00');

  const articles = blocks.flatMap((b) => b['@graph'] ?? []).filter((n) => n['@type'] === 'ScholarlyArticle');
  assert.deepEqual(
    articles.map((a) => [a.name, a.author.map((p) => p.name), a.isPartOf['@id']]),
    data('papers').map((p) => [p.title, p.authors, event['@id']]),
  );
  assert.match(articles[0].encoding.contentUrl, /\/smmal\/static\/papers\/accepted\/1\.pdf$/);

  const byRelation = (relation) =>
    blocks.filter((b) => b['@id'] === event['@id'] && b[relation]).flatMap((b) => b[relation]);
  for (const [relation, people] of [
    ['performer', data('speakers')],
    ['organizer', data('organizers')],
  ]) {
    assert.deepEqual(
      byRelation(relation).map((p) => [p['@type'], p.name, p.affiliation?.map((a) => a.name) ?? [], p.url]),
      people.map((p) => ['Person', p.name, [p.affiliation ?? []].flat(), p.url]),
    );
  }
});

test('hostile strings (BLNS) keep every JSON-LD block and JSON attribute exact, and run no script', async () => {
  const blns = JSON.parse(readFileSync('test/fixtures/blns/blns.json', 'utf8'));
  const dir = mkdtempSync(path.join(tmpdir(), 'we-blns-'));
  try {
    cpSync('jekyll', dir, { recursive: true });
    mkdirSync(`${dir}/_data`);
    const program = blns.map((s, i) => ({ start: 28800 + i * 60, title: s, speakers: [{ name: s, url: s }], room: s }));
    const papers = blns.map((s) => ({
      title: s,
      authors: [s, { name: s, affiliation: s }],
      pdf: s,
      url: s,
      abstract: s,
    }));
    const people = blns.map((s) => ({
      name: s,
      affiliation: [s],
      url: s,
      bio: s,
      role: s,
      talk: { title: s, href: s },
    }));
    const sponsors = blns.map((s) => ({ name: s, logo: s, url: s, tier: s, description: s }));
    for (const [name, value] of Object.entries({ program, papers, people, sponsors }))
      // Jekyll reads a .json data file with its YAML parser, which refuses raw C1 controls and non-characters:
      // write them as \u escapes, which JSON and YAML both read back to the same string.
      writeFileSync(
        `${dir}/_data/${name}.json`,
        JSON.stringify(value).replace(
          /[\u007f-\u009f\ufeff\ufffe\uffff]/g,
          (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
        ),
      );
    writeFileSync(`${dir}/_config.yml`, 'baseurl: "/blns"\ntitle: "BLNS"\n');
    writeFileSync(
      `${dir}/index.html`,
      `---\n---\n<!doctype html><html lang="en"><head><meta charset="utf-8"><title>BLNS</title>
{% include workshop-elements/head.html %}</head><body>
{% include workshop-elements/schedule.html items=site.data.program date="2019-12-13" timezone="UTC" utc_offset="+00:00" %}
{% include workshop-elements/papers.html papers=site.data.papers %}
{% include workshop-elements/speakers.html speakers=site.data.people %}
{% include workshop-elements/sponsors.html sponsors=site.data.sponsors %}
</body></html>\n`,
    );
    execFileSync('jekyll', ['build', '--quiet', '-s', dir, '-d', `${dir}/_site`]);
    const html = readFileSync(`${dir}/_site/index.html`, 'utf8');
    const blocks = jsonLd(html); // throws on invalid JSON
    assert.deepEqual(
      blocks.find((b) => b['@type'] === 'Event').subEvent.map((e) => [e.name, e.performer[0].name, e.location.name]),
      blns.map((s) => [s || 'TBA', s, s]),
    );
    const articles = blocks.find((b) => b['@graph'])['@graph'];
    assert.deepEqual(
      articles.map((a) => [a.name, a.abstract, a.author.map((p) => p.name)]),
      blns.map((s) => [s, s, [s, s]]),
    );
    assert.deepEqual(
      blocks.find((b) => b.performer).performer.map((p) => [p.name, p.description, p.jobTitle]),
      blns.map((s) => [s, s, s]),
    );
    await withPage(`${dir}/_site`, '/blns', { javaScript: true, images: false }, async (page, problems) => {
      await page.waitForFunction(allElementsDrawn, { polling: 'raf' });
      const attrs = await page.evaluate(() => ({
        items: JSON.parse(
          document.querySelector('workshop-schedule').getAttribute('items') ??
            document.querySelector('workshop-schedule > script').textContent,
        ),
        papers: JSON.parse(document.querySelector('paper-list > script[type="application/json"]').textContent),
        sponsors: JSON.parse(document.querySelector('sponsor-strip').getAttribute('sponsors')),
        speakers: [...document.querySelectorAll('speaker-card')].map((c) => JSON.parse(c.getAttribute('speaker'))),
        pwned: [...document.querySelectorAll('[slot="fallback"] [href], [slot="fallback"] [src]')]
          .map((e) => e.getAttribute('href') ?? e.getAttribute('src'))
          .filter((u) => /^\s*[a-z]+script:/i.test(u) || /^\s*data:/i.test(u)),
      }));
      assert.deepEqual(
        attrs.items.map((i) => i.title),
        blns,
      );
      assert.deepEqual(
        attrs.papers.map((p) => p.title),
        blns,
      );
      assert.deepEqual(
        attrs.sponsors.map((p) => p.name),
        blns,
      );
      assert.deepEqual(
        attrs.speakers.map((p) => p.bio),
        blns,
      );
      assert.deepEqual(attrs.pwned, []);
      assert.deepEqual(
        problems.filter((p) => p.startsWith('dialog') || p.startsWith('page error')),
        [],
      );
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('head.html lang="de" loads the kit\'s German words: a German Jekyll page reads no English from the elements', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'we-de-'));
  try {
    cpSync('jekyll', dir, { recursive: true });
    mkdirSync(`${dir}/_data`);
    writeFileSync(`${dir}/_data/program.json`, JSON.stringify([{ start: '09:00', end: '10:00', title: 'Eröffnung' }]));
    writeFileSync(`${dir}/_config.yml`, 'baseurl: "/tagung"\ntitle: "Tagung"\n');
    writeFileSync(
      `${dir}/index.html`,
      `---\n---\n<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Tagung</title>
{% include workshop-elements/head.html lang="de" %}</head><body>
{% include workshop-elements/schedule.html items=site.data.program date="2019-12-13" timezone="Europe/Berlin" viewer_timezone="UTC" %}
</body></html>\n`,
    );
    execFileSync('jekyll', ['build', '--quiet', '-s', dir, '-d', `${dir}/_site`]);
    const html = readFileSync(`${dir}/_site/index.html`, 'utf8');
    assert.match(html, /<script type="module" src="\/tagung\/assets\/translations\/de\.js"><\/script>/);
    await withPage(`${dir}/_site`, '/tagung', { javaScript: true }, async (page, problems) => {
      await page.waitForFunction(allElementsDrawn, { polling: 'raf' });
      const words = await page.evaluate(() =>
        [...document.querySelector('workshop-schedule').shadowRoot.querySelectorAll('button')].map((b) =>
          b.textContent.trim().replace(/\s+/g, ' '),
        ),
      );
      assert.ok(
        words.some((w) => w.includes('Mein Programm')),
        words.join(' | '),
      );
      assert.ok(!words.some((w) => /My program|Download/.test(w)), words.join(' | '));
      // The browser's own /favicon.ico request is the only 404 (the German words above prove de.js loaded).
      assert.deepEqual(
        problems.filter((p) => !p.includes('404')),
        [],
      );
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("without utc_offset, the schedule's times carry the offset of the site's timezone: on that day", () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'we-tz-'));
  try {
    cpSync('jekyll', dir, { recursive: true });
    mkdirSync(`${dir}/_data`);
    writeFileSync(`${dir}/_config.yml`, 'timezone: America/Vancouver\n');
    writeFileSync(
      `${dir}/_data/program.yml`,
      '- { start: "08:30", title: A }\n- { start: 36000, end: "11:00", title: B }\n',
    );
    const include = (date) =>
      `{% include workshop-elements/schedule.html items=site.data.program date="${date}" timezone="America/Vancouver" %}`;
    writeFileSync(`${dir}/index.html`, `---\n---\n${include('2019-07-01')}\n${include('2019-12-13')}\n`);
    execFileSync('jekyll', ['build', '--quiet', '-s', dir, '-d', `${dir}/_site`]);
    const html = readFileSync(`${dir}/_site/index.html`, 'utf8');
    const times = [...withoutDays(html).matchAll(/<time datetime="([^"]+)">/g)].map((m) => m[1]);
    assert.deepEqual(dayRows(html), ['2019-07-01 Monday 1 July 2019', '2019-12-13 Friday 13 December 2019']);
    assert.deepEqual(times, [
      '2019-07-01T08:30:00-07:00',
      '2019-07-01T10:00:00-07:00',
      '2019-07-01T11:00:00-07:00',
      '2019-12-13T08:30:00-08:00',
      '2019-12-13T10:00:00-08:00',
      '2019-12-13T11:00:00-08:00',
    ]);
    const events = jsonLd(html).map((e) => e.subEvent.map((s) => [s.startDate, s.endDate]));
    assert.deepEqual(events[0][1], ['2019-07-01T10:00:00-07:00', '2019-07-01T11:00:00-07:00']);
    assert.deepEqual(events[1][0], ['2019-12-13T08:30:00-08:00', '2019-12-13T10:00:00-08:00']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("the fallback and JSON-LD read YAML numbers (16 is 16:00, 13.40 is 13:40), 12-hour times (1:40pm) and a session's own date; a date the element refuses is shown as written, never with a guessed year; the JSON-LD spans the earliest to the latest time and names only named performers", () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'we-hurried-'));
  try {
    cpSync('jekyll', dir, { recursive: true });
    mkdirSync(`${dir}/_data`);
    writeFileSync(
      `${dir}/_data/program.yml`,
      '- { start: 16, end: 16.3, title: A, speakers: [{ name: null, affiliation: Nowhere }, 42] }\n' +
        '- { start: 13.40, end: 14.05, title: B, items: [{ title: N, speakers: [{ name: ~ }, Ann] }] }\n- { date: 2019-12-14, start: 30600, title: C }\n' +
        '- { start: 1:40pm, end: 2:10 PM, title: D }\n- { start: 17:00, end: 17h30, title: E }\n',
    );
    writeFileSync(
      `${dir}/_data/dates.yml`,
      '- { label: Workshop, date: Dec 13 }\n- { label: Camera ready, date: 13/10/2019 }\n- { label: Notification, date: 2019-10-01 }\n',
    );
    writeFileSync(
      `${dir}/index.html`,
      '---\n---\n{% include workshop-elements/schedule.html items=site.data.program date="2019-12-13" timezone="America/Vancouver" utc_offset="-08:00" %}\n' +
        '{% include workshop-elements/dates.html dates=site.data.dates timezone="AoE" %}\n',
    );
    execFileSync('jekyll', ['build', '--quiet', '-s', dir, '-d', `${dir}/_site`]);
    const html = readFileSync(`${dir}/_site/index.html`, 'utf8');
    const times = [...withoutDays(html).matchAll(/<time datetime="([^"]+)">([^<]*)<\/time>/g)].map(
      (m) => `${m[2]} ${m[1]}`,
    );
    assert.deepEqual(
      dayRows(html),
      [
        '2019-12-13 Friday 13 December 2019',
        '2019-12-14 Saturday 14 December 2019',
        '2019-12-13 Friday 13 December 2019',
      ],
      'a row names the day wherever it changes',
    );
    assert.deepEqual(times, [
      '16:00 2019-12-13T16:00:00-08:00',
      '16:30 2019-12-13T16:30:00-08:00',
      '13:40 2019-12-13T13:40:00-08:00',
      '14:05 2019-12-13T14:05:00-08:00',
      '08:30 2019-12-14T08:30:00-08:00',
      '13:40 2019-12-13T13:40:00-08:00',
      '14:10 2019-12-13T14:10:00-08:00',
      '17:00 2019-12-13T17:00:00-08:00',
      '17:30 2019-12-13T17:30:00-08:00',
      'October 1, 2019 2019-10-01',
    ]);
    assert.doesNotMatch(html, /=&gt;|=>/, 'no Ruby hash (a speaker without a name) printed in the fallback');
    assert.match(html, /<br>\(Nowhere\), 42/);
    const workshop = jsonLd(html)[0];
    assert.deepEqual(
      [workshop.startDate, workshop.endDate],
      ['2019-12-13T13:40:00-08:00', '2019-12-14T08:30:00-08:00'],
      'the workshop runs from the earliest start to the latest time, not from the first to the last entry',
    );
    assert.deepEqual(
      workshop.subEvent[0].performer,
      [{ '@type': 'Person', name: '42' }],
      'a speaker without a name is no Person; a name typed as a number is text',
    );
    const events = workshop.subEvent.map((e) => e.startDate);
    assert.deepEqual(events, [
      '2019-12-13T16:00:00-08:00',
      '2019-12-13T13:40:00-08:00',
      '2019-12-14T08:30:00-08:00',
      '2019-12-13T13:40:00-08:00',
      '2019-12-13T17:00:00-08:00',
    ]);
    const dates = [...html.matchAll(/<th scope="row">([^<]*)<\/th><td>([^<]*)/g)].map((m) => `${m[1]}: ${m[2].trim()}`);
    assert.deepEqual(dates, ['Workshop: Dec 13 AoE', 'Camera ready: 13/10/2019 AoE', 'Notification: ']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('hand-typed data reads in the fallback as the elements read it: 9h20, 8.30am, "13.40"; a deadline at "11:59 PM" or "noon" shows that time; a speaker or sponsor by name alone; a bio with a link shows its text, not its tags; a mistyped parameter reaches the element', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'we-typed-'));
  try {
    cpSync('jekyll', dir, { recursive: true });
    mkdirSync(`${dir}/_data`);
    writeFileSync(
      `${dir}/_data/program.yml`,
      '- { start: 8.30am, title: A }\n- { start: 9h20, end: 10h, title: B }\n- { start: "13.40", end: 2 p.m., title: C }\n- { start: after lunch, title: D }\n',
    );
    writeFileSync(
      `${dir}/_data/dates.yml`,
      '- { label: Abstracts, date: 2019-09-06, time: "11:59 PM" }\n- { label: Camera, date: 2019-10-30, time: noon }\n- { label: Papers, date: 2019-09-13, time: 23:59 }\n',
    );
    writeFileSync(
      `${dir}/_data/speakers.yml`,
      '- Weinan E\n- { name: Terence Tao, bio: \'is Professor at UCLA &amp; IAS. [<a href="https://www.math.ucla.edu/~tao/">Webpage</a>]\' }\n',
    );
    writeFileSync(`${dir}/_data/sponsors.yml`, '- DeepMind\n- { name: MERL, url: "https://merl.com/" }\n');
    writeFileSync(
      `${dir}/index.html`,
      '---\n---\n{% include workshop-elements/schedule.html items=site.data.program date="2019-12-13" timezone="America/Vancouver" utc_offset="-08:00" %}\n' +
        '{% include workshop-elements/dates.html dates=site.data.dates timezone="AoE" layuot="timeline" %}\n' +
        '{% include workshop-elements/speakers.html speakers=site.data.speakers heading_levle="2" %}\n' +
        '{% include workshop-elements/sponsors.html sponsors=site.data.sponsors %}\n',
    );
    execFileSync('jekyll', ['build', '--quiet', '-s', dir, '-d', `${dir}/_site`]);
    const html = readFileSync(`${dir}/_site/index.html`, 'utf8');
    const times = [...withoutDays(html).matchAll(/<time datetime="([^"]+)">([^<]*)<\/time>/g)].map(
      (m) => `${m[2]} ${m[1]}`,
    );
    assert.deepEqual(times.slice(0, 5), [
      '08:30 2019-12-13T08:30:00-08:00',
      '09:20 2019-12-13T09:20:00-08:00',
      '10:00 2019-12-13T10:00:00-08:00',
      '13:40 2019-12-13T13:40:00-08:00',
      '14:00 2019-12-13T14:00:00-08:00',
    ]);
    assert.match(html, />after lunch</, 'a time the kit cannot read is shown as written');
    const dates = [...html.matchAll(/<th scope="row">([^<]*)<\/th><td>(.*?)<\/td>/g)].map(
      (m) => `${m[1]}: ${m[2].replace(/<[^>]+>/g, '').trim()}`,
    );
    assert.deepEqual(dates, [
      'Abstracts: September 6, 2019 11:59 PM AoE',
      'Camera: October 30, 2019 noon AoE',
      'Papers: September 13, 2019 23:59 AoE',
    ]);
    // What a visitor without JavaScript reads: each element's slot="fallback" (the JSON attribute before it is escaped).
    const fallback = (tag) =>
      html.slice(html.indexOf('slot="fallback"', html.indexOf(`<${tag}`)), html.indexOf(`</${tag}>`));
    assert.match(fallback('speaker-card'), /<h3>Weinan E<\/h3>/);
    const tao = html.slice(html.lastIndexOf('<speaker-card'));
    const taoFallback = tao.slice(tao.indexOf('slot="fallback"'), tao.indexOf('</speaker-card>'));
    assert.match(taoFallback, /<p>is Professor at UCLA &amp; IAS\. \[Webpage\]<\/p>/);
    assert.doesNotMatch(taoFallback, /&lt;/, 'no escaped markup in the fallback');
    assert.match(fallback('sponsor-strip'), /<li>DeepMind<\/li>/);
    // A mistyped include parameter reaches the element as an attribute, which names it in the console (its own test).
    assert.match(html, /<important-dates timezone="AoE" layuot="timeline" dates='/);
    assert.equal(html.match(/<speaker-card heading-levle="2" speaker='/g)?.length, 2);
    const people = jsonLd(html).flatMap((block) => block.performer ?? []);
    assert.deepEqual(
      people.map((p) => p.name),
      ['Weinan E', 'Terence Tao'],
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the JSON-LD workshop spans the earliest and latest instants when the times carry different offsets (a DST change, a time typed with its own offset), not the first and last in text order', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'we-offsets-'));
  try {
    cpSync('jekyll', dir, { recursive: true });
    mkdirSync(`${dir}/_data`);
    // 08:30 at -08:00 is 16:30 UTC; "09:00+01:00" is 08:00 UTC, the earliest; "08:45-08:00" ends at 16:45 UTC.
    writeFileSync(
      `${dir}/_data/program.yml`,
      "- { start: '08:30', end: '08:45', title: A }\n- { start: '2019-12-13T09:00:00+01:00', end: '2019-12-13T09:15:00+01:00', title: B }\n",
    );
    writeFileSync(
      `${dir}/index.html`,
      '---\n---\n{% include workshop-elements/schedule.html items=site.data.program date="2019-12-13" timezone="America/Vancouver" utc_offset="-08:00" %}\n',
    );
    execFileSync('jekyll', ['build', '--quiet', '-s', dir, '-d', `${dir}/_site`]);
    const workshop = jsonLd(readFileSync(`${dir}/_site/index.html`, 'utf8'))[0];
    assert.deepEqual(
      workshop.subEvent.map((e) => e.startDate),
      ['2019-12-13T08:30:00-08:00', '2019-12-13T09:00:00+01:00'],
    );
    assert.deepEqual(
      [workshop.startDate, workshop.endDate],
      ['2019-12-13T09:00:00+01:00', '2019-12-13T08:45:00-08:00'],
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("a paper's authors typed as one string are, in the JSON-LD, the same people the element reads", async () => {
  const { splitAuthors } = await importTs('src/paper-list/validate.ts');
  const strings = [
    'Ann Lee, Bo Chen and Cy Wu',
    'Ann Lee, Bo Chen, and Cy Wu',
    'Davis, Christopher and Bulat, Luana and Vero, Anita',
    'Lee, Ann; Chen, Bo; and Wu, Cy',
    'Martin Luther King, Jr. and Rosa Parks',
    'Research & Development Team, Jane Doe',
    'Andrea Anderson AND Brandon Sand',
    'Solo Author',
  ];
  const dir = mkdtempSync(path.join(tmpdir(), 'we-authors-'));
  try {
    cpSync('jekyll', dir, { recursive: true });
    mkdirSync(`${dir}/_data`);
    writeFileSync(
      `${dir}/_data/papers.json`,
      JSON.stringify(strings.map((authors, i) => ({ title: `P${i}`, authors }))),
    );
    writeFileSync(
      `${dir}/index.html`,
      '---\n---\n{% include workshop-elements/papers.html papers=site.data.papers %}\n',
    );
    execFileSync('jekyll', ['build', '--quiet', '-s', dir, '-d', `${dir}/_site`]);
    const articles = jsonLd(readFileSync(`${dir}/_site/index.html`, 'utf8'))[0]['@graph'];
    assert.deepEqual(
      articles.map((a) => a.author.map((p) => p.name)),
      strings.map((s) => splitAuthors(s)),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a speaker typed as "Name, Affiliation" is one name in the element, the kit and the CLI\'s render', async () => {
  const { validateSpeaker } = await importTs('src/speaker-card/validate.ts');
  const { jekyllLiquid, toLiquidData } = await import('../../cli/src/render/ruby-liquid.js');
  const people = ['Jane Doe, MIT', 'Doe, Jane', { name: 'Ann Lee', affiliation: 'ETH Zürich' }];
  const element = people.map((p) => validateSpeaker(p).data.name);
  assert.deepEqual(element, ['Jane Doe, MIT', 'Doe, Jane', 'Ann Lee']);
  const page = '{% include workshop-elements/speakers.html speakers=site.data.people %}';
  const names = (html) => jsonLd(html)[0].performer.map((p) => p.name);
  const dir = mkdtempSync(path.join(tmpdir(), 'we-speaker-names-'));
  try {
    cpSync('jekyll', dir, { recursive: true });
    mkdirSync(`${dir}/_data`);
    writeFileSync(`${dir}/_data/people.json`, JSON.stringify(people));
    writeFileSync(`${dir}/index.html`, `---\n---\n${page}\n`);
    execFileSync('jekyll', ['build', '--quiet', '-s', dir, '-d', `${dir}/_site`]);
    assert.deepEqual(names(readFileSync(`${dir}/_site/index.html`, 'utf8')), element);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const site = { data: { people: toLiquidData(people) } };
  const rendered = jekyllLiquid('jekyll/_includes', site, page).renderFileSync('entry', { site });
  assert.deepEqual(names(rendered), element);
});

test('GitHub Pages: the seed site builds the same in safe mode without plugins', () => {
  const out = mkdtempSync(path.join(tmpdir(), 'we-pages-'));
  try {
    execFileSync('jekyll', [
      'build',
      '--quiet',
      '--safe',
      '--config',
      `${SITE}/_config.yml,${SITE}/_config.pages.yml`,
      '-s',
      SITE,
      '-d',
      out,
    ]);
    assert.equal(readFileSync(`${out}/index.html`, 'utf8'), readFileSync(`${SITE}/_site/index.html`, 'utf8'));
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});

test('the includes use only Liquid that GitHub Pages (Jekyll 3.9, Liquid 4) has', () => {
  // Liquid 4.0.3's standard filters and Jekyll 3.9's own (jekyll/filters.rb, jekyll/filters/url_filters.rb).
  const allowed = new Set(
    (
      'append capitalize ceil compact concat date default divided_by downcase escape escape_once first floor join ' +
      'last lstrip map minus modulo newline_to_br plus prepend remove remove_first replace replace_first reverse round ' +
      'rstrip size slice sort sort_natural split strip strip_html strip_newlines times truncate truncatewords uniq ' +
      'upcase url_decode url_encode abs at_least at_most ' +
      'relative_url absolute_url jsonify xml_escape cgi_escape uri_escape markdownify smartify slugify ' +
      'normalize_whitespace number_of_words array_to_sentence_string where where_exp group_by group_by_exp ' +
      'push pop shift unshift sample to_integer inspect date_to_xmlschema date_to_rfc822 date_to_string date_to_long_string'
    ).split(' '),
  );
  for (const file of readdirSync(INCLUDES)) {
    const source = readFileSync(`${INCLUDES}/${file}`, 'utf8');
    // Liquid 5 only: {% render %}, {% liquid %}, {% echo %}, inline comments {% # %}
    assert.doesNotMatch(source, /\{%-?\s*(?:(?:render|liquid|echo)\b|#)/, `${file}: Liquid 5 tag`);
    const code = source.replace(/\{%-?\s*comment\s*-?%\}[\s\S]*?\{%-?\s*endcomment\s*-?%\}/g, '');
    for (const [tag] of code.matchAll(/\{[{%][\s\S]*?[}%]\}/g))
      for (const [, filter] of tag.matchAll(/\|\s*([a-z_]+)/g)) assert.ok(allowed.has(filter), `${file}: ${filter}`);
  }
});

test("README 'Add it to your Jekyll site', followed word for word on a fresh site, builds a page with every section", () => {
  const readme = readFileSync('README.md', 'utf8');
  const section = readme.slice(
    readme.indexOf('### Add it to your Jekyll site'),
    readme.indexOf('### In a static page'),
  );
  const blocks = [...section.matchAll(/```(\w+)\n([\s\S]*?)```/g)].map(([, lang, body]) => ({ lang, body }));
  const dir = mkdtempSync(path.join(tmpdir(), 'we-readme-'));
  try {
    // A fresh site of one layout and one page, under a baseurl, as an organizer has it.
    mkdirSync(`${dir}/_layouts`);
    mkdirSync(`${dir}/_data`);
    writeFileSync(`${dir}/_config.yml`, 'title: My workshop\nbaseurl: "/myws"\n');
    const head = blocks.find((b) => b.lang === 'liquid' && b.body.includes('head.html')).body;
    writeFileSync(
      `${dir}/_layouts/default.html`,
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{{ page.title }}</title>\n${head}</head><body>{{ content }}</body></html>\n`,
    );
    // Step 1, as the README's command does it.
    cpSync('jekyll', dir, { recursive: true });
    // Step 3: each YAML block names its file in its first line.
    for (const { body } of blocks.filter((b) => b.lang === 'yaml')) {
      const [, file] = body.match(/^# (_data\/\S+)/);
      writeFileSync(`${dir}/${file}`, body);
      if (body.includes('also _data/organizers.yml')) writeFileSync(`${dir}/_data/organizers.yml`, body);
    }
    // Step 4, the navbar CSS and the papers.json page.
    const includes = blocks.find((b) => b.body.includes('schedule.html items=')).body;
    const css = blocks.find((b) => b.lang === 'css').body;
    writeFileSync(`${dir}/index.html`, `---\nlayout: default\n---\n<style>${css}</style>\n${includes}`);
    writeFileSync(`${dir}/papers.json`, blocks.find((b) => b.body.includes('json.html value=')).body);
    execFileSync('jekyll', ['build', '--quiet', '-s', dir, '-d', `${dir}/_site`]);

    const html = readFileSync(`${dir}/_site/index.html`, 'utf8');
    assert.match(html, /<script type="module" blocking="render" src="\/myws\/assets\/workshop-elements\.js">/);
    for (const tag of ['important-dates', 'workshop-schedule', 'paper-list', 'sponsor-strip'])
      assert.equal(html.split(`<${tag}`).length, 2, tag);
    assert.equal(html.split('<speaker-card').length, 3); // one speaker, one organizer
    assert.equal(html.split('slot="fallback"').length, 7);
    assert.match(html, /<th scope="row">Paper submission deadline<\/th><td><time datetime="2019-11-01">/);
    assert.ok(html.includes('<time datetime="2019-12-13T09:20:00-08:00">09:20</time>'));
    assert.ok(html.includes('href="/myws/static/papers/accepted/1.pdf"'));
    assert.equal(jsonLd(html).find((b) => b['@type'] === 'Event').subEvent.length, 2);
    const papers = JSON.parse(readFileSync(`${dir}/_site/papers.json`, 'utf8'));
    assert.equal(papers[0].pdf, '/myws/static/papers/accepted/1.pdf');
    assert.ok(readFileSync(`${dir}/_site/assets/workshop-elements.js`, 'utf8').includes('customElements'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
