// Abbreviations that end with a period without ending the sentence. Initials
// ("Sergei K. Shoigu") and dotted acronyms ("U.S.", "U.N.") are caught by shape.
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof st sen rep gov gen col lt sgt capt adm cmdr maj pres supt rev hon jr sr inc ' +
    'co corp ltd vs no nos jan feb mar apr jun jul aug sep sept oct nov dec mt ft etc approx est fig vol ave blvd'
  ).split(' '),
);

// A full stop, question or exclamation mark, with any closing quotes or
// brackets after it, followed by whitespace or the end.
const TERMINATOR = /[.!?]+["”’)\]]*(?=\s|$)/g;
const NEXT_STARTS_SENTENCE = /^\s+["“‘([]?[\p{Lu}\p{N}]/u;

export interface SentenceRange {
  start: number;
  end: number;
}

function endsWithAbbreviation(textBefore: string): boolean {
  const word = /([\p{L}.]+)\.$/u.exec(textBefore)?.[1] ?? '';
  if (/^\p{Lu}$/u.test(word)) return true; // an initial
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return true; // U.S, U.N, a.m
  return ABBREVIATIONS.has(word.toLowerCase());
}

function trimmedRange(text: string, start: number, end: number): SentenceRange | undefined {
  let from = start;
  let to = end;
  while (from < to && /\s/.test(text.charAt(from))) from += 1;
  while (to > from && /\s/.test(text.charAt(to - 1))) to -= 1;
  return from < to ? { start: from, end: to } : undefined;
}

/** Where each sentence of the text starts and ends, without surrounding whitespace. */
export function sentenceRanges(text: string): SentenceRange[] {
  const ranges: SentenceRange[] = [];
  let start = 0;
  const push = (end: number) => {
    const range = trimmedRange(text, start, end);
    if (range !== undefined) ranges.push(range);
    start = end;
  };
  for (const match of text.matchAll(TERMINATOR)) {
    const end = match.index + match[0].length;
    const rest = text.slice(end);
    if (rest.trim() !== '' && !NEXT_STARTS_SENTENCE.test(rest)) continue;
    if (match[0] === '.' && endsWithAbbreviation(text.slice(start, end))) continue;
    push(end);
  }
  push(text.length);
  return ranges;
}

/**
 * Splits text into sentences, each an exact substring of the input (trimmed).
 * Good enough for news prose; it does not try to parse dialogue.
 */
export function splitSentences(text: string): string[] {
  return sentenceRanges(text).map((range) => text.slice(range.start, range.end));
}
