import { isDeleted, type Comment, type CommentSort } from './comment.ts';
import { byCreation } from './merge-comments.ts';

export interface Thread {
  comment: Comment;
  /** Oldest first, so a conversation reads in order. */
  replies: Comment[];
}

/**
 * Top-level comments with their replies, sorted. A deleted comment is left
 * out unless replies hang from it (it then stands as "deleted" so they keep
 * their context); a reply whose parent is unknown stands on its own.
 */
export function buildThreads(comments: readonly Comment[], sort: CommentSort): Thread[] {
  const ids = new Set(comments.map((comment) => comment.id));
  const replies = new Map<string, Comment[]>();
  const roots: Comment[] = [];
  for (const comment of comments) {
    if (comment.parentId !== null && ids.has(comment.parentId)) {
      if (isDeleted(comment)) continue;
      const list = replies.get(comment.parentId);
      if (list === undefined) replies.set(comment.parentId, [comment]);
      else list.push(comment);
    } else {
      roots.push(comment);
    }
  }
  const threads: Thread[] = [];
  for (const comment of roots) {
    const own = (replies.get(comment.id) ?? []).sort(byCreation);
    if (isDeleted(comment) && own.length === 0) continue;
    threads.push({ comment, replies: own });
  }
  threads.sort((a, b) => byCreation(a.comment, b.comment));
  if (sort === 'newest') threads.reverse();
  return threads;
}

export function countVisible(comments: readonly Pick<Comment, 'deletedAt'>[]): number {
  let count = 0;
  for (const comment of comments) if (!isDeleted(comment)) count += 1;
  return count;
}
