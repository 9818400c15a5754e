import { fixture, html, waitUntil } from '@open-wc/testing';
import { csvParse } from 'd3-dsv';
import '../../src/paper-list/paper-list.js';
import type { PaperList } from '../../src/paper-list/paper-list.js';
import type { Paper } from '../../src/paper-list/types.js';

export const root = (el: PaperList) => el.shadowRoot!;
/** The papers shown (with a box): search and filters hide the others, which stay in the DOM. */
export const papersIn = (el: PaperList) =>
  [...root(el).querySelectorAll<HTMLElement>('[part="paper"]')].filter((p) => p.getClientRects().length > 0);
export const titles = (el: PaperList) =>
  papersIn(el).map((p) => p.querySelector('[part~="title"]')!.textContent!.trim());
export const statusText = (el: PaperList) => root(el).querySelector('[part="status"]')?.textContent?.trim();

/** Waits until the progressive rendering has put every shown paper in the DOM. */
export async function settled(el: PaperList): Promise<void> {
  await el.updateComplete;
  await waitUntil(
    () => root(el).querySelector('[part="list"]')?.getAttribute('aria-busy') !== 'true',
    'list rendered',
    {
      timeout: 20000,
    },
  );
  await el.updateComplete;
}

export async function listOf(papers: unknown, attrs: Partial<Record<'venue' | 'year' | 'groupBy', string>> = {}) {
  const el = await fixture<PaperList>(
    html`<paper-list
      .papers=${papers as Paper[]}
      venue=${attrs.venue ?? 'Test Workshop'}
      year=${attrs.year ?? '2019'}
    ></paper-list>`,
  );
  if (attrs.groupBy) el.groupBy = attrs.groupBy as 'session';
  await settled(el);
  return el;
}

/** Types into the search box like a visitor and waits for the list. */
export async function search(el: PaperList, q: string) {
  const input = root(el).querySelector<HTMLInputElement>('[part="search"]')!;
  input.value = q;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await settled(el);
}

export async function selectFilter(el: PaperList, name: string, value: string) {
  const select = root(el).querySelector<HTMLSelectElement>(`select[name="${name}"]`)!;
  // As a visitor's pick does: `option.selected` also makes the menu "dirty" (its `selected` attributes no longer
  // select), which setting `select.value` does not.
  const option = [...select.options].find((o) => o.value === value);
  if (!option) throw new Error(`select[name="${name}"] has no option "${value}"`);
  option.selected = true;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await settled(el);
}

/** The 687 ICLR 2020 papers of the fixture, converted as scripts/convert-iclr-papers.mjs does. */
export async function iclrPapers(): Promise<Paper[]> {
  const text = await (await fetch('/test/fixtures/iclr2020/papers.csv')).text();
  const split = (s: string) =>
    s
      ? s
          .split('|')
          .map((x) => x.trim())
          .filter(Boolean)
      : [];
  return csvParse(text).map((r) => ({
    id: r.UID!,
    title: r.title!,
    authors: split(r.authors!),
    abstract: r.abstract,
    keywords: split(r.keywords!),
    session: split(r.sessions!)[0],
    url: `https://openreview.net/forum?id=${r.UID}`,
    pdf: `https://openreview.net/pdf?id=${r.UID}`,
  }));
}
