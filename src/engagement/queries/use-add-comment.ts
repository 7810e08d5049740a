import { useMutation, useQueryClient } from '@tanstack/react-query';
import { normalizeBody, normalizeName } from '../model/comment-text.ts';
import type { Comment, NewComment } from '../model/comment.ts';
import type { EngagementCounts, EngagementStore } from '../store/engagement-store.ts';
import { engagementKeys } from './engagement-keys.ts';

export const addCommentKey = (articleId: string) =>
  [...engagementKeys.article(articleId), 'add'] as const;

/**
 * Posts a comment, showing it at once and taking it back if the store
 * refuses. The form keeps its text until the store has accepted it, so a
 * refusal loses no word.
 */
export function useAddComment(store: EngagementStore, articleId: string) {
  const client = useQueryClient();
  const commentsKey = engagementKeys.comments(articleId);
  const countsKey = engagementKeys.counts(articleId);
  return useMutation({
    mutationKey: addCommentKey(articleId),
    mutationFn: (input: NewComment) => store.addComment(input),
    onMutate: async (input) => {
      await client.cancelQueries({ queryKey: engagementKeys.article(articleId) });
      const previous = client.getQueryData<Comment[]>(commentsKey);
      const previousCounts = client.getQueryData<EngagementCounts>(countsKey);
      const optimistic: Comment = {
        ...input,
        authorName: normalizeName(input.authorName),
        body: normalizeBody(input.body),
        createdAt: Date.now(),
        editedAt: null,
        deletedAt: null,
        own: true,
      };
      client.setQueryData<Comment[]>(commentsKey, (old = []) => [...old, optimistic]);
      if (previousCounts !== undefined)
        client.setQueryData<EngagementCounts>(countsKey, {
          ...previousCounts,
          comments: previousCounts.comments + 1,
        });
      return { previous, previousCounts };
    },
    onError: (_error, _input, snapshot) => {
      client.setQueryData(commentsKey, snapshot?.previous);
      client.setQueryData(countsKey, snapshot?.previousCounts);
    },
    onSettled: () => client.invalidateQueries({ queryKey: engagementKeys.article(articleId) }),
  });
}
