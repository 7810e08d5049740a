// The default adapter: views and comments kept in this browser's storage.
//
// Tabs stay in step, and never lose each other's comments. Browsers do not
// lock storage between tabs, and Chrome hands each tab its own copy that
// other tabs' writes reach a moment later, so two tabs can each write a list
// without the other's newest comment. Every write therefore re-reads, merges
// by comment id and writes; and every tab merges what it receives in a
// `storage` event with what it knows, writing back anything the other tab
// dropped. Merging is commutative (see merge-comments.ts), so the tabs agree
// after a round of events. Deletions are kept as tombstones for the same reason.
//
// View counts cannot be merged that way (two tabs that each add one to 4 both
// write 5), so counting a view takes a Web Lock: one tab at a time reads the
// count, adds one and writes it back, then waits for the write to reach the
// other tabs' copies before letting the next tab read (VIEWS_SETTLE_MS).
import { countVisible } from '../model/comment-threads.ts';
import { checkComment } from '../model/comment-text.ts';
import type { Comment, CommentRecord, NewComment } from '../model/comment.ts';
import { mergeComments } from '../model/merge-comments.ts';
import { checkPosting, EDIT_WINDOW_MS } from '../model/posting-rules.ts';
import { randomToken } from '../model/random-id.ts';
import type { SafeStorage } from '../../lib/storage/safe-storage.ts';
import { encodeStored, readStored, writeStored } from '../../lib/storage/stored-value.ts';
import {
  EngagementError,
  type EngagementChange,
  type EngagementCounts,
  type EngagementStore,
  type ImportResult,
} from './engagement-store.ts';
import {
  articleIdFromKey,
  authorTokenSpec,
  commentsSpec,
  lastPostSpec,
  viewedSpec,
  viewsSpec,
  type StoredComment,
} from './stored-comments.ts';

export interface LocalStoreOptions {
  local: SafeStorage;
  /** Per-tab storage, for the once-per-session view rule and the per-tab posting pause. */
  session: SafeStorage;
  now?: () => number;
  /** Where other tabs' `storage` events arrive (the window); omit to ignore other tabs. */
  events?: EventTarget;
  /**
   * The browser's Web Locks (`navigator.locks`), so tabs count views one at a
   * time; omit where there are none (old browsers, pages not served securely).
   */
  locks?: ViewLocks;
}

/** The part of the Web Locks API the store uses; `navigator.locks` is one. */
export interface ViewLocks {
  /** Runs `callback` once it holds the lock named `name`, and holds it until that settles. */
  request: (name: string, callback: () => Promise<void>) => Promise<unknown>;
}

/** Every article's count is in the one views key, so one lock guards them all. */
const VIEWS_LOCK = viewsSpec.key;

/**
 * How long a tab keeps the views lock after writing. The lock alone is not
 * enough in Chrome: a tab reads its own copy of storage, which another tab's
 * write reaches a moment after it is made, and nothing orders that after the
 * lock passes on, so the next tab could read the count from before the write.
 * Measured with two tabs counting as fast as they could: a few counts in a
 * hundred lost with no wait or 1 ms, none in 600 with 5 ms; this leaves a wide
 * margin for a busy machine. Only a tab waiting for the lock waits for this.
 */
export const VIEWS_SETTLE_MS = 50;

const COMMENT_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** An import carries no author token: keep the one this browser already knows. */
function keepToken(winner: StoredComment, loser: StoredComment): StoredComment {
  return winner.authorToken === null && loser.authorToken !== null
    ? { ...winner, authorToken: loser.authorToken }
    : winner;
}

function withoutToken(comment: StoredComment): CommentRecord {
  return {
    id: comment.id,
    articleId: comment.articleId,
    parentId: comment.parentId,
    authorName: comment.authorName,
    body: comment.body,
    createdAt: comment.createdAt,
    editedAt: comment.editedAt,
    deletedAt: comment.deletedAt,
  };
}

/** The interface is asynchronous for the sake of remote backends; this one answers at once. */
function answer<T>(work: () => T): Promise<T> {
  try {
    return Promise.resolve(work());
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
}

/**
 * What an import did, in comments as the reader sees them: a tombstone for a
 * comment this browser never showed changes nothing they can see.
 */
function tallyImport(
  before: readonly StoredComment[],
  after: readonly StoredComment[],
  incoming: readonly StoredComment[],
): ImportResult {
  const was = new Map(before.map((comment) => [comment.id, comment]));
  const is = new Map(after.map((comment) => [comment.id, comment]));
  const result: ImportResult = { added: 0, updated: 0, deleted: 0, unchanged: 0 };
  for (const id of new Set(incoming.map((comment) => comment.id))) {
    const previous = was.get(id);
    const current = is.get(id);
    if (current === undefined) continue;
    const live = current.deletedAt === null;
    if (previous === undefined) {
      if (live) result.added += 1;
    } else if (previous === current) {
      if (live) result.unchanged += 1;
    } else if (live) {
      result.updated += 1;
    } else if (previous.deletedAt === null) {
      result.deleted += 1;
    }
  }
  return result;
}

export type LocalEngagementStore = EngagementStore &
  Required<Pick<EngagementStore, 'peekCounts' | 'peekComments'>> & { dispose: () => void };

export function createLocalEngagementStore(options: LocalStoreOptions): LocalEngagementStore {
  const { local, session, now = Date.now, events, locks } = options;
  /** What this tab knows per article: merged into every read, so a dropped comment comes back. */
  const known = new Map<string, StoredComment[]>();
  const publicCopies = new WeakMap<StoredComment[], Comment[]>();
  /**
   * The last text read or written per article, and what it held: thousands of
   * comments are parsed and validated once per change, not once per read.
   */
  const decoded = new Map<string, { text: string; comments: StoredComment[] }>();
  const listeners = new Set<(change: EngagementChange) => void>();
  let token: string | undefined;

  function authorToken(): string {
    if (token === undefined) {
      token = readStored(local, authorTokenSpec) ?? randomToken(24);
      writeStored(local, authorTokenSpec, token);
    }
    return token;
  }

  function emit(change: EngagementChange) {
    for (const listener of listeners) listener(change);
  }

  function write(articleId: string, comments: StoredComment[]) {
    const spec = commentsSpec(articleId, authorToken);
    const text = encodeStored(spec, comments);
    local.set(spec.key, text);
    decoded.set(articleId, { text, comments });
    known.set(articleId, comments);
  }

  function load(articleId: string, given?: string | null): StoredComment[] {
    const spec = commentsSpec(articleId, authorToken);
    const text = given === undefined ? local.get(spec.key) : given;
    const last = decoded.get(articleId);
    const held = known.get(articleId) ?? [];
    if (text !== null && last?.text === text && last.comments === held) return held;
    const stored = readStored(local, spec, text);
    const merged = mergeComments(stored, held, keepToken);
    if (merged.changed) write(articleId, merged.comments);
    else if (text !== null) decoded.set(articleId, { text, comments: merged.comments });
    known.set(articleId, merged.comments);
    return merged.comments;
  }

  function save(articleId: string, comments: StoredComment[]) {
    write(articleId, comments);
    emit({ articleId });
  }

  function toPublicOne(comment: StoredComment): Comment {
    return { ...withoutToken(comment), own: comment.authorToken === authorToken() };
  }

  /** The same array back for the same stored list, so React can skip unchanged work. */
  function toPublic(comments: StoredComment[]): Comment[] {
    let copy = publicCopies.get(comments);
    if (copy === undefined) {
      copy = comments.map(toPublicOne);
      publicCopies.set(comments, copy);
    }
    return copy;
  }

  /** The reader's own comment, if they may still change it. */
  function ownComment(articleId: string, id: string) {
    const comments = load(articleId);
    const comment = comments.find((candidate) => candidate.id === id);
    if (comment?.deletedAt !== null)
      throw new EngagementError('not-found', 'This comment has been deleted.');
    if (comment.authorToken !== authorToken())
      throw new EngagementError('not-allowed', 'You can only change your own comments.');
    if (now() >= comment.createdAt + EDIT_WINDOW_MS)
      throw new EngagementError(
        'not-allowed',
        'A comment can be changed for 15 minutes after it is posted.',
      );
    return { comments, comment };
  }

  function replace(articleId: string, comments: StoredComment[], next: StoredComment) {
    save(
      articleId,
      comments.map((comment) => (comment.id === next.id ? next : comment)),
    );
    return toPublicOne(next);
  }

  function counts(articleId: string): EngagementCounts {
    return {
      views: readStored(local, viewsSpec).get(articleId) ?? 0,
      comments: countVisible(load(articleId)),
    };
  }

  function onStorage(event: StorageEvent) {
    if (event.key === null) {
      // Another tab cleared storage: write back everything this tab knows.
      for (const articleId of known.keys()) load(articleId);
      emit({ articleId: null });
      return;
    }
    if (!event.key.startsWith('broadsheet:')) return;
    const articleId = articleIdFromKey(event.key);
    if (articleId === null) {
      emit({ articleId: null });
      return;
    }
    // The event's own value: a copy this tab kept in memory must not hide it.
    if (known.has(articleId)) load(articleId, event.newValue);
    emit({ articleId });
  }

  const storageListener = (event: Event) => {
    if (event instanceof StorageEvent) onStorage(event);
  };
  events?.addEventListener('storage', storageListener);

  /** Marks the article as seen in this tab; false if it already was. */
  function markViewed(articleId: string): boolean {
    const viewed = readStored(session, viewedSpec);
    if (viewed.includes(articleId)) return false;
    writeStored(session, viewedSpec, [...viewed, articleId]);
    return true;
  }

  function addView(articleId: string) {
    const views = readStored(local, viewsSpec);
    views.set(articleId, (views.get(articleId) ?? 0) + 1);
    writeStored(local, viewsSpec, views);
  }

  /**
   * Runs `work` while no other tab runs it, and keeps the other tabs from
   * reading until what it wrote has reached them. Without Web Locks (an old
   * browser, a page not served securely) or when the browser refuses one (a
   * frame sandboxed into an opaque origin, whose storage is its own anyway) it
   * runs at once, as it always did: then two tabs counting in the same
   * instant can still count one view between them.
   */
  async function oneTabAtATime(work: () => void): Promise<void> {
    if (locks === undefined) {
      work();
      return;
    }
    const attempt = { ran: false };
    try {
      await locks.request(VIEWS_LOCK, async () => {
        attempt.ran = true;
        work();
        await new Promise((settled) => setTimeout(settled, VIEWS_SETTLE_MS));
      });
    } catch (error) {
      if (attempt.ran) throw error;
      work();
    }
  }

  async function recordView(articleId: string) {
    // Marked before waiting for the lock, so a second call from this tab meanwhile counts nothing.
    if (!markViewed(articleId)) return { counted: false };
    await oneTabAtATime(() => {
      addView(articleId);
      emit({ articleId });
    });
    return { counted: true };
  }

  function addComment(input: NewComment): Comment {
    const checked = checkComment(input);
    if (!checked.ok)
      throw new EngagementError('invalid', 'The comment has errors.', {
        fieldErrors: checked.errors,
      });
    if (!COMMENT_ID.test(input.id)) throw new EngagementError('invalid', 'Bad comment id.');
    const comments = load(input.articleId);
    const existing = comments.find((comment) => comment.id === input.id);
    // A retried request must not post twice.
    if (existing !== undefined) return toPublicOne(existing);
    let parentId = input.parentId;
    if (parentId !== null) {
      const parent = comments.find((comment) => comment.id === parentId);
      if (parent?.deletedAt !== null)
        throw new EngagementError('not-found', 'The comment you replied to has been deleted.');
      // Replies go one level deep: a reply to a reply joins its thread.
      parentId = parent.parentId ?? parent.id;
    }
    const time = now();
    const mine = authorToken();
    const lastPosts = readStored(session, lastPostSpec);
    const verdict = checkPosting({
      now: time,
      body: checked.body,
      lastPostAt: lastPosts.get(input.articleId),
      ownComments: comments.filter((comment) => comment.authorToken === mine),
    });
    if (!verdict.ok)
      throw new EngagementError(
        verdict.reason,
        verdict.reason === 'too-soon'
          ? 'Please wait a few seconds between comments.'
          : 'You posted the same comment less than an hour ago.',
        { retryAt: verdict.retryAt },
      );
    const comment: StoredComment = {
      id: input.id,
      articleId: input.articleId,
      parentId,
      authorName: checked.authorName,
      body: checked.body,
      createdAt: time,
      editedAt: null,
      deletedAt: null,
      authorToken: mine,
    };
    lastPosts.set(input.articleId, time);
    writeStored(session, lastPostSpec, lastPosts);
    save(input.articleId, [...comments, comment]);
    return toPublicOne(comment);
  }

  function editComment({ articleId, id, body }: { articleId: string; id: string; body: string }) {
    const checked = checkComment({ authorName: 'unchanged', body });
    if (!checked.ok)
      throw new EngagementError('invalid', 'The comment has errors.', {
        fieldErrors: checked.errors,
      });
    const { comments, comment } = ownComment(articleId, id);
    if (comment.body === checked.body) return toPublicOne(comment);
    return replace(articleId, comments, { ...comment, body: checked.body, editedAt: now() });
  }

  function deleteComment({ articleId, id }: { articleId: string; id: string }) {
    const { comments, comment } = ownComment(articleId, id);
    replace(articleId, comments, { ...comment, authorName: '', body: '', deletedAt: now() });
  }

  function importComments(articleId: string, records: readonly CommentRecord[]): ImportResult {
    const incoming = records
      .filter((record) => record.articleId === articleId)
      .map((record): StoredComment => ({ ...record, authorToken: null }));
    const held = load(articleId);
    const merged = mergeComments(held, incoming, keepToken);
    if (merged.changed) save(articleId, merged.comments);
    return tallyImport(held, merged.comments, incoming);
  }

  return {
    getCounts: (articleId) => answer(() => counts(articleId)),
    peekCounts: counts,
    recordView,
    listComments: (articleId) => answer(() => toPublic(load(articleId))),
    peekComments: (articleId) => toPublic(load(articleId)),
    addComment: (input) => answer(() => addComment(input)),
    editComment: (input) => answer(() => editComment(input)),
    deleteComment: (input) =>
      answer(() => {
        deleteComment(input);
      }),
    exportComments: (articleId) => answer(() => load(articleId).map(withoutToken)),
    importComments: (articleId, records) => answer(() => importComments(articleId, records)),
    subscribe: (listener) => {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    getStatus: () => local.getStatus(),
    subscribeStatus: (listener) => local.subscribe(listener),
    dispose: () => {
      events?.removeEventListener('storage', storageListener);
    },
  };
}
