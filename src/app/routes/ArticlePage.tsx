import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useRef } from 'react';
import { formatProblem } from '../../article/format/parse-article.ts';
import type { articleQuery } from '../../article/load/article-queries.ts';
import type { LoadedArticle } from '../../article/load/fetch-article.ts';
import { ArticleErrorView } from '../../article/view/ArticleErrorView.tsx';
import { ArticleSkeleton } from '../../article/view/ArticleSkeleton.tsx';
import { ArticleView } from '../../article/view/ArticleView.tsx';
import { EmbedButton } from '../../embed/ui/EmbedButton.tsx';
import { EngagementSummary } from '../../engagement/ui/EngagementSummary.tsx';
import { LazyCommentsSection } from '../../engagement/ui/LazyCommentsSection.tsx';
import { useIsClient } from '../../lib/use-is-client.ts';

// Text size, share, progress and resume are not needed for the first paint.
const ReadingTools = lazy(() =>
  import('../../reading/ReadingTools.tsx').then((module) => ({ default: module.ReadingTools })),
);

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
  const articleRef = useRef<HTMLElement>(null);
  // The reading tools exist only in a browser; the server and hydration keep their space.
  const isClient = useIsClient();
  useReportSkippedBlocks(result.data);
  if (result.isPending) return <ArticleSkeleton />;
  if (result.isError)
    return <ArticleErrorView error={result.error} onRetry={() => void result.refetch()} />;
  const { article } = result.data;
  return (
    <>
      <title>{`${article.headline} · ${article.publication.name}`}</title>
      <ArticleView
        article={article}
        articleRef={articleRef}
        headerExtras={
          <>
            <EngagementSummary articleId={article.id} snapshot={article.engagement} />
            {/* One row whose height is held from the first paint. Its buttons
                appear only once the app runs, so none sits there dead before. */}
            <div className="article-actions">
              {isClient ? (
                <>
                  <Suspense fallback={null}>
                    <ReadingTools
                      articleId={article.id}
                      title={article.headline}
                      articleRef={articleRef}
                    />
                  </Suspense>
                  <EmbedButton title={article.headline} />
                </>
              ) : null}
            </div>
          </>
        }
      >
        <LazyCommentsSection articleId={article.id} articleTitle={article.headline} />
      </ArticleView>
    </>
  );
}
