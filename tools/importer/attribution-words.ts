import { WORD } from '../../src/article/format/summarize-article.ts';
import type { Person } from './find-people.ts';
import { OPENS_WITH_PRONOUN, SPEECH_VERBS } from './person-names.ts';

const SPEECH_VERB = new RegExp(String.raw`^${SPEECH_VERBS}$`, 'iu');
const DAY = String.raw`(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)`;
const PART_OF_DAY = String.raw`(?:morning|afternoon|evening|night)`;
/**
 * The simple times an attribution may carry ("Doe said on Tuesday", "she said
 * last week"): they date the remark, and the article keeps its date. Anything
 * longer is news of its own.
 */
const TIME_EXPRESSION = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:(?:on\s+|last\s+|this\s+|next\s+)?${DAY}(?:\s+${PART_OF_DAY})?|(?:last|this|earlier\s+this|later\s+this)\s+(?:week|month|year|weekend|${PART_OF_DAY})|yesterday|today|tonight)(?![\p{L}\p{N}])`,
  'iu',
);
const ARTICLE = String.raw`(?:(?:[Tt]he|[Aa]n?)\s+)?`;

export interface AttributionParts {
  /** The speaker the quote block keeps: its name and role are accounted for. */
  speaker: Person;
  /** The attribution said "he" or "she": one such word is accounted for. */
  pronoun: boolean;
  /** Connecting words that carry nothing ("that" in `Doe said that “…”`), each once. */
  connectors?: readonly string[];
  /** The punctuation that may remain, whitespace removed (commas, a final period). */
  punctuation: RegExp;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, String.raw`\$&`);
}

/**
 * The words (and stray punctuation) of an attribution that a quote block would
 * not keep. Accounted for, each once: the speech verb, "he"/"she" when the
 * speaker was a pronoun, the words of the speaker's name, the role exactly as
 * the block keeps it (with its article), one simple time ("on Tuesday"), the
 * given connectors and punctuation. Empty means replacing the text with the
 * block loses nothing; anything else must stay in the article as written.
 */
export function unaccountedWords(text: string, parts: AttributionParts): string[] {
  const { speaker, pronoun, connectors = [], punctuation } = parts;
  let masked = text;
  const blank = (start: number, end: number) => {
    masked = masked.slice(0, start) + ' '.repeat(end - start) + masked.slice(end);
  };
  const remove = (pattern: RegExp): boolean => {
    const match = pattern.exec(masked);
    if (match !== null) blank(match.index, match.index + match[0].length);
    return match !== null;
  };
  if (speaker.role !== undefined) {
    remove(
      new RegExp(
        String.raw`(?<![\p{L}\p{N}])${ARTICLE}${escape(speaker.role)}(?![\p{L}\p{N}])`,
        'u',
      ),
    );
  }
  // The whole name first, so that the periods of "Mr. Reeves" or "Sergei K.
  // Shoigu" go with it; then its words one by one ("Doe" for "Jane Doe").
  const wholeName = remove(
    new RegExp(String.raw`(?<![\p{L}\p{N}])${escape(speaker.name)}(?![\p{L}\p{N}])`, 'u'),
  );
  remove(TIME_EXPRESSION);
  const nameWords = wholeName ? [] : [...(speaker.name.match(WORD) ?? [])];
  const free = [...connectors];
  let verb = false;
  let said = false;
  const left: string[] = [];
  for (const match of masked.matchAll(WORD)) {
    const word = match[0];
    const take = (list: string[]): boolean => {
      const at = list.indexOf(word);
      if (at >= 0) list.splice(at, 1);
      return at >= 0;
    };
    if (!verb && SPEECH_VERB.test(word)) verb = true;
    else if (pronoun && !said && OPENS_WITH_PRONOUN.test(word)) said = true;
    else if (!take(nameWords) && !take(free)) {
      left.push(word);
      continue;
    }
    blank(match.index, match.index + word.length);
  }
  const residue = masked.replace(WORD, '').replace(/\s+/g, '');
  return punctuation.test(residue) ? left : [...left, residue];
}
