// Typings of the plain tags in JSX: attributes in their HTML spelling, listeners as `on` + the event's name.
import type {} from 'workshop-elements/react-jsx';
import 'workshop-elements/paper-list.js';
import 'workshop-elements/speaker-card.js';

/** The plain custom-element tags, without wrappers: fine in a client-rendered app (see README for SSR). */
export function PlainTags({ onEvent }: { onEvent: (text: string) => void }) {
  return (
    <section>
      <h2>Plain tags</h2>
      <speaker-card
        id="plain-speaker"
        name="Weinan E"
        affiliation="Princeton University"
        speaker-role="Invited speaker"
        heading-level={3}
      />
      <paper-list
        id="plain-papers"
        src="/papers.json"
        heading-level={3}
        onwe-load={() => onEvent('paper-list we-load')}
      />
    </section>
  );
}
