import { countWords } from '../../src/article/format/summarize-article.ts';

const MAX_LABEL_WORDS = 10;
// Commas and full stops inside numbers ("$10,000", "3.5") do not end a clause.
const CLAUSE_END =
  /[;:()—–!?]|,(?!\d)|\.(?=["”’)]*\s*$)|\s(?:according to|but|which|that|who|while|whereas)\s/u;
const MODALS = new Set('may might will would can could should must shall'.split(' '));
const AUXILIARIES = new Set('have has had is are was were been be being'.split(' '));
const IRREGULAR_PARTICIPLES = new Set(
  'died born held lost left made seen told taken given found paid sold built hit hurt shot caught kept sent spent struck won put'.split(
    ' ',
  ),
);
const TRAILING_FUNCTION_WORDS =
  /(?:\s+(?:of|the|a|an|to|in|and|or|with|for|by|on|at|as|that|from|is|are|was|were))+$/i;
const COPULA_AT_END =
  /\s+(?:is|was|are|were|stood at|stands at|reached|totaled|totalled|rose to|fell to|hit|of|at|to|costs?|about|around)$/i;

function isParticiple(word: string): boolean {
  return /^\p{Ll}+(?:ed|en)$/u.test(word) || IRREGULAR_PARTICIPLES.has(word);
}

const NEGATED = new Set([
  'cannot',
  'can’t',
  "can't",
  'won’t',
  "won't",
  'don’t',
  "don't",
  'didn’t',
  "didn't",
]);

/**
 * Whether "and" starts a new clause rather than joining two nouns: "pounds and
 * sounded like", "in “deep debt” and cannot afford", but not "computing and
 * math-related jobs". Without a parser, a verb-looking word or a phrase that
 * is already long decides.
 */
function startsNewClause(next: string, wordsSoFar: number): boolean {
  const lower = next.toLowerCase();
  return (
    MODALS.has(lower) ||
    AUXILIARIES.has(lower) ||
    NEGATED.has(lower) ||
    /^\p{Ll}+ed$/u.test(lower) ||
    wordsSoFar >= 4
  );
}

/**
 * The words after the number, as a noun phrase: "people have been injured so
 * far" becomes "people injured so far"; a modal ends the phrase ("troops may
 * undermine" gives "troops"), since what might happen is not what was counted.
 */
function labelAfter(text: string): string {
  // A number that ends its clause ("costs $4 million and covers ...") has no words after it.
  const clause = (text.split(CLAUSE_END)[0] ?? '').replace(/^\s*and\s.*$/, '');
  const words = clause
    .trim()
    .split(/\s+/)
    .filter((word) => word !== '');
  const kept: string[] = [];
  for (let index = 0; index < words.length && kept.length < MAX_LABEL_WORDS; index += 1) {
    const word = words[index] ?? '';
    const lower = word.toLowerCase();
    if (MODALS.has(lower)) break;
    if (AUXILIARIES.has(lower)) {
      let next = index + 1;
      while (AUXILIARIES.has((words[next] ?? '').toLowerCase())) next += 1;
      if (isParticiple(words[next] ?? '')) {
        index = next - 1;
        continue;
      }
    }
    if (lower === 'and' && kept.length > 0 && startsNewClause(words[index + 1] ?? '', kept.length))
      break;
    kept.push(word);
  }
  return kept.join(' ');
}

/** The words before a number that ends its clause: "The country’s minimum monthly wage is about $100." */
function labelBefore(text: string): string {
  const clauses = text.split(/[,;:()—–]/);
  const words = (clauses.at(-1) ?? '')
    .trim()
    .replace(COPULA_AT_END, '')
    .split(/\s+/)
    .filter((word) => word !== '');
  // "The plan will cost about $4.2 million": the label is what the clause is about, not its verb.
  while (
    words.length > 1 &&
    (MODALS.has(words.at(-1) ?? '') || AUXILIARIES.has(words.at(-1) ?? ''))
  )
    words.pop();
  return words
    .slice(-MAX_LABEL_WORDS)
    .join(' ')
    .replace(/^(?:the|a|an)\s+/i, '');
}

/** Cuts a label before an unmatched quotation mark, so it never opens a quote it does not close. */
function balanceQuotes(label: string): string {
  const opens = (label.match(/“/g) ?? []).length;
  const closes = (label.match(/”/g) ?? []).length;
  return opens === closes
    ? label
    : (label.split('“').slice(0, opens - closes > 0 ? -1 : undefined)[0] ?? '');
}

/** A short label for the number at [start, end) of the sentence, derived from the words around it. */
export function statLabel(sentence: string, start: number, end: number): string | undefined {
  const after = labelAfter(sentence.slice(end));
  const raw = countWords(after) > 0 ? after : labelBefore(sentence.slice(0, start));
  const label = balanceQuotes(raw).replace(TRAILING_FUNCTION_WORDS, '').trim();
  return countWords(label) > 0 ? label : undefined;
}

/**
 * The named source in an "according to" phrase, when it names one:
 * "according to a recent report by accounting firm KPMG" gives "KPMG";
 * "according to the government" gives nothing.
 */
export function statSource(sentence: string): string | undefined {
  const phrase = (/\baccording to ([^,;]+)/i.exec(sentence)?.[1] ?? '').replace(/\.$/, '');
  const names = phrase.match(
    /(?:\p{Lu}[\p{L}.&’'-]*)(?:\s+(?:of|for|and|on)?\s*\p{Lu}[\p{L}.&’'-]*)*/gu,
  );
  return names?.at(-1)?.replace(/\.$/, '');
}
