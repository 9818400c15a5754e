/**
 * Names for the landmarks an element renders (a search, a navigation, a region), unique on the page: axe's
 * `landmark-unique` fails two landmarks of one role with one name, e.g. the searches of two paper lists.
 * Each name is the element's own (`Search papers`), then its `label` when the organizer gave one
 * (`Search papers, Posters`), and a number from the second element of the same tag and label in the same
 * document or shadow root (`Search papers (2)`), so that two elements need no setup to pass.
 */
export function landmarkNames(host: HTMLElement, label: string | undefined): (name: string) => string {
  const own = label?.trim() ?? '';
  let n = 1;
  if (host.isConnected) {
    const root = host.getRootNode() as Document | ShadowRoot;
    for (const peer of root.querySelectorAll(host.localName)) {
      if (peer === host) break;
      if (labelOf(peer) === own) n++;
    }
  }
  const suffix = (own ? `, ${own}` : '') + (n > 1 ? ` (${n})` : '');
  return (name) => name + suffix;
}

/** A peer's label: the property once upgraded, else the attribute. */
const labelOf = (el: Element) =>
  ((el as { label?: unknown }).label ?? el.getAttribute('label') ?? '').toString().trim();
