import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { formatProblem } from '../../article/format/parse-article.ts';
import type { articleQuery } from '../../article/load/article-queries.ts';
import type { LoadedArticle } from '../../article/load/fetch-article.ts';
import { ArticleErrorView } from '../../article/view/ArticleErrorView.tsx';
import { ArticleSkeleton } from '../../article/view/ArticleSkeleton.tsx';
import { ArticleView } from '../../article/view/ArticleView.tsx';

// Both factories build the same query shape; the bundled one stands for both.
type ArticleQueryOptions = ReturnType<typeof articleQuery>;

function useReportSkippedBlocks(loaded: LoadedArticle | undefined) {
  useEffect(() => {
    // Forward compatibility: a newer or broken block is left out, and the
    // publisher finds out why in the console rather than the reader in the page.
    for (const block of loaded?.skipped ?? []) {
      console.warn(`Broadsheet skipped a block: ${formatProblem(block)}`);
    }
  }, [loaded]);
}

/** params -> query -> view, shared by the bundled-article and read-from-URL routes. */
export function ArticlePage({ query }: { query: ArticleQueryOptions }) {
  const result = useQuery(query);
  useReportSkippedBlocks(result.data);
  if (result.isPending) return <ArticleSkeleton />;
  if (result.isError)
    return <ArticleErrorView error={result.error} onRetry={() => void result.refetch()} />;
  const { article } = result.data;
  return (
    <>
      <title>{`${article.headline} · ${article.publication.name}`}</title>
      <ArticleView article={article} />
    </>
  );
}
