/**
 * Renders a long program day by day: the first day in the first update, so it paints first, and the next days in
 * later tasks, so the browser paints and answers input in between (a 5-day, 300-talk conference was one task of a
 * second or more on a busy machine). A short program (up to {@link STEP_SESSIONS} sessions) renders in one update.
 *
 * Every session is still reached: a `#id` link to a later day scrolls once that day is in (the fragment controller
 * retries after each update), printing renders the remaining days at once (`beforeprint`), and the element's
 * `dataComplete` waits for the last day (`complete`). Days are added after the ones shown, so nothing above the
 * visitor moves.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { nextTask } from '../internal/tasks.js';

/** Sessions rendered per task, at least one whole day each: about a conference day of six rooms. */
export const STEP_SESSIONS = 40;

interface Days<D> {
  days: readonly D[];
}

export class DaySteps<D extends { sessions: readonly unknown[] }> implements ReactiveController {
  private program?: Days<D>;
  /** Days of `program` to render. */
  private shown = 0;
  /** The last update rendered only some days of its program. */
  private partial = false;
  private cancel?: () => void;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /** Whether the last update rendered every day of its program (also when it rendered no program). */
  get complete(): boolean {
    return !this.partial;
  }

  /** The days to render in this update: the first ones, then more in each later task. */
  days(program: Days<D>): readonly D[] {
    if (program !== this.program) {
      this.program = program;
      this.shown = 0;
    }
    if (!this.shown) this.shown = next(program.days, 0);
    this.partial = this.shown < program.days.length;
    return this.partial ? program.days.slice(0, this.shown) : program.days;
  }

  hostConnected(): void {
    window.addEventListener('beforeprint', this.onPrint);
    // Taken out of the page and put back: carry on.
    if (this.partial) this.host.requestUpdate();
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this.onPrint);
    this.cancel?.();
    this.cancel = undefined;
  }

  hostUpdate(): void {
    // An update that renders no program (loading, an error) leaves nothing to add.
    this.partial = false;
  }

  hostUpdated(): void {
    if (!this.partial || this.cancel) return;
    this.cancel = nextTask(() => {
      this.cancel = undefined;
      if (this.program) this.shown = next(this.program.days, this.shown);
      this.host.requestUpdate();
    });
  }

  /** The print shows every session: the update runs in a microtask, before the browser lays out the print. */
  private onPrint = () => {
    if (!this.partial || !this.program) return;
    this.shown = this.program.days.length;
    this.host.requestUpdate();
  };
}

/** How many days to show after `shown`: at least one more, then more while they fit in one step. */
function next(days: readonly { sessions: readonly unknown[] }[], shown: number): number {
  let count = 0;
  let end = shown;
  while (end < days.length && (end === shown || count + days[end].sessions.length <= STEP_SESSIONS))
    count += days[end++].sessions.length;
  return end;
}
