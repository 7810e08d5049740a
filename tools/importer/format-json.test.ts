// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { ARTICLE_FORMAT, type Article } from '../../src/article/format/article-schema.ts';
import { formatJson } from './format-json.ts';

const ARTICLE: Article = {
  format: ARTICLE_FORMAT,
  id: 'a',
  slug: 'a',
  headline: 'A',
  authors: [],
  publication: { name: 'P' },
  language: 'en',
  body: [{ type: 'paragraph', content: ['Short.'] }],
};

describe('formatJson', () => {
  it('formats like Prettier, folding short arrays', async () => {
    const json = await formatJson(ARTICLE, 'public/articles/a.json');
    expect(json).toContain('"content": ["Short."]');
    expect(json.endsWith('}\n')).toBe(true);
    expect(JSON.parse(json)).toEqual(ARTICLE);
  });
});
