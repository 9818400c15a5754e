/**
 * Ids unique in one data set: a wanted id already taken becomes `wanted-2`, `wanted-3`, … — the first free one.
 * Each wanted id remembers the number it reached, so 40,000 papers asking for one id cost 40,000 steps, not
 * 800 million (the numbers below it stay taken: ids are never freed).
 */
export class UniqueIds {
  private readonly used = new Set<string>();
  private readonly next = new Map<string, number>();

  /** Whether `id` is taken. */
  has(id: string): boolean {
    return this.used.has(id);
  }

  /** Takes `wanted` if free, else the first free `wanted-n` (n ≥ 2). */
  take(wanted: string): string {
    let id = wanted;
    if (this.used.has(id)) {
      let n = this.next.get(wanted) ?? 2;
      while (this.used.has((id = `${wanted}-${n}`))) n++;
      this.next.set(wanted, n + 1);
    }
    this.used.add(id);
    return id;
  }
}
