/**
 * A German page shows no English word from the elements: every element, in every state a visitor can reach, is
 * scanned (text, aria-label, placeholder, title) for the terms of the English table. The organizer's data here is
 * German, so any English found is the elements' own. The same scan on an English page finds the terms (it is not
 * blind), and a German and an Arabic page pass axe.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { ImportantDates } from '../../src/important-dates/important-dates.js';
import type { PaperList } from '../../src/paper-list/paper-list.js';
import type { SpeakerCard } from '../../src/speaker-card/speaker-card.js';
import type { SponsorStrip } from '../../src/sponsor-strip/sponsor-strip.js';
import { en } from '../../src/translations/en.js';
import type { WorkshopSchedule } from '../../src/workshop-schedule/workshop-schedule.js';
import { captureConsole } from '../helpers/console.js';
import { SHIPPED } from './languages.js';

/** English fragments to look for: the literal text of each term between its placeholders, with a word of 3+ letters. */
function englishFragments(lang: string): string[] {
  const out = new Set<string>();
  for (const [key, message] of Object.entries(en)) {
    const translated = SHIPPED[lang][key as keyof typeof en];
    if (JSON.stringify(translated) === JSON.stringify(message)) continue; // the same word in both: "PDF", "BibTeX"
    for (const text of typeof message === 'string' ? [message] : Object.values(message))
      for (const fragment of text!.split(/\{\w+\}/)) {
        const clean = fragment.replace(/^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu, '');
        if (/\p{L}{3}/u.test(clean)) out.add(clean);
      }
  }
  return [...out];
}

/** Every text and label an element shows, across its shadow root. */
function shown(el: Element): string[] {
  const out: string[] = [];
  const walk = (root: Node) => {
    for (const node of root.childNodes) {
      // An error's details name the organizer's data and stay English, like the console: only its heading counts.
      if (node.nodeType === Node.TEXT_NODE && !(root as Element).matches?.('[part="error"]'))
        out.push(node.textContent!);
      if (node instanceof Element) {
        if (node.localName === 'style') continue;
        for (const a of ['aria-label', 'placeholder', 'title', 'alt'])
          if (node.hasAttribute(a)) out.push(node.getAttribute(a)!);
        walk(node);
        if (node.shadowRoot) walk(node.shadowRoot);
      }
    }
  };
  walk(el.shadowRoot!);
  return out.map((t) => t.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

/** The English fragments found in what the element shows now. */
function english(el: Element, fragments: string[]): string[] {
  // Tag names ("<paper-list>") are names, not words.
  const texts = shown(el)
    .join('\n')
    .replace(/<[a-z]+(-[a-z]+)+>/g, '');
  const word = (f: string) => new RegExp(`(^|[^\\p{L}])${f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'u');
  return fragments.filter((f) => word(f).test(texts));
}

const SESSIONS = [
  { section: 'Vormittag' },
  {
    id: 'eroeffnung',
    start: '09:00',
    end: '09:15',
    title: 'Eröffnung',
    type: 'remarks',
    recording: 'https://example.org/aufzeichnung',
  },
  {
    id: 'keynote',
    start: '09:15',
    end: '10:15',
    title: 'Unsicherheit in physikalischen Modellen',
    type: 'keynote',
    speakers: [{ name: 'Jana Wolf', affiliation: 'Universität Jena' }],
    abstract: 'Wie sicher ist ein gelerntes Modell?',
    room: 'Hörsaal 1',
    track: 'Grundlagen',
    mode: 'hybrid',
    join: 'https://example.org/teilnehmen',
    stream: 'https://example.org/stream',
  },
  {
    id: 'ohne-titel',
    start: '10:15',
    end: '10:45',
    type: 'talk',
    room: 'Hörsaal 2',
    track: 'Anwendungen',
    mode: 'online',
    join: 'https://example.org/spaeter',
  },
  { id: 'bald', start: '09:40', end: '09:50', title: 'Gleich', type: 'talk', join: 'https://example.org/gleich' },
  {
    id: 'kurz',
    start: '10:45',
    end: '11:15',
    title: 'Kurzvorträge',
    type: 'spotlights',
    items: [{ title: 'Erster Beitrag' }, {}],
  },
  { id: 'kaffee', start: '11:15', end: '11:45', title: 'Kaffeepause', type: 'break', recording: 'pending' },
  { id: 'vorort', start: '11:45', end: '11:50', title: 'Vor Ort', type: 'talk', mode: 'in-person' },
  { id: 'poster', start: '11:45', end: '12:30', title: 'Postersitzung', type: 'poster' },
  { id: 'runde', start: '12:30', end: '13:00', title: 'Diskussion', type: 'panel' },
  { id: 'sonst', start: '13:00', end: '13:30', title: 'Abschluss', type: 'other' },
  { id: 'nacht', start: '23:30', end: '23:59', title: 'Nachtsitzung', type: 'talk' },
  { title: 'ohne Zeit' },
];

const PAPERS = [
  {
    id: 'a',
    title: 'Lernen mit Gleichungen',
    authors: [{ name: 'Jana Wolf', affiliation: 'Universität Jena' }],
    abstract: 'Ein Modell.',
    keywords: ['Physik', 'Lernen'],
    type: 'Oral',
    award: 'Bester Beitrag',
    session: 'Sitzung A',
    pdf: 'https://example.org/a.pdf',
    url: 'https://example.org/a',
    code: 'https://example.org/a-code',
    video: 'https://example.org/a-video',
    slides: 'https://example.org/a-folien',
    poster: 'https://example.org/a-poster',
  },
  {
    id: 'b',
    title: 'Gleichungen mit Lernen',
    authors: [{ name: 'Otto Berg' }],
    keywords: ['Physik', 'Lernen'],
    type: 'Poster',
    session: 'Sitzung B',
  },
  'kein Beitrag',
];

/** Every state of every element a visitor can reach, each scanned with `check`. */
async function visitAll(lang: string, check: (el: Element, state: string) => Promise<void>) {
  const wrap = await fixture<HTMLDivElement>(html`<div lang=${lang} style="width: 60rem"></div>`);
  const mount = async <E extends Element>(markup: string): Promise<E> => {
    wrap.innerHTML = markup;
    const el = wrap.firstElementChild as E & { updateComplete: Promise<unknown>; dataComplete: Promise<void> };
    await el.updateComplete;
    return el;
  };
  const neverAnswers = () => new Promise<Response>(() => {});
  const realFetch = window.fetch;

  // <workshop-schedule>
  let s = await mount<WorkshopSchedule>(
    `<workshop-schedule timezone="Europe/Berlin" date="2026-03-02" now="2026-03-02T09:30:00+01:00" viewer-timezone="Asia/Tokyo" filterable></workshop-schedule>`,
  );
  s.items = SESSIONS as never;
  await s.dataComplete;
  await check(s, 'schedule: loaded, live, online links, modes, search bar, skipped item');
  const root = s.shadowRoot!;
  root.querySelectorAll<HTMLButtonElement>('[part="attend"] button')[1]?.click();
  await s.updateComplete;
  await check(s, 'schedule: the online view');
  root.querySelector<HTMLButtonElement>('[part="zone-toggle"]')!.click();
  await s.updateComplete;
  await check(s, 'schedule: times in the visitor zone, with day shifts');
  root.querySelector<HTMLButtonElement>('[part="favorites-toggle"]')!.click();
  await s.updateComplete;
  await check(s, 'schedule: my program, empty');
  root.querySelector<HTMLButtonElement>('[part="star"]')!.click();
  await s.updateComplete;
  await check(s, 'schedule: my program with a star');
  localStorage.clear();
  s.timezone = 'Mitteleuropa';
  await s.updateComplete;
  await check(s, 'schedule: a timezone it cannot read (times as written)');
  s = await mount<WorkshopSchedule>(`<workshop-schedule items="[]"></workshop-schedule>`);
  await check(s, 'schedule: empty');
  s = await mount<WorkshopSchedule>(`<workshop-schedule items='[{"section":"Bald"}]'></workshop-schedule>`);
  await check(s, 'schedule: no sessions');
  s = await mount<WorkshopSchedule>(`<workshop-schedule items="kaputt"></workshop-schedule>`);
  await check(s, 'schedule: error');
  window.fetch = neverAnswers;
  try {
    s = await mount<WorkshopSchedule>(`<workshop-schedule src="programm.json"></workshop-schedule>`);
    await check(s, 'schedule: loading');
    const p = await mount<PaperList>(`<paper-list src="beitraege.json"></paper-list>`);
    await check(p, 'papers: loading');
    const c = await mount<SpeakerCard>(`<speaker-card src="person.json"></speaker-card>`);
    await check(c, 'speaker: loading');
    const st = await mount<SponsorStrip>(`<sponsor-strip src="sponsoren.json"></sponsor-strip>`);
    await check(st, 'sponsors: loading');
    const d = await mount<ImportantDates>(`<important-dates src="termine.json"></important-dates>`);
    await check(d, 'dates: loading');
  } finally {
    window.fetch = realFetch;
  }

  // <paper-list>
  let p = await mount<PaperList>(`<paper-list venue="Werkstatt" year="2026"></paper-list>`);
  p.papers = PAPERS as never;
  await p.dataComplete;
  await waitUntil(() => p.shadowRoot!.querySelector('[part="list"]')?.getAttribute('aria-busy') === 'false');
  await check(p, 'papers: loaded, filters, skipped entry');
  p.shadowRoot!.querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
  p.shadowRoot!.querySelector<HTMLElement>('[part="abstract"] summary')!.click();
  await p.updateComplete;
  await check(p, 'papers: affiliations and abstract shown');
  Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
  p.shadowRoot!.querySelector<HTMLButtonElement>('[part="bibtex-button"]')!.click();
  await waitUntil(() => p.shadowRoot!.querySelector('[part="bibtex"]'));
  await check(p, 'papers: the BibTeX entry shown, copying refused');
  const writeText = () => Promise.resolve();
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
  p.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="bibtex-button"]')[1].click();
  await waitUntil(() => p.shadowRoot!.querySelector('[aria-live]')!.textContent!.trim());
  await check(p, 'papers: BibTeX copied');
  delete (navigator as unknown as Record<string, unknown>).clipboard;
  const search = p.shadowRoot!.querySelector<HTMLInputElement>('[part="search"]')!;
  search.value = 'Gleichungen';
  search.dispatchEvent(new Event('input'));
  await p.updateComplete;
  await check(p, 'papers: searched');
  search.value = 'nichts dergleichen';
  search.dispatchEvent(new Event('input'));
  await p.updateComplete;
  await check(p, 'papers: no results');
  p = await mount<PaperList>(`<paper-list papers="[]"></paper-list>`);
  await check(p, 'papers: empty');
  p = await mount<PaperList>(`<paper-list papers="kaputt"></paper-list>`);
  await check(p, 'papers: error');

  // <speaker-card>
  const bio = 'Jana Wolf forscht zu Modellen, Gleichungen und Unsicherheit. '.repeat(40);
  let c = await mount<SpeakerCard>(
    `<speaker-card name="Jana Wolf" affiliation="Universität Jena" talk="Unsicherheit" talk-href="#x" style="width: 20rem">${bio}</speaker-card>`,
  );
  await waitUntil(() => c.shadowRoot!.querySelector('[part="more"]'));
  await check(c, 'speaker: card with talk and a long bio');
  c.shadowRoot!.querySelector<HTMLButtonElement>('[part="more"]')!.click();
  await c.updateComplete;
  await check(c, 'speaker: bio expanded');
  c = await mount<SpeakerCard>(`<speaker-card speaker='{"affiliation": "Universität Jena"}'></speaker-card>`);
  await check(c, 'speaker: no name');
  c = await mount<SpeakerCard>(`<speaker-card></speaker-card>`);
  await check(c, 'speaker: empty');
  c = await mount<SpeakerCard>(`<speaker-card speaker="kaputt"></speaker-card>`);
  await check(c, 'speaker: error');

  // <sponsor-strip>
  let st = await mount<SponsorStrip>(
    `<sponsor-strip sponsors='[{"name":"Firma A","tier":"Gold"},{"name":"Verein B"},{"tier":"Gold"}]'></sponsor-strip>`,
  );
  await check(st, 'sponsors: tiers, untiered, skipped entry');
  st = await mount<SponsorStrip>(`<sponsor-strip sponsors='[{"name":"Firma A"}]'></sponsor-strip>`);
  await check(st, 'sponsors: one list');
  st = await mount<SponsorStrip>(`<sponsor-strip sponsors="[]"></sponsor-strip>`);
  await check(st, 'sponsors: empty');
  st = await mount<SponsorStrip>(`<sponsor-strip sponsors="kaputt"></sponsor-strip>`);
  await check(st, 'sponsors: error');

  // <important-dates>
  const dates = JSON.stringify([
    { label: 'Abgabe', date: '2026-02-01', time: '23:59', extended_from: '2026-01-25' },
    { label: 'Kurzfassung', date: '2026-01-10', time: '23:59' },
    { label: 'Entscheidung', date: '2026-02-20', kind: 'notification' },
    { label: 'Werkstatt', date: '2026-01-30', kind: 'event' },
    { label: 'ohne Datum' },
  ]);
  for (const layout of ['table', 'list', 'timeline']) {
    const d = await mount<ImportantDates>(
      `<important-dates timezone="AoE" viewer-timezone="Asia/Tokyo" now="2026-01-30T03:00:00Z" layout="${layout}" dates='${dates}'></important-dates>`,
    );
    await check(d, `dates: ${layout}, countdown, past, today, extended, skipped`);
  }
  let d = await mount<ImportantDates>(
    `<important-dates timezone="Europe/Berlin" viewer-timezone="Europe/Berlin" dates='[{"label":"Abgabe","date":"2026-02-01"}]'></important-dates>`,
  );
  await check(d, 'dates: same in your time zone');
  d = await mount<ImportantDates>(`<important-dates dates="[]"></important-dates>`);
  await check(d, 'dates: empty');
  d = await mount<ImportantDates>(`<important-dates timezone="Mitteleuropa" dates='${dates}'></important-dates>`);
  await check(d, 'dates: error');
}

describe('a German page', function () {
  this.timeout(60_000); // some 40 states of five elements, three engines
  beforeEach(() => localStorage.clear());

  it('shows no English term from the elements, in any state', async () => {
    const console = captureConsole();
    const fragments = englishFragments('de');
    const found: string[] = [];
    const states: string[] = [];
    try {
      await visitAll('de', async (el, state) => {
        states.push(state);
        for (const f of english(el, fragments)) found.push(`${state}: "${f}"`);
      });
      void console.warnings; // the data's mistakes are the organizer's console messages, in English
      void console.errors;
    } finally {
      console.restore();
    }
    expect(states).to.have.length.above(30);
    expect(found).to.deep.equal([]);
  });

  it('an English page shows those terms (the scan is not blind)', async () => {
    const console = captureConsole();
    const fragments = englishFragments('de');
    const seen = new Set<string>();
    try {
      await visitAll('en', async (el) => {
        for (const f of english(el, fragments)) seen.add(f);
      });
      void console.warnings;
      void console.errors;
    } finally {
      console.restore();
    }
    for (const f of ['Add to calendar', 'Live now', 'Search papers', 'Sort by', 'Download .bib', 'No papers yet'])
      expect([...seen]).to.include(f);
    expect(seen.size, `not seen: ${fragments.filter((f) => !seen.has(f)).join(' | ')}`).to.be.above(
      fragments.length * 0.8,
    );
  });
});

for (const lang of ['de', 'ar']) {
  describe(`axe in ${lang}`, function () {
    this.timeout(60_000); // axe over five shadow trees, three engines, a loaded machine
    it('passes for every element in its main states', async () => {
      const console = captureConsole();
      try {
        const wrap = await fixture<HTMLDivElement>(
          html`<div lang=${lang} dir=${lang === 'ar' ? 'rtl' : 'ltr'}>
            <workshop-schedule
              .items=${SESSIONS}
              timezone="Europe/Berlin"
              date="2026-03-02"
              now="2026-03-02T09:30:00+01:00"
              viewer-timezone="Asia/Tokyo"
              filterable
            ></workshop-schedule>
            <paper-list .papers=${PAPERS.slice(0, 2)}></paper-list>
            <speaker-card name="Jana Wolf" affiliation="Universität Jena" talk="Unsicherheit"></speaker-card>
            <sponsor-strip .sponsors=${[{ name: 'Firma A', tier: 'Gold' }, { name: 'Verein B' }]}></sponsor-strip>
            <important-dates
              timezone="AoE"
              viewer-timezone="Asia/Tokyo"
              now="2026-01-30T03:00:00Z"
              .dates=${[
                { label: 'Abgabe', date: '2026-02-01', time: '23:59', extended_from: '2026-01-25' },
                { label: 'Werkstatt', date: '2026-01-30', kind: 'event' },
              ]}
            ></important-dates>
          </div>`,
        );
        for (const el of wrap.children) await (el as Element & { dataComplete: Promise<void> }).dataComplete;
        await expect(wrap).to.be.accessible();
        expect(console.warnings.join('\n')).to.include('items[3].title: missing'); // the data's TBA session
      } finally {
        console.restore();
      }
    });
  });
}
