// Runs inside an <iframe srcdoc> (test/security/srcdoc.test.ts): the elements' own realm is a document whose URL is
// `about:srcdoc`, like every other srcdoc frame of the origin. Reports what a visitor would get (to the target
// origin '/': the parent's, which `location.origin` of about:srcdoc, "null", does not name).
import '../../../src/index.js';
import type { PaperList } from '../../../src/paper-list/paper-list.js';
import type { WorkshopSchedule } from '../../../src/workshop-schedule/workshop-schedule.js';

const items = [
  { id: 'a1', start: '09:00', end: '10:00', title: 'Keynote' },
  { id: 'a2', start: '10:00', end: '11:00', title: 'Posters' },
];

async function schedule(id: string): Promise<WorkshopSchedule> {
  const el = Object.assign(document.createElement('workshop-schedule'), { items, id });
  el.setAttribute('timezone', 'America/Vancouver');
  el.setAttribute('date', '2019-12-13');
  document.body.append(el);
  await el.dataComplete;
  return el;
}

async function starAndOpen(el: WorkshopSchedule): Promise<void> {
  el.shadowRoot!.getElementById('a1')!.querySelector<HTMLButtonElement>('[part="star"]')!.click();
  await el.updateComplete;
  el.shadowRoot!.querySelector<HTMLButtonElement>('[part="favorites-toggle"]')!.click();
  await el.updateComplete;
}

async function ics(el: WorkshopSchedule): Promise<string> {
  let text = '';
  el.addEventListener(
    'we-calendar-download',
    (e) => {
      e.preventDefault();
      text = e.detail.ics;
    },
    { once: true },
  );
  el.shadowRoot!.querySelector<HTMLButtonElement>('[part="download"]')!.click();
  await el.updateComplete;
  return text;
}

async function run() {
  const named = await schedule('program');
  const unnamed = await schedule('');
  await starAndOpen(named);
  await starAndOpen(unnamed);
  const list = Object.assign(document.createElement('paper-list'), {
    papers: [
      { id: 'p', title: 'Graphs' },
      { id: 'q', title: 'Trees' },
    ],
  }) as PaperList;
  list.setAttribute('sync-url', '');
  document.body.append(list);
  await list.dataComplete;
  const input = list.shadowRoot!.querySelector<HTMLInputElement>('[part="search"]')!;
  input.value = 'gr';
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await list.updateComplete;
  return {
    url: location.href,
    shareLinks: [named, unnamed].map((el) => el.shadowRoot!.querySelectorAll('[part="share"]').length),
    shown: [named, unnamed].map(
      (el) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('li[part~="session"]')].filter((s) => !s.hidden).length,
    ),
    ics: await ics(named),
    keys: Object.keys(localStorage).filter((k) => k.startsWith('workshop-schedule:favorites:')),
  };
}

const errors: string[] = [];
addEventListener('error', (e) => errors.push(String(e.message)));
run().then(
  (report) => parent.postMessage({ type: 'srcdoc-report', report, errors }, '/'),
  (error: unknown) => parent.postMessage({ type: 'srcdoc-report', error: String(error), errors }, '/'),
);
