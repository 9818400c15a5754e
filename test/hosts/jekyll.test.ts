import { expect, waitUntil } from '@open-wc/testing';
import { load } from 'js-yaml';

// Real Jekyll sites built on the kit (jekyll/) by scripts/build-jekyll-example.sh before the browser tests:
//   /smmal/          examples/jekyll, the seed page under baseurl /smmal (web-test-runner.config.mjs maps the path);
//   /smmal-hostile/  test/hosts/jekyll-hostile: apostrophes, quotes, & and </script> in titles, javascript: URLs.
// Their _data YAML is read here independently (js-yaml) and every entry is looked for in what the elements render.

type Entry = Record<string, unknown>;
const TAGS = ['workshop-schedule', 'paper-list', 'speaker-card', 'sponsor-strip', 'important-dates'];

async function loadPage(path: string): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 1000px; height: 800px';
  frame.src = path;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const doc = frame.contentDocument!;
  await waitUntil(() => doc.defaultView!.customElements.get('paper-list'), 'elements defined', { timeout: 5000 });
  for (const el of doc.querySelectorAll(TAGS.join(', ')))
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  return doc;
}

async function data(site: string, name: string): Promise<Entry[]> {
  const response = await fetch(`${site}/_data/${name}.yml`);
  expect(response.ok, `${site}/_data/${name}.yml`).to.equal(true);
  return load(await response.text()) as Entry[];
}

const text = (el: Element | null) => (el?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');
const names = (list: unknown) =>
  (Array.isArray(list) ? list : [list]).map((s) => (typeof s === 'string' ? s : ((s as Entry).name as string)));

/** The element's light-DOM fallback is neither laid out nor assigned to a slot (so nobody reads it twice). */
function expectFallbackHidden(el: Element) {
  const fallback = el.querySelector(':scope > [slot="fallback"]');
  expect(fallback, `${el.localName} fallback`).to.exist;
  expect(fallback!.getBoundingClientRect().height, `${el.localName} fallback height`).to.equal(0);
  expect((fallback as HTMLElement).assignedSlot, `${el.localName} fallback slot`).to.equal(null);
}

describe('Jekyll kit: the seed page (examples/jekyll under baseurl /smmal)', () => {
  let doc: Document;
  before(async () => {
    doc = await loadPage('/smmal/');
  });

  it('loads the bundle through relative_url and shows every element without an error', () => {
    const script = doc.querySelector<HTMLScriptElement>('script[type="module"]')!;
    expect(new URL(script.src).pathname).to.equal('/smmal/assets/workshop-elements.js');
    for (const tag of TAGS) {
      const all = doc.querySelectorAll(tag);
      expect(all.length, tag).to.be.greaterThan(0);
      for (const el of all) expect(el.shadowRoot!.querySelector('[part~="error"]'), `${tag} error`).to.equal(null);
    }
  });

  it('shows every date of _data/dates.yml in <important-dates>, in 2019 as the workshop was', async () => {
    const dates = doc.querySelector('important-dates')!;
    const shown = text(dates);
    for (const d of await data('/examples/jekyll', 'dates')) expect(shown).to.contain(d.label as string);
    expect(dates.shadowRoot!.querySelector('time[datetime^="2019-11-0"]')).to.exist;
    expectFallbackHidden(dates);
  });

  it('shows every session, section and speaker of _data/program.yml in the schedule', async () => {
    const schedule = doc.querySelector('workshop-schedule')!;
    const shown = text(schedule);
    for (const item of await data('/examples/jekyll', 'program')) {
      if (item.section) expect(shown).to.contain(item.section);
      else expect(shown).to.contain((item.title as string) || 'TBA');
      for (const name of item.speakers ? names(item.speakers) : []) expect(shown).to.contain(name);
    }
    expectFallbackHidden(schedule);
  });

  it('reads unquoted YAML times and date-times as wall clock times in the timezone', () => {
    const schedule = doc.querySelector('workshop-schedule')!;
    const session = (title: string) =>
      [...schedule.shadowRoot!.querySelectorAll('li[part~="session"]')].find((li) => li.textContent!.includes(title))!;
    // 08:30 in Vancouver on 2019-12-13 is 16:30 UTC; the unquoted 2019-12-13 18:00:00 is 02:00 UTC the next day
    expect(session('Opening Remarks').querySelector('time')!.getAttribute('datetime')).to.equal(
      '2019-12-13T16:30:00.000Z',
    );
    expect(session('Closing Remarks').querySelector('time')!.getAttribute('datetime')).to.equal(
      '2019-12-14T02:00:00.000Z',
    );
  });

  it('shows every speaker of _data/speakers.yml with bio and talk, and every organizer', async () => {
    const cards = [...doc.querySelectorAll('speaker-card')];
    const people = [...(await data('/examples/jekyll', 'speakers')), ...(await data('/examples/jekyll', 'organizers'))];
    expect(cards.length).to.equal(people.length);
    people.forEach((person, i) => {
      const shown = text(cards[i]);
      expect(shown).to.contain(person.name);
      for (const a of [person.affiliation ?? []].flat()) expect(shown).to.contain(a);
      if (person.bio) expect(shown).to.contain(person.bio);
      if (person.talk) expect(shown).to.contain((person.talk as Entry).title);
      expectFallbackHidden(cards[i]);
    });
  });

  it('shows every paper of _data/papers.yml, its PDF link under the baseurl', async () => {
    const list = doc.querySelector('paper-list')!;
    for (const paper of await data('/examples/jekyll', 'papers')) {
      expect(text(list)).to.contain(paper.title);
      for (const name of names(paper.authors)) expect(text(list)).to.contain(name);
    }
    const pdf = [...list.shadowRoot!.querySelectorAll('a')].find((a) => a.href.endsWith('.pdf'))!;
    expect(new URL(pdf.href).pathname).to.equal('/smmal/static/papers/accepted/1.pdf');
    expect((await fetch(pdf.href)).ok).to.equal(true);
    expectFallbackHidden(list);
  });

  it('shows every sponsor of _data/sponsors.yml, logos under the baseurl', async () => {
    const strip = doc.querySelector('sponsor-strip')!;
    const sponsors = await data('/examples/jekyll', 'sponsors');
    const labels = [...strip.shadowRoot!.querySelectorAll('a, img')].map(
      (e) => e.getAttribute('alt') || e.getAttribute('aria-label') || e.textContent!.trim(),
    );
    for (const sponsor of sponsors) expect(labels.join('|') + text(strip)).to.contain(sponsor.name);
    const logos = [...strip.shadowRoot!.querySelectorAll('img')];
    expect(logos.length).to.equal(sponsors.filter((s) => s.logo).length);
    for (const img of logos) expect(new URL(img.src).pathname).to.match(/^\/smmal\/static\/img\/ico\//);
    expectFallbackHidden(strip);
  });

  it('keeps the speaker and organizer grids inside the page on a 340 px phone zoomed to 200 % (170 CSS px)', async () => {
    const frame = doc.defaultView!.frameElement as HTMLIFrameElement;
    frame.style.width = '170px';
    try {
      await waitUntil(() => doc.documentElement.clientWidth <= 170, 'the frame is narrow');
      const page = doc.documentElement.clientWidth;
      const past = [...doc.querySelectorAll('speaker-card')]
        .filter((card) => card.getBoundingClientRect().right > page + 1)
        .map(
          (card) => `${card.getAttribute('name') ?? text(card).slice(0, 30)}: ${card.getBoundingClientRect().right}`,
        );
      expect(past).to.deep.equal([]);
    } finally {
      frame.style.width = '1000px';
    }
  });

  it('is accessible (axe, run inside the page)', async function () {
    this.timeout(60_000); // axe over the whole seed page takes 5-20 s on a loaded machine
    // chai-a11y-axe runs axe in the test window, which cannot audit another document: load axe into the page.
    const win = doc.defaultView as Window & {
      axe?: { run(context: unknown): Promise<{ violations: { id: string }[] }> };
    };
    if (!win.axe) {
      const script = doc.createElement('script');
      script.src = '/node_modules/axe-core/axe.min.js';
      const loaded = new Promise((resolve) => script.addEventListener('load', resolve, { once: true }));
      doc.head.append(script);
      await loaded;
    }
    const { violations } = await win.axe!.run(doc);
    const report = violations.map(
      (v) =>
        `${v.id}: ${(v as unknown as { nodes: { target: string[] }[] }).nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
    expect(report).to.deep.equal([]);
  });
});

describe('Jekyll kit: hostile data (test/hosts/jekyll-hostile)', () => {
  let doc: Document;
  before(async () => {
    doc = await loadPage('/smmal-hostile/');
  });

  it('keeps apostrophes, quotes, & and </script> from the data as text, and runs no script', () => {
    expect(text(doc.querySelector('workshop-schedule'))).to.contain(`The organizers' panel: "what's next?" </script>`);
    expect(text(doc.querySelector('paper-list'))).to.contain("Causality & the O'Brien–Schölkopf test </script>");
    expect(text(doc.querySelector('sponsor-strip'))).to.contain("O'Reilly & Sons");
    expect((doc.defaultView as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('writes no javascript: URL into the fallback', () => {
    for (const a of doc.querySelectorAll('[slot="fallback"] a'))
      expect(a.getAttribute('href')).not.to.match(/script:/i);
    expect(doc.querySelector('paper-list > [slot="fallback"]')!.innerHTML).to.contain('&lt;img src=x');
  });

  it("writes no join link into the schedule's fallback (the element shows it only around the session)", () => {
    const fallback = doc.querySelector('workshop-schedule > [slot="fallback"]')!;
    expect(fallback.innerHTML).not.to.contain('secret-call');
    expect(fallback.innerHTML).not.to.contain('Recording');
  });

  it('renders one organizer card per YAML entry, with both affiliations', () => {
    const cards = doc.querySelectorAll('speaker-card');
    expect(cards.length).to.equal(2);
    expect(text(cards[0])).to.contain('Salesforce Research').and.contain('University of California, Berkeley');
  });
});
