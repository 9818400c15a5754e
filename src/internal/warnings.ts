import { formatProblems, type Problem } from './validate.js';

/**
 * How every element reports to the console, in one wording: `<tag>: …`.
 * - `warn`: a setting (attribute) or link that cannot be used, once per value: elements render often, and one
 *   warning repeated on every render would bury the others. Another value of the same setting warns again.
 * - `problems`: what validation skipped or dropped, "N problems in <where>; everything else renders.", one per line.
 * - `error`: data or a setting the element cannot show at all (it shows the same message in its `error` part).
 *
 * What `warn` and `problems` report while the element updates is printed as ONE console warning per element and
 * update (gathered until the current task's microtasks run): an organizer sees one message per element, with
 * everything to fix in it, one item per line. A problem found later (a logo that fails to load) is a new message.
 */
export class Warnings {
  private readonly last = new Map<string, string>();
  private pending: string[] = [];

  constructor(private readonly tag: string) {}

  warn(setting: string, message: string): void {
    if (this.last.get(setting) === message) return;
    this.last.set(setting, message);
    this.add(message);
  }

  problems(where: string, problems: Problem[]): void {
    const n = problems.length;
    if (n === 0) return;
    this.add(`${n} problem${n === 1 ? '' : 's'} in ${where}; everything else renders.\n${formatProblems(problems)}`);
  }

  error(message: string): void {
    console.error(`<${this.tag}>: ${message}`);
  }

  private add(message: string): void {
    if (this.pending.push(message) === 1) queueMicrotask(() => this.flush());
  }

  private flush(): void {
    const messages = this.pending;
    this.pending = [];
    if (messages.length === 1) console.warn(`<${this.tag}>: ${messages[0]}`);
    else if (messages.length > 1)
      console.warn(
        `<${this.tag}>: ${messages.length} things to fix:\n${messages.map((m) => `• ${m.replace(/\n/g, '\n  ')}`).join('\n')}`,
      );
  }
}
