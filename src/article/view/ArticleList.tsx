import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { ArticleSummary } from '../format/article-index-schema.ts';
import { formatPublicationDate } from '../format/format-date.ts';

interface ArticleListProps {
  articles: readonly ArticleSummary[];
  /** Per-article extras that other features add, such as view counts. */
  renderExtras?: (summary: ArticleSummary) => ReactNode;
}

export function ArticleList({ articles, renderExtras }: ArticleListProps) {
  if (articles.length === 0) return <p>No articles have been published yet.</p>;
  return (
    <ol className="article-list-front">
      {articles.map((summary) => (
        <li key={summary.slug} className="teaser" lang={summary.language}>
          {summary.section === undefined ? null : (
            <p className="teaser__kicker">{summary.section}</p>
          )}
          <h2 className="teaser__headline">
            <Link to={`/articles/${summary.slug}`}>{summary.headline}</Link>
          </h2>
          {summary.dek === undefined ? null : <p className="teaser__dek">{summary.dek}</p>}
          <p className="teaser__meta">
            {summary.byline === '' ? null : <>By {summary.byline} · </>}
            {summary.publication}
            {summary.source === undefined ? null : <> · from {summary.source}</>}
            {summary.publishedAt === undefined ? null : (
              <>
                {' · '}
                <time dateTime={summary.publishedAt}>
                  {formatPublicationDate(summary.publishedAt, summary.language)}
                </time>
              </>
            )}
            {' · '}
            {summary.readingMinutes} min read
          </p>
          {renderExtras?.(summary)}
        </li>
      ))}
    </ol>
  );
}
