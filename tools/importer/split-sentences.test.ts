// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { sentenceRanges, splitSentences } from './split-sentences.ts';

describe('splitSentences', () => {
  it('splits on full stops followed by a capital', () => {
    expect(splitSentences('One thing. Two things! Three?')).toEqual([
      'One thing.',
      'Two things!',
      'Three?',
    ]);
  });

  it('keeps closing quotes with their sentence', () => {
    expect(splitSentences('He said, “It is over.” Then he left.')).toEqual([
      'He said, “It is over.”',
      'Then he left.',
    ]);
  });

  it('does not split after initials, titles or dotted acronyms', () => {
    const text =
      'Sergei K. Shoigu met Mr. Smith. The U.S. Energy Information Administration agreed.';
    expect(splitSentences(text)).toEqual([
      'Sergei K. Shoigu met Mr. Smith.',
      'The U.S. Energy Information Administration agreed.',
    ]);
  });

  it('does not split inside a decimal number or before a lowercase word', () => {
    expect(splitSentences('About 3.5% of them, e.g. adults, agree. Yes.')).toEqual([
      'About 3.5% of them, e.g. adults, agree.',
      'Yes.',
    ]);
  });

  it('returns the sentences as exact substrings', () => {
    const text = '“Putin is happy,” he said.  It also produces about 40% of the world’s uranium.';
    for (const sentence of splitSentences(text)) expect(text).toContain(sentence);
  });
});

describe('sentenceRanges', () => {
  it('gives trimmed offsets into the text', () => {
    const text = '  One. Two.  ';
    expect(sentenceRanges(text)).toEqual([
      { start: 2, end: 6 },
      { start: 7, end: 11 },
    ]);
  });
});
