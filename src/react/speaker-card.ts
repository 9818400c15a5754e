'use client';

import { createComponent } from '@lit/react';
import * as React from 'react';
import { SpeakerCard as SpeakerCardElement } from '../speaker-card/speaker-card.js';
import { dataEvents } from './events.js';

/**
 * `<speaker-card>` for React. Every property of the element is a prop (`speaker`, `name`, `layout`…), set on the
 * element after it mounts, so data also reaches an element that was rendered on the server and hydrated. Children
 * fill its slots (`<p slot="bio">`). Events: `onWeLoad`, `onWeError`.
 */
export const SpeakerCard = createComponent({
  react: React,
  tagName: 'speaker-card',
  elementClass: SpeakerCardElement,
  events: dataEvents,
  displayName: 'SpeakerCard',
});
