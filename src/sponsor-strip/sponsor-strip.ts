import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { cssProps } from '../internal/css-props.js';
import { shouldDefine } from '../internal/define.js';
import { DataController, JsonAttributeError, jsonConverter } from '../internal/data.js';
import { labelsConverter, Localize, type Message, type TermArgs } from '../internal/localize.js';
import { renderNotice, skippedEntries } from '../internal/notice.js';
import { link, renderState } from '../internal/render.js';
import { richText } from '../internal/rich-text.js';
import { withBase } from '../internal/url.js';
import type { Problem } from '../internal/validate.js';
import { Warnings } from '../internal/warnings.js';
import { restyle } from '../internal/adopt-styles.js';
import { balancedSize, type LogoSize } from './balance.js';
import { styles } from './sponsor-strip.styles.js';
import { SPONSOR_TERMS } from './terms.js';
import { arrange, parseTiers, SIZED_TIERS, type Arrangement, type TierGroup } from './tiers.js';
import type { Sponsor } from './types.js';
import { validateSponsors, type SponsorData } from './validate.js';
import { internalId } from '../internal/ids.js';

const TAG = 'sponsor-strip';

/**
 * A long name shown instead of a logo is set smaller, in two steps, so that it fits its tier's slot like the
 * others; a name longer still makes its slot taller rather than be cut.
 */
const nameClass = (name: string) => (name.length > 48 ? 'long longer' : name.length > 24 ? 'long' : nothing);
/** `tiers='["Gold","Silver"]'` (JSON) or `tiers="Gold, Silver"` (hand-written HTML); parseTiers reads both. */
const tiersConverter = {
  fromAttribute(value: string | null): unknown {
    if (value === null) return undefined;
    if (!value.trim().startsWith('[')) return value;
    try {
      return JSON.parse(value);
    } catch (e) {
      return new JsonAttributeError('tiers', (e as Error).message);
    }
  },
};

/**
 * Sponsor logos in tiers. Logos of any shape are sized from their natural dimensions so that each gets a similar
 * area (height H/√(width/height) in a slot of the same size for the whole tier: nothing moves when a logo loads);
 * a sponsor without a usable logo shows its name as text in the same slot.
 *
 * @summary Sponsor logos in tiers that look balanced and stay accessible, fed by JSON.
 *
 * @csspart base - The wrapper of everything the element shows, in every state.
 * @csspart tiers - The list of tiers (only when sponsors have tiers); its accessible name is `label`.
 * @csspart tier - One tier (an item of `tiers`); also `tier-1` … `tier-4` by size step, and `untiered`.
 * @csspart tier-1 - A tier of size step 1.
 * @csspart tier-2 - A tier of size step 2.
 * @csspart tier-3 - A tier of size step 3.
 * @csspart tier-4 - A tier of size step 4 (the fourth and lower tiers, and sponsors without a tier).
 * @csspart untiered - The group of sponsors without a tier.
 * @csspart heading - Every heading: the tiers'.
 * @csspart tier-heading - A tier's heading (`role="heading"`, level `heading-level`), with `heading`.
 * @csspart list - A list of sponsors: the whole strip without tiers (named by `label`), or one tier's.
 * @csspart sponsor - One sponsor (a list item).
 * @csspart link - The link around a sponsor's logo or name.
 * @csspart frame - The slot a logo or name is drawn in, the same size for every sponsor of a tier; the plate.
 * @csspart logo - A logo `<img>`.
 * @csspart name - The sponsor's name, shown when there is no usable logo.
 * @csspart description - The sponsor's description under the logo.
 * @csspart error - The error message shown when the data cannot be used.
 * @csspart loading - The loading message while `src` loads.
 * @csspart empty - The message shown when there are no sponsors.
 * @csspart notice - "1 sponsor could not be shown — details in the browser console", after the strip when entries
 *   were skipped; hide it with `::part(notice) { display: none }`.
 *
 * @cssproperty [--we-sponsor-logo-height=8em] - Height H of a square logo when the strip has no tiers (slots are 2.4 H × 1.5 H).
 * @cssproperty [--we-sponsor-tier-1-height=10em] - H of the first tier.
 * @cssproperty [--we-sponsor-tier-2-height=7em] - H of the second tier.
 * @cssproperty [--we-sponsor-tier-3-height=5em] - H of the third tier.
 * @cssproperty [--we-sponsor-tier-4-height=3.75em] - H of the fourth and lower tiers, and of sponsors without a tier.
 * @cssproperty [--we-sponsor-gap=0.75em 1.25em] - Space between slots (row, column).
 * @cssproperty [--we-sponsor-align=center] - Alignment of each row and heading: `center`, `start` or `end`.
 * @cssproperty [--we-sponsor-padding=0.5em] - Padding inside each slot (around the plate).
 * @cssproperty [--we-sponsor-name-color=currentColor] - Colour of a name shown instead of a logo (link colour inside a link).
 * @cssproperty [--we-sponsor-name-weight=650] - Font weight of a name shown instead of a logo.
 * @cssproperty [--we-sponsor-heading-color=var(--we-muted-color)] - Colour of tier headings.
 * @cssproperty [--we-sponsor-plate-color=#ffffff] - Background of the plate behind logos (`plate`).
 * @cssproperty [--we-sponsor-plate-text-color=#1f1f1f] - Colour of names on the plate.
 * @cssproperty [--we-sponsor-plate-radius=var(--we-radius)] - Corner radius of the plate and the focus ring.
 * @cssproperty [--we-sponsor-monochrome-opacity=0.8] - Opacity of greyscale logos (`monochrome`) until hover or focus.
 * @cssproperty [--we-sponsor-transition=0.2s ease] - Greyscale-to-colour transition (none with `prefers-reduced-motion`).
 * @cssproperty [--we-link-color=#0b57d0 mixed 68% with the text colour] - Names inside links (shared by all elements).
 * @cssproperty [--we-focus-color=#0b57d0 mixed 60% with the text colour] - Focus ring (shared).
 * @cssproperty [--we-muted-color] - Descriptions and tier headings (shared).
 * @cssproperty [--we-radius=8px] - Corner radius (shared).
 *
 * @fires {WeLoadEvent} we-load - When data from `src` has loaded.
 * @fires {WeErrorEvent} we-error - When the data cannot be used (malformed JSON, failed `src`, wrong shape);
 *   `detail` is `{ message, source }`. A logo that fails to load does not fire it: its name shows instead.
 */
export class SponsorStrip extends LitElement {
  static override styles = styles;

  /** Moved into another document (an iframe): its styles are adopted there again. */
  adoptedCallback(): void {
    restyle(this);
  }

  /** The sponsors: a JSON attribute or the property. Wins over `src` and a JSON script child. */
  @property({ type: Array, converter: jsonConverter('sponsors') }) sponsors?: Sponsor[];

  /** URL of a JSON file with the sponsors, relative to the page. */
  @property() src?: string;

  /**
   * The site's base path, for root-relative paths in the data (`/static/img/x.png` → `/my-site/static/img/x.png`):
   * a Jekyll page passes `base-url="{{ site.baseurl }}"`. Default: none.
   */
  @property({ attribute: 'base-url' }) baseUrl?: string;

  /**
   * Order of the tiers, highest first: a JSON array (`'["Platinum","Gold","Silver"]'`) or a comma-separated list.
   * Default: order of first appearance. Tiers keep their size step even when a higher tier has no sponsors.
   */
  @property({ converter: tiersConverter }) tiers?: string[];

  /** Accessible name of the strip's list; default: "Sponsors" in the page's language. */
  @property() label?: string;

  /** Heading text of each tier; `{tier}` is replaced by the tier's name, e.g. "{tier} sponsors". */
  @property({ attribute: 'tier-heading' }) tierHeading = '{tier}';

  /** Heading of the sponsors without a tier, when other sponsors have one; default: "Supporters" in the page's language. */
  @property({ attribute: 'untiered-heading' }) untieredHeading?: string;

  /** Level of the tier headings (1–6); pick the one below the heading of the page section. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 3;

  /** Shows logos in greyscale until hover or focus. */
  @property({ type: Boolean }) monochrome = false;

  /** Draws a light plate behind each logo, for dark pages (many logos are dark text on transparent). */
  @property({ type: Boolean }) plate = false;

  /** Overrides single terms of the page's language (JSON), e.g. `{"supporters": "Friends"}`; see the README. */
  @property({ converter: labelsConverter }) labels?: Partial<Record<keyof typeof SPONSOR_TERMS, Message>>;

  // Both change only from the logos' load and error events, which request the update themselves.
  /** Drawn sizes of loaded logos by URL, from their natural dimensions. */
  private logoSizes = new Map<string, LogoSize>();
  /** Logos that failed to load, by URL: their sponsors' names show instead. */
  private brokenLogos = new Set<string>();
  /** Whether the console has had the `base-url` hint of a logo that failed to load. */
  private hinted = false;

  private data = new DataController(this, {
    tag: 'sponsor-strip',
    name: 'sponsors',
    value: () => this.sponsors,
    src: () => this.src,
    validate: (raw) => withBase(this.baseUrl, () => validateSponsors(raw)),
    key: () => this.baseUrl,
  });

  private warnings = new Warnings('sponsor-strip');
  private localize = new Localize(this, SPONSOR_TERMS);
  private tierOrder?: string[];
  private arranged?: { data: SponsorData[]; tierOrder?: string[]; result: Arrangement };

  /**
   * Resolves when the current sponsors have been loaded, validated and rendered, or found unusable (the element
   * shows why). Newer data supersedes older: a promise taken while sponsors load resolves once the newest have rendered.
   */
  get dataComplete(): Promise<void> {
    return this.data.complete;
  }

  /** Problems of the `tiers` attribute, reported in `updated`. */
  private tierProblems: Problem[] = [];
  /** The arrangement whose problems `updated` has reported. */
  private reported?: Arrangement;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('tiers')) {
      const { tiers, problems } = parseTiers(this.tiers);
      this.tierOrder = tiers;
      this.tierProblems = problems;
    }
    this.data.sync();
    const state = this.data.state;
    if (state.status === 'ready') this.arrange(state.data);
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('tiers')) this.warnings.problems('the "tiers" attribute', this.tierProblems);
    const arranged = this.arranged?.result;
    if (arranged && arranged !== this.reported) {
      this.reported = arranged;
      this.warnings.problems("the sponsors' tiers", arranged.problems);
    }
  }

  override render() {
    // A plain class list: classMap would add a directive (0.3 KB) to the bundle for two words on one element.
    const classes = [this.monochrome && 'monochrome', this.plate && 'plate'].filter(Boolean).join(' ');
    return html`<div part="base" class=${classes}>${this.renderContent()}</div>`;
  }

  private renderContent() {
    const state = this.data.state;
    const t = this.localize;
    const term = (k: keyof typeof SPONSOR_TERMS, a?: TermArgs) => t.term(k, a);
    const keys = { loading: 'loadingSponsors', empty: 'noSponsors' } as const;
    if (state.status !== 'ready') return renderState(TAG, state, term, keys);
    const { groups } = this.arrange(state.data);
    const notice = renderNotice(skippedEntries(state.problems, 'sponsor', 'item'), (n) =>
      term('sponsorsSkipped', { n }),
    );
    // every sponsor skipped: the same empty state as no data, with the notice
    if (groups.length === 0) return html`${renderState(TAG, { status: 'empty' }, term, keys)}${notice}`;
    const label = this.label ?? t.term('sponsors');
    if (groups.length === 1 && groups[0].size === 0) {
      return html`<ul part="list" class="size-0" aria-label=${label}>
          ${groups[0].sponsors.map((s) => this.renderSponsor(s))}
        </ul>
        ${notice}`;
    }
    const heading = this.headingOf(groups);
    return html`<ul part="tiers" aria-label=${label}>
        ${groups.map((g, i) => this.renderTier(g, i, heading))}
      </ul>
      ${notice}`;
  }

  /**
   * The tier headings' text. A `tier-heading` without `{tier}` (`tier-heading="yes"`, or "Sponsors") would give every
   * tier the same heading and hide which tier is which: the tiers' own names are shown instead, with a warning.
   */
  private headingOf(groups: TierGroup[]): string {
    const text = this.tierHeading;
    if (text.includes('{tier}') || groups.filter((g) => g.tier !== undefined).length < 2) return text;
    this.warnings.warn(
      'tier-heading',
      `attribute tier-heading="${text}" has no {tier}, so every tier would be headed the same; showing the tier names (write e.g. "{tier} sponsors")`,
    );
    return '{tier}';
  }

  private renderTier(group: TierGroup, i: number, text: string) {
    const step = Math.min(group.size, SIZED_TIERS);
    const heading =
      group.tier === undefined
        ? (this.untieredHeading ?? this.localize.term('supporters'))
        : text.split('{tier}').join(group.tier);
    const id = internalId(`tier-${i}`);
    return html`<li part="tier tier-${step}${group.tier === undefined ? ' untiered' : ''}" class="size-${step}">
      <div part="heading tier-heading" role="heading" aria-level=${this.level} id=${id}>${heading}</div>
      <ul part="list" aria-labelledby=${id}>
        ${group.sponsors.map((s) => this.renderSponsor(s))}
      </ul>
    </li>`;
  }

  private renderSponsor(s: SponsorData) {
    const showLogo = s.logo !== undefined && !this.brokenLogos.has(s.logo);
    const size = showLogo ? this.logoSizes.get(s.logo!) : undefined;
    const frame = html`<span part="frame">
      ${
        showLogo
          ? html`<img
              part="logo"
              src=${s.logo!}
              alt=${s.name}
              loading="lazy"
              decoding="async"
              class=${size ? 'sized' : nothing}
              ${cssProps(size ? { '--_we-w': String(size.width), '--_we-s': String(size.height) } : {})}
              @load=${this.onLogoLoad}
              @error=${this.onLogoError}
            />`
          : html`<span part="name" class=${nameClass(s.name)} dir="auto">${s.name}</span>`
      }
    </span>`;
    return html`<li part="sponsor">
      ${s.url ? link(s.url, frame, 'link') : frame}
      ${s.description ? html`<span part="description">${richText(s.description)}</span>` : nothing}
    </li>`;
  }

  private onLogoLoad(e: Event): void {
    const img = e.target as HTMLImageElement;
    const url = img.getAttribute('src')!;
    this.logoSizes.set(url, balancedSize(img.naturalWidth, img.naturalHeight));
    this.requestUpdate();
  }

  private onLogoError(e: Event): void {
    const img = e.target as HTMLImageElement;
    const url = img.getAttribute('src')!;
    // A logo of this site that is missing is most often a site served under a sub-path: said once per strip, on
    // any host (GitHub Pages, a university server, a static host), not only Jekyll's.
    const hint = url.startsWith(location.origin) && !this.baseUrl && !this.hinted;
    if (hint) this.hinted = true;
    this.warnings.warn(
      `logo ${url}`,
      `the logo of "${img.alt}" could not be loaded, showing the name: ${url}` +
        (hint
          ? ' (if the site is served under a sub-path, set base-url to it, e.g. base-url="/my-workshop", or write the logo URLs with it, as Jekyll\'s relative_url filter does)'
          : ''),
    );
    this.brokenLogos.add(url);
    this.requestUpdate();
  }

  /** Groups by tier, once per data and tier order (sponsors with an unlisted tier are warned about in `updated`). */
  private arrange(data: SponsorData[]): Arrangement {
    if (this.arranged?.data !== data || this.arranged.tierOrder !== this.tierOrder) {
      const result = arrange(data, this.tierOrder);
      this.arranged = { data, tierOrder: this.tierOrder, result };
    }
    return this.arranged.result;
  }

  private get level(): number {
    return Math.min(6, Math.max(1, Math.round(this.headingLevel) || 3));
  }
}

if (shouldDefine('sponsor-strip')) customElements.define('sponsor-strip', SponsorStrip);

declare global {
  interface HTMLElementTagNameMap {
    'sponsor-strip': SponsorStrip;
  }
}
