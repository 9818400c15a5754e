import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { cssProps } from '../internal/css-props.js';
import { shouldDefine } from '../internal/define.js';
import { WeErrorEvent } from '../events/error.js';
import { DataController, jsonConverter, type DataState } from '../internal/data.js';
import { labelsConverter, Localize, type Message } from '../internal/localize.js';
import { link, renderState } from '../internal/render.js';
import { richText } from '../internal/rich-text.js';
import { withBase } from '../internal/url.js';
import { DataError, type Validated } from '../internal/validate.js';
import { Warnings } from '../internal/warnings.js';
import { restyle } from '../internal/adopt-styles.js';
import { avatarColors, initials } from './avatar.js';
import { styles } from './speaker-card.styles.js';
import { SPEAKER_TERMS } from './terms.js';
import type { Speaker } from './types.js';
import { speakerFromAttributes, validateSpeaker, type SpeakerData } from './validate.js';
import { internalId } from '../internal/ids.js';

const BIO_ID = internalId('bio');

export type SpeakerLayout = 'card' | 'row' | 'compact';
const LAYOUTS: readonly SpeakerLayout[] = ['card', 'row', 'compact'];

/**
 * An invited speaker, keynote, panelist or organizer: photo (or an initials avatar), name linked to the
 * homepage, affiliations, role, talk, a clamped bio and a row of links. Fed by JSON or plain attributes.
 *
 * @summary A speaker or organizer card fed by JSON or plain attributes.
 *
 * @slot - The bio as rich content (`<p>…</p>`); wins over the `bio` field. It stays readable before the script loads.
 *
 * @csspart base - The card, a grid of photo and text; in the loading, error and empty states, their wrapper.
 * @csspart photo - The square or round photo box (decorative: the name is next to it).
 * @csspart initials - The initials avatar shown when there is no photo or it fails to load.
 * @csspart heading - The name's heading (the same element as `name`).
 * @csspart name - The name (a heading, level `heading-level`, with `heading`), a link when there is a homepage.
 * @csspart role - The role, e.g. "Invited speaker".
 * @csspart affiliation - The affiliations, one per line.
 * @csspart talk - "Talk: <title>", linking to the session in the schedule.
 * @csspart bio - The biography, clamped to `--we-speaker-bio-lines` lines until expanded.
 * @csspart more - The "Show more" / "Show less" button of a long bio.
 * @csspart links - The row of labelled links.
 * @csspart error - The error message shown when the data cannot be used.
 * @csspart loading - The loading message while `src` loads.
 * @csspart empty - Shown when no speaker is given.
 * @csspart notice - "This card has no name", in the name's place when the data gives none (the rest still shows).
 *
 * @cssproperty [--we-speaker-photo-size=8em (card), 5.5em (row), 4.5em (compact)] - Width and height of the photo.
 * @cssproperty [--we-speaker-photo-radius=var(--we-radius) (card), 50% (row, compact)] - Corner radius of the photo: `0` square, `50%` circle.
 * @cssproperty [--we-speaker-bio-lines=4] - Lines of bio shown before "Show more" (3 in compact).
 * @cssproperty [--we-speaker-gap=1em] - Space between the photo and the text.
 * @cssproperty [--we-speaker-name-size=1.15em] - Font size of the name.
 * @cssproperty [--we-speaker-placeholder-height=a typical filled card's height] - Height the card keeps while its data loads (`src`, or before the `speaker` property is set), so the page does not move when it fills in.
 * @cssproperty [--we-link-color=#0b57d0 mixed 68% with the text colour] - Links.
 * @cssproperty [--we-muted-color=currentColor at 72%] - Role and affiliation text.
 * @cssproperty [--we-line-height=1.45] - Line height; the bio clamp is measured in it.
 * @cssproperty [--we-focus-color=#0b57d0 mixed 60% with the text colour] - Focus ring.
 * @cssproperty [--we-radius=8px] - Default photo corners in the card layout.
 *
 * @fires {WeLoadEvent} we-load - When data from `src` has loaded.
 * @fires {WeErrorEvent} we-error - When the data or the plain attributes cannot be used; `detail` is `{ message, source }`.
 */
export class SpeakerCard extends LitElement {
  static override styles = styles;

  /** Moved into another document (an iframe): its styles are adopted there again. */
  adoptedCallback(): void {
    restyle(this);
  }

  /** The speaker as one JSON object (see `schemas/speaker-card.schema.json`): a JSON attribute or the property. */
  @property({ type: Object, converter: jsonConverter('speaker') }) speaker?: Speaker;

  /** URL of a JSON file with the speaker, relative to the page. */
  @property() src?: string;

  /**
   * The site's base path, for root-relative paths in the data (`/static/img/x.png` → `/my-site/static/img/x.png`):
   * a Jekyll page passes `base-url="{{ site.baseurl }}"`. Default: none.
   */
  @property({ attribute: 'base-url' }) baseUrl?: string;

  /** The name, for hand-written HTML without JSON. */
  @property() name?: string;

  /** One affiliation, for hand-written HTML without JSON. */
  @property() affiliation?: string;

  /** Photo URL, for hand-written HTML without JSON. */
  @property() photo?: string;

  /** Homepage the name links to, for hand-written HTML without JSON. */
  @property() href?: string;

  /**
   * "Invited speaker", "Organizer"… for hand-written HTML without JSON. Not `role`: that is ARIA's
   * attribute, and `role="Organizer"` on the element is invalid ARIA (still read, with a warning).
   */
  @property({ attribute: 'speaker-role' }) speakerRole?: string;

  /** The talk's title, for hand-written HTML without JSON; shown as "Talk: <title>". */
  @property() talk?: string;

  /** Where the talk's title links to, usually `#session-id` in the schedule, for hand-written HTML without JSON. */
  @property({ attribute: 'talk-href' }) talkHref?: string;

  /** `card` (photo above), `row` (photo beside name and bio) or `compact` (small round photo, for organizer grids). */
  @property() layout: SpeakerLayout = 'card';

  /** The level of the name's heading, 1–6; 3 fits cards under an `<h2>` "Invited Speakers". */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 3;

  /** Overrides single terms of the page's language (JSON), e.g. `{"talk": "Keynote:"}`; see the README. */
  @property({ converter: labelsConverter }) labels?: Partial<Record<keyof typeof SPEAKER_TERMS, Message>>;

  /** The photo URL that failed to load: initials are shown instead. */
  @state() private failedPhoto?: string;
  /** Whether a long bio is shown in full. */
  @state() private expanded = false;
  /** Whether the clamped bio hides text (measured after layout). */
  @state() private overflowing = false;

  private data = new DataController(this, {
    tag: 'speaker-card',
    name: 'speaker',
    value: () => this.speaker,
    src: () => this.src,
    validate: (raw) => withBase(this.baseUrl, () => validateSpeaker(raw)),
    key: () => this.baseUrl,
  });

  /** The speaker read from plain attributes, or why it could not be. */
  private fromAttributes?: Validated<SpeakerData> | { error: string };
  /** The speaker read from attributes whose problems `updated` has reported. */
  private reportedAttributes?: SpeakerCard['fromAttributes'];
  private observedBio?: Element;
  private warnings = new Warnings('speaker-card');
  private localize = new Localize(this, SPEAKER_TERMS);

  /**
   * Resolves when the current speaker has been loaded, validated and rendered, or found unusable (the card shows
   * why). Newer data supersedes older: a promise taken while a speaker loads resolves once the newest has rendered.
   */
  get dataComplete(): Promise<void> {
    return this.data.complete;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.observedBio = undefined;
    // Lit does not re-render a card that moves in the page: observe its bio again here.
    if (this.hasUpdated) this.observeBio();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.observedBio) unobserveBio(this.observedBio);
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (
      ['name', 'affiliation', 'photo', 'href', 'speakerRole', 'talk', 'talkHref', 'baseUrl'].some((k) =>
        changed.has(k as keyof SpeakerCard),
      )
    )
      this.readAttributes();
  }

  override render() {
    const content = this.renderContent();
    // The card is its own `base`; every other state gets one around it.
    return this.card ? content : html`<div part="base">${content}</div>`;
  }

  /** Whether `renderContent` renders the card. */
  private get card(): boolean {
    const state = this.data.state.status;
    return state === 'ready' || (state === 'empty' && !!this.fromAttributes && !('error' in this.fromAttributes));
  }

  private renderContent() {
    const state = this.data.state;
    if (state.status === 'empty' && this.fromAttributes) {
      if ('error' in this.fromAttributes)
        return html`${this.renderState({ status: 'error', message: this.fromAttributes.error })}<slot></slot>`;
      return this.renderCard(this.fromAttributes.data);
    }
    if (state.status === 'ready') return this.renderCard(state.data);
    const message = this.renderState(state);
    // A bio written in the page still shows when the data cannot.
    return state.status === 'error' ? html`${message}<slot></slot>` : message;
  }

  override updated(changed: PropertyValues<this>): void {
    if (changed.has('layout') && !LAYOUTS.includes(this.layout))
      this.warnings.warn('layout', `layout "${this.layout}" is not one of ${LAYOUTS.join(', ')}; using "card".`);
    const read = this.fromAttributes;
    if (read !== this.reportedAttributes) {
      this.reportedAttributes = read;
      if (read && 'error' in read) {
        this.warnings.error(read.error);
        this.dispatchEvent(new WeErrorEvent({ message: read.error, source: 'name' }));
      } else if (read) this.warnings.problems('the attributes', read.problems);
    }
    this.observeBio();
  }

  /** Observes the rendered bio (if any) for overflow, and stops observing one no longer rendered. */
  private observeBio(): void {
    const bio = this.renderRoot.querySelector('[part~="bio"]') ?? undefined;
    if (bio === this.observedBio) return;
    if (this.observedBio) unobserveBio(this.observedBio);
    this.observedBio = bio;
    if (bio) observeBio(bio, (overflowing) => this.bioMeasured(overflowing));
  }

  private renderCard(s: SpeakerData) {
    const layout = LAYOUTS.includes(this.layout) ? this.layout : 'card';
    const level = Math.min(6, Math.max(1, Math.round(this.headingLevel) || 3));
    // No whitespace around the name: it is the heading's whole text.
    const name = s.url ? link(s.url, s.name) : s.name;
    return html`<div part="base" class="base ${layout}">
      ${this.renderPhoto(s)}
      <div class="text">
        ${
          s.name
            ? html`<div part="name heading" role="heading" aria-level=${level} dir="auto">${name}</div>`
            : html`<p part="notice">${this.localize.term('noName')}</p>`
        }
        ${s.role ? html`<p part="role" dir="auto">${s.role}</p>` : nothing}
        ${
          s.affiliations.length
            ? html`<p part="affiliation">
                ${s.affiliations.map(
                  (a, i) =>
                    html`<span dir="auto"
                      >${a}${i < s.affiliations.length - 1 ? html`<span class="visually-hidden">; </span>` : nothing}</span
                    >`,
                )}
              </p>`
            : nothing
        }
        ${
          s.talk
            ? html`<p part="talk">
                ${this.localize.term('talk')}
                <span dir="auto">${s.talk.href ? link(s.talk.href, s.talk.title) : s.talk.title}</span>
              </p>`
            : nothing
        }
        ${this.renderBio(s)}
        ${
          s.links.length
            ? html`<ul part="links">
                ${s.links.map((l) => html`<li>${link(l.url, l.label)}</li>`)}
              </ul>`
            : nothing
        }
      </div>
    </div>`;
  }

  /** The photo, over an initials avatar that shows while it loads and stays when it is missing, unsafe or fails. */
  private renderPhoto(s: SpeakerData) {
    const colors = avatarColors(s.name);
    const photo = s.photo && s.photo !== this.failedPhoto ? s.photo : undefined;
    return html`<div
      part="photo"
      aria-hidden="true"
      ${cssProps({ '--_we-avatar-bg': colors.background, '--_we-avatar-fg': colors.color })}
    >
      <span part="initials" class="initials">${initials(s.name)}</span>
      ${
        photo
          ? html`<img
              src=${photo}
              alt=""
              width="256"
              height="256"
              loading="lazy"
              decoding="async"
              @error=${() => this.photoFailed(photo)}
            />`
          : nothing
      }
    </div>`;
  }

  private renderBio(s: SpeakerData) {
    const child = this.hasChildBio();
    if (!child && !s.bio) return nothing;
    const paragraphs = child ? [] : s.bio!.split(/\n\s*\n/).filter((p) => p.trim() !== '');
    const clamped = !this.expanded;
    return html`<div
        part="bio"
        id=${BIO_ID}
        class="bio ${clamped ? 'clamped' : ''} ${this.overflowing ? 'overflowing' : ''}"
        dir="auto"
      >
        ${child ? html`<slot></slot>` : paragraphs.map((p) => html`<p>${richText(p)}</p>`)}
      </div>
      ${
        this.overflowing || this.expanded
          ? html`<button
              part="more"
              type="button"
              aria-expanded=${this.expanded ? 'true' : 'false'}
              aria-controls=${BIO_ID}
              @click=${this.toggleBio}
            >
              ${this.localize.term(this.expanded ? 'showLess' : 'showMore')}<span class="visually-hidden">
                ${this.localize.term('aboutSpeaker', { name: s.name })}</span
              >
            </button>`
          : nothing
      }`;
  }

  private renderState(state: DataState<unknown>) {
    const keys = { loading: 'loadingSpeaker', empty: 'noSpeaker' } as const;
    return renderState('speaker-card', state, (k, a) => this.localize.term(k, a), keys);
  }

  /** Child content other than a JSON script or whitespace is the bio. */
  /** Whether the default slot gets content: a child with a `slot` attribute (the Jekyll kit's `slot="fallback"`) does not. */
  private hasChildBio(): boolean {
    return Array.from(this.childNodes).some((n) =>
      n.nodeType === Node.ELEMENT_NODE
        ? (n as Element).localName !== 'script' && !(n as Element).hasAttribute('slot')
        : n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== '',
    );
  }

  private toggleBio() {
    this.expanded = !this.expanded;
  }

  private bioMeasured(overflowing: boolean) {
    if (!this.expanded) this.overflowing = overflowing;
  }

  private photoFailed(url: string) {
    this.failedPhoto = url;
    this.warnings.warn('photo', `the photo of "${this.currentName()}" could not be loaded, showing initials: ${url}`);
  }

  private currentName(): string {
    const s = this.data.state;
    if (s.status === 'ready') return s.data.name;
    return this.fromAttributes && 'data' in this.fromAttributes ? this.fromAttributes.data.name : '';
  }

  private readAttributes() {
    const roleAttribute = this.getAttribute('role');
    let result: Validated<SpeakerData> | undefined;
    try {
      result = withBase(this.baseUrl, () =>
        speakerFromAttributes({
          name: this.name,
          affiliation: this.affiliation,
          photo: this.photo,
          href: this.href,
          role: this.speakerRole ?? roleAttribute,
          talk: this.talk,
          talkHref: this.talkHref,
        }),
      );
    } catch (e) {
      if (!(e instanceof DataError)) throw e;
      this.fromAttributes = { error: e.message };
      return;
    }
    this.fromAttributes = result;
    if (!result) return;
    if (roleAttribute && this.speakerRole == null)
      result.problems.push({
        path: 'role attribute',
        message: `"role" is ARIA's attribute and "${roleAttribute}" is not an ARIA role; write speaker-role="${roleAttribute}" instead`,
      });
    // A page has several cards: each warning says whose.
    for (const p of result.problems) p.entry ??= result.data.name || undefined;
  }
}

/*
 * One ResizeObserver for every card's bio: its callback measures all bios first and only then lets the cards
 * re-render, so a page of 500 cards lays out once instead of once per card (one observer each was quadratic).
 * A card that moves in the page is observed again when it reconnects.
 */
const bioCallbacks = new WeakMap<Element, (overflowing: boolean) => void>();
let bioObserver: ResizeObserver | undefined;

function observeBio(bio: Element, measured: (overflowing: boolean) => void): void {
  bioObserver ??= new ResizeObserver((entries) => {
    const results = entries.map((e) => [e.target, e.target.scrollHeight > e.target.clientHeight + 1] as const);
    // Re-render after this frame's observations are delivered, not inside them (the "ResizeObserver loop" error).
    setTimeout(() => {
      for (const [target, overflowing] of results) bioCallbacks.get(target)?.(overflowing);
    });
  });
  bioCallbacks.set(bio, measured);
  bioObserver.observe(bio);
}

function unobserveBio(bio: Element): void {
  bioCallbacks.delete(bio);
  bioObserver?.unobserve(bio);
}

if (shouldDefine('speaker-card')) customElements.define('speaker-card', SpeakerCard);

declare global {
  interface HTMLElementTagNameMap {
    'speaker-card': SpeakerCard;
  }
}
