import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { EngagementStore } from '../store/engagement-store.ts';
import { engagementKeys } from './engagement-keys.ts';

export function useEditComment(store: EngagementStore, articleId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: string }) =>
      store.editComment({ articleId, id, body }),
    onSettled: () => client.invalidateQueries({ queryKey: engagementKeys.article(articleId) }),
  });
}

export function useDeleteComment(store: EngagementStore, articleId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => store.deleteComment({ articleId, id }),
    onSettled: () => client.invalidateQueries({ queryKey: engagementKeys.article(articleId) }),
  });
}
