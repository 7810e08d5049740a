import type { Article, Block, Inline } from './article-schema.ts';
import type { ArticleSummary } from './article-index-schema.ts';
import { joinList } from './list-parts.ts';

/** Words a minute for an adult reading news on screen. */
const WORDS_PER_MINUTE = 230;

export function inlineText(content: readonly Inline[]): string {
  return content.map((run) => (typeof run === 'string' ? run : run.text)).join('');
}

/** The words a reader reads in a block; pull quotes repeat the body, so they add none. */
function blockText(block: Block): string {
  switch (block.type) {
    case 'paragraph':
      return inlineText(block.content);
    case 'heading':
      return block.text;
    case 'figure':
      return block.caption ?? '';
    case 'quote':
      return block.variant === 'pull' ? '' : block.text;
    case 'stat':
      return `${block.value} ${block.label}`;
    case 'stats':
      return block.items.map((item) => `${item.value} ${item.label}`).join(' ');
    case 'list':
      return block.items.map(inlineText).join(' ');
    case 'divider':
      return '';
  }
}

/** A word as countWords counts one: letters and digits, with inner apostrophes and hyphens. */
export const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

/** "A, B, and C": the authors joined the way the article's language does. */
export function bylineOf(article: Pick<Article, 'authors' | 'language'>): string {
  return joinList(
    article.authors.map((author) => author.name),
    article.language,
  );
}

export function readingMinutes(article: Pick<Article, 'headline' | 'body'>): number {
  const words = countWords([article.headline, ...article.body.map(blockText)].join(' '));
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}

export function summarizeArticle(article: Article): ArticleSummary {
  return {
    slug: article.slug,
    headline: article.headline,
    ...(article.dek === undefined ? {} : { dek: article.dek }),
    ...(article.section === undefined ? {} : { section: article.section }),
    byline: bylineOf(article),
    publication: article.publication.name,
    ...(article.source === undefined ? {} : { source: article.source.name }),
    ...(article.publishedAt === undefined ? {} : { publishedAt: article.publishedAt }),
    language: article.language,
    readingMinutes: readingMinutes(article),
    ...(article.engagement === undefined
      ? {}
      : {
          engagement: {
            ...(article.engagement.views === undefined ? {} : { views: article.engagement.views }),
            ...(article.engagement.comments === undefined
              ? {}
              : { comments: article.engagement.comments }),
          },
        }),
  };
}
