// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { findStats } from './find-stats.ts';

// Three plain statistics, so that the group reaches its minimum size
// whatever a test's own paragraph holds.
const FILLER = [
  'The fund lent 1,200 farmers a total of $4 million last season in the valley.',
  'Turnout among registered voters in the district reached 61% on polling day.',
  'Prices rose 4.2% in the year to March, the statistics office said.',
];
const FILLER_VALUES = new Set(['1,200', '61%', '4.2%']);

/** The values found in the paragraphs, leaving out the filler's. */
function values(paragraphs: string[]): string[] {
  return findStats([...paragraphs, ...FILLER])
    .map((stat) => stat.value)
    .filter((value) => !FILLER_VALUES.has(value));
}

describe('findStats', () => {
  it('keeps qualifiers and the text exactly as written', () => {
    expect(
      values([
        'More than 2,000 people have been injured so far, and at least 164 people had died in the violence.',
        'It also produces about 40% of the world’s uranium, and one-twelfth of its oil.',
      ]),
    ).toEqual(['More than 2,000', 'at least 164', 'about 40%', 'one-twelfth']);
  });

  it('reads money, multipliers and fractions in words', () => {
    expect(
      values(['The club was sold for €2bn last year, and two-thirds of the fans approved of it.']),
    ).toEqual(['€2bn', 'two-thirds']);
    expect(
      values([
        'The country’s minimum monthly wage is about $100 and one in five adults earn less.',
      ]),
    ).toEqual(['about $100']);
    expect(
      values([
        'Nearly a third of the budget went to roads, and the state spent some $2.5 billion on bridges.',
      ]),
    ).toEqual(['Nearly a third', 'some $2.5 billion']);
  });

  it('does not count years, dates, ages, durations, ordinals or model numbers', () => {
    expect(
      values([
        'Nazarbayev stepped down in 2019 and on Jan. 11 the 93 year-old left after 10 days in office.',
        'Mugabe, 93, has ruled since 1980 and the 21st summit of the G40 faction met for 30 minutes.',
        'I still remember using the iPhone 4 for the first time with 1800 x 1920 pixels per eye.',
        'The council approved the plan on Monday by a vote of 11 to 4 after a long debate.',
      ]),
    ).toEqual([]);
  });

  it('takes one number per clause: the subject, not the threshold', () => {
    expect(
      values([
        'Yet only 3.5% of the adult population has an annual income above $10,000 in the country.',
      ]),
    ).toEqual(['3.5%']);
  });

  it('gives each statistic a label, its sentence and any named source', () => {
    const [stat] = findStats([
      'Only 162 people control half of Kazakhstan’s wealth, according to a recent report by accounting firm KPMG.',
      ...FILLER,
    ]);
    expect(stat).toEqual({
      value: '162',
      label: 'people control half of Kazakhstan’s wealth',
      context:
        'Only 162 people control half of Kazakhstan’s wealth, according to a recent report by accounting firm KPMG.',
      source: 'KPMG',
    });
  });

  it('finds nothing when there are fewer than three statistics', () => {
    expect(
      findStats(['Turnout among registered voters in the district reached 61% on polling day.']),
    ).toEqual([]);
  });

  it('keeps the ten strongest, in article order', () => {
    const paragraphs = Array.from(
      { length: 15 },
      (_, index) =>
        `The survey counted ${String(100 + index)} households in district number ${String(index + 1)} today.`,
    );
    paragraphs.push('About 40% of the households in the region had no running water at all.');
    const stats = findStats(paragraphs);
    expect(stats).toHaveLength(10);
    expect(stats.at(-1)?.value).toBe('About 40%');
  });
});
