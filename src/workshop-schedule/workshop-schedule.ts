import { html, LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { DataController, jsonConverter } from '../internal/data.js';
import { renderState } from '../internal/render.js';
import { styles } from './workshop-schedule.styles.js';
import type { ScheduleItem } from './types.js';
import { validateItems } from './validate.js';

/**
 * The program of a workshop or conference.
 *
 * @summary The program, from a one-day workshop to a multi-room conference.
 * @csspart error - The error message shown when the data cannot be used.
 * @csspart loading - The loading message while `src` loads.
 * @fires load - When data from `src` has loaded.
 * @fires error - When the data cannot be used.
 */
export class WorkshopSchedule extends LitElement {
  static override styles = styles;

  /** The program: section headings and sessions, as a JSON attribute or the property. */
  @property({ converter: jsonConverter('items') }) items?: ScheduleItem[];

  /** URL of a JSON file with the items, relative to the page. */
  @property() src?: string;

  /** IANA time zone the times are written in; default: the viewer's zone. */
  @property() timezone?: string;

  /** The day (YYYY-MM-DD) for items that give only a time. */
  @property() date?: string;

  private data = new DataController(this, {
    tag: 'workshop-schedule',
    name: 'items',
    value: () => this.items,
    src: () => this.src,
    validate: validateItems,
  });

  override render() {
    const state = this.data.state;
    if (state.status !== 'ready')
      return renderState('workshop-schedule', state, { loading: 'Loading the program…', empty: 'No program yet.' });
    return html`<ul part="list">
      ${state.data.map((s) => html`<li>${s.start} ${s.title}</li>`)}
    </ul>`;
  }
}

if (!customElements.get('workshop-schedule')) customElements.define('workshop-schedule', WorkshopSchedule);

declare global {
  interface HTMLElementTagNameMap {
    'workshop-schedule': WorkshopSchedule;
  }
}
