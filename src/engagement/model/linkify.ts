export type TextPart =
  { kind: 'text'; text: string } | { kind: 'link'; text: string; href: string };

// Only http(s) addresses become links. An address ends at whitespace, at
// characters that cannot appear in one unescaped, and at invisible format
// characters (a zero-width space or bidi control must not hide inside a link).
const URL_CANDIDATE = /\bhttps?:\/\/[^\s<>"'`\p{Cf}]+/giu;
const TRAILING_PUNCTUATION = /[.,;:!?'"\]}>]+$/u;

/** Trailing punctuation belongs to the sentence, and a closing bracket only when it opened in the address. */
function trimAddress(candidate: string): string {
  let address = candidate.replace(TRAILING_PUNCTUATION, '');
  while (address.endsWith(')')) {
    const opened = address.split('(').length - 1;
    const closed = address.split(')').length - 1;
    if (closed <= opened) break;
    address = address.slice(0, -1).replace(TRAILING_PUNCTUATION, '');
  }
  return address;
}

function safeHref(address: string): string | null {
  try {
    const url = new URL(address);
    if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.hostname === '') return null;
    return url.href;
  } catch {
    return null;
  }
}

/** Splits plain text into text and http(s) links; nothing else ever becomes markup. */
export function splitLinks(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let position = 0;
  for (const match of text.matchAll(URL_CANDIDATE)) {
    const address = trimAddress(match[0]);
    const href = safeHref(address);
    if (href === null) continue;
    if (match.index > position)
      parts.push({ kind: 'text', text: text.slice(position, match.index) });
    parts.push({ kind: 'link', text: address, href });
    position = match.index + address.length;
  }
  if (position < text.length) parts.push({ kind: 'text', text: text.slice(position) });
  return parts;
}
