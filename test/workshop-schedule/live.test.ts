import { expect } from '@open-wc/testing';
import {
  attendView,
  liveLinks,
  liveState,
  onUnlessFalse,
  programModes,
  readJoinOpens,
  sessionMode,
} from '../../src/workshop-schedule/live.js';
import { validateItems } from '../../src/workshop-schedule/validate.js';

const MIN = 60_000;
const start = Date.parse('2019-12-13T13:40:00-08:00');
const end = start + 40 * MIN;
const links = { join: 'https://meet.example.org/j/1', stream: 'https://video.example.org/live' };
const on = { joinOpens: 15, hideJoinAfter: true };

describe('live: which link a session shows when', () => {
  it('is "before" until join-opens minutes ahead, "open" until the start, "live" until the end, then "after"', () => {
    expect(liveState(start - 15 * MIN - 1, start, end, 15)).to.equal('before');
    expect(liveState(start - 15 * MIN, start, end, 15)).to.equal('open');
    expect(liveState(start - 1, start, end, 15)).to.equal('open');
    expect(liveState(start, start, end, 15)).to.equal('live');
    expect(liveState(end - 1, start, end, 15)).to.equal('live');
    expect(liveState(end, start, end, 15)).to.equal('after');
    expect(liveState(start - 1, start, end, 0)).to.equal('before');
  });

  it('before: says when the join link opens and gives no URL', () => {
    const shown = liveLinks(links, start, end, start - 60 * MIN, on);
    expect(shown).to.deep.equal({ state: 'before', opensAt: start - 15 * MIN, opensJoin: true });
    const stream = liveLinks({ stream: links.stream }, start, end, start - 60 * MIN, on);
    expect(stream).to.deep.equal({ state: 'before', opensAt: start - 15 * MIN, opensJoin: false });
    expect(liveLinks({}, start, end, start - 60 * MIN, on)).to.deep.equal({ state: 'before' });
  });

  it('open and live: join and stream; no recording yet', () => {
    for (const now of [start - 10 * MIN, start + 10 * MIN]) {
      const shown = liveLinks({ ...links, recording: 'https://video.example.org/r' }, start, end, now, on);
      expect(shown.join).to.equal(links.join);
      expect(shown.stream).to.equal(links.stream);
      expect(shown.recording).to.equal(undefined);
    }
  });

  it('after: the recording, "pending", or nothing; join and stream hidden unless hide-join-after is off', () => {
    const after = end + MIN;
    expect(liveLinks({ ...links, recording: 'https://video.example.org/r' }, start, end, after, on)).to.deep.equal({
      state: 'after',
      recording: 'https://video.example.org/r',
    });
    expect(liveLinks({ ...links, recording: 'pending' }, start, end, after, on)).to.deep.equal({
      state: 'after',
      recordingPending: true,
    });
    expect(liveLinks(links, start, end, after, on)).to.deep.equal({ state: 'after' });
    const kept = liveLinks(links, start, end, after, { joinOpens: 15, hideJoinAfter: false });
    expect([kept.join, kept.stream]).to.deep.equal([links.join, links.stream]);
  });
});

describe('live: modes', () => {
  it('takes the written mode, else hybrid with a room and a link, online with a link alone, in-person without', () => {
    expect(sessionMode({ mode: 'online', room: 'A' })).to.equal('online');
    expect(sessionMode({ join: links.join, room: 'A' })).to.equal('hybrid');
    expect(sessionMode({ stream: links.stream }, 'Room 512')).to.equal('hybrid');
    expect(sessionMode({ join: links.join })).to.equal('online');
    expect(sessionMode({ room: 'A' })).to.equal('in-person');
  });

  it('calls a program mixed when its sessions (not its breaks) differ, and hybrid when some are online and some in a room', () => {
    const talk = { type: 'talk', room: 'A' };
    const modes = (sessions: Parameters<typeof programModes>[0]) => {
      const { mixed, hybrid } = programModes(sessions);
      return { mixed, hybrid };
    };
    expect(modes([talk, { ...talk, type: 'break' }])).to.deep.equal({ mixed: false, hybrid: false });
    expect(modes([talk, { type: 'talk', join: links.join }])).to.deep.equal({ mixed: true, hybrid: true });
    expect(modes([{ type: 'talk', mode: 'online', join: links.join }])).to.deep.equal({ mixed: false, hybrid: false });
    expect(modes([{ ...talk, join: links.join }])).to.deep.equal({ mixed: false, hybrid: true });
  });

  it('names the usual mode only when more than half of the sessions (breaks aside) share it and modes differ', () => {
    const room = { type: 'talk', room: 'A' };
    const remote = { type: 'talk', join: links.join };
    const lunch = { type: 'break', join: links.join };
    expect(programModes([room, room, remote, lunch, lunch]).usual).to.equal('in-person');
    expect(programModes([room, remote, remote]).usual).to.equal('online');
    expect(programModes([room, remote]).usual, 'a tie: every session is badged').to.equal(undefined);
    expect(programModes([room, room]).usual, 'one mode: no badge at all').to.equal(undefined);
  });

  it('applies the visitor\'s "Online" choice only to a hybrid program', () => {
    const online = [{ type: 'talk', join: links.join }];
    expect(attendView(online, 0, undefined, 15, true, true).online).to.equal(false);
    expect(attendView([...online, { type: 'talk' }], 0, undefined, 15, true, true).online).to.equal(true);
  });
});

describe('live: the settings', () => {
  it('reads join-opens as minutes of 0 or more, else 15 with a warning that quotes it', () => {
    expect(readJoinOpens(30)).to.deep.equal({ minutes: 30 });
    expect(readJoinOpens(0)).to.deep.equal({ minutes: 0 });
    expect(readJoinOpens(undefined)).to.deep.equal({ minutes: 15 });
    const bad = readJoinOpens(NaN, 'soon');
    expect(bad.minutes).to.equal(15);
    expect(bad.warning).to.equal('join-opens "soon" is not a number of minutes (0 or more); 15 is used');
    expect(readJoinOpens(-5).minutes).to.equal(15);
  });

  it('reads hide-join-after as on unless written "false", "off", "no" or "0"', () => {
    for (const v of [null, '', 'true', 'hide-join-after'])
      expect(onUnlessFalse.fromAttribute(v), String(v)).to.equal(true);
    for (const v of ['false', ' FALSE ', 'off', 'no', '0']) expect(onUnlessFalse.fromAttribute(v), v).to.equal(false);
  });
});

describe('live: the data', () => {
  it('reads join, stream, recording and mode, and sessions inherit join, stream and mode from their section, then their room', () => {
    const { data, problems } = validateItems([
      { room: 'Hall A', join: 'https://zoom.example.org/hall-a', stream: 'https://video.example.org/hall-a' },
      { section: 'Morning', stream: 'https://video.example.org/morning', mode: 'hybrid', recording: 'pending' },
      { start: '09:00', title: 'Keynote', room: 'Hall A' },
      { start: '10:00', title: 'Own call', room: 'Hall A', join: 'https://meet.example.org/own', mode: 'Online' },
      { start: '11:00', title: 'Room only', room: 'Hall A', mode: 'in-person' },
      { start: '12:00', title: 'Recorded', recording: 'https://video.example.org/r' },
    ]);
    expect(problems).to.deep.equal([]);
    const [keynote, own, roomOnly, recorded] = data;
    expect([keynote.join, keynote.stream, keynote.mode]).to.deep.equal([
      'https://zoom.example.org/hall-a',
      'https://video.example.org/morning',
      'hybrid',
    ]);
    expect(keynote.recording).to.equal(undefined);
    expect(keynote.sectionRecording).to.equal('pending');
    expect([own.join, own.mode]).to.deep.equal(['https://meet.example.org/own', 'online']);
    expect([roomOnly.join, roomOnly.stream, roomOnly.mode]).to.deep.equal([undefined, undefined, 'in-person']);
    expect(recorded.recording).to.equal('https://video.example.org/r');
  });

  it('warns about an unknown mode, an unsafe URL and a room entry without links, naming each field', () => {
    const { data, problems } = validateItems([
      { start: '09:00', title: 'A', mode: 'remote', join: 'javascript:alert(1)', recording: 42 },
      { room: 'Hall B' },
    ]);
    expect(data[0].mode).to.equal(undefined);
    expect(data[0].join).to.equal(undefined);
    expect(problems.map((p) => `${p.path}: ${p.message}`)).to.deep.equal([
      'items[0].join: unsafe URL scheme "javascript:" (only http:, https: or mailto: allowed)',
      'items[0].mode: unknown mode "remote" (ignored; known: in-person, online, hybrid)',
      'items[0].recording: expected a URL string, got the number 42',
      'items[1]: a room entry needs a room name and a join, stream or mode (entry ignored)',
    ]);
  });
});
