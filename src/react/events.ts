import type { EventName } from '@lit/react';

/**
 * React props for the events every element fires. React's own `onLoad` and `onError` never see them: the events
 * are named `we-load` and `we-error`, and React 19 would otherwise need the lowercase `onwe-load` on a plain tag.
 */
export const dataEvents = {
  /** The data from `src` has loaded (`we-load`). */
  onWeLoad: 'we-load' as EventName<Event>,
  /** The data cannot be used: malformed JSON, a failed `src`, a wrong shape or setting (`we-error`). */
  onWeError: 'we-error' as EventName<Event>,
};

/** A `#id` in the page URL scrolled to an entry (`we-fragment-target`, `detail.id`). */
export const fragmentEvents = {
  onWeFragmentTarget: 'we-fragment-target' as EventName<CustomEvent<{ id: string }>>,
};
