import type { EventName } from '@lit/react';

/** The class of the event named `name`, as the elements declare it in `HTMLElementEventMap`. */
export type ElementEvent<Name extends string> =
  HTMLElementEventMap extends Record<Name, infer E extends Event> ? E : Event;

/**
 * React props for the events every element fires. React's own `onLoad` and `onError` never see them: the events
 * are named `we-load` and `we-error`, and React 19 would otherwise need the lowercase `onwe-load` on a plain tag.
 */
export const dataEvents = {
  /** The data from `src` has loaded (`we-load`). */
  onWeLoad: 'we-load' as EventName<ElementEvent<'we-load'>>,
  /** The data cannot be used: `detail` is `{ message, source }` (`we-error`). */
  onWeError: 'we-error' as EventName<ElementEvent<'we-error'>>,
};

/** A `#id` in the page URL scrolled to an entry: `detail` is `{ id }` (`we-fragment-target`). */
export const fragmentEvents = {
  onWeFragmentTarget: 'we-fragment-target' as EventName<ElementEvent<'we-fragment-target'>>,
};
