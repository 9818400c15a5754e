'use client';

import { createComponent } from '@lit/react';
import * as React from 'react';
import { SponsorStrip as SponsorStripElement } from '../sponsor-strip/sponsor-strip.js';
import { dataEvents } from './events.js';

/**
 * `<sponsor-strip>` for React. Every property of the element is a prop (`sponsors`, `tiers`, `plate`…), set on the
 * element after it mounts, so data also reaches an element that was rendered on the server and hydrated.
 * Events: `onWeLoad`, `onWeError`.
 */
export const SponsorStrip = createComponent({
  react: React,
  tagName: 'sponsor-strip',
  elementClass: SponsorStripElement,
  events: dataEvents,
  displayName: 'SponsorStrip',
});
