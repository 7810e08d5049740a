import { Route, Routes } from 'react-router';
import { SiteLayout } from './SiteLayout.tsx';
import { ArticleRoute } from './routes/ArticleRoute.tsx';
import { FrontPageRoute } from './routes/FrontPageRoute.tsx';
import { NotFoundPage } from './routes/NotFoundPage.tsx';
import { ReadRoute } from './routes/ReadRoute.tsx';

export function App() {
  return (
    <Routes>
      <Route element={<SiteLayout />}>
        <Route index element={<FrontPageRoute />} />
        <Route path="articles/:slug" element={<ArticleRoute />} />
        <Route path="read" element={<ReadRoute />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
