import { Route, Routes } from 'react-router';
import { WithQueryClient } from '../../lib/query/query-client.tsx';
import { EmbedArticleRoute } from './EmbedArticleRoute.tsx';
import { EmbedNotFound } from './EmbedNotFound.tsx';
import { EmbedReadRoute } from './EmbedReadRoute.tsx';

/**
 * /embed/*: stories for other sites' iframes. They render outside SiteLayout:
 * no masthead, and none of its 100vh min-height, which a frame that sizes
 * itself to its content would measure and grow by, without end.
 */
export function EmbedRoutes() {
  return (
    <WithQueryClient>
      <Routes>
        <Route path="articles/:slug" element={<EmbedArticleRoute />} />
        <Route path="read" element={<EmbedReadRoute />} />
        <Route path="*" element={<EmbedNotFound />} />
      </Routes>
    </WithQueryClient>
  );
}
