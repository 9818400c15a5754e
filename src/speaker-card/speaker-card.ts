import { html, LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { DataController, jsonConverter } from '../internal/data.js';
import { link, renderState } from '../internal/render.js';
import { styles } from './speaker-card.styles.js';
import type { Speaker } from './types.js';
import { validateSpeaker } from './validate.js';

/**
 * An invited speaker or an organizer.
 *
 * @summary A speaker or organizer card fed by JSON or plain attributes.
 * @csspart error - The error message shown when the data cannot be used.
 * @csspart loading - The loading message while `src` loads.
 * @csspart name - The speaker's name.
 * @fires load - When data from `src` has loaded.
 * @fires error - When the data cannot be used.
 */
export class SpeakerCard extends LitElement {
  static override styles = styles;

  /** The speaker as one JSON object: a JSON attribute or the property. */
  @property({ converter: jsonConverter('speaker') }) speaker?: Speaker;

  /** URL of a JSON file with the speaker, relative to the page. */
  @property() src?: string;

  /** The name, for hand-written HTML without `speaker`. */
  @property() name?: string;

  private data = new DataController(this, {
    tag: 'speaker-card',
    name: 'speaker',
    value: () => this.speaker,
    src: () => this.src,
    validate: validateSpeaker,
  });

  override render() {
    const state = this.data.state;
    if (state.status === 'empty' && this.name) return html`<strong part="name">${this.name}</strong><slot></slot>`;
    if (state.status !== 'ready')
      return renderState('speaker-card', state, { loading: 'Loading speaker…', empty: 'No speaker given.' });
    const s = state.data;
    return html`<strong part="name">${s.url ? link(s.url, s.name) : s.name}</strong>
      <div part="affiliation">${s.affiliations.join(', ')}</div>`;
  }
}

if (!customElements.get('speaker-card')) customElements.define('speaker-card', SpeakerCard);

declare global {
  interface HTMLElementTagNameMap {
    'speaker-card': SpeakerCard;
  }
}
