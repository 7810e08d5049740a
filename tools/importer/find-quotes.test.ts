// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { findQuotes } from './find-quotes.ts';

describe('findQuotes', () => {
  it('makes a block quote of a quotation paragraph and resolves "he said"', () => {
    const found = findQuotes([
      'Daniil Kislov, an expert in Central Asia and editor of Fergana, a website that covers the region, said that by inviting the troops, “Tokayev gave a real gift to Putin.”',
      '“Putin is happy to use any opportunity to expand somewhere, be it Ukraine or some other unstable country,” he said.',
    ]);
    const kislov = { name: 'Daniil Kislov', role: 'expert in Central Asia and editor of Fergana' };
    expect(found).toEqual([
      {
        paragraph: 0,
        text: 'Tokayev gave a real gift to Putin.',
        speaker: kislov,
        wholeParagraph: false,
      },
      {
        paragraph: 1,
        text: 'Putin is happy to use any opportunity to expand somewhere, be it Ukraine or some other unstable country',
        speaker: kislov,
        wholeParagraph: true,
      },
    ]);
  });

  it('reads a quotation split around its attribution as two fragments', () => {
    const found = findQuotes([
      '“Kazakhstan has the facade of a so-called modern country,” said Elmira Satybaldieva, whose research focuses on inequality, “but if you scratch the surface, there is horrendous economic disparity.”',
    ]);
    expect(found.map((quote) => [quote.text, quote.speaker.name, quote.wholeParagraph])).toEqual([
      ['Kazakhstan has the facade of a so-called modern country', 'Elmira Satybaldieva', false],
      [
        'if you scratch the surface, there is horrendous economic disparity.',
        'Elmira Satybaldieva',
        false,
      ],
    ]);
  });

  it('makes a block quote of "Name said: “...”" but not of a paragraph with a lead-in', () => {
    const found = findQuotes([
      'President Kassym-Jomart Tokayev spoke to Parliament.',
      'Ekaterina Shulman, a Russian political scientist, said troops could cause anger.',
      'Speaking on the radio, she said, “So far, it seems like nothing of the kind is visible.”',
      'Tokayev said: “I think it is time they pay their dues to the people of Kazakhstan.”',
    ]);
    expect(found.map((quote) => [quote.speaker.name, quote.wholeParagraph])).toEqual([
      ['Ekaterina Shulman', false],
      ['Kassym-Jomart Tokayev', true],
    ]);
  });

  it('continues the speaker into a quotation that opens the next sentence', () => {
    const [first, second] = findQuotes([
      '“Netanyahu broke a lot of crockery,” said Martin Indyk, a former U.S. ambassador to Israel. “It can’t be repaired unless both sides want it.”',
    ]);
    expect(first?.speaker.name).toBe('Martin Indyk');
    expect(second?.speaker).toEqual(first?.speaker);
  });

  it('does not make a block quote of a word or two', () => {
    const [found] = findQuotes(['Ann Lee, a fisher, spoke.', '“No way,” said Ann Lee.']);
    expect(found).toMatchObject({ text: 'No way', wholeParagraph: false });
  });

  it('ignores scare quotes and quotations without a speaker', () => {
    expect(
      findQuotes([
        'Russia has a record of sending “peacekeepers” to neighboring countries.',
        '“Nobody knows,” the ministry said.',
      ]),
    ).toEqual([]);
  });
  it('keeps a paragraph whose quotation is followed by a further sentence', () => {
    const found = findQuotes([
      'Jane Doe, the mayor, spoke to reporters outside the town hall.',
      '“We will rebuild the wall before winter comes,” Doe said. The council fired three officials and cut the budget by half.',
      '“We will rebuild the wall before winter comes,” said Jane Doe, the mayor.',
      '“We will rebuild the wall before winter comes,” Doe said on Tuesday.',
    ]);
    expect(found.map((quote) => [quote.paragraph, quote.wholeParagraph])).toEqual([
      [1, false],
      [2, true],
      [3, true],
    ]);
  });

  it('keeps a paragraph whose attribution sentence says more than who spoke', () => {
    const found = findQuotes([
      'Jane Doe, the mayor, spoke to reporters outside the town hall.',
      '“We will rebuild the wall before winter comes,” Doe said, adding that the council fired three officials.',
      '“We will rebuild the wall before winter comes,” said Jane Doe, the mayor, who resigned last week.',
      '“We will rebuild the wall before winter comes,” Doe told reporters.',
      'Jane Doe, who resigned last week, said: “We will rebuild the wall before winter comes.”',
    ]);
    expect(found.map((quote) => [quote.paragraph, quote.wholeParagraph])).toEqual([
      [1, false],
      [2, false],
      [3, false],
      [4, false],
    ]);
  });

  it('still makes block quotes of attributions with nothing but a speaker, role, verb and time', () => {
    const found = findQuotes([
      'Jane Doe, the mayor, spoke to reporters outside the town hall.',
      '“We will rebuild the wall before winter comes,” she said.',
      '“We will rebuild the wall before winter comes,” said Jane Doe, the mayor, on Tuesday.',
      '“We will rebuild the wall before winter comes,” she said last week.',
      'Jane Doe, the mayor, said: “We will rebuild the wall before winter comes.”',
    ]);
    expect(
      found.map((quote) => [quote.paragraph, quote.speaker.name, quote.wholeParagraph]),
    ).toEqual([
      [1, 'Jane Doe', true],
      [2, 'Jane Doe', true],
      [3, 'Jane Doe', true],
      [4, 'Jane Doe', true],
    ]);
  });

  it('attributes "she said" to no one when the sentence before names two people', () => {
    const found = findQuotes([
      'John Roe, the council leader, criticised Ana Example over the delays at the depot.',
      '“This is a disgrace and I will not resign over it,” she said.',
    ]);
    expect(found).toEqual([]);
  });

  it('attributes "he said" to no one across a sentence about "she"', () => {
    const found = findQuotes([
      'John Roe, the council leader, spoke first. She disagreed with the plan.',
      '“This is a disgrace and I will not resign over it,” he said.',
    ]);
    expect(found).toEqual([]);
  });
});
