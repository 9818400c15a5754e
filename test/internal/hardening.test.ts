// Issue 21, the data layer in the elements: a `src` that never ends, one too large, one in Latin-1, a list of
// 100,000 zeros, 2,000 clashing posters, a shared link of 50,000 ids, and a polluted Object.prototype. Each input is
// sized so that the fixed code takes well under a second; the old code froze for seconds on it, or worse.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/index.js';
import { LISTED_PROBLEMS } from '../../src/internal/problem-cap.js';
import { srcLimits } from '../../src/internal/src-reader.js';
import type { PaperList } from '../../src/paper-list/paper-list.js';
import type { SpeakerCard } from '../../src/speaker-card/speaker-card.js';
import type { SponsorStrip } from '../../src/sponsor-strip/sponsor-strip.js';
import { storageKey } from '../../src/workshop-schedule/favorites.js';
import type { WorkshopSchedule } from '../../src/workshop-schedule/workshop-schedule.js';
import { captureConsole } from '../helpers/console.js';

type Loaded = HTMLElement & { dataComplete: Promise<void> };

const encode = (text: string) => new TextEncoder().encode(text);

/**
 * Serves `respond()` for every fetch of `/hardening/…` while `run` runs (a server that never ends a response, or
 * sends Latin-1, is easier to write here than in the test server), then restores `fetch`.
 */
async function withFetch(respond: () => Response, run: () => Promise<void>) {
  const real = window.fetch;
  window.fetch = (input, init) =>
    String(input).includes('/hardening/') ? Promise.resolve(respond()) : real.call(window, input, init);
  try {
    await run();
  } finally {
    window.fetch = real;
  }
}

/** A response whose body sends `first` and then never ends. */
const neverEnding = (first: string) =>
  new Response(
    new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(encode(first));
      },
    }),
    { headers: { 'Content-Type': 'application/json' } },
  );

/** Runs `run` with shorter `src` limits, then restores them. */
async function withLimits(limits: Partial<typeof srcLimits>, run: () => Promise<void>) {
  const saved = { ...srcLimits };
  Object.assign(srcLimits, limits);
  try {
    await run();
  } finally {
    Object.assign(srcLimits, saved);
  }
}

describe('src limits (issue 21)', function () {
  this.timeout(20_000);

  for (const tag of ['paper-list', 'sponsor-strip'] as const) {
    it(`<${tag}>: a response that never ends gives a timeout error instead of "Loading…" for ever`, async () => {
      const console_ = captureConsole();
      try {
        await withLimits({ timeoutMs: 300 }, () =>
          withFetch(
            () => neverEnding('[{"title": "First", "name": "First"},'),
            async () => {
              const el = document.createElement(tag);
              const error = oneEvent(el, 'we-error');
              el.setAttribute('src', '/hardening/never-ends.json');
              document.body.append(el);
              try {
                const { detail } = await error;
                expect(detail.message).to.equal(
                  'could not load src "/hardening/never-ends.json": no complete response within 300 ms; check the URL and the server',
                );
                expect(detail.source).to.equal('/hardening/never-ends.json');
                await (el as Loaded).dataComplete;
                expect(el.shadowRoot!.querySelector('[part="error"]')!.textContent).to.contain('no complete response');
                await expect(el).to.be.accessible();
              } finally {
                el.remove();
              }
            },
          ),
        );
        expect(console_.errors.join('\n')).to.contain('no complete response within 300 ms');
      } finally {
        console_.restore();
      }
    });
  }

  it('a response larger than the limit is refused with a message that says so, declared or counted', async () => {
    const console_ = captureConsole();
    try {
      await withLimits({ maxBytes: 1000 }, async () => {
        const big = `[${'{"name": "Sponsor"},'.repeat(100)}{"name": "Last"}]`;
        for (const declared of [true, false]) {
          await withFetch(
            () => new Response(encode(big), declared ? { headers: { 'Content-Length': String(big.length) } } : {}),
            async () => {
              const el = await fixture<SponsorStrip>(html`<sponsor-strip src="/hardening/big.json"></sponsor-strip>`);
              await el.dataComplete;
              expect(el.shadowRoot!.querySelector('[part="error"]')!.textContent).to.contain(
                'the response is larger than 1 KB, the most an element reads',
              );
            },
          );
        }
      });
      expect(console_.errors).to.have.length(2);
    } finally {
      console_.restore();
    }
  });

  it('Latin-1 bytes are read as UTF-8 with a warning that names the src and says what to do', async () => {
    const console_ = captureConsole();
    try {
      // "Café Müller" in Latin-1: E9 and FC are not UTF-8.
      const bytes = Uint8Array.from(Array.from('[{"name": "Caf\u00e9 M\u00fcller"}]', (c) => c.charCodeAt(0)));
      await withFetch(
        () => new Response(bytes),
        async () => {
          const el = await fixture<SponsorStrip>(html`<sponsor-strip src="/hardening/latin1.json"></sponsor-strip>`);
          await el.dataComplete;
          expect(el.shadowRoot!.textContent).to.contain('Caf\uFFFD M\uFFFDller');
          await expect(el).to.be.accessible();
        },
      );
      expect(console_.warnings).to.deep.equal([
        '<sponsor-strip>: src "/hardening/latin1.json" is not valid UTF-8 (saved as Latin-1 or Windows-1252?): characters it could not read show as "\uFFFD"; save the file as UTF-8',
      ]);
    } finally {
      console_.restore();
    }
  });
});

describe('long lists of problems (issue 21)', function () {
  this.timeout(30_000);

  it('<sponsor-strip> of 100,000 zeros: a warning of a hundred problems and a count, a notice of all', async () => {
    const console_ = captureConsole();
    try {
      const zeros = `[${new Array(100_000).fill('0').join(',')}]`;
      await withFetch(
        () => new Response(encode(zeros)),
        async () => {
          const el = await fixture<SponsorStrip>(html`<sponsor-strip src="/hardening/zeros.json"></sponsor-strip>`);
          await el.dataComplete;
          expect(el.shadowRoot!.querySelector('[part="notice"]')!.textContent).to.contain(
            '100,000 sponsors could not be shown',
          );
          await expect(el).to.be.accessible();
        },
      );
      const [warning] = console_.warnings;
      const lines = warning.split('\n');
      expect(lines[0]).to.equal(
        '<sponsor-strip>: 100,000 problems in src "/hardening/zeros.json"; everything else renders.',
      );
      expect(lines).to.have.length(1 + LISTED_PROBLEMS + 1);
      expect(lines.at(-1)).to.equal('  …and 99,900 more');
    } finally {
      console_.restore();
    }
  });

  it('<workshop-schedule> of 2,000 overlapping posters renders, naming each clash once (3.7 s and 10^6 lines before)', async () => {
    const console_ = captureConsole();
    try {
      const items = Array.from({ length: 2000 }, (_, i) => ({
        start: '10:00',
        end: '11:00',
        title: 'Poster',
        room: i % 2 ? 'Hall B' : 'Hall A',
      }));
      const el = await fixture<WorkshopSchedule>(
        html`<workshop-schedule date="2019-12-13" timezone="UTC" .items=${items}></workshop-schedule>`,
      );
      await el.dataComplete;
      expect(el.shadowRoot!.querySelectorAll('li[part~="session"]')).to.have.length(2000);
      const lines = console_.warnings.join('\n').split('\n');
      expect(lines[0]).to.equal('<workshop-schedule>: 1,998 problems in the times; everything else renders.');
      expect(lines).to.have.length(1 + LISTED_PROBLEMS + 1);
      expect(lines[1]).to.match(/^ {2}items\[\d+\]\.start: overlaps "Poster" \(items\[\d+\]\) in room "Hall [AB]"/);
      expect(lines.at(-1)).to.equal('  …and 1,898 more');
    } finally {
      console_.restore();
    }
  });
});

describe('"My program" keeps only what the program has (issue 21)', function () {
  this.timeout(20_000);
  const key = () => storageKey('favorites', location.pathname, 'bounded');
  afterEach(() => {
    localStorage.removeItem(key());
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('a shared link and stored stars of 50,000 ids keep those the program has among the first 2,000, nothing else', async () => {
    const ids = Array.from({ length: 50_000 }, (_, i) => `t${i}`);
    localStorage.setItem(key(), JSON.stringify(ids));
    history.replaceState(null, '', `#my-program=${ids.join(',')}`);
    const items = [
      { id: 't7', start: '09:00', title: 'Kept' },
      { id: 'other', start: '10:00', title: 'Not starred' },
      { id: 't1999', start: '11:00', title: 'Kept too' },
      { id: 't49999', start: '12:00', title: 'Past the cap' },
    ];
    const el = await fixture<WorkshopSchedule>(
      html`<workshop-schedule id="bounded" date="2019-12-13" timezone="UTC" .items=${items}></workshop-schedule>`,
    );
    await el.dataComplete;
    expect(JSON.parse(localStorage.getItem(key())!)).to.deep.equal(['t7', 't1999']);
    const toggle = el.shadowRoot!.querySelector('[part="favorites-toggle"]')!;
    expect(toggle.textContent).to.contain('My program (2)');
    await expect(el).to.be.accessible();
  });
});

describe('inherited properties are not data (issue 21)', function () {
  this.timeout(20_000);

  it('a polluted Object.prototype.url adds no link to papers, speakers or sponsors', async () => {
    const polluted = Object.prototype as Record<string, unknown>;
    let elements: Loaded[] = [];
    try {
      for (const key of ['url', 'photo', 'logo', 'href', 'pdf']) polluted[key] = 'https://evil.example/';
      elements = [
        await fixture<PaperList>(html`<paper-list .papers=${[{ title: 'A paper', authors: ['Ada'] }]}></paper-list>`),
        await fixture<SpeakerCard>(
          html`<speaker-card .speaker=${{ name: 'Ada Lovelace', talk: 'On engines' }}></speaker-card>`,
        ),
        await fixture<SponsorStrip>(html`<sponsor-strip .sponsors=${[{ name: 'Acme' }]}></sponsor-strip>`),
      ];
      await Promise.all(elements.map((el) => el.dataComplete));
    } finally {
      for (const key of ['url', 'photo', 'logo', 'href', 'pdf']) delete polluted[key];
    }
    for (const el of elements) {
      expect(el.shadowRoot!.textContent).to.match(/A paper|Ada Lovelace|Acme/);
      expect(el.shadowRoot!.querySelector('a[href^="https://evil.example"]'), el.localName).to.equal(null);
      expect(el.shadowRoot!.querySelector('img[src^="https://evil.example"]'), el.localName).to.equal(null);
    }
    await expect(elements[2]).to.be.accessible();
  });
});
