import { lazy, Suspense } from 'react';
import type { EngagementSnapshot } from '../model/engagement-label.ts';
import { CountsLine } from './CountsLine.tsx';
import { useIsClient } from '../../lib/use-is-client.ts';

const StoreCounts = lazy(() =>
  import('./StoreCounts.tsx').then((module) => ({ default: module.StoreCounts })),
);

interface TeaserEngagementProps {
  articleId: string;
  snapshot?: EngagementSnapshot | undefined;
}

/** A front-page teaser's counts. Showing them counts no view. */
export function TeaserEngagement({ articleId, snapshot }: TeaserEngagementProps) {
  const isClient = useIsClient();
  const waiting = <CountsLine counts={null} snapshot={snapshot} />;
  return (
    <p className="engagement-summary engagement-summary--teaser" lang="en" dir="ltr">
      {isClient ? (
        <Suspense fallback={waiting}>
          <StoreCounts articleId={articleId} snapshot={snapshot} />
        </Suspense>
      ) : (
        waiting
      )}
    </p>
  );
}
