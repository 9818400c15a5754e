'use client';

import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import { ImportantDates as ImportantDatesElement } from '../important-dates/important-dates.js';
import { dataEvents, fragmentEvents, type ElementEvent } from './events.js';

/**
 * `<important-dates>` for React. Every property of the element is a prop (`dates`, `timezone`, `layout`…), set on
 * the element after it mounts, so data also reaches an element that was rendered on the server and hydrated.
 * Events: `onWeLoad`, `onWeError`, `onWeFragmentTarget`, `onWeCalendarDownload`.
 */
export const ImportantDates = createComponent({
  react: React,
  tagName: 'important-dates',
  elementClass: ImportantDatesElement,
  events: {
    ...dataEvents,
    ...fragmentEvents,
    onWeCalendarDownload: 'we-calendar-download' as EventName<ElementEvent<'we-calendar-download'>>,
  },
  displayName: 'ImportantDates',
});
