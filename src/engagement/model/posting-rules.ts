import { isDeleted, type CommentRecord } from './comment.ts';

export const POST_INTERVAL_MS = 10_000;
export const DUPLICATE_WINDOW_MS = 60 * 60 * 1000;
export const EDIT_WINDOW_MS = 15 * 60 * 1000;

export type PostingVerdict =
  { ok: true } | { ok: false; reason: 'too-soon' | 'duplicate'; retryAt: number };

/**
 * Whether a new comment may be posted now. `lastPostAt` is this tab's last
 * post on the article: the ten-second pause is per tab, so two tabs posting
 * at the same moment both keep their comment. `ownComments` are every comment
 * this browser wrote on the article: an identical repeat within the hour is
 * refused from any tab.
 */
export function checkPosting(input: {
  now: number;
  body: string;
  lastPostAt: number | undefined;
  ownComments: readonly Pick<CommentRecord, 'body' | 'createdAt' | 'deletedAt'>[];
}): PostingVerdict {
  const { now, body, lastPostAt, ownComments } = input;
  if (lastPostAt !== undefined && now - lastPostAt < POST_INTERVAL_MS && now >= lastPostAt) {
    return { ok: false, reason: 'too-soon', retryAt: lastPostAt + POST_INTERVAL_MS };
  }
  let latestSame: number | undefined;
  for (const comment of ownComments) {
    if (isDeleted(comment) || comment.body !== body) continue;
    if (now - comment.createdAt < DUPLICATE_WINDOW_MS)
      latestSame = Math.max(latestSame ?? 0, comment.createdAt);
  }
  if (latestSame !== undefined) {
    return { ok: false, reason: 'duplicate', retryAt: latestSame + DUPLICATE_WINDOW_MS };
  }
  return { ok: true };
}

/** The reader may edit or delete their own comment for 15 minutes after posting it. */
export function canModify(
  comment: Pick<CommentRecord, 'createdAt' | 'deletedAt'> & { own: boolean },
  now: number,
): boolean {
  return comment.own && !isDeleted(comment) && now < modifiableUntil(comment);
}

export function modifiableUntil(comment: Pick<CommentRecord, 'createdAt'>): number {
  return comment.createdAt + EDIT_WINDOW_MS;
}
