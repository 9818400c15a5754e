import { html, LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { DataController, jsonConverter } from '../internal/data.js';
import { link, renderState } from '../internal/render.js';
import { styles } from './sponsor-strip.styles.js';
import type { Sponsor } from './types.js';
import { validateSponsors } from './validate.js';

/**
 * Sponsor logos in tiers.
 *
 * @summary Sponsor logos in tiers, fed by JSON.
 * @csspart error - The error message shown when the data cannot be used.
 * @csspart loading - The loading message while `src` loads.
 * @csspart list - The list of sponsors.
 * @fires load - When data from `src` has loaded.
 * @fires error - When the data cannot be used.
 */
export class SponsorStrip extends LitElement {
  static override styles = styles;

  /** The sponsors: a JSON attribute or the property. */
  @property({ converter: jsonConverter('sponsors') }) sponsors?: Sponsor[];

  /** URL of a JSON file with the sponsors, relative to the page. */
  @property() src?: string;

  private data = new DataController(this, {
    tag: 'sponsor-strip',
    name: 'sponsors',
    value: () => this.sponsors,
    src: () => this.src,
    validate: validateSponsors,
  });

  override render() {
    const state = this.data.state;
    if (state.status !== 'ready')
      return renderState('sponsor-strip', state, { loading: 'Loading sponsors…', empty: 'No sponsors yet.' });
    return html`<ul part="list" aria-label="Sponsors">
      ${state.data.map((s) => html`<li>${s.url ? link(s.url, s.name) : s.name}</li>`)}
    </ul>`;
  }
}

if (!customElements.get('sponsor-strip')) customElements.define('sponsor-strip', SponsorStrip);

declare global {
  interface HTMLElementTagNameMap {
    'sponsor-strip': SponsorStrip;
  }
}
