import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { ArticleSkeleton } from '../article/view/ArticleSkeleton.tsx';
import { SiteLayout } from './SiteLayout.tsx';
import { ArticleRoute } from './routes/ArticleRoute.tsx';

// Embeds load their own code only when a partner page frames one, so none of
// it weighs on the article page's first paint.
const EmbedRoutes = lazy(() =>
  import('./routes/EmbedRoutes.tsx').then((module) => ({ default: module.EmbedRoutes })),
);

// The article page is the one that must paint fast on a phone (and is
// prerendered); the front page and the 404 load their code when visited.
const FrontPageRoute = lazy(() =>
  import('./routes/FrontPageRoute.tsx').then((module) => ({ default: module.FrontPageRoute })),
);
// Articles read from another URL are fetched and rendered in the browser anyway.
const ReadRoute = lazy(() =>
  import('./routes/ReadRoute.tsx').then((module) => ({ default: module.ReadRoute })),
);
const NotFoundPage = lazy(() =>
  import('./routes/NotFoundPage.tsx').then((module) => ({ default: module.NotFoundPage })),
);

function RouteLoading() {
  return (
    <p className="route-loading" role="status">
      Loading…
    </p>
  );
}

export function App() {
  return (
    <Routes>
      <Route
        path="embed/*"
        element={
          <Suspense>
            <EmbedRoutes />
          </Suspense>
        }
      />
      <Route element={<SiteLayout />}>
        <Route
          index
          element={
            <Suspense fallback={<RouteLoading />}>
              <FrontPageRoute />
            </Suspense>
          }
        />
        <Route path="articles/:slug" element={<ArticleRoute />} />
        <Route
          path="read"
          element={
            <Suspense fallback={<ArticleSkeleton />}>
              <ReadRoute />
            </Suspense>
          }
        />
        <Route
          path="*"
          element={
            <Suspense fallback={<RouteLoading />}>
              <NotFoundPage />
            </Suspense>
          }
        />
      </Route>
    </Routes>
  );
}
