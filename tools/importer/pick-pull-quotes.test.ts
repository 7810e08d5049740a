// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { QuoteFinding } from './find-quotes.ts';
import { pickPullQuotes, pullQuoteScore } from './pick-pull-quotes.ts';

function finding(
  paragraph: number,
  text: string,
  name: string,
  wholeParagraph = false,
): QuoteFinding {
  return { paragraph, text, speaker: { name }, wholeParagraph };
}

describe('pullQuoteScore', () => {
  it('prefers whole sentences to fragments', () => {
    expect(pullQuoteScore('Tokayev gave a real gift to Putin.')).toBeGreaterThan(
      pullQuoteScore('continue their mission until the situation fully stabilizes'),
    );
  });

  it('rejects quotations too short or too long to stand alone', () => {
    expect(pullQuoteScore('deep debt')).toBe(0);
    expect(pullQuoteScore('word '.repeat(41))).toBe(0);
  });
});

describe('pickPullQuotes', () => {
  const blockQuote = finding(
    5,
    'Putin is happy to use any opportunity to expand somewhere',
    'Daniil Kislov',
    true,
  );
  const findings = [
    finding(
      1,
      'So far, it seems like these days nothing of the kind is visible.',
      'Ekaterina Shulman',
    ),
    finding(4, 'Tokayev gave a real gift to Putin.', 'Daniil Kislov'),
    blockQuote,
    finding(8, 'could lose control over Almaty completely.', 'Kassym-Jomart Tokayev'),
    finding(9, 'I think this is another gift to Putin, and we all know it.', 'Daniil Kislov'),
    finding(
      12,
      'if you scratch the surface, there is horrendous economic disparity',
      'Elmira Satybaldieva',
    ),
  ];

  it('takes the strongest, one per speaker, in article order', () => {
    expect(pickPullQuotes(findings, 24).map((quote) => quote.paragraph)).toEqual([1, 9, 12]);
  });

  it('gives a short article fewer pull quotes', () => {
    expect(pickPullQuotes(findings, 12)).toHaveLength(2);
    expect(pickPullQuotes(findings, 5)).toEqual([]);
  });

  it('never pulls a block quote', () => {
    expect(pickPullQuotes([blockQuote], 24)).toEqual([]);
  });
});
