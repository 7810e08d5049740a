// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { unaccountedWords } from './attribution-words.ts';

const doe = { name: 'Jane Doe', role: 'mayor' };
const tail = { speaker: doe, pronoun: false, punctuation: /^,*\.?$/ };

describe('unaccountedWords', () => {
  it('accounts for the name, the role as kept, the verb, a simple time and commas', () => {
    expect(unaccountedWords(' said Jane Doe, the mayor.', tail)).toEqual([]);
    expect(unaccountedWords(' Doe said on Tuesday.', tail)).toEqual([]);
    expect(unaccountedWords(', Doe said last week.', tail)).toEqual([]);
    expect(unaccountedWords(' she said.', { ...tail, pronoun: true })).toEqual([]);
    expect(
      unaccountedWords(' said Sergei K. Shoigu.', {
        ...tail,
        speaker: { name: 'Sergei K. Shoigu' },
      }),
    ).toEqual([]);
  });

  it('returns every other word', () => {
    expect(
      unaccountedWords(' Doe said, adding that the council fired three officials.', tail),
    ).toEqual(['adding', 'that', 'the', 'council', 'fired', 'three', 'officials']);
    expect(unaccountedWords(' said Jane Doe, the mayor, who resigned last week.', tail)).toEqual([
      'who',
      'resigned',
    ]);
    expect(unaccountedWords(' said Jane Doe, the former mayor.', tail)).toEqual(['the', 'former']);
    expect(unaccountedWords(' Doe told reporters.', tail)).toEqual(['reporters']);
  });

  it('accounts for each part once', () => {
    expect(unaccountedWords(' Doe said. Doe said.', tail)).toEqual(['Doe', 'said', '..']);
    expect(unaccountedWords(' she said, he said.', { ...tail, pronoun: true })).toEqual([
      'he',
      'said',
    ]);
    // "he" is a speaker's word only when the attribution was a pronoun.
    expect(unaccountedWords(' he said.', tail)).toEqual(['he']);
  });

  it('reports punctuation that carries meaning', () => {
    expect(unaccountedWords(' Doe said (twice).', tail)).toEqual(['twice', '().']);
  });
});
