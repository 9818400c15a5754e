/**
 * Warnings about an element's settings (attributes) and links, once per value: elements render often, and one
 * warning repeated on every render would bury the others. Another value of the same setting warns again.
 */
export class SettingWarnings {
  private readonly last = new Map<string, string>();

  constructor(private readonly tag: string) {}

  warn(setting: string, message: string): void {
    if (this.last.get(setting) === message) return;
    this.last.set(setting, message);
    console.warn(`<${this.tag}>: ${message}`);
  }
}
