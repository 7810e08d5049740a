import { useQuery } from '@tanstack/react-query';
import {
  articleFromUrlQuery,
  articleQuery,
  type ArticleQueryOptions,
} from '../../article/load/article-queries.ts';
import { ArticleErrorView } from '../../article/view/ArticleErrorView.tsx';
import { ArticleSkeleton } from '../../article/view/ArticleSkeleton.tsx';
import { WithQueryClient } from '../../lib/query/query-client.tsx';
import { ArticlePage } from './ArticlePage.tsx';

function QueriedArticle({ query }: { query: ArticleQueryOptions }) {
  const result = useQuery(query);
  if (result.isPending) return <ArticleSkeleton />;
  if (result.isError)
    return <ArticleErrorView error={result.error} onRetry={() => void result.refetch()} />;
  return <ArticlePage loaded={result.data} />;
}

/**
 * An article the page did not bring with it: a bundled one reached by
 * navigating, or any JSON by URL (/read?src=). A lazy chunk, with react-query
 * and the fetching code, so a prerendered article page loads none of it.
 */
export function FetchedArticlePage(props: { slug: string } | { src: string }) {
  const query = 'slug' in props ? articleQuery(props.slug) : articleFromUrlQuery(props.src);
  return (
    <WithQueryClient>
      <QueriedArticle query={query} />
    </WithQueryClient>
  );
}
