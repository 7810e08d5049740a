// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { findPeople } from './find-people.ts';
import { resolvePronoun, sentenceSubject } from './resolve-pronoun.ts';

const SENTENCES = [
  'In Moscow, Russia’s defense minister, Sergei K. Shoigu, did not mention specific plans.',
  'Speaking at a meeting, he said that the soldiers would stay.',
  'Tokayev spent most of his career serving the state created by Nursultan Nazarbayev.',
  'But in his speech, Tokayev seemed to lay the blame on his mentor.',
  'Without mentioning Nazarbayev by name, he denounced the country’s cronyism.',
  '“I think it is time they pay their dues,” he said.',
  'The health ministry said the figures were wrong.',
  '“We will check,” he said.',
];
const people = findPeople(['President Kassym-Jomart Tokayev spoke.', ...SENTENCES]);

describe('sentenceSubject', () => {
  it('skips an introductory clause to find a role and name', () => {
    expect(sentenceSubject(SENTENCES[0] ?? '', people)).toEqual({
      kind: 'person',
      person: { name: 'Sergei K. Shoigu', role: 'Russia’s defense minister' },
    });
  });

  it('sees a pronoun subject after a clause', () => {
    expect(sentenceSubject(SENTENCES[4] ?? '', people)).toEqual({ kind: 'pronoun', pronoun: 'he' });
  });

  it('takes a quotation’s speaker as its subject', () => {
    expect(sentenceSubject(SENTENCES[5] ?? '', people)).toEqual({ kind: 'pronoun', pronoun: 'he' });
  });

  it('notices a speaker that is not a person', () => {
    expect(sentenceSubject(SENTENCES[6] ?? '', people)).toEqual({ kind: 'other-speaker' });
  });
});

describe('resolvePronoun', () => {
  it('resolves to the previous sentence’s subject', () => {
    expect(resolvePronoun(SENTENCES, 1, people)?.name).toBe('Sergei K. Shoigu');
  });

  it('walks back past sentences about the same "he"', () => {
    expect(resolvePronoun(SENTENCES, 5, people)?.name).toBe('Kassym-Jomart Tokayev');
  });

  it('does not reach past another speaker', () => {
    expect(resolvePronoun(SENTENCES, 7, people)).toBeUndefined();
  });

  it('resolves nothing when the subject’s sentence names someone else too', () => {
    const sentences = [
      'John Roe, the council leader, criticised Ana Example over the delays.',
      '“This is a disgrace and I will not resign over it,” she said.',
    ];
    const found = findPeople(sentences);
    expect(resolvePronoun(sentences, 1, found, 'she')).toBeUndefined();
    expect(resolvePronoun(sentences, 1, found, 'he')).toBeUndefined();
    // People named only inside a quotation are its words, not candidates.
    const quoted = [
      'Daniil Kislov, an expert, said that “Tokayev gave a real gift to Putin.”',
      '“Putin is happy,” he said.',
    ];
    const known = findPeople(['President Vladimir Putin spoke.', ...quoted]);
    expect(resolvePronoun(quoted, 1, known, 'he')?.name).toBe('Daniil Kislov');
  });

  it('resolves nothing across a sentence about the other pronoun', () => {
    const sentences = ['John Roe, the council leader, spoke.', 'She left.', '“No,” he said.'];
    expect(resolvePronoun(sentences, 2, findPeople(sentences), 'he')).toBeUndefined();
  });
});
