import type { Article } from '../../src/article/format/article-schema.ts';
import { joinList } from '../../src/article/format/list-parts.ts';
import { countBlocks } from './import-report.ts';

/**
 * The parts of an imported article a reviewer checks, without the article
 * text itself: the corpus pages belong to their publishers, so their tests
 * pin this digest rather than a full copy of each story.
 */
export function articleDigest(article: Article): Record<string, unknown> {
  const lead = article.lead;
  return {
    headline: article.headline,
    byline: joinList(
      article.authors.map((author) => author.name),
      'en',
    ),
    publication: article.publication.name,
    language: article.language,
    direction: article.direction,
    publishedAt: article.publishedAt ?? null,
    canonicalUrl: article.canonicalUrl ?? null,
    lead:
      lead === undefined
        ? null
        : {
            image: lead.image?.src ?? null,
            caption: lead.caption ?? null,
            credit: lead.credit ?? null,
          },
    blocks: countBlocks(article),
    headings: article.body.flatMap((block) => (block.type === 'heading' ? [block.text] : [])),
    figures: article.body.flatMap((block) =>
      block.type === 'figure'
        ? [
            {
              image: block.image?.src ?? null,
              caption: block.caption ?? null,
              credit: block.credit ?? null,
            },
          ]
        : [],
    ),
    quotes: article.body.flatMap((block) =>
      block.type === 'quote'
        ? [
            {
              variant: block.variant,
              text: block.text,
              by: block.attribution?.name ?? null,
              role: block.attribution?.role ?? null,
            },
          ]
        : [],
    ),
    stats: article.body.flatMap((block) =>
      block.type === 'stats' ? block.items.map((item) => `${item.value} | ${item.label}`) : [],
    ),
  };
}
