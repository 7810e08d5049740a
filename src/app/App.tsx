import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { SiteLayout } from './SiteLayout.tsx';
import { ArticleRoute } from './routes/ArticleRoute.tsx';
import { ReadRoute } from './routes/ReadRoute.tsx';

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
        <Route path="read" element={<ReadRoute />} />
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
