import { expect } from '@open-wc/testing';
import { LitElement } from 'lit';
import { captureConsole } from '../helpers/console.js';
import { takeLitWarnings } from '../helpers/lit-warnings.js';
import { HOOK_TITLE, sendable } from '../helpers/readable-errors.js';

/** Updates itself from `updated()`: Lit's dev mode warns "change-in-update". */
class UpdatesInUpdated extends LitElement {
  static override properties = { n: { type: Number } };
  n = 0;
  protected override updated(): void {
    if (this.n < 1) this.n++;
  }
}
customElements.define('updates-in-updated', UpdatesInUpdated);

describe('test helpers', () => {
  it('captureConsole passes Lit dev-mode warnings on to the guard that fails the test', async () => {
    const console_ = captureConsole();
    try {
      const el = document.createElement('updates-in-updated') as UpdatesInUpdated;
      document.body.append(el);
      await el.updateComplete;
      await el.updateComplete;
      el.remove();
    } finally {
      console_.restore();
    }
    expect(console_.warnings).to.deep.equal([]);
    // Taken here on purpose; without the hand-over the guard would never have seen it.
    expect(takeLitWarnings().some((w) => w.includes('change-in-update'))).to.equal(true);
  });

  it('captureConsole fails a test whose console has a message the test never checked', () => {
    const unchecked = captureConsole();
    console.warn('<paper-list>: something the test did not expect');
    expect(() => unchecked.restore()).to.throw('the console was not clean');
    const checked = captureConsole();
    console.error('<paper-list>: an expected error');
    expect(checked.errors).to.deep.equal(['<paper-list>: an expected error']);
    expect(() => checked.restore()).not.to.throw();
  });

  it('readable-errors turns DOM nodes in a failure into text the runner can send, and leaves other values alone', () => {
    const mark = document.createElement('mark');
    mark.textContent = 'Schölkopf';
    expect(sendable(mark)).to.equal('<mark> <mark>Schölkopf</mark>');
    expect(sendable(document.createTextNode('text'))).to.equal('#text text');
    const plain = { a: [1, 'two'] };
    expect(sendable(plain)).to.equal(plain);
    expect(sendable(null)).to.equal(null);
    // Loaded by the test page (web-test-runner.config.mjs) as a root hook, so it runs after every test.
    const hooks = (globalThis as unknown as { mocha: { suite: { _afterEach: { title: string }[] } } }).mocha.suite
      ._afterEach;
    expect(hooks.some((h) => h.title.includes(HOOK_TITLE))).to.equal(true);
  });
});
