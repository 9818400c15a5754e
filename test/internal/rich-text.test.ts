import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import '../../src/index.js';
import { parseRich, plainText, richNodes, richText } from '../../src/internal/rich-text.js';
import type { SpeakerCard } from '../../src/speaker-card/speaker-card.js';
import type { SponsorStrip } from '../../src/sponsor-strip/sponsor-strip.js';
import type { WorkshopSchedule } from '../../src/workshop-schedule/workshop-schedule.js';
import type { PaperList } from '../../src/paper-list/paper-list.js';
import { settled } from '../paper-list/helpers.js';

const ALLOWED = new Set(['A', 'EM', 'STRONG', 'I', 'B', 'CODE', 'SUB', 'SUP', 'BR']);

/** Renders through Lit, and through the DOM builder, and checks both hold only allowed, fresh markup. */
function both(text: string): HTMLElement[] {
  const lit = document.createElement('div');
  render(richText(text), lit);
  const dom = document.createElement('div');
  dom.append(
    ...richNodes(
      text,
      (t) => [t],
      (href) => Object.assign(document.createElement('a'), { href }),
    ),
  );
  return [lit, dom];
}

function assertSafe(root: HTMLElement, text: string): void {
  for (const e of root.querySelectorAll('*')) {
    expect(ALLOWED.has(e.tagName), `${e.tagName} from ${JSON.stringify(text)}`).to.equal(true);
    for (const a of Array.from(e.attributes))
      // Links carry href, rel and dir="auto" (their text is isolated, in whatever direction it is written).
      expect(
        e.tagName === 'A' && (a.name === 'href' || a.name === 'rel' || (a.name === 'dir' && a.value === 'auto')),
        `${a.name} from ${text}`,
      ).to.equal(true);
    if (e.tagName === 'A') expect(/^(https?|mailto):/.test(e.getAttribute('href')!), text).to.equal(true);
  }
}

const MUTATION_XSS = [
  '<svg></p><style><a id="</style><img src=1 onerror=alert(1)>">',
  '<math><mtext><table><mglyph><style><!--</style><img title="--&gt;&lt;img src=1 onerror=alert(1)&gt;">',
  '<math><mi><mglyph><svg><mtext><textarea><path id="</textarea><img onerror=alert(1) src=1>">',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
  '<template><style></template><img src=x onerror=alert(1)></style></template>',
  '<svg><a href="javascript:alert(1)"><text>x</text></a></svg>',
  '<math><a href="javascript:alert(1)">x</a></math>',
  '<svg><b>bold in svg</b></svg>',
  '<form><math><mtext></form><form><mglyph><style></math><img src onerror=alert(1)>',
  '<a href="javascript:alert(1)">x</a>',
  '<a href=" jav&#x09;ascript:alert(1)">x</a>',
  '<a href="https://example.org" onclick="alert(1)">x</a>',
  '<b style="color:red">x</b>',
  '<!-- comment --><b>x</b>',
  '<em>unclosed',
  'stray </b> end',
];

describe('safe rich text', () => {
  let alerted = false;
  const alert = window.alert;
  beforeEach(() => {
    alerted = false;
    window.alert = () => void (alerted = true);
  });
  afterEach(() => (window.alert = alert));

  it('renders the inline subset as fresh elements, links safe, references decoded', () => {
    const text =
      'Professor at <b>UCLA</b>, <em>Fields</em> <i>Medal</i> &amp; <strong>more</strong>: <code>Vec</code> H<sub>2</sub>O x<sup>2</sup><br>[<a href="https://www.math.ucla.edu/~tao/" target="_blank">Webpage</a>]';
    for (const root of both(text)) {
      assertSafe(root, text);
      expect(root.textContent).to.equal('Professor at UCLA, Fields Medal & more: Vec H2O x2[Webpage]');
      expect([...root.querySelectorAll('*')].map((e) => e.tagName)).to.deep.equal([
        'B',
        'EM',
        'I',
        'STRONG',
        'CODE',
        'SUB',
        'SUP',
        'BR',
        'A',
      ]);
      expect(root.querySelector('a')!.getAttribute('href')).to.equal('https://www.math.ucla.edu/~tao/');
    }
    expect(plainText(text)).to.equal('Professor at UCLA, Fields Medal & more: Vec H2O x2\n[Webpage]');
  });

  it('shows a string with anything else entirely as text, exactly as written', () => {
    for (const text of ['Vec<T> and Option<U>', 'a < b > c', '<p>paragraph</p>', '<img src=x>', ...MUTATION_XSS]) {
      for (const root of both(text)) {
        expect(root.children, text).to.have.length(0);
        expect(root.textContent, text).to.equal(text);
      }
    }
  });

  it('renders every BLNS string safely: as text exactly as written, or as the allowed subset; nothing runs', () => {
    return (async () => {
      const blns: string[] = await (await fetch('/test/fixtures/blns/blns.json')).json();
      for (const text of blns) {
        for (const root of both(text)) {
          assertSafe(root, text);
          if (!parseRich(text)) expect(root.textContent, text).to.equal(text);
        }
      }
      expect(alerted).to.equal(false);
      expect((window as unknown as { __pwned?: unknown }).__pwned).to.equal(undefined);
    })();
  });
});

describe('rich text in the elements', function () {
  this.timeout(30_000);
  const bio = 'Professor. [<a href="https://www.math.ucla.edu/~tao/">Webpage</a>]';

  it('links in a bio, a sponsor description, a session abstract and a paper abstract', async () => {
    const card = await fixture<SpeakerCard>(
      html`<speaker-card .speaker=${{ name: 'Terence Tao', bio }}></speaker-card>`,
    );
    const sponsors = await fixture<SponsorStrip>(
      html`<sponsor-strip .sponsors=${[{ name: 'MERL', description: bio }]}></sponsor-strip>`,
    );
    const schedule = await fixture<WorkshopSchedule>(
      html`<workshop-schedule .items=${[{ start: '09:00', title: 'T', abstract: bio }]}></workshop-schedule>`,
    );
    const papers = await fixture<PaperList>(html`<paper-list .papers=${[{ title: 'P', abstract: bio }]}></paper-list>`);
    await settled(papers);
    for (const [el, selector] of [
      [card, '[part~="bio"]'],
      [sponsors, '[part="description"]'],
      [schedule, '[part="abstract"] p'],
      [papers, '[part="abstract"] p'],
    ] as const) {
      const part = el.shadowRoot!.querySelector(selector)!;
      expect(part.textContent!.replace(/\s+/g, ' ').trim(), selector).to.equal('Professor. [Webpage]');
      expect(part.querySelector('a')!.getAttribute('href')).to.equal('https://www.math.ucla.edu/~tao/');
      expect(part.querySelector('a')!.getAttribute('rel')).to.equal('noopener noreferrer');
    }
    await expect(card).to.be.accessible();
  });
});
