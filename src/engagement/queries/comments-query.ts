import { queryOptions } from '@tanstack/react-query';
import type { EngagementStore } from '../store/engagement-store.ts';
import { engagementKeys } from './engagement-keys.ts';

/** Every comment on one article, tombstones included, in order of posting. */
export function commentsQuery(store: EngagementStore, articleId: string) {
  return queryOptions({
    queryKey: engagementKeys.comments(articleId),
    queryFn: () => store.listComments(articleId),
    initialData: () => store.peekComments?.(articleId),
    // Changes arrive through store.subscribe (see use-engagement-sync.ts), never by polling.
    staleTime: Number.POSITIVE_INFINITY,
  });
}
