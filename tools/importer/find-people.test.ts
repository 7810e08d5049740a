// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { findPeople } from './find-people.ts';

const PARAGRAPHS = [
  'In a speech, President Kassym-Jomart Tokayev said the withdrawal would take “no more than 10 days.”',
  'In Moscow, Russia’s defense minister, Sergei K. Shoigu, did not mention specific plans.',
  'Daniil Kislov, an expert in Central Asia and editor of Fergana, a website that covers the region, said that the troops were a gift.',
  '“It is over,” said Elmira Satybaldieva, whose research focuses on inequality.',
  'Karim Masimov, head of the main security agency who was widely seen as an ally, was fired.',
  'So far, the operation is a triumph for President Vladimir Putin of Russia.',
  'The crisis in Kazakhstan erupted last week. The unrest turned Almaty, the country’s biggest city, into a war zone.',
];

describe('findPeople', () => {
  const people = findPeople(PARAGRAPHS);

  it('finds people by title, appositive and speech', () => {
    expect(people.people).toEqual(
      expect.arrayContaining([
        { name: 'Kassym-Jomart Tokayev', role: 'President' },
        { name: 'Sergei K. Shoigu', role: 'Russia’s defense minister' },
        { name: 'Daniil Kislov', role: 'expert in Central Asia and editor of Fergana' },
        { name: 'Elmira Satybaldieva' },
        { name: 'Karim Masimov', role: 'head of the main security agency' },
        { name: 'Vladimir Putin', role: 'President of Russia' },
      ]),
    );
  });

  it('finds a speaker whose appositive is not a job', () => {
    const reeves = findPeople([
      'Eric Reeves, one of the leading American academic voices on Sudan, said he was appalled.',
    ]);
    expect(reeves.find('Mr. Reeves')).toEqual({ name: 'Eric Reeves' });
  });

  it('does not take places for people', () => {
    expect(people.find('Almaty')).toBeUndefined();
    expect(people.find('Kazakhstan')).toBeUndefined();
  });

  it('resolves a surname, with or without an honorific', () => {
    expect(people.find('Tokayev')?.name).toBe('Kassym-Jomart Tokayev');
    expect(people.find('Mr. Kislov')?.name).toBe('Daniil Kislov');
  });

  it('does not resolve a surname two people share', () => {
    const twins = findPeople(['Ann Lee said one thing.', 'Bo Lee said another.']);
    expect(twins.find('Lee')).toBeUndefined();
  });
});
