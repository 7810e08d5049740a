import {
  BODY_MAX_CODE_UNITS,
  BODY_MAX_GRAPHEMES,
  NAME_MAX_CODE_UNITS,
  NAME_MAX_GRAPHEMES,
} from './comment.ts';
import { formatCount } from './format-count.ts';
import { countGraphemes } from './graphemes.ts';

// Control characters other than tab and newline mean nothing in a comment and
// can hide text from a reader, so they are dropped rather than stored.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
// Whitespace, invisible format characters (zero-width space, joiners, bidi
// controls) and the blank-looking fillers some scripts have.
const INVISIBLE = /[\s\p{Cf}\u115F\u1160\u2800\u3164\uFFA0]/gu;
const EDGE_INVISIBLE = /^[\s\p{Cf}]+|[\s\p{Cf}]+$/gu;

/** Line endings unified, controls dropped, at most one blank line in a row, trimmed. */
export function normalizeBody(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(CONTROL, '')
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .replace(EDGE_INVISIBLE, '');
}

/** A name is one line: every run of whitespace becomes one space. */
export function normalizeName(text: string): string {
  return text.replace(CONTROL, '').replace(/\s+/g, ' ').replace(EDGE_INVISIBLE, '');
}

export function isBlank(text: string): boolean {
  return text.replace(INVISIBLE, '').length === 0;
}

/** How many characters a field holds, counted up to ten times its limit. */
export interface Measure {
  graphemes: number;
  /** True when the text is longer than the measured cap. */
  capped: boolean;
}

export function measure(text: string, limit: number): Measure {
  const cap = limit * 10;
  const graphemes = countGraphemes(text, cap + 1);
  return { graphemes: Math.min(graphemes, cap), capped: graphemes > cap };
}

function tooLong(what: string, limit: number, size: Measure): string {
  const actual = size.capped
    ? `more than ${formatCount(size.graphemes)}`
    : formatCount(size.graphemes);
  return `${what} must be ${formatCount(limit)} characters or fewer; it is ${actual}.`;
}

export function nameProblem(name: string): string | null {
  if (isBlank(name)) return 'Enter your name.';
  const size = measure(name, NAME_MAX_GRAPHEMES);
  if (size.graphemes > NAME_MAX_GRAPHEMES || size.capped)
    return tooLong('Your name', NAME_MAX_GRAPHEMES, size);
  if (name.length > NAME_MAX_CODE_UNITS) return 'Your name has too many combined marks.';
  return null;
}

export function bodyProblem(body: string): string | null {
  if (isBlank(body)) return 'Write a comment first.';
  const size = measure(body, BODY_MAX_GRAPHEMES);
  if (size.graphemes > BODY_MAX_GRAPHEMES || size.capped)
    return tooLong('A comment', BODY_MAX_GRAPHEMES, size);
  if (body.length > BODY_MAX_CODE_UNITS) return 'This comment has too many combined marks.';
  return null;
}

export interface CommentFieldErrors {
  name?: string;
  body?: string;
}

export type CheckedComment =
  { ok: true; authorName: string; body: string } | { ok: false; errors: CommentFieldErrors };

/** Normalizes what the reader typed and says what is wrong with each field. */
export function checkComment(input: { authorName: string; body: string }): CheckedComment {
  const authorName = normalizeName(input.authorName);
  const body = normalizeBody(input.body);
  const name = nameProblem(authorName);
  const text = bodyProblem(body);
  if (name === null && text === null) return { ok: true, authorName, body };
  return {
    ok: false,
    errors: { ...(name === null ? {} : { name }), ...(text === null ? {} : { body: text }) },
  };
}
