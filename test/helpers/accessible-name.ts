import { executeServerCommand } from '@web/test-runner-commands';

let probes = 0;

/**
 * The accessible name the browser computed for `el` (Chromium's accessibility tree, WebKit's WebDriver "Get
 * Computed Label"; see accessible-name-plugin.mjs), or `null` where the engine does not tell (Firefox).
 */
export async function browserAccessibleName(el: Element): Promise<string | null> {
  const probe = `probe-${++probes}`;
  el.setAttribute('data-name-probe', probe);
  try {
    const { name } = await executeServerCommand<{ name: string | null }, { probe: string }>('accessible-name', {
      probe,
    });
    return name;
  } finally {
    el.removeAttribute('data-name-probe');
  }
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const textOf = (node: Node, skip: (el: Element) => boolean): string =>
  node.nodeType === Node.TEXT_NODE
    ? node.textContent!
    : node instanceof Element && skip(node)
      ? ''
      : [...node.childNodes].map((n) => textOf(n, skip)).join('');

/** The text of `el` outside `aria-hidden` subtrees: what a screen reader reads of it (our markup, not the engine's). */
export const spokenText = (el: Element | null | undefined): string =>
  el ? squash(textOf(el, (e) => e.getAttribute('aria-hidden') === 'true')) : '';

/** The text of `el` a sighted visitor sees: outside `.visually-hidden` spans. */
export const shownText = (el: Element | null | undefined): string =>
  el ? squash(textOf(el, (e) => e.classList.contains('visually-hidden'))) : '';
