import type { ReactNode } from 'react';
import type { Article } from '../format/article-schema.ts';
import { formatPublicationDate } from '../format/format-date.ts';
import { readingMinutes } from '../format/summarize-article.ts';
import { Byline } from './Byline.tsx';

interface ArticleHeaderProps {
  article: Article;
  /** Counts and actions that other features add (views, comments, embed). */
  extras?: ReactNode;
}

export function ArticleHeader({ article, extras }: ArticleHeaderProps) {
  const minutes = readingMinutes(article);
  return (
    <header className="article-header">
      {article.section === undefined ? null : (
        <p className="article-header__kicker">{article.section}</p>
      )}
      <h1 className="article-header__headline">{article.headline}</h1>
      {article.dek === undefined ? null : <p className="article-header__dek">{article.dek}</p>}
      <Byline article={article} />
      <p className="article-header__meta">
        {article.publishedAt === undefined ? null : (
          <>
            <time dateTime={article.publishedAt}>
              {formatPublicationDate(article.publishedAt, article.language)}
            </time>
            {' · '}
          </>
        )}
        {article.updatedAt === undefined ? null : (
          <>
            Updated{' '}
            <time dateTime={article.updatedAt}>
              {formatPublicationDate(article.updatedAt, article.language)}
            </time>
            {' · '}
          </>
        )}
        <span>{minutes} min read</span>
      </p>
      {extras}
    </header>
  );
}
