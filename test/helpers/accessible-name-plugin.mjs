/**
 * `executeServerCommand('accessible-name', { probe })` from a test: `{ name }`, the accessible name the browser itself computed
 * for the element marked `data-name-probe="<probe>"` (anywhere, also in shadow roots), as a screen reader gets it.
 * Chromium: its accessibility tree (puppeteer over the DevTools protocol). WebKit: WebDriver's "Get Computed Label".
 * Firefox over WebDriver BiDi has neither: `name` is `null` there, and the test says what it checks instead.
 * The names are the browsers' own, not a formula of ours (STYLE.md: never check code with its own helper).
 */
const PROBE = (probe) => `[data-name-probe="${String(probe).replace(/["\\]/g, '\\$&')}"]`;

/** The element of the probe in a WebDriver session, found through open shadow roots by a script in the page. */
function findProbe(selector) {
  const find = (root) => {
    const hit = root.querySelector(selector);
    if (hit) return hit;
    for (const el of root.querySelectorAll('*')) {
      const found = el.shadowRoot && find(el.shadowRoot);
      if (found) return found;
    }
    return null;
  };
  return find(document);
}

export const accessibleNamePlugin = {
  name: 'accessible-name',
  async executeCommand({ command, payload, session }) {
    if (command !== 'accessible-name') return undefined;
    const selector = PROBE(payload?.probe);
    if (session.browser.type === 'puppeteer') {
      const page = session.browser.getPage(session.id);
      try {
        const handle = await page.$(`pierce/${selector}`);
        if (!handle) throw new Error(`no element ${selector}`);
        const node = await page.accessibility.snapshot({ root: handle, interestingOnly: false });
        return { name: node?.name ?? '' };
      } catch (e) {
        if (String(e).includes('no element')) throw e;
        return { name: null }; // Firefox over BiDi: no accessibility tree
      }
    }
    if (session.browser.type === 'webdriver') {
      const driver = session.browser.driver;
      const element = await driver.execute(findProbe, selector);
      if (!element) throw new Error(`no element ${selector}`);
      const id = element['element-6066-11e4-a52e-4f735466cecf'] ?? element.ELEMENT;
      try {
        return { name: await driver.getElementComputedLabel(id) };
      } catch {
        return { name: null };
      }
    }
    return { name: null };
  },
};
