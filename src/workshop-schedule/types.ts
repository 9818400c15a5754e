/** A speaker of a session: a plain name, or a name with affiliation and homepage. */
export type SessionSpeaker = string | { name: string; affiliation?: string; url?: string };

/** A section heading; it applies to the following sessions until the next heading. */
export interface ScheduleSection {
  section: string;
}

/** A talk inside a session, without times of its own (e.g. one of the spotlight talks). */
export interface NestedSession {
  id?: string;
  /** An empty title shows as "TBA". */
  title?: string;
  type?: SessionType;
  speakers?: SessionSpeaker[];
  abstract?: string;
  links?: { label: string; url: string }[];
}

export type SessionType = 'talk' | 'keynote' | 'spotlights' | 'poster' | 'panel' | 'break' | 'remarks' | 'other';

/** One session of the program. */
export interface ScheduleSession {
  /** Stable id, used for deep links (`#id`) and calendar UIDs. */
  id?: string;
  /** `"08:30"`, `"2019-12-13T08:30"`, an ISO instant with offset, or seconds after midnight (YAML's `08:30`). */
  start: string | number;
  /** Same forms as `start`; default: the next session's start. */
  end?: string | number;
  /** An empty title shows as "TBA". */
  title?: string;
  type?: SessionType;
  speakers?: SessionSpeaker[];
  abstract?: string;
  room?: string;
  track?: string;
  links?: { label: string; url: string }[];
  /** Nested sessions without times, e.g. the talks of a spotlight session. */
  items?: NestedSession[];
}

/** An entry of `items`: a section heading or a session. */
export type ScheduleItem = ScheduleSection | ScheduleSession;

/** The data of `<workshop-schedule>`: section headings and sessions, in any order. */
export type ScheduleItems = ScheduleItem[];
