/**
 * Every day after the first skips style, layout and paint while it is off screen (`content-visibility: auto`, in
 * workshop-schedule.styles.ts): a five-day conference lays out its first day, and the others only as the visitor
 * scrolls near them. Find-in-page still finds their text (the browser lays out what it finds), and print shows
 * them (the print styles make every day visible). What this module adds:
 *
 * - **Links land on their target.** A skipped day stands in with an estimated height until it comes near the
 *   screen. Scrolled to a session of Wednesday, the days above it then took their real height, after the scroll, and
 *   the page showed Tuesday. So before a `#id` link, "Jump to day" or "Jump to now" scrolls,
 *   {@link DayLayout.layOutUpTo} lays out every day up to the target's (their real height, as without skipping), and
 *   they stay laid out.
 * - **The estimate is close.** A skipped day's height is its heading and its visible sessions (search, filters and
 *   "My program" shrink it) times the height of a session of the first day as laid out (measured with a
 *   `ResizeObserver`, so at the element's real width and with its real data): the scrollbar is about right, and a
 *   day that comes on screen moves little. Once a day has been laid out, the browser remembers its real height
 *   (`contain-intrinsic-size: auto …`).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The attribute that makes a day lay out even off screen (`content-visibility: visible` in the styles). */
export const LAID_OUT = 'data-laid-out';

/**
 * Lays out the days a link leads into, and gives the days after the first the height of a session of the first day
 * (`--_we-session-size`), as measured.
 */
export class DayLayout implements ReactiveController {
  private observer?: ResizeObserver;
  private observed?: Element;
  /** The value last measured, e.g. `71.4px`. */
  private size?: string;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /**
   * Lays out the day that holds `target` and every day before it, so that a scroll to `target` stays where it is;
   * returns `target`.
   */
  layOutUpTo<T extends Element>(target: T): T {
    for (let day = target.closest('.day'); day?.classList.contains('day'); day = day.previousElementSibling)
      day.setAttribute(LAID_OUT, '');
    return target;
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observed = undefined;
  }

  hostUpdated(): void {
    const first = this.host.shadowRoot?.querySelector('.day') ?? undefined;
    if (first !== this.observed) {
      this.observer ??= new ResizeObserver(this.measure);
      if (this.observed) this.observer.unobserve(this.observed);
      if (first) this.observer.observe(first);
      this.observed = first;
    }
    this.apply();
  }

  /** After the first day's layout changed (more of it rendered, another width, a search): a session's height. */
  private measure = (entries: ResizeObserverEntry[]): void => {
    const day = entries.at(-1)!.target;
    const height = entries.at(-1)!.borderBoxSize[0]?.blockSize ?? day.getBoundingClientRect().height;
    const shown = [...day.querySelectorAll('li[part~="session"]')].filter((li) => !(li as HTMLElement).hidden).length;
    // Nothing shown (a search found nothing on the first day): keep the last measure.
    if (!shown || !height) return;
    this.size = `${Math.round((height / shown) * 10) / 10}px`;
    this.apply();
  };

  /** Writes the measure on each later day (not inherited from above: that would restyle the first day too). */
  private apply(): void {
    if (!this.size) return;
    for (const day of this.host.shadowRoot?.querySelectorAll<HTMLElement>('.day + .day') ?? [])
      if (day.style.getPropertyValue('--_we-session-size') !== this.size)
        day.style.setProperty('--_we-session-size', this.size);
  }
}
