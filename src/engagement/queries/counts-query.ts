import { queryOptions } from '@tanstack/react-query';
import type { EngagementStore } from '../store/engagement-store.ts';
import { engagementKeys } from './engagement-keys.ts';

/** Views and comments counted by the store for one article. */
export function countsQuery(store: EngagementStore, articleId: string) {
  return queryOptions({
    queryKey: engagementKeys.counts(articleId),
    queryFn: () => store.getCounts(articleId),
    initialData: () => store.peekCounts?.(articleId),
    // Changes arrive through store.subscribe (see use-engagement-sync.ts), never by polling.
    staleTime: Number.POSITIVE_INFINITY,
  });
}
