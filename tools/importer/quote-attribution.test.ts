// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { findPeople } from './find-people.ts';
import { attributionAfter, attributionBefore } from './quote-attribution.ts';

const people = findPeople(['President Kassym-Jomart Tokayev spoke.']);

describe('attributionAfter', () => {
  it('reads "he said"', () => {
    expect(attributionAfter(' he said.', people)).toEqual({
      speaker: { kind: 'pronoun' },
      end: 8,
      phrase: 'he',
    });
  });

  it('reads "said Name, role"', () => {
    const text = ' said Martin Indyk, a former U.S. ambassador to Israel. Then more.';
    expect(attributionAfter(text, people)?.speaker).toEqual({
      kind: 'person',
      person: { name: 'Martin Indyk', role: 'former U.S. ambassador to Israel' },
    });
  });

  it('reads "Name said" with a known surname', () => {
    expect(attributionAfter(', Tokayev told reporters.', people)?.speaker).toEqual({
      kind: 'person',
      person: { name: 'Kassym-Jomart Tokayev', role: 'President' },
    });
  });

  it('finds nothing when no speaker follows', () => {
    expect(attributionAfter(' and cannot afford housing.', people)).toBeUndefined();
    expect(attributionAfter(', the government said.', people)).toBeUndefined();
  });
});

describe('attributionBefore', () => {
  it('reads the subject of the last speech verb', () => {
    const text = 'Speaking at a meeting with the top brass, he said that the soldiers would ';
    expect(attributionBefore(text, people)?.speaker).toEqual({ kind: 'pronoun' });
  });

  it('reads a titled name', () => {
    const text = 'In a speech, President Kassym-Jomart Tokayev said the withdrawal would take ';
    expect(attributionBefore(text, people)?.speaker).toEqual({
      kind: 'person',
      person: { name: 'Kassym-Jomart Tokayev', role: 'President' },
    });
  });

  it('ignores a speech verb that an earlier quotation separates from the quote', () => {
    expect(attributionBefore('He said “yes” and then “', people)).toBeUndefined();
  });

  it('finds nothing without a speech verb', () => {
    expect(attributionBefore('given Russia’s record of sending ', people)).toBeUndefined();
  });
});
