/** The limits a comment must keep, shared by the form, the store and the import. */
export const NAME_MAX_GRAPHEMES = 50;
export const BODY_MAX_GRAPHEMES = 2000;
/**
 * A cap in UTF-16 code units, on top of the grapheme limits: a "character"
 * stacked with hundreds of combining marks counts as one grapheme, and must
 * not let a comment carry a megabyte.
 */
export const NAME_MAX_CODE_UNITS = NAME_MAX_GRAPHEMES * 16;
export const BODY_MAX_CODE_UNITS = BODY_MAX_GRAPHEMES * 16;

/** A comment as every adapter stores and exchanges it (and as the export file holds it). */
export interface CommentRecord {
  id: string;
  articleId: string;
  /** The top-level comment this one replies to; replies go one level deep. */
  parentId: string | null;
  /** Empty once deleted. */
  authorName: string;
  /** Empty once deleted. */
  body: string;
  /** Milliseconds since the epoch. */
  createdAt: number;
  editedAt: number | null;
  /** A deleted comment stays as a tombstone, so that no other copy brings it back. */
  deletedAt: number | null;
}

/** A comment as the UI sees it. */
export interface Comment extends CommentRecord {
  /** Written in this browser, so the reader may edit or delete it for a while. */
  own: boolean;
}

export interface NewComment {
  /** Chosen by the caller, so an optimistic copy and the stored one share it. */
  id: string;
  articleId: string;
  parentId: string | null;
  authorName: string;
  body: string;
}

export type CommentSort = 'newest' | 'oldest';

export function isDeleted(comment: Pick<CommentRecord, 'deletedAt'>): boolean {
  return comment.deletedAt !== null;
}
