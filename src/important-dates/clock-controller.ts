import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { off, on, visibilityState } from '../internal/page.js';

/** The longest wait between two readings of the clock: a laptop that slept catches up within it. */
const MAX_WAIT = 3_600_000;

/**
 * The clock for a countdown: reads the time at every update and wakes the host exactly when what it shows changes
 * (`nextChange`, in ms from `now`; `Infinity` when nothing will), instead of ticking every second.
 */
export class ClockController implements ReactiveController {
  /** The time of the current update. */
  now = Date.now();
  private timer?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly nextChange: (now: number) => number,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    on(document, 'visibilitychange', this.onVisible);
  }

  hostDisconnected(): void {
    off(document, 'visibilitychange', this.onVisible);
    clearTimeout(this.timer);
  }

  hostUpdate(): void {
    this.now = Date.now();
  }

  hostUpdated(): void {
    clearTimeout(this.timer);
    if (!this.host.isConnected) return;
    const wait = this.nextChange(this.now);
    if (Number.isFinite(wait)) this.timer = setTimeout(() => this.host.requestUpdate(), Math.min(wait, MAX_WAIT));
  }

  // Background tabs get their timers slowed down: catch up when the visitor comes back.
  private onVisible = () => {
    if (visibilityState() === 'visible') this.host.requestUpdate();
  };
}
