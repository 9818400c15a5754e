/**
 * At most {@link LISTED_PROBLEMS} problems are kept per data set; the rest are counted in one summary problem at the
 * end ("…and 5,312 more"). A `src` of millions of bad entries then costs constant memory per entry and a console
 * warning of a hundred lines, and the notice still counts every skipped entry.
 */

/** One thing in the organizer's data that could not be used as written. */
export interface Problem {
  /** Where it is, e.g. `papers[3].title`. */
  path: string;
  /** What is wrong, e.g. `expected a string, got the number 3 (paper skipped)`. */
  message: string;
  /** The entry's title or name as written, so a person finds it: `DGM: A deep learning…`. */
  entry?: string;
}

/** Problems listed one by one in a warning; the rest are counted. */
export const LISTED_PROBLEMS = 100;

/** Words of this module that a visitor or organizer reads (moved to the term registry when it lands). */
export const PROBLEM_TERMS = {
  more: (count: number) => `…and ${count.toLocaleString('en-US')} more`,
} as const;

/** The problems left out after the first {@link LISTED_PROBLEMS}. */
export interface ProblemSummary extends Problem {
  omitted: {
    count: number;
    /** Entries skipped, by what the problem says was skipped (`session`, `paper`, …). */
    skipped: Map<string, number>;
    /** The entry (`papers[7]`) of the last skip counted, so an entry with two problems counts once. */
    lastEntry?: string;
  };
}

export const isSummary = (p: Problem): p is ProblemSummary => Object.hasOwn(p, 'omitted');

const SKIPPED = ' skipped)';
const WORD = /^\w+$/;
const INDEX = /^\d+$/;

/**
 * The top-level entry a skip problem skips (`items[3]`, from a message ending in "(session skipped)") and what it
 * is (`session`), or undefined. Read with string searches: it runs once for each of millions of problems.
 */
export function skippedEntry(p: Problem): { entry: string; what: string } | undefined {
  const { message, path } = p;
  if (!message.endsWith(SKIPPED)) return undefined;
  const what = message.slice(message.lastIndexOf('(') + 1, -SKIPPED.length);
  const open = path.indexOf('[');
  const close = path.indexOf(']', open);
  const dot = path.indexOf('.');
  if (!WORD.test(what) || open < 1 || close === -1 || (dot !== -1 && dot < open)) return undefined;
  return INDEX.test(path.slice(open + 1, close)) ? { entry: path.slice(0, close + 1), what } : undefined;
}

/**
 * Keeps the first {@link LISTED_PROBLEMS} problems of `problems` (in place) and counts the others into the summary at
 * the end. Cheap to call after every entry: it only reads the problems added since the last call. `copy`: leave the
 * summary object of `problems` unchanged (the list is a copy of one still in use).
 */
export function capProblems(problems: Problem[], copy = false): void {
  const last = problems[LISTED_PROBLEMS];
  if (problems.length <= LISTED_PROBLEMS || (problems.length === LISTED_PROBLEMS + 1 && isSummary(last))) return;
  let summary: ProblemSummary;
  let from: number;
  if (isSummary(last)) {
    // A copy when the list is someone else's (see listedProblems); in place while validating, entry by entry.
    summary = copy ? summaryProblem({ ...last.omitted, skipped: new Map(last.omitted.skipped) }) : last;
    from = LISTED_PROBLEMS + 1;
  } else {
    summary = summaryProblem();
    summary.omitted.lastEntry = skippedEntry(problems[LISTED_PROBLEMS - 1])?.entry;
    from = LISTED_PROBLEMS;
  }
  const { omitted } = summary;
  for (let i = from; i < problems.length; i++) {
    omitted.count++;
    const skip = skippedEntry(problems[i]);
    if (!skip || skip.entry === omitted.lastEntry) continue;
    omitted.lastEntry = skip.entry;
    omitted.skipped.set(skip.what, (omitted.skipped.get(skip.what) ?? 0) + 1);
  }
  problems.length = LISTED_PROBLEMS;
  problems.push(summary);
}

/** A summary whose message is written when read: formatting the count for each of a million entries is slow. */
function summaryProblem(omitted: ProblemSummary['omitted'] = { count: 0, skipped: new Map() }): ProblemSummary {
  return {
    path: '',
    omitted,
    get message() {
      return PROBLEM_TERMS.more(omitted.count);
    },
    set message(_: string) {
      // The count says it all; nothing may append to it.
    },
  };
}

/** How many problems `problems` stands for, the counted ones included. */
export function problemCount(problems: readonly Problem[]): number {
  const last = problems[problems.length - 1];
  return last && isSummary(last) ? problems.length - 1 + last.omitted.count : problems.length;
}

/** The problems to list (at most {@link LISTED_PROBLEMS}, then the summary), without changing `problems`. */
export function listedProblems(problems: readonly Problem[]): Problem[] {
  const listed = [...problems];
  capProblems(listed, true);
  return listed;
}

/** How many skipped entries the summary of `problems` counts (0 without one). */
export function omittedSkips(problems: readonly Problem[]): number {
  const last = problems[problems.length - 1];
  let n = 0;
  if (last && isSummary(last)) for (const count of last.omitted.skipped.values()) n += count;
  return n;
}
