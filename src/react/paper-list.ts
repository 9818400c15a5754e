'use client';

import { createComponent } from '@lit/react';
import * as React from 'react';
import { PaperList as PaperListElement } from '../paper-list/paper-list.js';
import { dataEvents, fragmentEvents } from './events.js';

/**
 * `<paper-list>` for React. Every property of the element is a prop (`papers`, `venue`, `groupBy`…), set on the
 * element after it mounts, so data also reaches an element that was rendered on the server and hydrated.
 * Events: `onWeLoad`, `onWeError`, `onWeFragmentTarget`.
 */
export const PaperList = createComponent({
  react: React,
  tagName: 'paper-list',
  elementClass: PaperListElement,
  events: { ...dataEvents, ...fragmentEvents },
  displayName: 'PaperList',
});
