/**
 * `sync-url` of `<paper-list>`, as a Lit reactive controller: mirrors search, filters and sort in the page URL
 * (`?q=…&type=…&sort=…`) so a view can be shared, and reads them back on connect and on Back/Forward.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { FILTER_KEYS } from './list-engine.js';
import type { Filters, SortOrder } from './search.js';
import { off, on } from '../internal/page.js';
import { Warnings } from '../internal/warnings.js';

export interface UrlView {
  filters: Filters;
  /** The order the visitor chose; undefined for the `sort` attribute's. */
  order?: SortOrder;
}

export const URL_SYNC_TERMS = {
  cannotSync: (reason: string) =>
    `sync-url: this page cannot change its URL (${reason}); the list is not mirrored in it`,
};

let warned = false;
function warnOnce(error: unknown): void {
  if (warned) return;
  warned = true;
  const reason = error instanceof Error ? error.name : String(error);
  new Warnings('paper-list').warn('sync-url', URL_SYNC_TERMS.cannotSync(reason));
}

export class UrlSyncController implements ReactiveController {
  /** What the last write was for: a search's first keystroke adds a history entry, the next ones replace it. */
  lastWrite?: 'q' | 'filter';

  constructor(
    host: ReactiveControllerHost,
    private readonly options: {
      /** Whether `sync-url` is on. */
      enabled(): boolean;
      /** The view to write. */
      current(): UrlView;
      /** The `sort` attribute's order, which the URL leaves out. */
      defaultSort(): SortOrder;
      /** Applies a view read from the URL. */
      apply(view: UrlView): void;
      /** The sort orders known. */
      sorts: readonly SortOrder[];
    },
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.options.enabled()) this.read();
    on(window, 'popstate', this.onPopState);
  }

  hostDisconnected(): void {
    off(window, 'popstate', this.onPopState);
  }

  /** With `sync-url`: the first keystroke of a search and every filter change add a history entry. */
  write(mode: 'push' | 'replace', what: 'q' | 'filter' = 'filter'): void {
    if (!this.options.enabled()) return;
    this.lastWrite = what;
    const { filters, order } = this.options.current();
    const url = new URL(location.href);
    for (const k of ['q', ...FILTER_KEYS] as const) {
      if (filters[k]) url.searchParams.set(k, filters[k]);
      else url.searchParams.delete(k);
    }
    if (order && order !== this.options.defaultSort()) url.searchParams.set('sort', order);
    else url.searchParams.delete('sort');
    if (url.href === location.href) return;
    try {
      if (mode === 'push') history.pushState(history.state, '', url);
      else history.replaceState(history.state, '', url);
    } catch (error) {
      // A sandboxed or srcdoc frame (SecurityError: the URL is not its own) or a throttled history: the view stays,
      // the URL does not follow it. Said once per page, not on every keystroke.
      warnOnce(error);
    }
  }

  private read(): void {
    const params = new URL(location.href).searchParams;
    const get = (k: string) => params.get(k) ?? '';
    const sort = get('sort') as SortOrder;
    this.options.apply({
      filters: {
        q: get('q'),
        type: get('type'),
        award: get('award'),
        session: get('session'),
        keyword: get('keyword'),
      },
      order: this.options.sorts.includes(sort) ? sort : undefined,
    });
    this.lastWrite = undefined;
  }

  private onPopState = () => {
    if (this.options.enabled()) this.read();
  };
}
