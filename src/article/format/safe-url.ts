// Content URLs may only be http(s) or relative. The check goes through the
// WHATWG URL parser rather than a regex on the raw text, because the parser is
// what the browser will apply: it strips leading control characters and
// removes tabs and newlines inside the scheme ("java\tscript:"), so a regex
// that looked at the raw string could be fooled where the parser is not.
const BASE = 'https://relative.invalid/';

// Invisible or direction-changing characters have no business in a URL that a
// publisher typed; refusing them outright keeps spoofed links out as well.
/* eslint-disable no-control-regex -- control characters are exactly what this matches */
const HIDDEN_CHARACTERS =
  /[\u0000-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/;
/* eslint-enable no-control-regex */

export function isSafeUrl(value: string): boolean {
  if (value.length === 0 || HIDDEN_CHARACTERS.test(value)) return false;
  let parsed: URL;
  try {
    parsed = new URL(value, BASE);
  } catch {
    return false;
  }
  return parsed.protocol === 'http:' || parsed.protocol === 'https:';
}

export function isAbsoluteHttpUrl(value: string): boolean {
  return isSafeUrl(value) && /^https?:\/\//i.test(value);
}
