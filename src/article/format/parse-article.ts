import * as v from 'valibot';
import {
  articleEnvelopeSchema,
  blockSchemas,
  type Article,
  type Block,
  type BlockType,
} from './article-schema.ts';

/** Documents larger than this are refused before JSON.parse sees them. */
export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;

export interface Problem {
  /** Where, e.g. `body[3].image.src`; empty for the document itself. */
  path: string;
  message: string;
}

export interface SkippedBlock extends Problem {
  reason: 'unknown-type' | 'invalid';
}

export type ParseResult =
  { ok: true; article: Article; skipped: SkippedBlock[] } | { ok: false; problems: Problem[] };

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Formats a valibot path as `body[3].image.src`. */
export function formatPath(path: readonly { key: unknown }[] | undefined, prefix = ''): string {
  let out = prefix;
  for (const item of path ?? []) {
    if (typeof item.key === 'number') out += `[${String(item.key)}]`;
    else out += out === '' ? String(item.key) : `.${String(item.key)}`;
  }
  return out;
}

function toProblems(issues: readonly v.BaseIssue<unknown>[], prefix = ''): Problem[] {
  return issues.map((issue) => ({
    path: formatPath(issue.path, prefix),
    message: issue.input === undefined && issue.kind === 'schema' ? 'is required' : issue.message,
  }));
}

export function formatProblem(problem: Problem): string {
  return problem.path === '' ? problem.message : `${problem.path}: ${problem.message}`;
}

function isBlockType(type: unknown): type is BlockType {
  return typeof type === 'string' && Object.hasOwn(blockSchemas, type);
}

function parseBlock(raw: unknown, index: number): Block | SkippedBlock {
  const path = `body[${String(index)}]`;
  const type: unknown =
    typeof raw === 'object' && raw !== null ? (raw as { type?: unknown }).type : undefined;
  if (!isBlockType(type)) {
    return {
      path,
      reason: 'unknown-type',
      message:
        typeof type === 'string'
          ? `unknown block type "${type}" (skipped; this reader knows format v1)`
          : 'a block needs a "type" string',
    };
  }
  const result = v.safeParse(blockSchemas[type], raw);
  if (result.success) return result.output;
  const [first] = toProblems(result.issues, path);
  return {
    path: first?.path ?? path,
    reason: 'invalid',
    message: first?.message ?? 'invalid block',
  };
}

function isSkipped(block: Block | SkippedBlock): block is SkippedBlock {
  return 'reason' in block;
}

/**
 * Validates an already-parsed value as an article. Invalid metadata fails the
 * whole document; an invalid or unknown block is skipped and reported, so a
 * story from a newer publisher still reads.
 */
export function parseArticle(input: unknown): ParseResult {
  const envelope = v.safeParse(articleEnvelopeSchema, input);
  if (!envelope.success) return { ok: false, problems: toProblems(envelope.issues) };
  const body: Block[] = [];
  const skipped: SkippedBlock[] = [];
  envelope.output.body.forEach((raw, index) => {
    const block = parseBlock(raw, index);
    if (isSkipped(block)) skipped.push(block);
    else body.push(block);
  });
  return { ok: true, article: { ...envelope.output, body }, skipped };
}

/**
 * Parses untrusted JSON text: refuses oversize documents before parsing and
 * drops prototype-polluting keys while parsing.
 */
export function parseJsonSafely(
  text: string,
  maxBytes = MAX_ARTICLE_BYTES,
): { ok: true; value: unknown } | { ok: false; problem: Problem } {
  // A UTF-16 length over the limit can only grow as UTF-8, so check cheaply first.
  if (text.length > maxBytes || new TextEncoder().encode(text).length > maxBytes) {
    return {
      ok: false,
      problem: {
        path: '',
        message: `document is larger than ${String(maxBytes / 1024 / 1024)} MB`,
      },
    };
  }
  try {
    const value: unknown = JSON.parse(text, (key, value: unknown) =>
      FORBIDDEN_KEYS.has(key) ? undefined : value,
    );
    return { ok: true, value };
  } catch (error) {
    return {
      ok: false,
      problem: {
        path: '',
        message: `not valid JSON (${error instanceof Error ? error.message : 'parse error'})`,
      },
    };
  }
}

export function parseArticleJson(text: string): ParseResult {
  const json = parseJsonSafely(text);
  return json.ok ? parseArticle(json.value) : { ok: false, problems: [json.problem] };
}
