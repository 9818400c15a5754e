'use client';

import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import { WorkshopSchedule as WorkshopScheduleElement } from '../workshop-schedule/workshop-schedule.js';
import { dataEvents, fragmentEvents, type ElementEvent } from './events.js';

/**
 * `<workshop-schedule>` for React. Every property of the element is a prop (`items`, `timezone`, `date`…), set on
 * the element after it mounts, so data also reaches an element that was rendered on the server and hydrated.
 * Events: `onWeLoad`, `onWeError`, `onWeFragmentTarget`, `onWeCalendarDownload` (cancelable: call
 * `preventDefault()` to handle the `.ics` file yourself) and `onWeFavoritesChange`.
 */
export const WorkshopSchedule = createComponent({
  react: React,
  tagName: 'workshop-schedule',
  elementClass: WorkshopScheduleElement,
  events: {
    ...dataEvents,
    ...fragmentEvents,
    onWeCalendarDownload: 'we-calendar-download' as EventName<ElementEvent<'we-calendar-download'>>,
    onWeFavoritesChange: 'we-favorites-change' as EventName<ElementEvent<'we-favorites-change'>>,
  },
  displayName: 'WorkshopSchedule',
});
