// How the local adapter lays its data out in browser storage. Keys carry a
// version; every read is validated; data in an older shape is migrated.
import * as v from 'valibot';
import { BODY_MAX_CODE_UNITS, NAME_MAX_CODE_UNITS, type CommentRecord } from '../model/comment.ts';
import type { Decoded, StoredValue } from '../../lib/storage/stored-value.ts';

/** A comment as this browser keeps it: with the token of the browser that wrote it. */
export interface StoredComment extends CommentRecord {
  /** Null when it came from an import: then nobody here may edit it. */
  authorToken: string | null;
}

const PREFIX = 'broadsheet:comments:';
const CURRENT = 'v2';

export function commentsKey(articleId: string, version = CURRENT): string {
  return `${PREFIX}${version}:${encodeURIComponent(articleId)}`;
}

/** The article whose current comments key this is, or null for any other key. */
export function articleIdFromKey(key: string): string | null {
  const start = `${PREFIX}${CURRENT}:`;
  if (!key.startsWith(start)) return null;
  const encoded = key.slice(start.length);
  if (encoded.includes(':')) return null;
  try {
    return decodeURIComponent(encoded);
  } catch {
    return null;
  }
}

const COMMENT_ID = /^[A-Za-z0-9_-]{1,64}$/;
export const AUTHOR_TOKEN = /^[a-z0-9]{16,64}$/;

const id = v.pipe(v.string(), v.regex(COMMENT_ID));
/** The latest time a JavaScript Date can hold: past it, formatting a date throws. */
const LATEST_TIME = 8_640_000_000_000_000;
const time = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(LATEST_TIME));

// Limits in code units only: reading must stay cheap for thousands of
// comments, and the grapheme rules were checked when each comment was written.
const storedCommentSchema = v.object({
  id,
  articleId: v.string(),
  parentId: v.nullable(id),
  authorName: v.pipe(v.string(), v.maxLength(NAME_MAX_CODE_UNITS)),
  body: v.pipe(v.string(), v.maxLength(BODY_MAX_CODE_UNITS)),
  createdAt: time,
  editedAt: v.nullable(time),
  deletedAt: v.nullable(time),
  authorToken: v.nullable(v.pipe(v.string(), v.regex(AUTHOR_TOKEN))),
});

/**
 * Version 1 kept top-level comments only, as `{ id, name, text, postedAt }`,
 * with no replies, edits or deletions. Everything in it was written in this
 * browser, so the migrated comments belong to this browser's author token.
 */
const legacyCommentSchema = v.object({
  id,
  name: v.pipe(v.string(), v.maxLength(NAME_MAX_CODE_UNITS)),
  text: v.pipe(v.string(), v.maxLength(BODY_MAX_CODE_UNITS)),
  postedAt: time,
});

function decodeList<T, S extends v.GenericSchema>(
  json: unknown,
  schema: S,
  convert: (item: v.InferOutput<S>) => T | null,
): Decoded<T[]> {
  if (!Array.isArray(json)) return { value: null, problem: 'not a list of comments' };
  const value: T[] = [];
  for (const item of json) {
    const parsed = v.safeParse(schema, item);
    const converted = parsed.success ? convert(parsed.output) : null;
    if (converted !== null) value.push(converted);
  }
  const unreadable = json.length - value.length;
  return unreadable === 0
    ? { value, problem: null }
    : { value, problem: `${String(unreadable)} of ${String(json.length)} comments unreadable` };
}

export function commentsSpec(
  articleId: string,
  authorToken: () => string,
): StoredValue<StoredComment[]> {
  return {
    key: commentsKey(articleId),
    empty: () => [],
    decode: (json) =>
      decodeList(json, storedCommentSchema, (comment) =>
        comment.articleId === articleId ? comment : null,
      ),
    legacy: [
      {
        key: commentsKey(articleId, 'v1'),
        decode: (json) =>
          decodeList(json, legacyCommentSchema, (old) => ({
            id: old.id,
            articleId,
            parentId: null,
            authorName: old.name,
            body: old.text,
            createdAt: old.postedAt,
            editedAt: null,
            deletedAt: null,
            authorToken: authorToken(),
          })),
      },
    ],
  };
}

/** Pairs rather than an object, so no article id can land on a prototype. */
function countsSpec(key: string): StoredValue<Map<string, number>> {
  const pairs = v.array(v.tuple([v.string(), time]));
  return {
    key,
    empty: () => new Map(),
    encode: (counts) => [...counts],
    decode: (json) => {
      const parsed = v.safeParse(pairs, json);
      return parsed.success
        ? { value: new Map(parsed.output), problem: null }
        : { value: null, problem: 'not a list of counts' };
    },
  };
}

/** Views counted in this browser, per article. */
export const viewsSpec = countsSpec('broadsheet:views:v1');
/** (Session storage) when this tab last posted on each article. */
export const lastPostSpec = countsSpec('broadsheet:last-post:v1');

/** (Session storage, so per tab) the articles already counted as viewed in this tab. */
export const viewedSpec: StoredValue<string[]> = {
  key: 'broadsheet:viewed:v1',
  empty: () => [],
  decode: (json) => {
    const parsed = v.safeParse(v.array(v.string()), json);
    return parsed.success
      ? { value: parsed.output, problem: null }
      : { value: null, problem: 'not a list of article ids' };
  },
};

/** A random token naming this browser as the author of the comments it writes. */
export const authorTokenSpec: StoredValue<string | null> = {
  key: 'broadsheet:author:v1',
  empty: () => null,
  decode: (json) =>
    typeof json === 'string' && AUTHOR_TOKEN.test(json)
      ? { value: json, problem: null }
      : { value: null, problem: 'not an author token' },
};
