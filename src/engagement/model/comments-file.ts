// The file a reader exports their comments to, and imports them from on
// another device. It is untrusted input when it comes back: everything is
// validated, and comments are merged by id, so importing twice adds nothing.
import * as v from 'valibot';
import type { CommentRecord } from './comment.ts';
import { bodyProblem, nameProblem, normalizeBody, normalizeName } from './comment-text.ts';
import { countNoun } from './engagement-label.ts';

export const COMMENTS_FILE_FORMAT = 'broadsheet/comments@1';
export const MAX_COMMENTS_FILE_BYTES = 10 * 1024 * 1024;
const MAX_COMMENTS_PER_FILE = 50_000;

export const COMMENT_ID = /^[A-Za-z0-9_-]{1,64}$/;

const isoTime = v.pipe(
  v.string('must be a date string'),
  v.isoTimestamp('must be an ISO 8601 date-time'),
);

const exportedCommentSchema = v.object({
  id: v.pipe(v.string('must be a string'), v.regex(COMMENT_ID, 'must be a comment id')),
  parentId: v.nullable(
    v.pipe(v.string('must be a string'), v.regex(COMMENT_ID, 'must be a comment id')),
  ),
  authorName: v.string('must be a string'),
  body: v.string('must be a string'),
  createdAt: isoTime,
  editedAt: v.nullable(isoTime),
  deletedAt: v.nullable(isoTime),
});

const fileSchema = v.object({
  format: v.literal(COMMENTS_FILE_FORMAT),
  exportedAt: v.optional(v.string()),
  article: v.object({
    id: v.string('must be a string'),
    title: v.optional(v.string('must be a string')),
  }),
  comments: v.pipe(
    v.array(v.unknown(), 'must be a list of comments'),
    v.maxLength(MAX_COMMENTS_PER_FILE, 'holds too many comments'),
  ),
});

type ExportedComment = v.InferOutput<typeof exportedCommentSchema>;

const iso = (time: number) => new Date(time).toISOString();
const isoOrNull = (time: number | null) => (time === null ? null : iso(time));

export function serializeCommentsFile(
  article: { id: string; title: string },
  comments: readonly CommentRecord[],
  now: number,
): string {
  const exported: ExportedComment[] = comments.map((comment) => ({
    id: comment.id,
    parentId: comment.parentId,
    authorName: comment.authorName,
    body: comment.body,
    createdAt: iso(comment.createdAt),
    editedAt: isoOrNull(comment.editedAt),
    deletedAt: isoOrNull(comment.deletedAt),
  }));
  return `${JSON.stringify(
    { format: COMMENTS_FILE_FORMAT, exportedAt: iso(now), article, comments: exported },
    null,
    2,
  )}\n`;
}

export function exportFileName(title: string, now: number): string {
  const slug =
    title
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .replace(/-+$/, '') || 'article';
  return `broadsheet-comments-${slug}-${iso(now).slice(0, 10)}.json`;
}

export type ParsedCommentsFile =
  | { ok: true; comments: CommentRecord[]; skipped: number; firstProblem: string | null }
  | { ok: false; message: string };

function issuePath(issues: readonly v.BaseIssue<unknown>[]): string {
  const issue = issues[0];
  const path = (issue?.path ?? []).map((item) => String(item.key)).join('.');
  return `${path === '' ? '' : `${path}: `}${issue?.message ?? 'is not valid'}`;
}

/** A clock a day fast still imports; a date past that is a damaged file, not a comment. */
const CLOCK_ALLOWANCE_MS = 24 * 60 * 60 * 1000;

/**
 * Times as the store keeps them (milliseconds since 1970, never after now),
 * so a comment this file brings in reads back the same: a date before 1970
 * imported "successfully" would be refused by the store's next read.
 */
function timesProblem(
  times: { createdAt: number; editedAt: number | null; deletedAt: number | null },
  now: number,
): string | null {
  for (const [field, time] of Object.entries(times)) {
    if (time !== null && !(time >= 0 && time <= now + CLOCK_ALLOWANCE_MS))
      return `${field}: must be a date between 1970 and now`;
  }
  for (const field of ['editedAt', 'deletedAt'] as const) {
    const time = times[field];
    if (time !== null && time < times.createdAt) return `${field}: must not be before createdAt`;
  }
  return null;
}

function toRecord(item: unknown, articleId: string, now: number): CommentRecord | string {
  const parsed = v.safeParse(exportedCommentSchema, item);
  if (!parsed.success) return issuePath(parsed.issues);
  const { output } = parsed;
  const createdAt = Date.parse(output.createdAt);
  const editedAt = output.editedAt === null ? null : Date.parse(output.editedAt);
  const deletedAt = output.deletedAt === null ? null : Date.parse(output.deletedAt);
  const timeProblem = timesProblem({ createdAt, editedAt, deletedAt }, now);
  if (timeProblem !== null) return timeProblem;
  // Normalized as typed comments are (one-line names, no control characters):
  // an edited file could bring in what the form never lets through.
  const authorName = normalizeName(output.authorName);
  const body = normalizeBody(output.body);
  if (deletedAt === null) {
    const problem = nameProblem(authorName) ?? bodyProblem(body);
    if (problem !== null) return problem;
  }
  return {
    id: output.id,
    articleId,
    parentId: output.parentId,
    // A deleted comment travels as a tombstone; whatever text it carries is not kept.
    authorName: deletedAt === null ? authorName : '',
    body: deletedAt === null ? body : '',
    createdAt,
    editedAt,
    deletedAt,
  };
}

/** Reads an export file for one article; says plainly what is wrong with a bad one. */
export function parseCommentsFile(
  text: string,
  article: { id: string; title: string },
  now = Date.now(),
): ParsedCommentsFile {
  if (text.length > MAX_COMMENTS_FILE_BYTES)
    return { ok: false, message: 'This file is larger than 10 MB: it is not a comments export.' };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, message: 'This file is not a Broadsheet comments export: it is not JSON.' };
  }
  const file = v.safeParse(fileSchema, json);
  if (!file.success) {
    const isOurs =
      typeof json === 'object' &&
      json !== null &&
      (json as Record<string, unknown>).format === COMMENTS_FILE_FORMAT;
    return {
      ok: false,
      message: isOurs
        ? `This comments export is damaged (${issuePath(file.issues)}), so nothing was imported.`
        : 'This file is not a Broadsheet comments export.',
    };
  }
  if (file.output.article.id !== article.id) {
    const other = file.output.article.title;
    return {
      ok: false,
      message: `This file holds comments on another article${other === undefined ? '' : ` (“${other}”)`}, not on “${article.title}”. Open that article to import it.`,
    };
  }
  const comments: CommentRecord[] = [];
  let skipped = 0;
  let firstProblem: string | null = null;
  file.output.comments.forEach((item, index) => {
    const record = toRecord(item, article.id, now);
    if (typeof record === 'string') {
      skipped += 1;
      firstProblem ??= `comment ${String(index + 1)}: ${record}`;
    } else {
      comments.push(record);
    }
  });
  return { ok: true, comments, skipped, firstProblem };
}

/**
 * What an import changed, counted in comments the reader can see (not
 * deleted): a deleted comment travels in the file only as a tombstone.
 */
export interface ImportTally {
  /** Comments that were not here before. */
  added: number;
  /** Comments here that the file held a later edit of. */
  updated: number;
  /** Comments shown here that the file says were deleted, and now are here too. */
  deleted: number;
  /** Comments already here as the file has them. */
  unchanged: number;
}

/**
 * The sentence that tells the reader what an import did. It counts comments
 * as the reader does: a deleted one is mentioned only when it was showing here
 * and the import took it away, never as a comment imported.
 */
export function describeImport(
  result: ImportTally,
  file: { skipped: number; firstProblem: string | null },
): string {
  const imported = [
    result.added > 0 ? countNoun(result.added, 'comment') : null,
    result.updated > 0 ? countNoun(result.updated, 'change') : null,
  ].filter((part) => part !== null);
  const parts = [
    imported.length > 0 ? `Imported ${imported.join(' and ')}` : null,
    result.deleted > 0
      ? `${countNoun(result.deleted, 'comment')} deleted here, as in the file`
      : null,
    imported.length === 0 && result.deleted === 0 ? 'Nothing new to import' : null,
    result.unchanged > 0 ? `${countNoun(result.unchanged, 'comment')} already here` : null,
    file.skipped > 0
      ? `${countNoun(file.skipped, 'comment')} skipped as invalid (${file.firstProblem ?? ''})`
      : null,
  ];
  return `${parts.filter((part) => part !== null).join('; ')}.`;
}
