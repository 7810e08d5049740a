import { useEffect, useRef } from 'react';
import { formatProblem } from '../../article/format/parse-article.ts';
import type { LoadedArticle } from '../../article/load/fetch-article.ts';
import { ArticleView } from '../../article/view/ArticleView.tsx';
import { EngagementSummary } from '../../engagement/ui/EngagementSummary.tsx';
import { LazyCommentsSection } from '../../engagement/ui/LazyCommentsSection.tsx';
import { ArticleActions } from './ArticleActions.tsx';

function useReportSkippedBlocks(loaded: LoadedArticle) {
  useEffect(() => {
    // Forward compatibility: a newer or broken block is left out, and the
    // publisher finds out why in the console rather than the reader in the page.
    for (const block of loaded.skipped) {
      console.warn(`Broadsheet skipped a block: ${formatProblem(block)}`);
    }
  }, [loaded]);
}

/**
 * A loaded article with everything around it: counts, actions, comments.
 * The preloaded article renders it directly; FetchedArticlePage after a fetch.
 */
export function ArticlePage({ loaded }: { loaded: LoadedArticle }) {
  const articleRef = useRef<HTMLElement>(null);
  useReportSkippedBlocks(loaded);
  const { article } = loaded;
  return (
    <>
      <title>{`${article.headline} · ${article.publication.name}`}</title>
      <ArticleView
        article={article}
        articleRef={articleRef}
        headerExtras={
          <>
            <EngagementSummary articleId={article.id} snapshot={article.engagement} />
            <ArticleActions
              articleId={article.id}
              title={article.headline}
              articleRef={articleRef}
            />
          </>
        }
      >
        <LazyCommentsSection articleId={article.id} articleTitle={article.headline} />
      </ArticleView>
    </>
  );
}
