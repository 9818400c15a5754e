/**
 * The schedule's clock, as a Lit reactive controller: the time "Live now" is judged by, re-read every
 * {@link TICK_MS} while the element is in the page (the timer stops when it leaves).
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
    this.timer = setInterval(() => {
      this.time = Date.now();
      this.host.requestUpdate();
    }, TICK_MS);
  }

  hostDisconnected(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }
}
