import { createElement } from './page.js';

/**
 * Offers `text` as a file download: a Blob URL on a hidden link, clicked while in `parent` (an element's shadow root,
 * so the page never sees it). The URL is revoked later, not at once: the browser may still read it after `click()`.
 */
export function downloadText(parent: Node, text: string, filename: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = createElement('a');
  a.href = url;
  a.download = filename;
  a.hidden = true;
  parent.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
