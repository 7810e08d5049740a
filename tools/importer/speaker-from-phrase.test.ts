// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { findPeople } from './find-people.ts';
import { speakerFromPhrase } from './speaker-from-phrase.ts';

const people = findPeople([
  'In a speech, President Kassym-Jomart Tokayev said the withdrawal would be quick.',
  'Daniil Kislov, an expert in Central Asia and editor of Fergana, said it was a gift.',
]);

describe('speakerFromPhrase', () => {
  it('reads a pronoun nearest the verb', () => {
    expect(
      speakerFromPhrase('Speaking at a meeting with the top brass, he', people, 'end'),
    ).toEqual({
      kind: 'pronoun',
    });
    expect(speakerFromPhrase('he', people, 'start')).toEqual({ kind: 'pronoun' });
  });

  it('resolves a surname and carries the known role', () => {
    expect(speakerFromPhrase('Tokayev', people, 'end')).toEqual({
      kind: 'person',
      person: { name: 'Kassym-Jomart Tokayev', role: 'President' },
    });
  });

  it('skips appositives to find the subject before the verb', () => {
    expect(
      speakerFromPhrase(
        'Daniil Kislov, an expert in Central Asia and editor of Fergana, a website that covers the region',
        people,
        'end',
      ),
    ).toEqual({
      kind: 'person',
      person: { name: 'Daniil Kislov', role: 'expert in Central Asia and editor of Fergana' },
    });
  });

  it('takes a new full name with the role after it', () => {
    expect(
      speakerFromPhrase(
        'Martin Indyk, executive vice president of the Brookings Institution.',
        people,
        'start',
      ),
    ).toEqual({
      kind: 'person',
      person: {
        name: 'Martin Indyk',
        role: 'executive vice president of the Brookings Institution',
      },
    });
  });

  it('reads a lowercase role before a name, and a surname with an honorific', () => {
    expect(speakerFromPhrase('president David Weisbrot', people, 'start')).toEqual({
      kind: 'person',
      person: { name: 'David Weisbrot', role: 'president' },
    });
    expect(
      speakerFromPhrase('Mr. Reeves, a senior fellow at Harvard University', people, 'start'),
    ).toEqual({
      kind: 'person',
      person: { name: 'Mr. Reeves', role: 'senior fellow at Harvard University' },
    });
  });

  it('finds no one in a phrase without a person', () => {
    expect(speakerFromPhrase('the government', people, 'end')).toBeUndefined();
    expect(speakerFromPhrase('In Moscow, officials', people, 'end')).toBeUndefined();
  });
});
