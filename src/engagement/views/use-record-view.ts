import { useEffect, type RefObject } from 'react';
import type { EngagementStore } from '../store/engagement-store.ts';
import { watchFirstSight } from './watch-first-sight.ts';

/** Counts a view once the article is actually seen; the store allows one per tab session. */
export function useRecordView(
  store: EngagementStore,
  articleId: string,
  target: RefObject<Element | null> | undefined,
): void {
  useEffect(() => {
    const element = target?.current ?? null;
    if (element === null) return;
    return watchFirstSight(element, () => {
      void store.recordView(articleId);
    });
  }, [store, articleId, target]);
}
