// The HTML standard's algorithm for parsing a srcset attribute
// (https://html.spec.whatwg.org/multipage/images.html#parsing-a-srcset-attribute),
// so the importer reads each candidate exactly as a browser will: a URL runs
// until whitespace, so it may contain commas ("https://x/img,w_480/a.jpg"),
// and candidates need no space after the comma between them ("a.jpg 1x,b.jpg 2x").

export interface SrcsetCandidate {
  url: string;
  /** As written and already checked: "480w", "1.5x", or "480w" with "200h". */
  descriptors: readonly string[];
}

const WHITESPACE = /[\t\n\f\r ]/;
const NON_NEGATIVE_INTEGER = /^\d+$/;
const FLOATING_POINT_NUMBER = /^-?(?:\d+(?:\.\d+)?|\.\d+)(?:[eE][-+]?\d+)?$/;

/**
 * Splits the text after a candidate's URL into descriptors, up to the comma
 * that ends the candidate; a comma inside parentheses does not end it.
 * Returns the descriptors and the position after that comma.
 */
function tokenizeDescriptors(
  input: string,
  start: number,
): { descriptors: string[]; next: number } {
  const descriptors: string[] = [];
  let current = '';
  let inParentheses = false;
  const finish = () => {
    if (current !== '') descriptors.push(current);
    current = '';
  };
  for (let position = start; position < input.length; position += 1) {
    const char = input.charAt(position);
    if (inParentheses) {
      current += char;
      if (char === ')') inParentheses = false;
    } else if (WHITESPACE.test(char)) {
      finish();
    } else if (char === ',') {
      finish();
      return { descriptors, next: position + 1 };
    } else {
      current += char;
      if (char === '(') inParentheses = true;
    }
  }
  finish();
  return { descriptors, next: input.length };
}

/** Whether the descriptors make a candidate the standard keeps: one width or one density, and a height only with a width. */
function validDescriptors(descriptors: readonly string[]): boolean {
  let width = false;
  let density = false;
  let height = false;
  for (const descriptor of descriptors) {
    const number = descriptor.slice(0, -1);
    switch (descriptor.slice(-1)) {
      case 'w':
        if (width || density || !NON_NEGATIVE_INTEGER.test(number) || Number(number) === 0)
          return false;
        width = true;
        break;
      case 'x':
        if (width || density || height || !FLOATING_POINT_NUMBER.test(number)) return false;
        if (Number(number) < 0) return false;
        density = true;
        break;
      case 'h':
        if (height || density || !NON_NEGATIVE_INTEGER.test(number) || Number(number) === 0)
          return false;
        height = true;
        break;
      default:
        return false;
    }
  }
  return !height || width;
}

/**
 * The image candidates of a srcset attribute, in order. Candidates the
 * standard drops (an unknown or repeated descriptor, a zero width) are
 * left out, as a browser leaves them out.
 */
export function parseSrcset(input: string): SrcsetCandidate[] {
  const candidates: SrcsetCandidate[] = [];
  let position = 0;
  while (position < input.length) {
    const char = input.charAt(position);
    if (char === ',' || WHITESPACE.test(char)) {
      position += 1;
      continue;
    }
    const urlStart = position;
    while (position < input.length && !WHITESPACE.test(input.charAt(position))) position += 1;
    const rawUrl = input.slice(urlStart, position);
    let descriptors: string[] = [];
    let url = rawUrl;
    if (rawUrl.endsWith(',')) {
      // A URL written straight before the comma has no descriptors.
      url = rawUrl.replace(/,+$/, '');
    } else {
      const tokenized = tokenizeDescriptors(input, position);
      descriptors = tokenized.descriptors;
      position = tokenized.next;
    }
    if (validDescriptors(descriptors)) candidates.push({ url, descriptors });
  }
  return candidates;
}
