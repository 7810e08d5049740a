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

/** One article's unsent text: the new comment, and replies by the comment they answer. */
export interface ArticleDrafts {
  comment: string;
  replies: [parentId: string, body: string][];
}

function draftsSpec(articleId: string): StoredValue<ArticleDrafts> {
  return validated(
    `broadsheet:drafts:v1:${encodeURIComponent(articleId)}`,
    v.object({
      comment: v.string(),
      replies: v.array(v.tuple([v.string(), v.string()])),
    }),
    () => ({ comment: '', replies: [] }),
  );
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
  const spec = draftsSpec(articleId);
  const drafts = readStored(storage, spec);
  const replies = drafts.replies.filter(([id]) => id !== parentId);
  const next: ArticleDrafts =
    parentId === null
      ? { comment: body, replies }
      : {
          comment: drafts.comment,
          replies: body === '' ? replies : [...replies, [parentId, body]],
        };
  if (next.comment === '' && next.replies.length === 0) storage.remove(spec.key);
  else writeStored(storage, spec, next);
}

/** The comments with an unsent reply, so their reply boxes open again after a reload. */
export function readReplyDrafts(storage: SafeStorage, articleId: string): Set<string> {
  return new Set(readStored(storage, draftsSpec(articleId)).replies.map(([id]) => id));
}
