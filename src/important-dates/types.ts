/**
 * What kind of date it is. `deadline` and `camera-ready` are deadlines: the next one gets the countdown, and their
 * calendar entries a reminder one day before.
 */
export type DateKind = 'deadline' | 'notification' | 'event' | 'camera-ready';

/**
 * A time of day, `"23:59"` or `"23:59:59"`, or a number of seconds after midnight (what YAML 1.1 makes of an
 * unquoted `23:59` in a Jekyll `_data` file).
 */
export type DateTimeOfDay = string | number;

/** One important date of the workshop, e.g. the paper submission deadline. */
export interface ImportantDate {
  /** Stable id, for deep links (`page.html#id`) and calendar UIDs. Default: a slug of the label. */
  id?: string;
  /** What happens then, e.g. "Paper submission". */
  label: string;
  /**
   * The day, `YYYY-MM-DD`, in `timezone` (`YYYY-MM-DDTHH:MM` also works, instead of `time`).
   * @pattern ^\d{4}-\d{2}-\d{2}([T ]\d{1,2}:\d{2}(:\d{2})?)?$
   */
  date: string;
  /** The time on that day, in `timezone`. Without it the date is the whole day: it ends at 23:59:59 there. */
  time?: DateTimeOfDay;
  /**
   * The zone `date` and `time` are written in: an IANA name (`America/Los_Angeles`) or `AoE` ("Anywhere on Earth",
   * UTC−12). Default: the element's `timezone`.
   */
  timezone?: string;
  /** A short line shown with the date, e.g. "Submit on OpenReview". */
  note?: string;
  /** A link for the label, e.g. the submission site (http, https or mailto). */
  url?: string;
  /**
   * The original date of a deadline that was extended: `YYYY-MM-DD` (at the same `time`) or `YYYY-MM-DDTHH:MM`, in
   * the same `timezone`. It is shown struck through next to the new date.
   * @pattern ^\d{4}-\d{2}-\d{2}([T ]\d{1,2}:\d{2}(:\d{2})?)?$
   */
  extended_from?: string;
  /** Default: `deadline`. */
  kind?: DateKind;
}

/** The data of `<important-dates>`: a list of dates, in any order (they are shown in time order). */
export type ImportantDates = ImportantDate[];
