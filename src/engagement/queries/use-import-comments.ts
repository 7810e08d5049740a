import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CommentRecord } from '../model/comment.ts';
import type { EngagementStore } from '../store/engagement-store.ts';
import { engagementKeys } from './engagement-keys.ts';

export function useImportComments(store: EngagementStore, articleId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (comments: readonly CommentRecord[]) => store.importComments(articleId, comments),
    onSettled: () => client.invalidateQueries({ queryKey: engagementKeys.article(articleId) }),
  });
}
