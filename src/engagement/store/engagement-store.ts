// The one interface the UI talks to. The default adapter keeps everything in
// this browser (local-engagement-store.ts); a shared backend can implement the
// same interface later without the UI changing.
import type { Comment, CommentRecord, NewComment } from '../model/comment.ts';
import type { CommentFieldErrors } from '../model/comment-text.ts';
import type { ImportTally } from '../model/comments-file.ts';
import type { StorageStatus } from '../../lib/storage/safe-storage.ts';

export interface EngagementCounts {
  /** Views counted by this store (not the source platform's). */
  views: number;
  /** Comments that are not deleted, replies included. */
  comments: number;
}

/** Something changed for one article, or (null) possibly for every article. */
export interface EngagementChange {
  articleId: string | null;
}

/** What an import changed (see comments-file.ts). */
export type ImportResult = ImportTally;

export type EngagementErrorCode =
  'invalid' | 'too-soon' | 'duplicate' | 'not-found' | 'not-allowed';

/** A refusal the reader can act on; anything else thrown is a fault. */
export class EngagementError extends Error {
  readonly code: EngagementErrorCode;
  /** When posting works again (for 'too-soon' and 'duplicate'). */
  readonly retryAt: number | undefined;
  readonly fieldErrors: CommentFieldErrors;

  constructor(
    code: EngagementErrorCode,
    message: string,
    options: { retryAt?: number; fieldErrors?: CommentFieldErrors } = {},
  ) {
    super(message);
    this.name = 'EngagementError';
    this.code = code;
    this.retryAt = options.retryAt;
    this.fieldErrors = options.fieldErrors ?? {};
  }
}

// Function properties rather than methods: components pass them around unbound.
export interface EngagementStore {
  getCounts: (articleId: string) => Promise<EngagementCounts>;
  /** Adapters that hold a local copy answer at once, so counts never flash in. */
  peekCounts?: (articleId: string) => EngagementCounts;
  /** Counts a view unless this article was already counted in this tab (sessionStorage is per tab). */
  recordView: (articleId: string) => Promise<{ counted: boolean }>;
  /** Every comment on the article in order of posting, deleted ones as tombstones. */
  listComments: (articleId: string) => Promise<Comment[]>;
  peekComments?: (articleId: string) => Comment[];
  addComment: (input: NewComment) => Promise<Comment>;
  editComment: (input: { articleId: string; id: string; body: string }) => Promise<Comment>;
  deleteComment: (input: { articleId: string; id: string }) => Promise<void>;
  exportComments: (articleId: string) => Promise<CommentRecord[]>;
  importComments: (articleId: string, comments: readonly CommentRecord[]) => Promise<ImportResult>;
  /** Called on every change, this tab's or another's. Returns the unsubscribe function. */
  subscribe: (listener: (change: EngagementChange) => void) => () => void;
  /** Whether what the reader writes is kept, and what went wrong keeping it. */
  getStatus: () => StorageStatus;
  subscribeStatus: (listener: () => void) => () => void;
}
