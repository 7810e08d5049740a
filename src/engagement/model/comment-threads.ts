import { isDeleted, type Comment, type CommentSort } from './comment.ts';
import { byCreation } from './merge-comments.ts';

export interface Thread {
  comment: Comment;
  /** Oldest first, so a conversation reads in order. */
  replies: Comment[];
}

/**
 * The top-level comment a comment's thread hangs from. Threads are one level
 * deep, but stored or imported data may hold a reply to a reply: it joins its
 * thread's top-level comment rather than vanish while still being counted.
 * A reply whose parent is unknown, or whose parents loop (itself included),
 * stands on its own.
 */
function threadRoot(comment: Comment, byId: ReadonlyMap<string, Comment>): Comment {
  // Most comments are top-level: no bookkeeping for them on a long thread.
  if (comment.parentId === null) return comment;
  const seen = new Set([comment.id]);
  let current = comment;
  while (current.parentId !== null) {
    const parent = byId.get(current.parentId);
    if (parent === undefined) return current;
    if (seen.has(parent.id)) return comment;
    seen.add(parent.id);
    current = parent;
  }
  return current;
}

/**
 * Top-level comments with their replies, sorted. A deleted comment is left
 * out unless replies hang from it (it then stands as "deleted" so they keep
 * their context). Every comment that is not deleted is shown somewhere, so
 * countVisible counts exactly what the reader can see.
 */
export function buildThreads(comments: readonly Comment[], sort: CommentSort): Thread[] {
  const byId = new Map(comments.map((comment) => [comment.id, comment]));
  const replies = new Map<string, Comment[]>();
  const roots: Comment[] = [];
  for (const comment of comments) {
    const root = threadRoot(comment, byId);
    if (root === comment) {
      roots.push(comment);
      continue;
    }
    if (isDeleted(comment)) continue;
    const list = replies.get(root.id);
    if (list === undefined) replies.set(root.id, [comment]);
    else list.push(comment);
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
