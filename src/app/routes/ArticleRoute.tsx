import { lazy, Suspense } from 'react';
import { useParams } from 'react-router';
import { usePreloadedArticle } from '../../article/load/preloaded-article.ts';
import { ArticleSkeleton } from '../../article/view/ArticleSkeleton.tsx';
import { OEmbedDiscovery } from '../../embed/ui/OEmbedDiscovery.tsx';
import { ArticlePage } from './ArticlePage.tsx';

const FetchedArticlePage = lazy(() =>
  import('./FetchedArticlePage.tsx').then((module) => ({ default: module.FetchedArticlePage })),
);

export function ArticleRoute() {
  const { slug = '' } = useParams();
  const preloaded = usePreloadedArticle(slug);
  return (
    <>
      <OEmbedDiscovery slug={slug} />
      {preloaded !== undefined ? (
        <ArticlePage loaded={preloaded} />
      ) : (
        <Suspense fallback={<ArticleSkeleton />}>
          <FetchedArticlePage slug={slug} />
        </Suspense>
      )}
    </>
  );
}
