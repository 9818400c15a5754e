import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { captureConsole } from '../helpers/console.js';

type WithData = HTMLElement & { dataComplete: Promise<void> };

/** Mounts `markup` and returns the console warnings it printed (read, so the console counts as checked). */
async function warningsOf(markup: ReturnType<typeof html>) {
  const console_ = captureConsole();
  try {
    const el = await fixture<WithData>(markup);
    await el.dataComplete;
    await new Promise<void>((resolve) => queueMicrotask(resolve));
    return { el, warnings: [...console_.warnings] };
  } finally {
    console_.restore();
  }
}

describe('a mistyped attribute name is named, with the attribute meant', () => {
  it('on every element: heading-levle, filtrable, layuot, tier-headnig, heading_level', async () => {
    const cases = [
      [
        html`<workshop-schedule
          date="2019-12-13"
          timezone="UTC"
          filtrable
          heading-levle="2"
          .items=${[]}
        ></workshop-schedule>`,
        ['attribute "filtrable" is not one it reads, ignored (did you mean "filterable"?)', '"heading-levle"'],
      ],
      [
        html`<important-dates layuot="timeline" timezone="AoE" .dates=${[]}></important-dates>`,
        ['(did you mean "layout"?)'],
      ],
      [
        html`<paper-list group_by="type" .papers=${[]}></paper-list>`,
        ['"group_by" is not one it reads, ignored (did you mean "group-by"?)'],
      ],
      [html`<sponsor-strip tier-headnig="{tier}" .sponsors=${[]}></sponsor-strip>`, ['(did you mean "tier-heading"?)']],
      [
        html`<speaker-card heading_level="2" .speaker=${{ name: 'Weinan E' }}></speaker-card>`,
        ['(did you mean "heading-level"?)'],
      ],
    ] as const;
    for (const [markup, expected] of cases) {
      const { el, warnings } = await warningsOf(markup);
      expect(warnings, el.localName).to.have.length(1);
      expect(warnings[0]).to.match(new RegExp(`^<${el.localName}>: `));
      for (const text of expected) expect(warnings[0]).to.contain(text);
      await expect(el).to.be.accessible();
    }
  });

  it('says nothing of global, aria-, data- and framework attributes, or of names near none of its own', async () => {
    const { el, warnings } = await warningsOf(
      html`<paper-list
        id="papers"
        class="x"
        lang="en"
        title="Papers"
        aria-describedby="papers"
        data-v-1234=""
        ng-reflect-papers="[]"
        x-data="{}"
        .papers=${[{ title: 'A' }]}
      ></paper-list>`,
    );
    expect(warnings).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });
});
