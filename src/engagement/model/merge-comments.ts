import type { CommentRecord } from './comment.ts';

/** The time of a comment's latest change. */
function revision(comment: CommentRecord): number {
  return comment.deletedAt ?? comment.editedAt ?? comment.createdAt;
}

/**
 * Which of two copies of one comment wins: a deletion always does (so no
 * stale copy brings a deleted comment back), else the later edit; on a tie
 * the copy we already hold.
 */
export function newerCopy<T extends CommentRecord>(held: T, other: T): T {
  if ((held.deletedAt === null) !== (other.deletedAt === null))
    return held.deletedAt === null ? other : held;
  return revision(other) > revision(held) ? other : held;
}

export function byCreation(a: CommentRecord, b: CommentRecord): number {
  return a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export interface Merged<T> {
  comments: T[];
  /** True when the result holds anything `held` did not: it needs saving. */
  changed: boolean;
  added: number;
  updated: number;
}

/**
 * Unites two lists keyed by comment id. Merging is commutative and
 * idempotent, so tabs that merge whatever they see end up holding the same
 * comments whatever order their writes arrive in. `combine` lets an adapter
 * carry over fields of the losing copy (such as who wrote it).
 */
export function mergeComments<T extends CommentRecord>(
  held: readonly T[],
  other: readonly T[],
  combine: (winner: T, loser: T) => T = (winner) => winner,
): Merged<T> {
  const byId = new Map<string, T>();
  for (const comment of held) byId.set(comment.id, comment);
  let added = 0;
  let updated = 0;
  for (const comment of other) {
    const mine = byId.get(comment.id);
    if (mine === undefined) {
      byId.set(comment.id, comment);
      added += 1;
      continue;
    }
    const winner = newerCopy(mine, comment);
    const result = combine(winner, winner === mine ? comment : mine);
    if (result !== mine) {
      byId.set(comment.id, result);
      updated += 1;
    }
  }
  return {
    comments: [...byId.values()].sort(byCreation),
    changed: added + updated > 0,
    added,
    updated,
  };
}
