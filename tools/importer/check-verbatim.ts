import type { Article } from '../../src/article/format/article-schema.ts';
import { normalizeSpace } from './normalize-space.ts';

/**
 * The quotations and statistic values in the article that do not appear,
 * word for word, in the source text. The importer promises this is empty:
 * it copies, it never rewrites, rounds or invents. Whitespace and invisible
 * characters are normalised on both sides, as a reader would not see them.
 */
export function checkVerbatim(article: Pick<Article, 'body'>, sourceText: string): string[] {
  const source = normalizeSpace(sourceText);
  const claims = article.body.flatMap((block) => {
    if (block.type === 'quote') return [block.text];
    if (block.type === 'stats') return block.items.map((item) => item.value);
    if (block.type === 'stat') return [block.value];
    return [];
  });
  return claims.filter((claim) => !source.includes(normalizeSpace(claim)));
}
