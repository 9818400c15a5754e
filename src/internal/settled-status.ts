/**
 * A status line shown at once and announced once it settles. A search box updates its count on every keystroke
 * ("12 of 687 papers", "9 of 687", "3 of 687" …): in a live region a screen reader would say each of them, over the
 * visitor's own typing echo. So the visible line is hidden from assistive technology, and a visually hidden
 * `role="status"` region beside it takes its text only after it has stayed the same for a short quiet period.
 * Browsing reads the region (the same words, once settled).
 *
 * The quiet period is GOV.UK's accessible-autocomplete's (`statusDebounceMillis`, 1400 ms, also Atlassian's), chosen
 * there because VoiceOver's typing echo otherwise cut the announcement off.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What waits for the quiet period: a timer; tests replace it to decide when the quiet comes (no fixed sleeps). */
export const quiet = {
  ms: 1400,
  wait(done: () => void, ms: number): () => void {
    const id = setTimeout(done, ms);
    return () => clearTimeout(id);
  },
};

/** The live region of a {@link SettledStatus}: rendered empty, its text is the controller's (Lit never touches it). */
export const STATUS_REGION = 'data-status-region';

/**
 * Keeps the `[data-status-region]` element of the host's shadow root in step with its visible `[part~="status"]`
 * line, once that has settled. The region's text is written here rather than rendered: the quiet period ends
 * outside any update, and a first text known only after an update would otherwise need a second one.
 */
export class SettledStatus implements ReactiveController {
  private region?: Element;
  private shown?: string;
  private cancel?: () => void;

  constructor(private readonly host: ReactiveControllerHost & { renderRoot: ParentNode }) {
    host.addController(this);
  }

  hostUpdated(): void {
    const root = this.host.renderRoot;
    const region = root.querySelector(`[${STATUS_REGION}]`);
    const line = root.querySelector('[part~="status"]');
    const text = line?.textContent?.replace(/\s+/g, ' ').trim();
    if (!region || text === undefined) return this.stop();
    if (region !== this.region) {
      // A new region: its first text is there as it appears (nothing was typed yet), so nothing waits.
      this.stop();
      this.region = region;
      this.shown = region.textContent = text;
      return;
    }
    if (text === this.shown) return;
    this.shown = text;
    this.cancel?.();
    this.cancel = undefined;
    // Back to what was said before the typing: nothing to announce.
    if (text === region.textContent) return;
    this.cancel = quiet.wait(() => {
      this.cancel = undefined;
      region.textContent = text;
    }, quiet.ms);
  }

  hostDisconnected(): void {
    this.stop();
  }

  private stop(): void {
    this.cancel?.();
    this.cancel = this.region = this.shown = undefined;
  }
}
