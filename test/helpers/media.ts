import { emulateMedia } from '@web/test-runner-commands';

type Emulation = Parameters<typeof emulateMedia>[0];

/**
 * Emulates print media or reduced motion through the browser's driver, checked with matchMedia. Resolves false where
 * the driver cannot (WebKit's WebDriver has no media emulation): the caller then checks the rule instead.
 */
export async function emulate(options: Emulation, query: string): Promise<boolean> {
  try {
    await emulateMedia(options);
  } catch {
    return false;
  }
  return matchMedia(query).matches;
}

/** Back to screen media without reduced motion. */
export async function resetMedia(): Promise<void> {
  try {
    await emulateMedia({ media: 'screen', reducedMotion: 'no-preference' });
  } catch {
    /* not emulated in this engine */
  }
}
