import { lazy, Suspense, type RefObject } from 'react';
import { EmbedButton } from '../../embed/ui/EmbedButton.tsx';
import { ErrorBoundary } from '../../lib/ErrorBoundary.tsx';
import { useIsClient } from '../../lib/use-is-client.ts';

// Text size, share, progress and resume are not needed for the first paint.
const ReadingTools = lazy(() =>
  import('../../reading/ReadingTools.tsx').then((module) => ({ default: module.ReadingTools })),
);

interface ArticleActionsProps {
  articleId: string;
  title: string;
  articleRef: RefObject<HTMLElement | null>;
}

/**
 * One row whose height is held from the first paint. Its buttons appear only
 * once the app runs, so none sits there dead before. It is its own component
 * because the switch to "client" re-renders synchronously after hydration:
 * here that is a row of buttons, not the whole story. The buttons appear
 * together, when the reading tools' code is in: the Embed button alone first
 * would be pushed along the row when they arrived, a layout shift.
 */
export function ArticleActions({ articleId, title, articleRef }: ArticleActionsProps) {
  const isClient = useIsClient();
  return (
    <div className="article-actions">
      {isClient ? (
        <ErrorBoundary fallback={() => null}>
          <Suspense fallback={null}>
            <ReadingTools articleId={articleId} title={title} articleRef={articleRef} />
            <EmbedButton title={title} />
          </Suspense>
        </ErrorBoundary>
      ) : null}
    </div>
  );
}
