// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { ARTICLE_FORMAT } from '../../src/article/format/article-schema.ts';
import { articleDigest } from './article-digest.ts';

describe('articleDigest', () => {
  it('keeps what a reviewer checks and none of the body text', () => {
    expect(
      articleDigest({
        format: ARTICLE_FORMAT,
        id: 'a',
        slug: 'a',
        headline: 'Headline',
        authors: [{ name: 'Ann Lee' }, { name: 'Bo Diaz' }],
        publication: { name: 'The Example' },
        language: 'en',
        direction: 'ltr',
        lead: { caption: 'A photo.' },
        body: [
          { type: 'paragraph', content: ['Long body text.'] },
          { type: 'heading', level: 2, text: 'Section' },
          { type: 'figure', caption: 'Boats.', credit: 'Reuters' },
          { type: 'quote', variant: 'pull', text: 'Quoted.', attribution: { name: 'Ann Lee' } },
          { type: 'stats', title: 'By the numbers', items: [{ value: '40%', label: 'of boats' }] },
        ],
      }),
    ).toEqual({
      headline: 'Headline',
      byline: 'Ann Lee and Bo Diaz',
      publication: 'The Example',
      language: 'en',
      direction: 'ltr',
      publishedAt: null,
      canonicalUrl: null,
      lead: { image: null, caption: 'A photo.', credit: null },
      blocks: { paragraph: 1, heading: 1, figure: 1, 'pull quote': 1, stats: 1 },
      headings: ['Section'],
      figures: [{ image: null, caption: 'Boats.', credit: 'Reuters' }],
      quotes: [{ variant: 'pull', text: 'Quoted.', by: 'Ann Lee', role: null }],
      stats: ['40% | of boats'],
    });
  });
});
