import { html, LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { DataController, jsonConverter } from '../internal/data.js';
import { renderState, link } from '../internal/render.js';
import { styles } from './paper-list.styles.js';
import type { Paper } from './types.js';
import { validatePapers } from './validate.js';

/**
 * Accepted papers, searchable and citable.
 *
 * @summary A list of accepted papers fed by JSON.
 * @csspart error - The error message shown when the data cannot be used.
 * @csspart loading - The loading message while `src` loads.
 * @csspart empty - The message shown when there are no papers.
 * @fires load - When data from `src` has loaded.
 * @fires error - When the data cannot be used (malformed JSON, failed `src`, wrong shape).
 */
export class PaperList extends LitElement {
  static override styles = styles;

  /** The papers: a JSON attribute or the property. Wins over `src` and a JSON script child. */
  @property({ converter: jsonConverter('papers') }) papers?: Paper[];

  /** URL of a JSON file with the papers, relative to the page. */
  @property() src?: string;

  private data = new DataController(this, {
    tag: 'paper-list',
    name: 'papers',
    value: () => this.papers,
    src: () => this.src,
    validate: validatePapers,
  });

  override render() {
    const state = this.data.state;
    return (
      renderState('paper-list', state, { loading: 'Loading papers…', empty: 'No papers yet.' }) ??
      html`<ul part="list">
        ${state.status === 'ready'
          ? state.data.map((p) => {
              const href = p.pdf ?? p.url;
              return html`<li>${href ? link(href, p.title) : p.title} — ${p.authors.join(', ')}</li>`;
            })
          : ''}
      </ul>`
    );
  }
}

if (!customElements.get('paper-list')) customElements.define('paper-list', PaperList);

declare global {
  interface HTMLElementTagNameMap {
    'paper-list': PaperList;
  }
}
