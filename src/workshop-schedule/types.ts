/** A speaker of a session: a plain name, or a name with affiliation and homepage. */
export type SessionSpeaker =
  | string
  | {
      /** The speaker's name. */
      name: string;
      /** University, company or lab; shown next to the name. */
      affiliation?: string;
      /** Homepage (http, https or mailto). */
      url?: string;
    };

/** A labelled link, e.g. slides or a video. */
export interface SessionLink {
  /** The link text, e.g. "Slides". */
  label: string;
  /** http, https or mailto; anything else is dropped with a warning. */
  url: string;
}

/** How a session can be attended: in the room, online only, or both. */
export type SessionMode = 'in-person' | 'online' | 'hybrid';

/** The online side of a session, a section or a room (see docs/workshop-schedule.md, "Online and hybrid"). */
export interface SessionOnline {
  /**
   * The video call to join (Zoom, Meet, BlueJeans…): shown as "Join" from `join-opens` minutes before the start until
   * the end, never earlier (the link is not in the element's HTML before then).
   */
  join?: string;
  /** A public live stream: shown as "Watch live" during the same window. */
  stream?: string;
  /** How it can be attended; default: `hybrid` with a room and a `join` or `stream`, `online` with only those, else `in-person`. */
  mode?: SessionMode;
}

/** A section heading; it applies to the following sessions (in data order) until the next heading. */
export interface ScheduleSection extends SessionOnline {
  /** The heading text, e.g. "Deep Learning to understand Scientific Models". */
  section: string;
  /** Links for the whole section, shown at all times. */
  links?: SessionLink[];
  /**
   * The section's recording (a URL), shown on the heading once its last session has ended; `"pending"` says
   * "Recording coming". Its `join`, `stream` and `mode` apply to its sessions that have none of their own.
   */
  recording?: string;
}

/**
 * A room's online side: `{ "room": "Hall A", "join": "…", "stream": "…" }`, an entry without `start` or `title`. Its
 * sessions (those with this `room`) inherit its `join`, `stream` and `mode` unless they have their own.
 */
export interface ScheduleRoom extends SessionOnline {
  /** The room's name, as the sessions write it. */
  room: string;
}

/** What kind of session it is: shown as a label; breaks look different. */
export type SessionType = 'talk' | 'keynote' | 'spotlights' | 'poster' | 'panel' | 'break' | 'remarks' | 'other';

/**
 * A time: `"13:40"`, `"1:40 PM"`, `"9 AM"`, `"13h40"`, `"13.40"`, `"13:40:00"` (on the element's `date`),
 * `"2019-12-13T08:30"` (wall clock in the element's `timezone`), an ISO instant with offset
 * (`"2019-12-13T08:30-08:00"`, `"2019-12-13T16:30Z"`), or a number of seconds after midnight (what YAML 1.1 makes
 * of an unquoted `08:30`). See docs/writing-data.md.
 */
export type SessionTime = string | number;

/** A talk inside a session, without times of its own (e.g. one of the spotlight talks). */
export interface NestedSession {
  /** Stable id, for deep links (`#id`). */
  id?: string;
  /** An empty title shows as "TBA". */
  title?: string;
  /** Default: `talk`. */
  type?: SessionType;
  /** Names, or `{ name, affiliation, url }`. */
  speakers?: SessionSpeaker[] | string;
  /** Shown in an expandable block. May hold the inline HTML subset (`<a href>`, `em`, `strong`, `i`, `b`, `code`, `sub`, `sup`, `br`, `&amp;`); any other markup is shown as text, as written. */
  abstract?: string;
  /** Slides, video, paper… */
  links?: SessionLink[];
}

/** One session of the program. */
export interface ScheduleSession extends SessionOnline {
  /** Stable id, used for deep links (`page.html#id`), favourites and calendar UIDs. Default: a slug of the title. */
  id?: string;
  /** When it starts. */
  start: SessionTime;
  /** When it ends; default: the next session's start (in the same room). */
  end?: SessionTime;
  /** The day of a `start` written as a time alone (`"2019-12-14"`, or `"December 14, 2019"`), for a program of several days; default: the element's `date`. */
  date?: string;
  /** An empty title shows as "TBA". */
  title?: string;
  /** Default: `talk`. */
  type?: SessionType;
  /** Names, or `{ name, affiliation, url }`. */
  speakers?: SessionSpeaker[] | string;
  /** Shown in an expandable block; searched by the search box. May hold the inline HTML subset (`<a href>`, `em`, `strong`, `i`, `b`, `code`, `sub`, `sup`, `br`, `&amp;`); any other markup is shown as text, as written. */
  abstract?: string;
  /** Where it happens; sessions in different rooms at the same time show side by side. A session without a room spans all rooms. */
  room?: string;
  /** A topic, e.g. "Optimization"; offered as a filter. */
  track?: string;
  /** Slides, video, paper… */
  links?: SessionLink[];
  /** Nested sessions without times, e.g. the talks of a spotlight session. */
  items?: NestedSession[];
  /** The recording (a URL), shown once the session has ended; `"pending"` says "Recording coming". */
  recording?: string;
}

/** An entry of `items`: a section heading, a session, or a room's online links. */
export type ScheduleItem = ScheduleSection | ScheduleSession | ScheduleRoom;

/** The data of `<workshop-schedule>`: section headings and sessions, in any order. */
export type ScheduleItems = ScheduleItem[];
