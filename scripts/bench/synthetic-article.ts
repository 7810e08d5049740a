// A long article made up for benchmarks: 10,000 words in paragraphs, with
// quotes and a statistics box in between, valid against format v1.
import { ARTICLE_FORMAT } from '../../src/article/format/article-schema.ts';

const WORDS = [
  'council',
  'harbour',
  'winter',
  'report',
  'minister',
  'river',
  'market',
  'budget',
  'school',
  'village',
  'election',
  'railway',
  'storm',
  'museum',
  'factory',
  'hospital',
  'the',
  'of',
  'and',
  'in',
  'was',
  'said',
];

export function syntheticArticle(
  totalWords = 10_000,
  wordsPerParagraph = 100,
): Record<string, unknown> {
  const body: unknown[] = [];
  let written = 0;
  let paragraph = 0;
  while (written < totalWords) {
    const words = Array.from(
      { length: wordsPerParagraph },
      (_, i) => WORDS[(paragraph * 7 + i * 13) % WORDS.length],
    );
    body.push({
      type: 'paragraph',
      content: [`${words.join(' ')}.`, { text: ' A link.', href: '/x' }],
    });
    written += wordsPerParagraph + 2;
    paragraph += 1;
    if (paragraph % 15 === 0) {
      body.push({
        type: 'quote',
        variant: 'pull',
        text: words.slice(0, 12).join(' '),
        attribution: { name: 'A Person' },
      });
    }
  }
  body.push({
    type: 'stats',
    title: 'By the numbers',
    items: Array.from({ length: 8 }, (_, i) => ({
      value: String(i * 100 + 7),
      label: 'things counted',
    })),
  });
  return {
    format: ARTICLE_FORMAT,
    id: 'synthetic-10000',
    slug: 'synthetic-10000',
    headline: 'A synthetic ten-thousand-word article',
    authors: [{ name: 'Bench Mark' }],
    publication: { name: 'Broadsheet bench' },
    language: 'en',
    body,
  };
}
