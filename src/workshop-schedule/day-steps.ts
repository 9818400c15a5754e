/**
 * Renders a long program in steps of about {@link STEP_SESSIONS} sessions: the first step (the first screen) in the
 * first update, so it paints first, and the next ones in later tasks, so the browser paints and answers input in
 * between. A day of a six-room conference (63 sessions) was one task of a few hundred ms; a step is a fraction of it.
 * A short program (up to {@link ONE_UPDATE} sessions) renders in one update.
 *
 * A day is cut into fixed pieces ({@link dayPieces}) that the templates render each behind a `guard`: a step adds the
 * next pieces and re-renders none of the earlier ones, as long as the update was asked for by the steps alone
 * ({@link DaySteps.stepOnly}: the host then keeps its view, so the guards hold).
 *
 * Every session is still reached: a `#id` link to a later session scrolls once it is in (the fragment controller
 * retries after each update), printing renders the rest at once (`beforeprint`), and the element's `dataComplete`
 * waits for the last session (`complete`). Sessions are added after the ones shown, so nothing above the visitor
 * moves, and the DOM already built is kept (focus stays where it is).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { nextTask } from '../internal/tasks.js';

/** Sessions per piece of a day, and in the first step: three rows of a six-room grid, a first screen on a laptop. */
export const STEP_SESSIONS = 18;
/**
 * Script time a later step aims at, in ms: each step takes as many pieces as fit on this machine, measured as it
 * goes (as the paper list does). The step's style and layout follow in the browser's own rendering task.
 */
const BUDGET_MS = 20;
/** A program of up to this many sessions renders in one update (a workshop). */
export const ONE_UPDATE = 40;

interface Program<D> {
  days: readonly D[];
}

/** A day as one update renders it: its first `pieces` (see {@link dayPieces}). */
export interface DayStep<D, S> {
  day: D;
  pieces: readonly (readonly S[])[];
}

const piecesOf = new WeakMap<object, readonly (readonly unknown[])[]>();

/** A day's sessions in pieces of {@link STEP_SESSIONS}; the same arrays each time (the templates' guards see them). */
export function dayPieces<S>(day: { sessions: readonly S[] }): readonly (readonly S[])[] {
  let pieces = piecesOf.get(day) as readonly (readonly S[])[] | undefined;
  if (!pieces) {
    const out: S[][] = [];
    for (let i = 0; i < day.sessions.length; i += STEP_SESSIONS) out.push(day.sessions.slice(i, i + STEP_SESSIONS));
    piecesOf.set(day, (pieces = out));
  }
  return pieces;
}

export class DaySteps<D extends { sessions: readonly S[] }, S = D['sessions'][number]> implements ReactiveController {
  private program?: Program<D>;
  /** Pieces of `program` to render, over all its days in order. */
  private shown = 0;
  /** The last update rendered only part of its program. */
  private partial = false;
  private cancel?: () => void;
  /** Something other than a step asked for an update since the last one (set by the host's `requestUpdate`). */
  private touched = true;
  private stepping = false;
  /** Sessions rendered per ms of script, measured on the steps so far; and the step being measured. */
  private rate = 0;
  private step?: { start: number; sessions: number };

  /**
   * `beforePrint` reads what of the data is still to read (the schedule's later days, first-day.ts), true when there
   * was some: the print then renders every session of the program that follows.
   */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly beforePrint?: () => boolean,
  ) {
    host.addController(this);
  }

  /** Whether the last update rendered every session of its program (also when it rendered no program). */
  get complete(): boolean {
    return !this.partial;
  }

  /**
   * Whether the coming update was asked for by a step alone: nothing else changed, so the host may keep what it
   * derived for the last update (and the pieces already rendered stay as they are). Read in `willUpdate`.
   */
  get stepOnly(): boolean {
    return !this.touched;
  }

  /** Called from the host's `requestUpdate`: an update asked for by anything but a step. */
  requested(): void {
    if (!this.stepping) this.touched = true;
  }

  /**
   * The days to render in this update, each with the pieces of it that are in: the first step, then more. A program
   * that `continues` the last one (its first day, now with the days after it) keeps the pieces shown.
   */
  days(program: Program<D>, continues = false): DayStep<D, S>[] {
    if (program !== this.program) {
      this.program = program;
      if (!continues) this.shown = 0;
    }
    const total = program.days.reduce((n, d) => n + dayPieces(d).length, 0);
    if (!this.shown) this.shown = countSessions(program) <= ONE_UPDATE ? total : next(program.days, 0, STEP_SESSIONS);
    this.partial = this.shown < total;
    const out: DayStep<D, S>[] = [];
    let left = this.shown;
    for (const day of program.days) {
      if (left <= 0) break;
      const pieces = dayPieces(day);
      out.push({ day, pieces: left >= pieces.length ? pieces : pieces.slice(0, left) });
      left -= pieces.length;
    }
    return out;
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
    this.touched = false;
  }

  hostUpdated(): void {
    if (this.step) {
      const rate = this.step.sessions / Math.max(1, performance.now() - this.step.start);
      this.rate = this.rate ? (this.rate + rate) / 2 : rate;
      this.step = undefined;
    }
    if (!this.partial || this.cancel) return;
    this.cancel = nextTask(() => {
      this.cancel = undefined;
      if (this.program) {
        const before = this.shown;
        const budget = Math.max(STEP_SESSIONS, Math.round(BUDGET_MS * this.rate));
        this.shown = next(this.program.days, before, budget);
        this.step = { start: performance.now(), sessions: sessionsIn(this.program.days, before, this.shown) };
      }
      this.stepping = true;
      this.host.requestUpdate();
      this.stepping = false;
    });
  }

  /** The print shows every session: the update runs in a microtask, before the browser lays out the print. */
  private onPrint = () => {
    const more = this.beforePrint?.() ?? false;
    if ((!this.partial && !more) || !this.program) return;
    this.shown = Infinity;
    this.host.requestUpdate();
  };
}

function countSessions(program: Program<{ sessions: readonly unknown[] }>): number {
  return program.days.reduce((n, d) => n + d.sessions.length, 0);
}

const pieceSizes = (days: readonly { sessions: readonly unknown[] }[]) =>
  days.flatMap((d) => dayPieces(d).map((p) => p.length));

/** How many pieces to show after `shown`: at least one more, then more while they fit in `budget` sessions. */
function next(days: readonly { sessions: readonly unknown[] }[], shown: number, budget: number): number {
  const sizes = pieceSizes(days);
  let end = shown;
  let count = 0;
  while (end < sizes.length && (end === shown || count + sizes[end] <= budget)) count += sizes[end++];
  return end;
}

/** Sessions in pieces `from` to `to` (exclusive). */
function sessionsIn(days: readonly { sessions: readonly unknown[] }[], from: number, to: number): number {
  return pieceSizes(days)
    .slice(from, to)
    .reduce((n, size) => n + size, 0);
}
