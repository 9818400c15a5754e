import { expect } from '@open-wc/testing';
import { DataError } from '../../src/internal/validate.js';
import { speakerFromAttributes, validateSpeaker } from '../../src/speaker-card/validate.js';

describe('validateSpeaker', () => {
  it('normalises every field of a full speaker', () => {
    const { data, problems } = validateSpeaker({
      name: 'Lily Hu',
      affiliation: ['Salesforce Research', 'University of California, Berkeley'],
      photo: 'img/lily.jpg',
      url: 'http://rlily.hu/',
      role: 'Organizer',
      bio: 'Works on fairness.',
      talk: { title: 'A talk', href: '#lily-hu' },
      links: [{ label: 'Scholar', url: 'https://scholar.google.com/' }],
    });
    expect(problems).to.deep.equal([]);
    expect(data.name).to.equal('Lily Hu');
    expect(data.affiliations).to.deep.equal(['Salesforce Research', 'University of California, Berkeley']);
    expect(data.photo).to.equal(new URL('img/lily.jpg', document.baseURI).href);
    expect(data.talk).to.deep.equal({ title: 'A talk', href: new URL('#lily-hu', document.baseURI).href });
    expect(data.links).to.deep.equal([{ label: 'Scholar', url: 'https://scholar.google.com/' }]);
  });

  it('accepts one affiliation as a string and a talk as a bare title', () => {
    const { data } = validateSpeaker({ name: 'Terence Tao', affiliation: 'UCLA', talk: 'Euler flows' });
    expect(data.affiliations).to.deep.equal(['UCLA']);
    // `href` is the talk's own (undefined), never one inherited from Object.prototype.
    expect(data.talk).to.deep.equal({ title: 'Euler flows', href: undefined });
  });

  it('refuses an array and a blank string, naming the field', () => {
    expect(() => validateSpeaker(['Terence Tao'])).to.throw(DataError, /"speaker" must be an object, got an array/);
    expect(() => validateSpeaker(' ')).to.throw(DataError, /must be an object/);
  });

  it('reads a speaker written as a name alone (`- Weinan E` in a speakers.yml) as that name', () => {
    const { data, problems } = validateSpeaker('Weinan E');
    expect(problems).to.deep.equal([]);
    expect(data.name).to.equal('Weinan E');
  });

  it('keeps "Jane Doe, MIT" written as a string as one name, warning with the object form', () => {
    const { data, problems } = validateSpeaker('Jane Doe, MIT');
    expect([data.name, data.affiliations]).to.deep.equal(['Jane Doe, MIT', []]);
    expect(problems).to.have.length(1);
    expect(problems[0].path).to.equal('speaker');
    expect(problems[0].message).to.contain('"Jane Doe, MIT" is shown as one name');
    expect(problems[0].message).to.contain('{ "name": "Jane Doe", "affiliation": "MIT" }');
  });

  it('does not take initials, a suffix, a degree or a family name first for an affiliation', () => {
    for (const name of [
      'Doe, Jane',
      'Martin Luther King, Jr.',
      'Jane Doe, PhD',
      'Henry Tudor, VIII',
      'Jane Doe, J. R.',
      'Jean Dupont, J.-P.',
      'Ann Lee, Bo Chen, Cy Wu',
      'Weinan E',
    ]) {
      const { data, problems } = validateSpeaker(name);
      expect([data.name, problems], name).to.deep.equal([name, []]);
    }
    // The object form is the organizer's choice: a comma in its name is not questioned.
    expect(validateSpeaker({ name: 'Jane Doe, MIT' }).problems).to.deep.equal([]);
  });

  it('keeps a speaker without a usable name, with a problem on speaker.name that the card says so', () => {
    for (const raw of [
      { affiliation: 'UCLA' },
      { name: '  ', affiliation: 'UCLA' },
      { name: ['A'], affiliation: 'UCLA' },
    ]) {
      const { data, problems } = validateSpeaker(raw);
      expect(data.name).to.equal('');
      expect(data.affiliations).to.deep.equal(['UCLA']);
      expect(problems.map((p) => p.path)).to.deep.equal(['speaker.name']);
      expect(problems[0].message).to.contain('This card has no name').and.not.contain('skipped');
    }
  });

  it('names the speaker in each problem, and suggests the field a typo meant', () => {
    const { problems } = validateSpeaker({ name: 'Terence Tao', afiliation: 'UCLA' });
    expect(problems).to.deep.equal([
      {
        path: 'speaker.afiliation',
        message: 'unknown field, ignored (did you mean "affiliation"?)',
        entry: 'Terence Tao',
      },
    ]);
  });

  it('drops unsafe URLs and wrong types with a problem naming the path, keeping the rest', () => {
    const { data, problems } = validateSpeaker({
      name: 'Kept',
      url: 'javascript:alert(1)',
      photo: 'javascript:alert(1)',
      role: ['Organizer'],
      affiliation: ['UCLA', 3, { x: 1 }],
      talk: { href: '#x' },
      links: [
        { label: 'Bad', url: 'data:text/html,<script>alert(1)</script>' },
        { label: 'Good', url: 'https://ok.org/' },
      ],
      titel: 'typo',
    });
    expect(data.url).to.equal(undefined);
    expect(data.photo).to.equal(undefined);
    expect(data.role).to.equal(undefined);
    expect(data.affiliations).to.deep.equal(['UCLA', '3']);
    expect(data.talk).to.equal(undefined);
    expect(data.links.map((l) => l.label)).to.deep.equal(['Good']);
    const paths = problems.map((p) => p.path);
    expect(paths).to.include.members([
      'speaker.url',
      'speaker.photo',
      'speaker.role',
      'speaker.affiliation[2]',
      'speaker.talk.title',
      'speaker.links[0].url',
      'speaker.titel',
    ]);
  });

  it('keeps a 10,000-character bio whole', () => {
    const bio = 'word '.repeat(2000);
    expect(validateSpeaker({ name: 'Long', bio }).data.bio).to.equal(bio);
  });
});

describe('speakerFromAttributes', () => {
  it('is undefined when no attribute is given', () => {
    expect(speakerFromAttributes({})).to.equal(undefined);
    expect(speakerFromAttributes({ name: null, affiliation: '' })).to.equal(undefined);
  });

  it('reads the plain attributes, href as the homepage', () => {
    const r = speakerFromAttributes({
      name: 'Terence Tao',
      affiliation: 'UCLA',
      href: 'https://www.math.ucla.edu/~tao/',
      role: 'Keynote',
    })!;
    expect(r.data).to.deep.include({
      name: 'Terence Tao',
      affiliations: ['UCLA'],
      url: 'https://www.math.ucla.edu/~tao/',
      role: 'Keynote',
    });
    expect(r.problems).to.deep.equal([]);
  });

  it('requires a name when other attributes are given, and names unsafe URL attributes', () => {
    const nameless = speakerFromAttributes({ affiliation: 'UCLA' })!;
    expect(nameless.data.affiliations).to.deep.equal(['UCLA']);
    expect(nameless.problems.map((p) => p.path)).to.deep.equal(['name attribute']);
    const r = speakerFromAttributes({ name: 'X', href: 'javascript:alert(1)', photo: 'vbscript:x' })!;
    expect(r.data.url).to.equal(undefined);
    expect(r.data.photo).to.equal(undefined);
    expect(r.problems.map((p) => p.path)).to.deep.equal(['photo attribute', 'href attribute']);
    const t = speakerFromAttributes({ name: 'X', talk: 'A talk', talkHref: 'javascript:alert(1)' })!;
    expect(t.data.talk).to.deep.equal({ title: 'A talk', href: undefined });
    expect(t.problems.map((p) => p.path)).to.deep.equal(['talk-href attribute']);
  });
});
