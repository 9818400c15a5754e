/**
 * A React 19 app hears the elements' events through its custom-element event props: React 19 adds a prop
 * `on<name>` of a custom element as a listener for the event `<name>` (`onwe-load` for `we-load`). The old
 * `load`/`error` names never reached such an app: React keeps `onLoad`/`onError` for itself.
 * Rendered with `React.createElement`, so no JSX build is needed.
 */
import { expect, waitUntil } from '@open-wc/testing';
// Default imports: the dev server turns React's CommonJS into modules with a default export only.
import React from 'react';
import ReactDOM from 'react-dom';
import ReactDOMClient, { type Root } from 'react-dom/client';
import '../../src/index.js';
import type { WeCalendarDownloadEvent, WeErrorEvent, WeFavoritesChangeEvent, WeLoadEvent } from '../../src/index.js';
import { captureConsole } from '../helpers/console.js';

const SESSIONS = [
  { id: 'opening', title: 'Opening remarks', start: '08:30', end: '08:40', type: 'remarks' },
  { id: 'keynote', title: 'Keynote', start: '08:40', end: '09:20', type: 'keynote' },
];

describe('a React 19 app', () => {
  let container: HTMLDivElement;
  let root: Root;
  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
    root = ReactDOMClient.createRoot(container);
  });
  afterEach(() => {
    root.unmount();
    container.remove();
    localStorage.clear();
  });

  const render = (tag: string, props: Record<string, unknown>) => {
    ReactDOM.flushSync(() => root.render(React.createElement(tag, props)));
    return container.firstElementChild as HTMLElement & { updateComplete: Promise<boolean> };
  };

  it('receives we-load through onwe-load', async () => {
    const loads: WeLoadEvent[] = [];
    const el = render('paper-list', {
      src: '/test/data/paper-list.json',
      'onwe-load': (e: WeLoadEvent) => loads.push(e),
    });
    await waitUntil(() => loads.length > 0, 'we-load reached the React prop');
    expect(loads).to.have.length(1);
    expect(loads[0].target).to.equal(el);
    await expect(el).to.be.accessible();
  });

  it('receives we-error through onwe-error, with the setting that failed', async () => {
    const errors: WeErrorEvent[] = [];
    const console = captureConsole();
    try {
      render('workshop-schedule', {
        timezone: 'Mars/Base',
        items: SESSIONS,
        'onwe-error': (e: WeErrorEvent) => errors.push(e),
      });
      await waitUntil(() => errors.length > 0, 'we-error reached the React prop');
      expect(errors[0].detail.source).to.equal('timezone');
      expect(console.errors).to.have.length(1);
      expect(console.errors[0]).to.contain(errors[0].detail.message);
    } finally {
      console.restore();
    }
  });

  it('receives we-favorites-change and a cancelable we-calendar-download', async () => {
    const favorites: string[][] = [];
    const downloads: string[] = [];
    const el = render('workshop-schedule', {
      timezone: 'UTC',
      date: '2019-12-13',
      items: SESSIONS,
      'onwe-favorites-change': (e: WeFavoritesChangeEvent) => favorites.push(e.detail.favorites),
      'onwe-calendar-download': (e: WeCalendarDownloadEvent) => {
        downloads.push(e.detail.filename);
        e.preventDefault();
      },
    });
    await el.updateComplete;
    const keynote = el.shadowRoot!.getElementById('keynote')!;
    keynote.querySelector<HTMLElement>('[part="star"]')!.click();
    expect(favorites).to.deep.equal([['keynote']]);
    keynote.querySelector<HTMLElement>('[part="calendar-button"]')!.click();
    expect(downloads).to.deep.equal(['keynote.ics']);
    await expect(el).to.be.accessible();
  });
});
