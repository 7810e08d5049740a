import { lazy, Suspense, useRef } from 'react';
import type { EngagementSnapshot } from '../model/engagement-label.ts';
import { CountsLine } from './CountsLine.tsx';
import { ErrorBoundary } from '../../lib/ErrorBoundary.tsx';
import { useIsClient } from '../../lib/use-is-client.ts';

const StoreCounts = lazy(() =>
  import('./StoreCounts.tsx').then((module) => ({ default: module.StoreCounts })),
);

interface EngagementSummaryProps {
  articleId: string;
  /** The source platform's counts at import time (the article's `engagement`). */
  snapshot?: EngagementSnapshot | undefined;
}

/**
 * The article header's views and comment count, linking to the comments; it
 * counts a view when it comes into sight. Until this browser's counts are
 * known (on the server, while hydrating, while the store's code loads) the
 * numbers read "…" in the same space, so nothing moves when they arrive.
 */
export function EngagementSummary({ articleId, snapshot }: EngagementSummaryProps) {
  const isClient = useIsClient();
  const target = useRef<HTMLParagraphElement>(null);
  const waiting = <CountsLine counts={null} snapshot={snapshot} commentsHref="#comments" />;
  return (
    <p className="engagement-summary" ref={target} lang="en" dir="ltr">
      {isClient ? (
        // Counts that fail keep the "…" rather than take the story down.
        <ErrorBoundary fallback={() => waiting}>
          <Suspense fallback={waiting}>
            <StoreCounts
              articleId={articleId}
              snapshot={snapshot}
              commentsHref="#comments"
              viewTarget={target}
            />
          </Suspense>
        </ErrorBoundary>
      ) : (
        waiting
      )}
    </p>
  );
}
