// What this browser remembers for the reader, whatever store holds the
// comments: their name, their sort order, and the drafts they have not sent.
import * as v from 'valibot';
import type { CommentSort } from '../model/comment.ts';
import type { SafeStorage } from '../../lib/storage/safe-storage.ts';
import { readStored, writeStored, type StoredValue } from '../../lib/storage/stored-value.ts';

function validated<T>(
  key: string,
  schema: v.GenericSchema<unknown, T>,
  empty: () => T,
): StoredValue<T> {
  return {
    key,
    empty,
    decode: (json: unknown) => {
      const parsed = v.safeParse(schema, json);
      return parsed.success
        ? { value: parsed.output, problem: null }
        : { value: null, problem: `not the expected shape for ${key}` };
    },
  };
}

const nameSpec = validated('broadsheet:name:v1', v.string(), () => '');
const sortSpec = validated<CommentSort>(
  'broadsheet:comment-sort:v1',
  v.picklist(['newest', 'oldest']),
  () => 'newest',
);

/** One article's unsent text: the new comment, replies by the comment they answer, and edits. */
export interface ArticleDrafts {
  comment: string;
  replies: [parentId: string, body: string][];
  /** Changes to the reader's own comments, by comment. Optional: older versions did not write it. */
  edits?: [commentId: string, body: string][];
}

const draftPair = v.tuple([v.string(), v.string()]);

function draftsSpec(articleId: string): StoredValue<ArticleDrafts> {
  return validated(
    `broadsheet:drafts:v1:${encodeURIComponent(articleId)}`,
    // v.object drops keys it does not know, so a version without `edits`
    // still reads what this one writes (and keeps the other drafts).
    v.object({
      comment: v.string(),
      replies: v.array(draftPair),
      edits: v.optional(v.array(draftPair)),
    }),
    () => ({ comment: '', replies: [] }),
  );
}

function saveDrafts(storage: SafeStorage, articleId: string, drafts: ArticleDrafts): void {
  const spec = draftsSpec(articleId);
  const edits = drafts.edits ?? [];
  if (drafts.comment === '' && drafts.replies.length === 0 && edits.length === 0)
    storage.remove(spec.key);
  else writeStored(storage, spec, edits.length === 0 ? { ...drafts, edits: undefined } : drafts);
}

export function readName(storage: SafeStorage): string {
  return readStored(storage, nameSpec);
}

export function writeName(storage: SafeStorage, name: string): void {
  writeStored(storage, nameSpec, name);
}

export function readSort(storage: SafeStorage): CommentSort {
  return readStored(storage, sortSpec);
}

export function writeSort(storage: SafeStorage, sort: CommentSort): void {
  writeStored(storage, sortSpec, sort);
}

/** The draft of a new comment (parentId null) or of a reply. */
export function readDraft(
  storage: SafeStorage,
  articleId: string,
  parentId: string | null,
): string {
  const drafts = readStored(storage, draftsSpec(articleId));
  if (parentId === null) return drafts.comment;
  return drafts.replies.find(([id]) => id === parentId)?.[1] ?? '';
}

/** Saves a draft as it is typed; an empty one is removed. */
export function writeDraft(
  storage: SafeStorage,
  articleId: string,
  parentId: string | null,
  body: string,
): void {
  const drafts = readStored(storage, draftsSpec(articleId));
  const replies = drafts.replies.filter(([id]) => id !== parentId);
  saveDrafts(
    storage,
    articleId,
    parentId === null
      ? { ...drafts, comment: body, replies }
      : { ...drafts, replies: body === '' ? replies : [...replies, [parentId, body]] },
  );
}

/** The comments with an unsent reply, so their reply boxes open again after a reload. */
export function readReplyDrafts(storage: SafeStorage, articleId: string): Set<string> {
  return new Set(readStored(storage, draftsSpec(articleId)).replies.map(([id]) => id));
}

/** The unsaved change to one of the reader's comments, or null when there is none. */
export function readEditDraft(
  storage: SafeStorage,
  articleId: string,
  commentId: string,
): string | null {
  const edits = readStored(storage, draftsSpec(articleId)).edits ?? [];
  return edits.find(([id]) => id === commentId)?.[1] ?? null;
}

/**
 * Saves an edit as it is typed; null removes it. An empty text is kept: the
 * reader may be clearing the comment to rewrite it.
 */
export function writeEditDraft(
  storage: SafeStorage,
  articleId: string,
  commentId: string,
  body: string | null,
): void {
  const drafts = readStored(storage, draftsSpec(articleId));
  const edits = (drafts.edits ?? []).filter(([id]) => id !== commentId);
  saveDrafts(storage, articleId, {
    ...drafts,
    edits: body === null ? edits : [...edits, [commentId, body]],
  });
}

/** The comments with an unsaved edit, so their edit forms open again after a reload. */
export function readEditDrafts(storage: SafeStorage, articleId: string): Set<string> {
  return new Set((readStored(storage, draftsSpec(articleId)).edits ?? []).map(([id]) => id));
}
