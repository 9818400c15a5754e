import { quiet } from '../../src/internal/settled-status.js';

/**
 * The quiet period of the elements' status regions (src/internal/settled-status.ts) under the test's control: it
 * ends when the test calls `pass()`, never by itself (no fixed sleeps, no race with a slow machine).
 */
export function manualQuiet() {
  const wait = quiet.wait;
  let pending: (() => void) | undefined;
  quiet.wait = (done) => {
    pending = done;
    return () => {
      if (pending === done) pending = undefined;
    };
  };
  return {
    /** Whether a quiet period is running (something waits to be announced). */
    get waiting() {
      return pending !== undefined;
    },
    /** The quiet period ends now. */
    pass() {
      const done = pending;
      pending = undefined;
      done?.();
    },
    restore() {
      quiet.wait = wait;
    },
  };
}

/**
 * What a screen reader would announce from the live regions (`role="status"`, `role="alert"`, `aria-live`) of a
 * shadow root: the region's text each time its content changes.
 */
export function announcements(root: ShadowRoot) {
  const heard: string[] = [];
  const read = (records: MutationRecord[]) => {
    const regions = new Set<Element>();
    for (const r of records) {
      const el = r.target instanceof Element ? r.target : r.target.parentElement;
      const region = el?.closest('[role="status"], [role="alert"], [aria-live]');
      if (region && region.getAttribute('aria-live') !== 'off' && !region.closest('[aria-hidden="true"]'))
        regions.add(region);
    }
    for (const region of regions) {
      const text = region.textContent!.replace(/\s+/g, ' ').trim();
      if (text) heard.push(text);
    }
  };
  const observer = new MutationObserver(read);
  observer.observe(root, { subtree: true, childList: true, characterData: true });
  return {
    /** The announcements since the last call. */
    take(): string[] {
      read(observer.takeRecords());
      return heard.splice(0);
    },
    stop() {
      observer.disconnect();
    },
  };
}
