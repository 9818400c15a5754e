import { problemCount } from './problem-cap.js';
import { formatProblems, type Problem } from './validate.js';

/**
 * How every element reports to the console, in one wording: `<tag>: …`.
 * - `warn`: a setting (attribute) or link that cannot be used, once per value: elements render often, and one
 *   warning repeated on every render would bury the others. Another value of the same setting warns again.
 * - `problems`: what validation skipped or dropped, "N problems in <where>; everything else renders.", one per line.
 * - `error`: data or a setting the element cannot show at all (it shows the same message in its `error` part).
 */
export class Warnings {
  private readonly last = new Map<string, string>();

  constructor(private readonly tag: string) {}

  warn(setting: string, message: string): void {
    if (this.last.get(setting) === message) return;
    this.last.set(setting, message);
    console.warn(`<${this.tag}>: ${message}`);
  }

  problems(where: string, problems: Problem[]): void {
    const n = problemCount(problems);
    if (n === 0) return;
    console.warn(
      `<${this.tag}>: ${n.toLocaleString('en-US')} problem${n === 1 ? '' : 's'} in ${where}; everything else renders.\n${formatProblems(problems)}`,
    );
  }

  error(message: string): void {
    console.error(`<${this.tag}>: ${message}`);
  }
}
