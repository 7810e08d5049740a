import { useMutationState } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState } from 'react';
import { readEditDrafts, readReplyDrafts } from '../device/device-preferences.ts';
import { buildThreads, type Thread } from '../model/comment-threads.ts';
import { formatCount } from '../model/format-count.ts';
import type { Comment, CommentSort, NewComment } from '../model/comment.ts';
import { addCommentKey } from '../queries/use-add-comment.ts';
import { useEngagement } from '../store/use-engagement.ts';
import { CommentThread } from './CommentThread.tsx';

/**
 * Threads rendered at first and added by each "Show more": a page with 5,000
 * comments renders a few dozen of them, so it never freezes.
 */
const PAGE_SIZE = 10;

interface CommentListProps {
  articleId: string;
  comments: readonly Comment[];
  sort: CommentSort;
  now: number;
}

export function CommentList({ articleId, comments, sort, now }: CommentListProps) {
  const { device } = useEngagement();
  const [replyDrafts] = useState(() => readReplyDrafts(device, articleId));
  const [editDrafts] = useState(() => readEditDrafts(device, articleId));
  const threads = useMemo(() => {
    const built = buildThreads(comments, sort);
    // The common case, no kept edit, costs nothing on a long thread.
    if (editDrafts.size === 0) return built;
    // A deleted comment is left out of the threads, but not one the reader
    // left an unsaved edit of (deleted from another tab): it comes first,
    // with the edit, so the words are not lost from sight.
    const inThreads = new Set(
      built.flatMap((thread) => [thread.comment, ...thread.replies].map(({ id }) => id)),
    );
    const deletedWithEdit = comments
      .filter(({ id }) => editDrafts.has(id) && !inThreads.has(id))
      .map((comment) => ({ comment, replies: [] }));
    return [...deletedWithEdit, ...built];
  }, [comments, sort, editDrafts]);
  const [shown, setShown] = useState(PAGE_SIZE);
  const firstNew = useRef<string | null>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const posts = useMutationState({
    filters: { mutationKey: addCommentKey(articleId) },
    select: (mutation) => ({
      id: (mutation.state.variables as NewComment | undefined)?.id,
      pending: mutation.state.status === 'pending',
    }),
  });
  const { pendingIds, postedIds } = useMemo(() => {
    const pendingIds = new Set<string>();
    const postedIds = new Set<string>();
    for (const { id, pending } of posts) {
      if (id === undefined) continue;
      postedIds.add(id);
      if (pending) pendingIds.add(id);
    }
    return { pendingIds, postedIds };
  }, [posts]);
  // What the reader just posted, and an edit they left unsaved, stay in sight
  // even when they sort past the threads shown (oldest first, on a long thread).
  const inSight = (thread: Thread) =>
    postedIds.has(thread.comment.id) ||
    (editDrafts.size > 0 &&
      [thread.comment, ...thread.replies].some((comment) => editDrafts.has(comment.id)));
  const visible = threads.filter((thread, index) => index < shown || inSight(thread));

  useEffect(() => {
    // After "Show more", the reader continues from the first comment it added.
    if (firstNew.current === null) return;
    const selector = `[data-thread="${CSS.escape(firstNew.current)}"] .comment`;
    firstNew.current = null;
    listRef.current?.querySelector<HTMLElement>(selector)?.focus();
  }, [shown]);

  const remaining = threads.length - visible.length;
  return (
    <>
      <ol className="comment-list" ref={listRef}>
        {visible.map((thread) => (
          <CommentThread
            key={thread.comment.id}
            thread={thread}
            now={now}
            pendingIds={pendingIds}
            hasReplyDraft={replyDrafts.has(thread.comment.id)}
            editDraftIds={editDrafts}
          />
        ))}
      </ol>
      {remaining > 0 ? (
        <button
          type="button"
          className="button button--quiet comment-list__more"
          onClick={() => {
            firstNew.current =
              threads.slice(shown).find((thread) => !inSight(thread))?.comment.id ?? null;
            setShown(shown + PAGE_SIZE);
          }}
        >
          Show {formatCount(Math.min(PAGE_SIZE, remaining))} more{' '}
          {remaining === 1 ? 'comment' : 'comments'}{' '}
          <span className="comment-list__left">({formatCount(remaining)} not shown yet)</span>
        </button>
      ) : null}
    </>
  );
}
