import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, css } from 'lit';
import { customElement, property } from 'lit/decorators.js';

@customElement('smoke-greeting')
class SmokeGreeting extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
  `;

  @property() name = 'world';

  override render() {
    return html`<p>Hello, ${this.name}!</p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'smoke-greeting': SmokeGreeting;
  }
}

describe('test setup smoke test', () => {
  it('renders a Lit element into its shadow root', async () => {
    const el = await fixture<SmokeGreeting>(html`<smoke-greeting name="workshop"></smoke-greeting>`);
    expect(el.shadowRoot?.textContent?.trim()).to.equal('Hello, workshop!');
    await expect(el).to.be.accessible();
  });

  it('serves the fixtures under /test/fixtures/', async () => {
    const response = await fetch('/test/fixtures/iclr2020/speakers.csv');
    expect(response.ok).to.be.true;
    expect((await response.text()).length).to.be.greaterThan(0);
  });
});
