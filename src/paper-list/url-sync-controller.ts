/**
 * `sync-url` of `<paper-list>`, as a Lit reactive controller: mirrors search, filters and sort in the page URL
 * (`?q=…&type=…&sort=…`) so a view can be shared, and reads them back on connect and on Back/Forward.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { FILTER_KEYS } from './list-engine.js';
import type { Filters, SortOrder } from './search.js';

export interface UrlView {
  filters: Filters;
  /** The order the visitor chose; undefined for the `sort` attribute's. */
  order?: SortOrder;
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
    window.addEventListener('popstate', this.onPopState);
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.onPopState);
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
    if (mode === 'push') history.pushState(history.state, '', url);
    else history.replaceState(history.state, '', url);
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
