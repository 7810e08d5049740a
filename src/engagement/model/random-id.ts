const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

/**
 * Random lowercase letters and digits. getRandomValues, unlike randomUUID,
 * works outside secure contexts too (a reader on plain http, a sandboxed frame).
 */
export function randomToken(length: number): string {
  const bytes = crypto.getRandomValues(new Uint8Array(length));
  let token = '';
  // The slight skew of 256 % 36 does not matter for ids that only need to be unique.
  for (const byte of bytes) token += ALPHABET[byte % 36] ?? '';
  return token;
}

/** A comment id: time first, so ids sort roughly by age; random after, so tabs never clash. */
export function newCommentId(now = Date.now()): string {
  return `c${now.toString(36)}-${randomToken(10)}`;
}
