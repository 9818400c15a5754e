import { expect, fixtureSync, html, oneEvent } from '@open-wc/testing';
import { $, $$, clean, conferenceItems, fiveDaySample, loadData, session, text } from './element-helpers.js';
import { captureConsole } from '../helpers/console.js';
import { firstDayPlan, firstDayProgram, outlineOf, readFirstDay } from '../../src/workshop-schedule/first-day.js';
import { validateItems } from '../../src/workshop-schedule/validate.js';
import { buildProgram } from '../../src/workshop-schedule/program.js';
import type { WorkshopSchedule } from '../../src/workshop-schedule/workshop-schedule.js';
import type { ScheduleItem } from '../../src/workshop-schedule/types.js';
import { saveFavorites, storageKey } from '../../src/workshop-schedule/favorites.js';

before(loadData);
beforeEach(clean);
afterEach(clean);

const FIRST = '2027-04-26';
const DAY_FOUR = '2027-04-29';
const now = () => Promise.resolve();
const within = <R>(read: () => R) => read();
const copy = (items: ScheduleItem[]) => JSON.parse(JSON.stringify(items)) as ScheduleItem[];
const startOf = (i: ScheduleItem) => ('start' in i ? String(i.start) : '');

/** The conference with a mistyped field on a day-4 talk and an entry without a start (skipped) after it. */
function withDayFourMistakes(): { items: ScheduleItem[]; talk: string; typo: number } {
  const items = copy(conferenceItems);
  const typo = items.findIndex((i) => startOf(i).startsWith(DAY_FOUR) && 'room' in i);
  (items[typo] as unknown as Record<string, unknown>).speker = 'Ada';
  items.splice(typo + 1, 0, { title: 'A talk without a start' } as ScheduleItem);
  return { items, talk: (items[typo] as { id: string }).id, typo };
}

describe('reading the first day of a long program first (first-day.ts)', () => {
  it('reads the entries of the first day first, and the rest gives what reading all at once gives', async () => {
    const { items } = withDayFourMistakes();
    const staged = readFirstDay(items, within, now);
    expect(staged.rest, 'read in two parts').to.not.equal(undefined);
    expect(staged.data.length).to.be.greaterThan(20);
    expect(staged.data.every((s) => s.start.kind === 'wall' && s.start.date === FIRST)).to.equal(true);
    expect(staged.problems, 'the day-4 mistakes are not read yet').to.deep.equal([]);
    const whole = staged.rest!.read();
    expect(whole).to.deep.equal(validateItems(copy(items)));
    expect(whole.problems.map((p) => p.path)).to.include.members([`items[${withDayFourMistakes().typo}].speker`]);
  });

  it('outlines the whole program: its days, sessions, rooms and tracks as the program has them', () => {
    const staged = readFirstDay(conferenceItems, within, now);
    const outline = outlineOf(staged.data)!;
    const program = buildProgram(validateItems(conferenceItems).data, 'Europe/Vienna', FIRST);
    expect(outline.days).to.deep.equal(program.days.map((d) => d.key));
    expect(outline.sessions).to.equal(program.sessions.length);
    expect(outline.rooms).to.deep.equal(program.rooms);
    expect(outline.tracks).to.deep.equal(program.tracks);
    expect(outlineOf(staged.rest!.read().data), 'the whole data has no outline').to.equal(undefined);
  });

  it('renders the first day whole, also when entries of later days come before its own in the data', () => {
    const items = copy(conferenceItems);
    const dayTwo = items.filter((i) => startOf(i).startsWith('2027-04-27'));
    const rest = items.filter((i) => !dayTwo.includes(i));
    const shuffled = [...dayTwo, ...rest];
    const staged = readFirstDay(shuffled, within, now);
    expect(staged.rest).to.not.equal(undefined);
    const program = firstDayProgram(buildProgram(staged.data, 'Europe/Vienna', FIRST), outlineOf(staged.data)!);
    const whole = buildProgram(validateItems(shuffled).data, 'Europe/Vienna', FIRST);
    expect(program.days.map((d) => d.key)).to.deep.equal([FIRST]);
    expect(program.days[0].sessions.map((s) => s.id)).to.deep.equal(whole.days[0].sessions.map((s) => s.id));
    expect([...program.days[0].cells]).to.deep.equal([...whole.days[0].cells]);
  });

  it('reads at once what a first look cannot place on its day, or where it would not pay', () => {
    const items = copy(conferenceItems);
    const change = (f: (i: Record<string, unknown>) => void) =>
      items.map((i) => {
        const c = { ...i } as Record<string, unknown>;
        if ('start' in c) f(c);
        return c;
      });
    expect(firstDayPlan(items), 'the conference').to.not.equal(undefined);
    expect(firstDayPlan(change((i) => (i.start = String(i.start).slice(11)))), 'times alone').to.equal(undefined);
    expect(firstDayPlan(change((i) => (i.start = `${String(i.start)}+02:00`))), 'an offset').to.equal(undefined);
    const late = change((i) => i.id === 'keynote-1' && (i.start = '2027-04-26T22:30'));
    expect(firstDayPlan(late), 'a session after 22:00').to.equal(undefined);
    const online = change((i) => i.id === 'keynote-1' && (i.join = 'https://example.org/j'));
    expect(firstDayPlan(online), 'online links').to.equal(undefined);
    expect(firstDayPlan(items.slice(0, 45)), 'a short program').to.equal(undefined);
    const oneLongDay = change((i) => (i.start = `${FIRST}${String(i.start).slice(10)}`));
    expect(firstDayPlan(oneLongDay), 'one day').to.equal(undefined);
  });
});

/** The conference as a page writes it, without waiting for anything. */
function place(items: ScheduleItem[], now = ''): WorkshopSchedule {
  const wrapper = fixtureSync<HTMLDivElement>(
    html`<div lang="en-US" style="width:900px">
      <workshop-schedule
        .items=${items}
        timezone="Europe/Vienna"
        viewer-timezone="Europe/Vienna"
        now=${now}
      ></workshop-schedule>
    </div>`,
  );
  return wrapper.querySelector('workshop-schedule')!;
}

/** What the bar above the days shows: it must not change when the later days are read. */
const controls = (el: Element) => ({
  text: text($(el, '[part="controls"]')),
  options: $$<HTMLOptionElement>(el, '[part="filter"] option').map((o) => o.value),
  days: $$<HTMLAnchorElement>(el, '[part="nav"] a').map((a) => a.getAttribute('href')),
});
const days = (el: Element) => $$(el, '[part="day"]').map((d) => d.dataset.day);

describe('<workshop-schedule> reads a long program’s first day first', function () {
  this.timeout(40_000); // 300 sessions on a loaded 2-core machine

  it('shows the bar as it stays: every day, room, track and session counted while the first day renders', async () => {
    const el = place(conferenceItems);
    await el.updateComplete;
    expect(days(el)).to.deep.equal([FIRST]);
    const first = controls(el);
    expect(first.days).to.have.length(5);
    await el.dataComplete;
    expect(days(el)).to.have.length(5);
    expect(controls(el)).to.deep.equal(first);
    expect(first.text).to.include('316');
  });

  it('is accessible once the days after the first are read (a sample of each day: axe is slow on 316 talks)', async () => {
    expect(firstDayPlan(fiveDaySample), 'read first day first').to.not.equal(undefined);
    const el = place(fiveDaySample);
    await el.updateComplete;
    expect(days(el)).to.deep.equal([FIRST]);
    await el.dataComplete;
    expect(days(el)).to.have.length(5);
    await expect(el).to.be.accessible();
  });

  it('reports a mistake on day 4 and the entry it skipped once the rest is read, and shows that talk', async () => {
    const { items, talk, typo } = withDayFourMistakes();
    const log = captureConsole();
    try {
      const el = place(items);
      await el.updateComplete;
      expect(log.warnings, 'day 4 is not read yet').to.deep.equal([]);
      await el.dataComplete;
      expect(session(el, talk), 'the talk with the mistyped field').to.not.equal(null);
      expect(log.warnings).to.have.length(1);
      expect(log.warnings[0])
        .to.include(`items[${typo}].speker`)
        .and.include(`items[${typo + 1}].start`);
      expect(text($(el, '[part="notice"]'))).to.include('1 session');
    } finally {
      log.restore();
    }
  });

  it('keeps the stars of later days while the first day renders', async () => {
    const dayFour = conferenceItems.find((i) => startOf(i).startsWith(DAY_FOUR) && 'room' in i) as { id: string };
    let el = place(conferenceItems);
    await el.dataComplete;
    session(el, dayFour.id).querySelector<HTMLButtonElement>('[part="star"]')!.click();
    await el.updateComplete;
    el.parentElement!.remove();
    el = place(conferenceItems);
    await el.updateComplete;
    expect(session(el, dayFour.id), 'not rendered yet').to.equal(null);
    await el.dataComplete;
    expect(session(el, dayFour.id).querySelector('[part="star"]')!.getAttribute('aria-pressed')).to.equal('true');
    expect(text($(el, '[part="favorites-toggle"]'))).to.include('1');
  });

  it('counts in "My program" the stars of sessions of the program, from the first paint (none of other days’ ids)', async () => {
    const dayFour = conferenceItems.find((i) => startOf(i).startsWith(DAY_FOUR) && 'room' in i) as { id: string };
    const dayOne = conferenceItems.find((i) => startOf(i).startsWith(FIRST) && 'room' in i) as { id: string };
    // Stored on an earlier visit: a talk of day 1, one of day 4, and two sessions the program no longer has.
    saveFavorites(storageKey('favorites', location.pathname), [dayOne.id, dayFour.id, 'renamed-talk', 'ghost']);
    const el = place(conferenceItems);
    await el.updateComplete;
    expect(days(el), 'only the first day is read').to.deep.equal([FIRST]);
    const toggle = () => text($(el, '[part="favorites-toggle"]'));
    expect(toggle()).to.equal('★ My program (2)');
    await el.dataComplete;
    expect(toggle()).to.equal('★ My program (2)');
  });

  it('shows the starred sessions of every day for "My program" pressed while the first day renders', async () => {
    const starred = fiveDaySample.filter((i) => 'room' in i && 'id' in i).map((i) => (i as { id: string }).id);
    const picks = [starred[0], starred.at(-1)!];
    saveFavorites(storageKey('favorites', location.pathname), picks);
    const el = place(fiveDaySample);
    await el.updateComplete;
    expect(days(el), 'only the first day is read').to.deep.equal([FIRST]);
    expect(text($(el, '[part="favorites-toggle"]'))).to.equal('★ My program (2)');
    $<HTMLButtonElement>(el, '[part="favorites-toggle"]')!.click();
    await el.dataComplete;
    expect(
      $$(el, 'li[part~="session"]')
        .filter((li) => !li.hidden)
        .map((li) => li.id),
    ).to.deep.equal(picks);
    await expect(el).to.be.accessible();
  });

  it('gives the first day’s sessions the ids they keep, when a later day’s session has the id one of them would take', async () => {
    const items = copy(conferenceItems);
    const opening = items.findIndex((i) => startOf(i).startsWith(FIRST) && 'room' in i);
    const first = items[opening] as { id?: string; title: string };
    delete first.id; // its id is its title's slug…
    first.title = 'Opening talk';
    const taken = 'opening-talk';
    const later = items.findIndex((i) => startOf(i).startsWith(DAY_FOUR) && 'room' in i);
    (items[later] as { id: string }).id = taken; // … which a day-4 talk has as its own
    history.replaceState(null, '', `#${taken}`);
    const el = place(items);
    await el.updateComplete;
    expect(days(el), 'only the first day is read').to.deep.equal([FIRST]);
    expect(session(el, taken), 'the day-4 talk is not rendered yet').to.equal(null);
    await el.dataComplete;
    expect(session(el, taken).closest('[part="day"]')!.getAttribute('data-day')).to.equal(DAY_FOUR);
    expect(session(el, taken).hasAttribute('data-fragment-target'), 'the link leads to the day-4 talk').to.equal(true);
    expect(session(el, `${taken}-2`).closest('[part="day"]')!.getAttribute('data-day')).to.equal(FIRST);
  });

  it('shows only the new program when the data is replaced before the later days are read, and warns of it once', async () => {
    const { items, typo } = withDayFourMistakes();
    const log = captureConsole();
    try {
      const el = place(conferenceItems);
      await el.updateComplete;
      expect(days(el), 'only the first day is read').to.deep.equal([FIRST]);
      // The new program: the same days a week later, with a mistake on day 4.
      const week = (t: unknown) => String(t).replace(/2027-04-(\d\d)/, (_, d) => `2027-05-0${+d - 23}`);
      el.items = items.map((i) => ('start' in i ? { ...i, start: week(i.start), end: week(i.end) } : i));
      await el.updateComplete;
      expect(days(el), 'the first day of the new program').to.deep.equal(['2027-05-03']);
      await el.dataComplete;
      expect(days(el)).to.deep.equal(['2027-05-03', '2027-05-04', '2027-05-05', '2027-05-06', '2027-05-07']);
      expect($$(el, 'li[part~="session"]')).to.have.length(316);
      expect(log.warnings, 'the mistake of the new program, once; none of the old one').to.have.length(1);
      expect(log.warnings[0])
        .to.include(`items[${typo}].speker`)
        .and.include(`items[${typo + 1}].start`);
    } finally {
      log.restore();
    }
  });

  it('renders every day once put back, when taken out of the page while the first day renders', async () => {
    const el = place(fiveDaySample);
    await el.updateComplete;
    expect(days(el), 'only the first day is read').to.deep.equal([FIRST]);
    const wrapper = el.parentElement!;
    wrapper.remove();
    await el.dataComplete;
    document.body.append(wrapper);
    await el.updateComplete;
    await el.dataComplete;
    expect(days(el)).to.have.length(5);
    const sessions = fiveDaySample.filter((i) => 'start' in i).length;
    expect($$(el, 'li[part~="session"]')).to.have.length(sessions);
    await expect(el).to.be.accessible();
    wrapper.remove();
  });

  it('warns once of a later day’s mistake when a search reads every day at once', async () => {
    const { items, typo } = withDayFourMistakes();
    const log = captureConsole();
    try {
      const el = place(items);
      await el.updateComplete;
      const input = $<HTMLInputElement>(el, '[part="search"]')!;
      input.value = 'deep';
      input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      await el.dataComplete;
      expect(days(el)).to.have.length(5);
      expect(log.warnings).to.have.length(1);
      expect(log.warnings[0]).to.include(`items[${typo}].speker`);
    } finally {
      log.restore();
    }
  });

  it('reads every day at once for a search typed while the first day renders', async () => {
    const el = place(conferenceItems);
    await el.updateComplete;
    const input = $<HTMLInputElement>(el, '[part="search"]')!;
    input.value = 'Coffee break';
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await el.updateComplete;
    const breaks = conferenceItems.filter((i) => 'title' in i && i.title === 'Coffee break').length;
    expect(text($(el, '[part="status"]'))).to.include(`${breaks} of 316`);
    await el.dataComplete;
    expect($$(el, 'li[part~="session"]').filter((li) => !li.hidden)).to.have.length(breaks);
  });

  it('downloads every session of the program from a click while the first day renders', async () => {
    const el = place(conferenceItems);
    await el.updateComplete;
    const listener = oneEvent(el, 'we-calendar-download');
    el.addEventListener('we-calendar-download', (e) => e.preventDefault(), { once: true });
    $<HTMLButtonElement>(el, '[part="download"]')!.click();
    expect((await listener).detail.sessionIds).to.have.length(316);
    await el.dataComplete;
  });

  it('prints every day when printing starts while the first day renders', async () => {
    const el = place(conferenceItems);
    await el.updateComplete;
    window.dispatchEvent(new Event('beforeprint'));
    await el.updateComplete;
    expect(days(el)).to.have.length(5);
    expect($$(el, 'li[part~="session"]')).to.have.length(316);
  });

  it('reads every day at once while the event is under way, so "Jump to now" is there from the start', async () => {
    const el = place(conferenceItems, `${DAY_FOUR}T11:05+02:00`);
    await el.updateComplete;
    expect($(el, '[part="jump-now"]')).to.not.equal(null);
    await el.dataComplete;
  });
});
