// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Block } from '../../src/article/format/article-schema.ts';
import { enrichBody } from './enrich-body.ts';

const paragraph = (text: string): Block => ({ type: 'paragraph', content: [text] });

const BODY: Block[] = [
  paragraph(
    'Daniil Kislov, an expert in Central Asia, said that by inviting the troops, “Tokayev gave a real gift to Putin.”',
  ),
  paragraph('“Putin is happy to use any opportunity to expand somewhere,” he said.'),
  { type: 'heading', level: 2, text: 'The numbers' },
  paragraph('More than 2,000 people have been injured so far, according to the government.'),
  paragraph('Nearly 10,000 people have been detained in the past week across the country.'),
  paragraph('It also produces about 40% of the world’s uranium and much of its gas.'),
  paragraph('Prices rose again this week in the capital and in the west.'),
];

describe('enrichBody', () => {
  const enriched = enrichBody(BODY);

  it('turns a quotation paragraph into a block quote and pulls a quote after its paragraph', () => {
    const kislov = { name: 'Daniil Kislov', role: 'expert in Central Asia' };
    expect(enriched.body.slice(0, 3)).toEqual([
      BODY[0],
      {
        type: 'quote',
        variant: 'pull',
        text: 'Tokayev gave a real gift to Putin.',
        attribution: kislov,
      },
      {
        type: 'quote',
        variant: 'block',
        text: 'Putin is happy to use any opportunity to expand somewhere',
        attribution: kislov,
      },
    ]);
    expect(enriched.blockQuotes).toBe(1);
    expect(enriched.pullQuotes).toBe(1);
  });

  it('appends the statistics as a "By the numbers" group', () => {
    expect(enriched.body.at(-1)).toMatchObject({
      type: 'stats',
      title: 'By the numbers',
      items: [{ value: 'More than 2,000' }, { value: 'Nearly 10,000' }, { value: 'about 40%' }],
    });
    expect(enriched.stats).toBe(3);
  });

  it('leaves everything else in place', () => {
    expect(enriched.body.filter((block) => block.type === 'heading')).toHaveLength(1);
    expect(enriched.body).toHaveLength(BODY.length + 2);
  });
  it('never drops a sentence that follows a quotation and its attribution', () => {
    const body = [
      paragraph('Jane Doe, the mayor, spoke to reporters outside the town hall.'),
      paragraph(
        '“We will rebuild the wall before winter comes,” Doe said. The council fired three officials and cut the budget by half.',
      ),
    ];
    expect(enrichBody(body).body.slice(0, 2)).toEqual(body);
    expect(enrichBody(body).blockQuotes).toBe(0);
  });

  it('never drops words of the attribution sentence that the block quote would not keep', () => {
    const body = [
      paragraph('Jane Doe, the mayor, spoke to reporters outside the town hall.'),
      paragraph(
        '“We will rebuild the wall before winter comes,” Doe said, adding that the council fired three officials.',
      ),
      paragraph(
        '“We will rebuild the wall before winter comes,” said Jane Doe, the mayor, who resigned last week.',
      ),
    ];
    expect(enrichBody(body)).toMatchObject({ body, blockQuotes: 0 });
  });

  it('makes block quotes when the attribution is only speaker, role, verb and time', () => {
    const body = [
      paragraph('Jane Doe, the mayor, spoke to reporters outside the town hall.'),
      paragraph('“We will rebuild the wall before winter comes,” said Jane Doe, the mayor.'),
      paragraph('“We will rebuild the wall before winter comes,” Doe said on Tuesday.'),
      paragraph('“We will rebuild the wall before winter comes,” she said.'),
    ];
    const quote: Block = {
      type: 'quote',
      variant: 'block',
      text: 'We will rebuild the wall before winter comes',
      attribution: { name: 'Jane Doe', role: 'mayor' },
    };
    expect(enrichBody(body)).toMatchObject({
      body: [body[0], quote, quote, quote],
      blockQuotes: 3,
    });
  });

  it('leaves a "she said" paragraph alone when two people could have said it', () => {
    const body = [
      paragraph(
        'John Roe, the council leader, criticised Ana Example over the delays at the depot.',
      ),
      paragraph('“This is a disgrace and I will not resign over it,” she said.'),
    ];
    expect(enrichBody(body)).toMatchObject({ body, blockQuotes: 0, pullQuotes: 0 });
  });
});
