/**
 * The schedule's clock, as a Lit reactive controller: the time "Live now" and the join links are judged by, re-read
 * every {@link TICK_MS} while the element is in the page (the timer stops when it leaves) and when the page becomes
 * visible again (a tab in the background, a laptop waking up: timers there run late or not at all).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** How often "Live now" is re-checked. */
export const TICK_MS = 30_000;

export class ClockController implements ReactiveController {
  /** The time of the last tick (ms since the epoch). */
  time = Date.now();
  private timer?: ReturnType<typeof setInterval>;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    this.time = Date.now();
    this.timer = setInterval(this.tick, TICK_MS);
    document.addEventListener('visibilitychange', this.onVisibility);
  }

  hostDisconnected(): void {
    clearInterval(this.timer);
    this.timer = undefined;
    document.removeEventListener('visibilitychange', this.onVisibility);
  }

  private tick = () => {
    this.time = Date.now();
    this.host.requestUpdate();
  };

  private onVisibility = () => {
    if (document.visibilityState === 'visible') this.tick();
  };
}
