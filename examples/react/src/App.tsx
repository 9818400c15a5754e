import { useState } from 'react';
import { PlainTags } from './PlainTags';
import { Wrappers } from './Wrappers';

/** The client-rendered page: the wrappers and the plain tags, and a log of the events the app received. */
export function App({ plainTags = true }: { plainTags?: boolean }) {
  const [events, setEvents] = useState<string[]>([]);
  const onEvent = (text: string) => setEvents((seen) => [...seen, text]);
  return (
    <main>
      <h1>SMMaL Workshop at NeurIPS 2019</h1>
      <Wrappers onEvent={onEvent} />
      {plainTags && <PlainTags onEvent={onEvent} />}
      <h2>Events received</h2>
      <ul id="events">
        {events.map((text, i) => (
          <li key={i}>{text}</li>
        ))}
      </ul>
    </main>
  );
}
