// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { statLabel, statSource } from './stat-label.ts';

function labelFor(sentence: string, value: string): string | undefined {
  const start = sentence.indexOf(value);
  return statLabel(sentence, start, start + value.length);
}

describe('statLabel', () => {
  it('takes the noun phrase after the number, without auxiliaries', () => {
    expect(
      labelFor(
        'More than 2,000 people have been injured so far, according to the government.',
        'More than 2,000',
      ),
    ).toBe('people injured so far');
    expect(labelFor('At least 164 people had died in the violence.', 'At least 164')).toBe(
      'people died in the violence',
    );
  });

  it('stops at a modal verb', () => {
    expect(
      labelFor('A slow withdrawal of the 2,500 Russian-led troops may undermine that.', '2,500'),
    ).toBe('Russian-led troops');
  });

  it('keeps a verb that is not an auxiliary of a participle', () => {
    expect(
      labelFor('Only 3.5% of the adult population has an annual income above $10,000.', '3.5%'),
    ).toBe('of the adult population has an annual income above $10,000');
  });

  it('stops at "and" once it has a phrase, keeping quotation marks balanced', () => {
    expect(
      labelFor(
        'About 80% of the economic population is in “deep debt” and cannot afford proper housing.',
        'About 80%',
      ),
    ).toBe('of the economic population is in “deep debt”');
  });

  it('stops at "and" or a relative clause after the unit', () => {
    expect(labelFor('It weighed some 800 pounds and sounded like a plane.', 'some 800')).toBe(
      'pounds',
    );
    expect(
      labelFor('Women held 27 percent of computing and math-related jobs.', '27 percent'),
    ).toBe('of computing and math-related jobs');
    expect(
      labelFor('Lorenz idealized it in 12 equations that described the motion of gas.', '12'),
    ).toBe('equations');
  });

  it('looks before a number that ends its clause', () => {
    expect(labelFor('The country’s minimum monthly wage is about $100.', 'about $100')).toBe(
      'country’s minimum monthly wage',
    );
  });

  it('does not run into the next clause or end on a verb', () => {
    expect(
      labelFor(
        'The plan will cost about $4.2 million and covers 300 metres of sea wall.',
        'about $4.2 million',
      ),
    ).toBe('plan');
  });

  it('gives nothing when there are no words around the number', () => {
    expect(labelFor('$7', '$7')).toBeUndefined();
  });
});

describe('statSource', () => {
  it('names the source when the sentence does', () => {
    expect(
      statSource(
        'Only 162 people control half its wealth, according to a recent report by accounting firm KPMG.',
      ),
    ).toBe('KPMG');
    expect(
      statSource(
        'It has one-twelfth of the reserves, according to the U.S. Energy Information Administration.',
      ),
    ).toBe('U.S. Energy Information Administration');
  });

  it('gives nothing for an unnamed source', () => {
    expect(
      statSource('Nearly 10,000 people have been detained, according to the government.'),
    ).toBeUndefined();
    expect(statSource('Nearly 10,000 people have been detained.')).toBeUndefined();
  });
});
