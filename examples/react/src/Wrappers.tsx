import { useState } from 'react';
import { PaperList, SpeakerCard, SponsorStrip, WorkshopSchedule } from 'workshop-elements/react';
import { latePaper, papers as firstPapers, program, speaker, sponsors } from './data';

/**
 * The four elements through workshop-elements/react: data as props (set as properties after mount, so they also
 * reach elements rendered on the server), events as `onWe…` props.
 */
export function Wrappers({ onEvent }: { onEvent: (text: string) => void }) {
  const [papers, setPapers] = useState(firstPapers);
  return (
    <>
      <section>
        <h2>Program</h2>
        <WorkshopSchedule
          items={program}
          timezone="America/Vancouver"
          date="2019-12-13"
          onWeError={() => onEvent('workshop-schedule error')}
        />
      </section>
      <section>
        <h2>Invited speaker</h2>
        <SpeakerCard speaker={speaker} headingLevel={3} />
      </section>
      <section>
        <h2>Papers</h2>
        <PaperList papers={papers} venue="SMMaL Workshop at NeurIPS 2019" year="2019" />
        <button type="button" onClick={() => setPapers([...papers, latePaper])} disabled={papers.includes(latePaper)}>
          Add a late paper
        </button>
      </section>
      <section>
        <h2>Sponsors</h2>
        <SponsorStrip sponsors={sponsors} tiers={['Gold', 'Silver']} />
        <SponsorStrip
          src="/sponsors.json"
          label="Sponsors from a file"
          onWeLoad={() => onEvent('sponsor-strip we-load')}
        />
      </section>
    </>
  );
}
