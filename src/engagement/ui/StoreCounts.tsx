import { useQuery } from '@tanstack/react-query';
import { WithQueryClient } from '../../lib/query/query-client.tsx';
import type { RefObject } from 'react';
import type { EngagementSnapshot } from '../model/engagement-label.ts';
import { countsQuery } from '../queries/counts-query.ts';
import { useEngagementSync } from '../queries/use-engagement-sync.ts';
import { useEngagement } from '../store/use-engagement.ts';
import { useRecordView } from '../views/use-record-view.ts';
import { CountsLine } from './CountsLine.tsx';

export interface StoreCountsProps {
  articleId: string;
  snapshot: EngagementSnapshot | undefined;
  commentsHref?: string;
  /** The element whose first sight counts a view; none counts no view. */
  viewTarget?: RefObject<HTMLElement | null>;
}

/**
 * The counts from the store. Loaded in its own chunk, with the store, after
 * the page is up (see EngagementSummary), so none of it weighs on the first paint.
 */
export function StoreCounts(props: StoreCountsProps) {
  return (
    <WithQueryClient>
      <Counts {...props} />
    </WithQueryClient>
  );
}

function Counts({ articleId, snapshot, commentsHref, viewTarget }: StoreCountsProps) {
  const { store } = useEngagement();
  useEngagementSync(store);
  useRecordView(store, articleId, viewTarget);
  const counts = useQuery(countsQuery(store, articleId));
  return (
    <CountsLine
      counts={counts.data ?? null}
      snapshot={snapshot}
      {...(commentsHref === undefined ? {} : { commentsHref })}
    />
  );
}
