import { expect } from '@open-wc/testing';
import { JsonListError, JsonListParser } from '../../src/internal/json-list.js';

/** Feeds `pieces` to a new parser: every item it returned, in order, and what `end()` returned. */
function feed(pieces: string[]) {
  const parser = new JsonListParser();
  const items: unknown[] = [];
  for (const piece of pieces) for (const item of parser.push(piece)) items.push(item);
  return { items, rest: parser.end(), notList: parser.notList };
}

/** `text` in pieces of `size` UTF-16 code units (so an emoji may be cut in half, as `data.ts` slices do). */
const inPiecesOf = (size: number, text: string) =>
  Array.from({ length: Math.ceil(text.length / size) }, (_, i) => text.slice(i * size, (i + 1) * size));

/** Every way `text` is cut in two, then one character per piece: `[what, pieces]`. */
function* everySplit(text: string): Generator<[string, string[]]> {
  for (let at = 0; at <= text.length; at++) yield [`cut at ${at}`, [text.slice(0, at), text.slice(at)]];
  yield ['one character at a time', text.split('')];
}

/** However `text` is cut, the parser gives its items. */
function expectItemsEverySplit(text: string) {
  const expected = JSON.parse(text) as unknown[];
  for (const [what, pieces] of everySplit(text)) {
    const { items, rest, notList } = feed(pieces);
    expect(items, what).to.deep.equal(expected);
    expect(rest, what).to.equal(undefined);
    expect(notList, what).to.equal(false);
  }
}

function errorOf(parts: string[]): Error | undefined {
  try {
    feed(parts);
  } catch (e) {
    return e as Error;
  }
  return undefined;
}

// Each sample is JSON text of a list whose items are hard to find by a scanner that does not follow strings exactly.
const samples: [string, string][] = [
  ['objects with nested arrays and objects', '[{"a":[1,[2,{"b":[]}]],"c":{"d":{"e":null}}},{"f":{}},{"g":[{}]}]'],
  ['lists as items', '[[],[[]],[1,[2,[3]]],{},[{"a":[]}]]'],
  ['deep nesting', '[[[[[[{"a":[[["]"]]]}]]]]]]'],
  ['strings with brackets, braces and commas', '["]","}",",","[","{","a],[b","{\\"x\\":1}",{"t":"]}],{"},{"t":"x"}]'],
  ['escaped quotes', '["say \\"hi\\"",{"q":"\\"]\\""},"\\"","\\"\\""]'],
  [
    'backslashes right before a closing quote',
    String.raw`["\\","a\\\\",{"p":"C:\\dir\\"},"\\\"]\\",["\\"],{"\\":"\\"}]`,
  ],
  ['unicode escapes', String.raw`["\u005d","\u0022","\u005c",{"\u007d":"\u005b"},"\ud83d\ude00","\u2028"]`],
  ['non-ASCII and emoji', '["Zürich","東京","😀👩‍🔬",{"name":"Ångström 🧪","x":["ß"]},"🎉","x😀"]'],
  ['bare numbers, literals and strings', '[1,-0.5e+10,0,true,false,null,"str",12345678901234567890,-0,1E2,"",7]'],
  ['bare items before a closing bracket', '[true]'],
  ['a bare number alone', '[42]'],
  ['a string alone', '["only"]'],
  [
    'whitespace and newlines everywhere',
    '\n\t [ \r\n 1 \n, \t{ "a" : [ 1 , 2 ] , "b" : { } } \n , "x" \r\n,null\t,\n[ ]\n,true ] \n\t',
  ],
  ['an empty list', '[]'],
  ['an empty list with whitespace', ' \n[ \n\t]\r\n '],
  [
    'a pretty-printed mix',
    JSON.stringify(
      [
        { title: 'A "quoted" title, [with] {brackets}', authors: ['Ada', 'Grace \\ Hopper'], n: 3.5 },
        'C:\\path\\',
        [null, true, { deep: [[{ x: '}' }]] }],
        -12,
      ],
      null,
      2,
    ),
  ],
];

describe('JsonListParser', () => {
  for (const [name, text] of samples) {
    it(`finds every item however the text is cut: ${name}`, () => {
      expectItemsEverySplit(text);
    });
  }

  it('finds every item of the naughty strings list, cut anywhere', async () => {
    const text = await (await fetch('/test/fixtures/blns/blns.json')).text();
    const expected = JSON.parse(text) as unknown[];
    expect(expected.length).to.be.greaterThan(500);
    for (const size of [1, 2, 3, 7, 64, 1000, text.length]) {
      expect(feed(inPiecesOf(size, text)).items, `pieces of ${size}`).to.deep.equal(expected);
    }
    // Two pieces, cut every 7th position (every position would take seconds; the small samples above cover that).
    for (let at = 0; at <= text.length; at += 7) {
      expect(feed([text.slice(0, at), text.slice(at)]).items, `cut at ${at}`).to.deep.equal(expected);
    }
  });

  it('finds every paper of the real ICLR 2020 file, cut anywhere', async function () {
    this.timeout(30000);
    const text = await (await fetch('/demo/data/iclr2020-papers.json')).text();
    const expected = JSON.parse(text) as unknown[];
    expect(expected).to.have.length(687);
    for (const size of [1, 5, 999, 16384, 131072]) {
      expect(feed(inPiecesOf(size, text)).items, `pieces of ${size}`).to.deep.equal(expected);
    }
    // Every cut in two of the first papers (every cut of all 687 would take hours).
    const first = JSON.stringify(expected.slice(0, 3), null, 1);
    expectItemsEverySplit(first);
  });

  it('returns each item from the push that completes it', () => {
    const parser = new JsonListParser();
    expect(parser.push('[{"a":')).to.deep.equal([]);
    expect(parser.push('1},{"b"')).to.deep.equal([{ a: 1 }]);
    expect(parser.push(':2}, 3')).to.deep.equal([{ b: 2 }]);
    // A bare number may go on in the next piece: it ends only at `,`, `]` or whitespace.
    expect(parser.push('4')).to.deep.equal([]);
    expect(parser.push(']')).to.deep.equal([34]);
    expect(parser.end()).to.equal(undefined);
    expect(parser.notList).to.equal(false);
  });

  describe('malformed text', () => {
    const malformed: [string, string][] = [
      ['a trailing comma', '[1,]'],
      ['a trailing comma after an object', '[{"a":1},\n]'],
      ['a leading comma', '[,1]'],
      ['two commas', '[1,,2]'],
      ['a missing comma', '[1 2]'],
      ['a missing comma between objects', '[{"a":1}{"b":2}]'],
      ['a missing comma between strings', '["a" "b"]'],
      ['garbage after the list', '[1] x'],
      ['a second list after the list', '[1][2]'],
      ['a malformed item', '[{"a":1,}]'],
      ['a misspelt literal', '[ture]'],
      ['a bare word', '[abc]'],
      ['a number glued to a string', '[1"a"]'],
      ['a closing brace for a bracket', '[[1}]'],
      ['a truncated object', '[{"a":1}'],
      ['a truncated string', '["abc'],
      ['a string ending in an escape', '["abc\\'],
      ['a truncated number', '[1'],
      ['a list without its end', '[1, 2,'],
      ['only the opening bracket', '['],
      ['empty input', ''],
      ['only whitespace', ' \n\t'],
      ['a truncated top-level object', '{"a":'],
      ['a malformed top-level value', 'nope'],
    ];
    for (const [name, text] of malformed) {
      it(`throws JsonListError for ${name}, however the text is cut`, () => {
        for (const [what, pieces] of everySplit(text)) {
          const error = errorOf(pieces);
          expect(error, what).to.be.instanceOf(JsonListError);
          expect(error!.message, what).not.to.equal('');
        }
      });
    }

    it('says where the text went wrong', () => {
      expect(errorOf(['[1,', '2 3]'])!.message).to.contain('position 5');
      expect(errorOf(['[{"a":1}'])!.message).to.contain('end of JSON input');
      expect(errorOf([''])!.message).to.contain('empty');
    });
  });

  describe('a top level that is not a list', () => {
    const values: [string, string][] = [
      ['an object', '{"a":1}'],
      ['an object with a list inside', ' \n{"papers": [{"title": "x]"}], "n": null}\n'],
      ['a string', '"[not a list]"'],
      ['a number', '42'],
      ['null', 'null'],
      ['true', 'true'],
    ];
    for (const [name, text] of values) {
      it(`gives ${name} whole from end(), with notList, however the text is cut`, () => {
        for (const [what, pieces] of everySplit(text)) {
          const { items, rest, notList } = feed(pieces);
          expect(items, what).to.deep.equal([]);
          expect(notList, what).to.equal(true);
          expect(rest, what).to.deep.equal(JSON.parse(text));
        }
      });
    }

    it('knows it is not a list from the first character that is not whitespace', () => {
      const parser = new JsonListParser();
      parser.push('  \n');
      expect(parser.notList).to.equal(false);
      expect(parser.push('{"a":')).to.deep.equal([]);
      expect(parser.notList).to.equal(true);
      parser.push('1}');
      expect(parser.end()).to.deep.equal({ a: 1 });
    });
  });
});
