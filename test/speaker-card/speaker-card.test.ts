import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { csvParse } from 'd3-dsv';
import '../../src/index.js';
import type { SpeakerCard } from '../../src/speaker-card/speaker-card.js';
import type { Speaker } from '../../src/speaker-card/types.js';
import { captureConsole } from '../helpers/console.js';
import { wcagContrast } from '../helpers/contrast.js';
import { emulate, resetMedia } from '../helpers/media.js';

const part = (el: SpeakerCard, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const rect = (el: Element | null) => el!.getBoundingClientRect();
const PIXEL =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

const tao: Speaker = {
  name: 'Terence Tao',
  affiliation: 'University of California, Los Angeles',
  url: 'https://www.math.ucla.edu/~tao/',
  role: 'Invited speaker',
  bio: 'Terence Tao is Professor of mathematics at the University of California, Los Angeles, and was awarded the 2006 Fields Medal.',
  talk: { title: 'On the universality of the incompressible Euler equation', href: '#terence-tao' },
  links: [
    { label: 'Webpage', url: 'https://www.math.ucla.edu/~tao/' },
    { label: 'Blog', url: 'https://terrytao.wordpress.com/' },
  ],
};
const longBio = 'Terence Tao works on harmonic analysis and partial differential equations. '.repeat(140); // ~10,000 characters

async function card(speaker: Speaker, layout = 'card', width = '40rem') {
  const wrap = await fixture<HTMLDivElement>(
    html`<div style="width: ${width}">
      <speaker-card layout=${layout} .speaker=${speaker}></speaker-card>
    </div>`,
  );
  const el = wrap.querySelector('speaker-card')!;
  await el.updateComplete;
  return el;
}

/**
 * Resolves once the card has measured its bio: a ResizeObserver made after the card's fires after it in the same
 * frame, and its timer runs after the one the card's callback set. A deterministic flush, to prove that no button came.
 */
async function bioMeasured(el: SpeakerCard) {
  const bio = part(el, 'bio')!;
  await new Promise<void>((resolve) => {
    const observer = new ResizeObserver(() => {
      observer.disconnect();
      setTimeout(resolve);
    });
    observer.observe(bio);
  });
  await el.updateComplete;
}

/** Renders the photo and waits until it has either loaded or been replaced by initials. */
async function settledPhoto(el: SpeakerCard) {
  await waitUntil(() => {
    const img = part(el, 'photo')!.querySelector('img');
    return !img || (img.complete && img.naturalWidth > 0);
  }, 'photo settled');
  await el.updateComplete;
}

let console_: ReturnType<typeof captureConsole>;
beforeEach(() => (console_ = captureConsole()));
afterEach(() => {
  console_.restore();
  if (location.hash) history.replaceState(null, '', location.pathname + location.search);
});

describe('<speaker-card> layouts', () => {
  for (const layout of ['card', 'row', 'compact']) {
    it(`renders photo, name, role, affiliation, talk, bio and links in the ${layout} layout`, async () => {
      const el = await card({ ...tao, affiliation: ['UCLA', 'IPAM'] }, layout);
      for (const name of ['photo', 'name', 'role', 'affiliation', 'talk', 'bio', 'links'])
        expect(part(el, name), name).to.exist;
      expect(part(el, 'base')!.classList.contains(layout)).to.be.true;
      const box = rect(part(el, 'photo'));
      expect(box.width).to.be.greaterThan(30);
      expect(box.width).to.be.closeTo(box.height, 0.5);
      await expect(el).to.be.accessible();
    });
  }

  it('puts the photo above the name in the card layout, beside it in the row layout, and stacks a narrow row', async () => {
    const cardEl = await card(tao, 'card');
    expect(rect(part(cardEl, 'name')).top).to.be.at.least(rect(part(cardEl, 'photo')).bottom);
    const row = await card(tao, 'row', '40rem');
    expect(rect(part(row, 'name')).left).to.be.at.least(rect(part(row, 'photo')).right);
    expect(rect(part(row, 'name')).top).to.be.below(rect(part(row, 'photo')).bottom);
    const narrow = await card(tao, 'row', '14rem');
    expect(rect(part(narrow, 'name')).top).to.be.at.least(rect(part(narrow, 'photo')).bottom);
    // Stretched by a taller card in its grid row, the text stays right under the photo.
    narrow.style.height = '40rem';
    expect(rect(part(narrow, 'name')).top - rect(part(narrow, 'photo')).bottom).to.be.below(24);
    await expect(narrow).to.be.accessible();
  });

  it('makes the compact photo small and round, and the card photo a rounded square; a custom property changes the shape', async () => {
    const compact = await card(tao, 'compact');
    const cardEl = await card(tao, 'card');
    expect(rect(part(compact, 'photo')).width).to.be.below(rect(part(cardEl, 'photo')).width);
    expect(getComputedStyle(part(compact, 'photo')!).borderTopLeftRadius).to.equal('50%');
    expect(getComputedStyle(part(cardEl, 'photo')!).borderTopLeftRadius).to.equal('8px');
    cardEl.style.setProperty('--we-speaker-photo-radius', '50%');
    cardEl.style.setProperty('--we-speaker-photo-size', '100px');
    expect(getComputedStyle(part(cardEl, 'photo')!).borderTopLeftRadius).to.equal('50%');
    expect(rect(part(cardEl, 'photo')).width).to.be.closeTo(100, 0.5);
    await expect(cardEl).to.be.accessible();
  });

  it('lines cards up in a grid with the two-line snippet: equal photos and aligned names, with or without a photo', async () => {
    const wrap = await fixture<HTMLDivElement>(
      html`<div
        style="width: 60rem; display: grid; grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr)); gap: 1.5rem"
      >
        <speaker-card .speaker=${{ ...tao, photo: PIXEL }}></speaker-card>
        <speaker-card .speaker=${{ name: 'Aasa Feragen' }}></speaker-card>
        <speaker-card
          .speaker=${{ name: 'Weinan E', photo: '/does-not-exist.png', affiliation: ['Princeton', 'PKU'] }}
        ></speaker-card>
      </div>`,
    );
    const cards = [...wrap.querySelectorAll('speaker-card')];
    await Promise.all(cards.map((c) => c.updateComplete));
    await Promise.all(cards.map(settledPhoto));
    const photos = cards.map((c) => rect(part(c, 'photo')));
    const names = cards.map((c) => rect(part(c, 'name')));
    expect(new Set(photos.map((p) => Math.round(p.width))).size).to.equal(1);
    expect(new Set(photos.map((p) => Math.round(p.top))).size).to.equal(1);
    expect(new Set(names.map((n) => Math.round(n.top))).size).to.equal(1);
    expect(names[0].left).to.be.below(names[1].left);
    expect(console_.warnings).to.have.length(1);
    expect(console_.warnings[0]).to.contain('photo of "Weinan E" could not be loaded');
    await expect(wrap).to.be.accessible();
  });

  it('warns about an unknown layout and falls back to the card layout', async () => {
    const el = await card(tao, 'grid');
    expect(part(el, 'base')!.classList.contains('card')).to.be.true;
    expect(console_.warnings.join()).to.contain('layout "grid"');
    await expect(el).to.be.accessible();
  });
});

describe('<speaker-card> before its data', () => {
  for (const layout of ['card', 'row', 'compact']) {
    it(`keeps at least the height of its photo while it waits for data, in the ${layout} layout`, async () => {
      const wrap = await fixture<HTMLDivElement>(
        html`<div style="width: 40rem"><speaker-card layout=${layout}></speaker-card></div>`,
      );
      const el = wrap.querySelector('speaker-card')!;
      await el.updateComplete;
      const waiting = rect(el).height;
      expect(part(el, 'empty'), 'the empty state').to.exist;
      await expect(el).to.be.accessible();
      el.speaker = { name: 'Terence Tao', photo: PIXEL };
      await el.updateComplete;
      expect(waiting).to.be.at.least(rect(part(el, 'photo')).height);
    });

    it(`keeps about the height of a filled card while it waits, in the ${layout} layout, so the page hardly moves`, async () => {
      const wrap = await fixture<HTMLDivElement>(
        html`<div style="width: 40rem"><speaker-card layout=${layout}></speaker-card></div>`,
      );
      const el = wrap.querySelector('speaker-card')!;
      await el.updateComplete;
      const waiting = rect(el).height;
      el.speaker = { ...tao, bio: longBio, photo: PIXEL };
      await el.updateComplete;
      const filled = rect(el).height;
      expect(Math.abs(filled - waiting), `waiting ${waiting} px, filled ${filled} px`).to.be.below(filled * 0.15);
    });
  }

  it('keeps the height --we-speaker-placeholder-height sets while it waits', async () => {
    const wrap = await fixture<HTMLDivElement>(
      html`<div style="width: 40rem; font-size: 16px; --we-speaker-placeholder-height: 10em">
        <speaker-card></speaker-card>
      </div>`,
    );
    const el = wrap.querySelector('speaker-card')!;
    await el.updateComplete;
    expect(rect(el).height).to.be.closeTo(160, 1);
    await expect(el).to.be.accessible();
  });
});

describe('<speaker-card> photos', () => {
  it('lazy loads the photo in a box sized before it loads, hidden from screen readers', async () => {
    const el = await card({ ...tao, photo: PIXEL });
    const img = part(el, 'photo')!.querySelector('img')!;
    expect(img.getAttribute('loading')).to.equal('lazy');
    expect(img.getAttribute('alt')).to.equal('');
    expect(img.getAttribute('width')).to.equal(img.getAttribute('height'));
    expect(part(el, 'photo')!.getAttribute('aria-hidden')).to.equal('true');
    const before = rect(part(el, 'photo'));
    await settledPhoto(el);
    const after = rect(part(el, 'photo'));
    expect([after.width, after.height, after.top]).to.deep.equal([before.width, before.height, before.top]);
    expect(rect(img).width).to.be.closeTo(after.width, 0.5);
    await expect(el).to.be.accessible();
  });

  it('shows initials in a colour with at least 4.5:1 contrast when there is no photo', async () => {
    const el = await card({ name: 'Dr. Aisha Walcott-Bryant' });
    const initials = part(el, 'initials')!;
    expect(initials.textContent).to.equal('AW');
    expect(part(el, 'photo')!.querySelector('img')).to.equal(null);
    const rgb = (c: string) =>
      c
        .match(/[\d.]+/g)!
        .slice(0, 3)
        .map(Number) as [number, number, number];
    const style = getComputedStyle(part(el, 'photo')!);
    expect(wcagContrast(rgb(style.backgroundColor), rgb(getComputedStyle(initials).color))).to.be.at.least(4.5);
    await expect(el).to.be.accessible();
  });

  it('replaces a failing photo with initials, never a broken image, and warns with its URL', async () => {
    const el = await card({ ...tao, photo: '/does-not-exist.png' });
    await waitUntil(() => !part(el, 'photo')!.querySelector('img'), 'failed photo removed');
    expect(part(el, 'initials')!.textContent).to.equal('TT');
    expect(rect(part(el, 'initials')).width).to.be.greaterThan(30);
    expect(console_.warnings.join()).to.contain('does-not-exist.png').and.contain('Terence Tao');
    await expect(el).to.be.accessible();
  });

  it('shows initials for an unsafe photo URL and names the field in a warning', async () => {
    const el = await card({ ...tao, photo: 'javascript:alert(1)' });
    expect(part(el, 'photo')!.querySelector('img')).to.equal(null);
    expect(console_.warnings.join()).to.contain('speaker.photo');
    await expect(el).to.be.accessible();
  });

  it('announces the name once: the photo and initials are not in the accessibility tree', async () => {
    const el = await card({ name: 'Weinan E', photo: PIXEL });
    const visibleText = [...el.shadowRoot!.querySelectorAll('[part~="base"] > :not([aria-hidden="true"])')]
      .map((n) => n.textContent)
      .join(' ');
    expect(visibleText.split('Weinan E').length - 1).to.equal(1);
    expect(el.shadowRoot!.querySelectorAll('img:not([alt=""])')).to.have.length(0);
    await expect(el).to.be.accessible();
  });
});

describe('<speaker-card> names and links', () => {
  it('shows "Jane Doe, MIT" written as a string as written, and warns with the object form', async () => {
    const el = await card(JSON.stringify('Jane Doe, MIT') as unknown as Speaker); // `- Jane Doe, MIT` in a speakers.yml
    await el.dataComplete;
    expect(part(el, 'name')!.textContent!.trim()).to.equal('Jane Doe, MIT');
    expect(part(el, 'affiliation')).to.equal(null);
    expect(console_.warnings).to.have.length(1);
    expect(console_.warnings[0]).to.contain('{ "name": "Jane Doe", "affiliation": "MIT" }');
    await expect(el).to.be.accessible();
  });

  it('links the name to the homepage, safely for external sites, and renders the links row', async () => {
    const el = await card(tao);
    const a = part(el, 'name')!.querySelector('a')!;
    expect(a.href).to.equal('https://www.math.ucla.edu/~tao/');
    expect(a.rel).to.equal('noopener noreferrer');
    expect(part(el, 'name')!.getAttribute('role')).to.equal('heading');
    expect(part(el, 'name')!.getAttribute('aria-level')).to.equal('3');
    const links = [...part(el, 'links')!.querySelectorAll('a')];
    expect(links.map((l) => [l.textContent!.trim(), l.href])).to.deep.equal([
      ['Webpage', 'https://www.math.ucla.edu/~tao/'],
      ['Blog', 'https://terrytao.wordpress.com/'],
    ]);
    await expect(el).to.be.accessible();
  });

  it('shows the name as text without a homepage, and follows heading-level', async () => {
    const el = await fixture<SpeakerCard>(
      html`<speaker-card heading-level="4" .speaker=${{ name: 'Aasa Feragen' }}></speaker-card>`,
    );
    expect(part(el, 'name')!.querySelector('a')).to.equal(null);
    expect(part(el, 'name')!.textContent!.trim()).to.equal('Aasa Feragen');
    expect(part(el, 'name')!.getAttribute('aria-level')).to.equal('4');
    expect(part(el, 'affiliation')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('renders "Talk: <title>" linking to the session, which the schedule scrolls to and highlights', async () => {
    const wrap = await fixture<HTMLDivElement>(
      html`<div>
        <workshop-schedule
          .items=${[
            { id: 'opening', start: '08:30', title: 'Opening Remarks' },
            { id: 'terence-tao', start: '09:20', title: 'On the universality of the incompressible Euler equation' },
          ]}
        ></workshop-schedule>
        <speaker-card .speaker=${tao}></speaker-card>
      </div>`,
    );
    const el = wrap.querySelector('speaker-card')!;
    const schedule = wrap.querySelector('workshop-schedule')!;
    await el.updateComplete;
    await schedule.updateComplete;
    const talk = part(el, 'talk')!;
    expect(talk.textContent!.replace(/\s+/g, ' ').trim()).to.equal(`Talk: ${tao.talk!.title}`);
    const a = talk.querySelector('a')!;
    expect(new URL(a.href).hash).to.equal('#terence-tao');
    const changed = oneEvent(window, 'hashchange');
    a.click();
    await changed;
    expect(location.hash).to.equal('#terence-tao');
    await waitUntil(
      () => schedule.shadowRoot!.querySelector('[data-fragment-target]'),
      'schedule highlights the session',
    );
    expect(schedule.shadowRoot!.querySelector('[data-fragment-target]')!.id).to.equal('terence-tao');
    await expect(el).to.be.accessible();
  });
});

describe('<speaker-card> long bios', () => {
  it('clamps a 10,000-character bio with a "Show more" button that expands it', async () => {
    const el = await card({ ...tao, bio: longBio }, 'row');
    const bio = part(el, 'bio')!;
    await waitUntil(() => part(el, 'more'), 'Show more appears');
    const lineHeight = parseFloat(getComputedStyle(bio).fontSize) * 1.45;
    expect(bio.clientHeight).to.be.closeTo(4 * lineHeight, 2);
    const more = part(el, 'more')!;
    expect(more.getAttribute('aria-expanded')).to.equal('false');
    expect(more.getAttribute('aria-controls')).to.equal(bio.id);
    expect(more.textContent).to.contain('Show more');
    expect(bio.textContent!.trim().length).to.be.greaterThan(10000 - 200);
    await expect(el).to.be.accessible();
    more.click();
    await el.updateComplete;
    expect(more.getAttribute('aria-expanded')).to.equal('true');
    expect(more.textContent).to.contain('Show less');
    expect(bio.clientHeight).to.be.greaterThan(20 * lineHeight);
    await expect(el).to.be.accessible();
    more.click();
    await el.updateComplete;
    expect(bio.clientHeight).to.be.closeTo(4 * lineHeight, 2);
  });

  it('measures every card on a page, and drops the button when the bio becomes short', async () => {
    const wrap = await fixture<HTMLDivElement>(
      html`<div style="display: grid; grid-template-columns: repeat(3, 1fr)">
        ${Array.from({ length: 12 }, (_, i) => html`<speaker-card .speaker=${{ name: `Speaker ${i}`, bio: longBio }}></speaker-card>`)}
      </div>`,
    );
    const cards = [...wrap.querySelectorAll('speaker-card')];
    await waitUntil(() => cards.every((c) => part(c, 'more')), 'every long bio has a button');
    cards[3].speaker = { name: 'Speaker 3', bio: 'Short.' };
    await waitUntil(() => !part(cards[3], 'more'), 'button gone for the short bio');
    expect(cards.filter((c) => part(c, 'more'))).to.have.length(11);
    // A bio that fits on a wide card but not on a narrow one: moving the card (no re-render) re-measures it.
    const medium = 'A bio of about three lines on a wide card, which needs many more lines on a narrow one. '.repeat(3);
    const wide = await fixture<HTMLDivElement>(
      html`<div style="width: 60rem">
        <speaker-card .speaker=${{ name: 'Mover', bio: medium }}></speaker-card>
      </div>`,
    );
    const mover = wide.querySelector('speaker-card')!;
    await bioMeasured(mover);
    expect(part(mover, 'more'), 'fits when wide').to.equal(null);
    const narrow = document.createElement('div');
    narrow.style.width = '12rem';
    wide.append(narrow);
    narrow.append(mover);
    await waitUntil(() => part(mover, 'more'), 'a card moved in the page is measured again');
    await expect(wrap).to.be.accessible();
  });

  it('shows no button for a short bio', async () => {
    const el = await card(tao);
    await bioMeasured(el);
    expect(part(el, 'more')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('keeps the button reachable by keyboard and lets it show the full text', async () => {
    const el = await card({ ...tao, bio: longBio });
    await waitUntil(() => part(el, 'more'), 'Show more appears');
    const more = part(el, 'more')!;
    more.focus();
    expect(el.shadowRoot!.activeElement).to.equal(more);
    expect(more.tabIndex).to.equal(0);
    const bio = part(el, 'bio')!;
    expect(bio.scrollHeight, 'clamped').to.be.greaterThan(bio.clientHeight + 1);
    // A real click (what Enter and Space do on a native button): the whole text shows, focus stays on the button.
    more.click();
    await el.updateComplete;
    expect(more.getAttribute('aria-expanded')).to.equal('true');
    expect(bio.scrollHeight, 'nothing cut off').to.be.at.most(bio.clientHeight + 1);
    expect(el.shadowRoot!.activeElement).to.equal(more);
    await expect(el).to.be.accessible();
  });

  it('prints the full bio: the clamp is lifted in print', async () => {
    const el = await card({ ...tao, bio: longBio });
    await waitUntil(() => part(el, 'more'), 'Show more appears');
    const bio = part(el, 'bio')!;
    expect(bio.scrollHeight, 'clamped on screen').to.be.greaterThan(bio.clientHeight + 1);
    try {
      if (await emulate({ media: 'print' }, 'print')) {
        expect(bio.scrollHeight, 'nothing cut off in print').to.be.at.most(bio.clientHeight + 1);
      } else {
        // No media emulation in this engine's driver (WebKit): the print rule, read from the element's style sheets.
        const sheets = [
          ...el.shadowRoot!.adoptedStyleSheets,
          ...[...el.shadowRoot!.querySelectorAll('style')].map((s) => s.sheet!),
        ];
        const lift = sheets
          .flatMap((s) => [...s.cssRules])
          .filter((r): r is CSSMediaRule => r instanceof CSSMediaRule && r.media.mediaText === 'print')
          .flatMap((r) => [...r.cssRules] as CSSStyleRule[])
          .find((r) => r.selectorText === '.bio.clamped');
        expect(lift?.style.maxHeight).to.equal('none');
      }
    } finally {
      await resetMedia();
    }
    await expect(el).to.be.accessible();
  });
});

describe('<speaker-card> hand-written HTML', () => {
  it('reads plain attributes and takes the bio from child content, which wins over the bio field', async () => {
    const el = await fixture<SpeakerCard>(
      html`<speaker-card
        name="Terence Tao"
        affiliation="UCLA"
        href="https://www.math.ucla.edu/~tao/"
        speaker-role="Keynote"
        talk="Euler flows"
        talk-href="#terence-tao"
        layout="row"
        ><p>Terence Tao is <em>Professor</em> of mathematics.</p></speaker-card
      >`,
    );
    expect(part(el, 'name')!.querySelector('a')!.href).to.equal('https://www.math.ucla.edu/~tao/');
    expect(part(el, 'affiliation')!.textContent!.trim()).to.equal('UCLA');
    expect(part(el, 'role')!.textContent).to.equal('Keynote');
    expect(part(el, 'talk')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Talk: Euler flows');
    expect(new URL(part(el, 'talk')!.querySelector('a')!.href).hash).to.equal('#terence-tao');
    const slot = part(el, 'bio')!.querySelector('slot')!;
    expect(slot.assignedElements()[0].textContent).to.equal('Terence Tao is Professor of mathematics.');
    expect(el.textContent).to.contain('Terence Tao is Professor');
    el.speaker = { name: 'Terence Tao', bio: 'The data bio' };
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).not.to.contain('The data bio');
    expect(part(el, 'bio')!.querySelector('slot')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('uses the data bio when the only children are whitespace and a JSON script', async () => {
    const el = await fixture<SpeakerCard>(
      html`<speaker-card>
        <script type="application/json">
          { "name": "Aasa Feragen", "bio": "Aasa Feragen works on geometry." }
        </script>
      </speaker-card>`,
    );
    expect(part(el, 'bio')!.textContent!.trim()).to.equal('Aasa Feragen works on geometry.');
    await expect(el).to.be.accessible();
  });

  it('shows the data bio, and neither shows nor exposes a slot="fallback" child (the Jekyll kit fallback)', async () => {
    const el = await fixture<SpeakerCard>(
      html`<speaker-card speaker=${JSON.stringify({ name: 'Aasa Feragen', bio: 'Aasa Feragen works on geometry.' })}
        ><div slot="fallback">
          <h3>Aasa Feragen (fallback)</h3>
          <p>Fallback bio</p>
        </div></speaker-card
      >`,
    );
    expect(part(el, 'bio')!.textContent!.trim()).to.equal('Aasa Feragen works on geometry.');
    const fallback = el.querySelector('[slot="fallback"]')!;
    expect(fallback.getBoundingClientRect().height).to.equal(0);
    expect(fallback.assignedSlot).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('shows a card without a name with everything else and "This card has no name", warning about the name attribute', async () => {
    const el = await fixture<SpeakerCard>(
      html`<speaker-card affiliation="UCLA"><p>Someone at UCLA.</p></speaker-card>`,
    );
    expect(part(el, 'error')).to.equal(null);
    expect(part(el, 'notice')!.textContent).to.contain('This card has no name');
    expect(part(el, 'name')).to.equal(null);
    expect(part(el, 'affiliation')!.textContent).to.contain('UCLA');
    expect(el.shadowRoot!.querySelector('slot')!.assignedElements()).to.have.length(1);
    expect(console_.errors).to.deep.equal([]);
    expect(console_.warnings).to.have.length(1);
    expect(console_.warnings[0]).to.contain('name attribute');
    expect(el.shadowRoot!.textContent).not.to.contain('required');
    await expect(el).to.be.accessible();
  });

  it('names the speaker in its warnings, so one of many cards is found', async () => {
    await fixture<SpeakerCard>(
      html`<speaker-card speaker=${JSON.stringify({ name: 'Aasa Feragen', afiliation: 'DIKU' })}></speaker-card>`,
    );
    expect(console_.warnings).to.have.length(1);
    expect(console_.warnings[0])
      .to.contain('speaker.afiliation ("Aasa Feragen")')
      .and.contain('did you mean "affiliation"?');
  });

  it('keeps the bio written in the page when the speaker JSON is malformed', async () => {
    const el = await fixture<SpeakerCard>(
      html`<speaker-card speaker='{"name":"X"'><p>Organizer bio</p></speaker-card>`,
    );
    expect(part(el, 'error')!.textContent).to.contain('not valid JSON');
    expect(console_.errors).to.have.length(1);
    const bio = el.querySelector('p')!;
    expect(el.shadowRoot!.querySelector('slot')!.assignedElements()).to.deep.equal([bio]);
    expect(bio.getBoundingClientRect().height).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
  });

  it('reads an ARIA-invalid role attribute as the role, warning to use speaker-role', async () => {
    const el = await fixture<SpeakerCard>(html`<speaker-card name="Lily Hu" role="Organizer"></speaker-card>`);
    expect(part(el, 'role')!.textContent).to.equal('Organizer');
    expect(console_.warnings.join()).to.contain('role attribute').and.contain('speaker-role="Organizer"');
  });

  it('warns about an unsafe href attribute and shows the name unlinked', async () => {
    const el = await fixture<SpeakerCard>(
      html`<speaker-card name="Lily Hu" href="javascript:alert(1)"></speaker-card>`,
    );
    expect(part(el, 'name')!.querySelector('a')).to.equal(null);
    expect(console_.warnings.join()).to.contain('href attribute');
    await expect(el).to.be.accessible();
  });
});

describe('<speaker-card> hostile and real data', () => {
  it('renders every BLNS string as text in the name, affiliation and bio, running no script', async () => {
    const blns: string[] = await (await fetch('/test/fixtures/blns/blns.json')).json();
    const el = await card({ name: 'x' });
    for (const s of blns) {
      if (s.trim() === '') continue;
      el.speaker = { name: s, affiliation: s, bio: s, links: [{ label: s, url: 'https://example.org/' }] };
      await el.updateComplete;
      expect(part(el, 'name')!.textContent, s).to.equal(s);
      expect(el.shadowRoot!.querySelector('script, img, iframe, svg, [onerror], [onload]'), s).to.equal(null);
    }
    expect((window as unknown as { __pwned?: unknown }).__pwned).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('lets right-to-left and emoji names choose their own direction', async () => {
    const el = await card({ name: 'محمد علي 🎓', affiliation: 'جامعة القاهرة', bio: 'باحث في التعلم الآلي.' });
    expect(part(el, 'name')!.getAttribute('dir')).to.equal('auto');
    expect(getComputedStyle(part(el, 'name')!).direction).to.equal('rtl');
    expect(part(el, 'initials')!.textContent).to.equal('مع');
    await expect(el).to.be.accessible();
  });

  it('shows the two real ICLR 2020 speakers, each with a failing remote photo replaced by initials', async () => {
    const rows = csvParse(await (await fetch('/test/fixtures/iclr2020/speakers.csv')).text());
    expect(rows).to.have.length(2);
    const wrap = await fixture<HTMLDivElement>(
      html`<div>
        ${rows.map(
          (r) =>
            html`<speaker-card
              layout="row"
              .speaker=${{ name: r.speaker!.trim(), affiliation: r.institution, photo: '/does-not-exist/' + r.UID + '.jpg', bio: r.bio, talk: { title: r.title! } }}
            ></speaker-card>`,
        )}
      </div>`,
    );
    const cards = [...wrap.querySelectorAll('speaker-card')];
    await Promise.all(cards.map((c) => waitUntil(() => !part(c, 'photo')!.querySelector('img'), 'photo fell back')));
    expect(cards.map((c) => part(c, 'initials')!.textContent)).to.deep.equal(['AW', 'LK']);
    expect(part(cards[0], 'name')!.textContent).to.equal('Dr. Aisha Walcott-Bryant');
    await waitUntil(() => part(cards[0], 'more'), 'long real bio is clamped');
    expect(console_.warnings.join('\n')).to.contain('Aisha Walcott-Bryant').and.contain('could not be loaded');
    await expect(wrap).to.be.accessible();
  });

  it('shows an error for an array, naming the field', async () => {
    const el = await fixture<SpeakerCard>(html`<speaker-card speaker='["Terence Tao"]'></speaker-card>`);
    expect(part(el, 'error')!.textContent).to.contain('"speaker" must be an object');
    expect(console_.errors.join()).to.contain('"speaker" must be an object');
    await expect(el).to.be.accessible();
  });
});
