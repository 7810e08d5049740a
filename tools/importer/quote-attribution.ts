import type { PeopleIndex } from './find-people.ts';
import { SPEECH_VERBS } from './person-names.ts';
import { speakerFromPhrase, type Speaker } from './speaker-from-phrase.ts';
import { sentenceRanges } from './split-sentences.ts';

export interface Attribution {
  speaker: Speaker;
  /** Index in the text just after the attribution, so callers can see what follows it. */
  end: number;
  /** The words naming the speaker, as written. */
  phrase: string;
}

const QUOTE_MARK = /[“”"]/;
const VERB_FIRST = new RegExp(String.raw`^[,.]?\s*${SPEECH_VERBS}\s+`, 'u');
const VERB_LATER = new RegExp(String.raw`^[,.]?\s*([^“”".;]{1,100}?)\s+${SPEECH_VERBS}\b`, 'u');
const SPEECH_VERB = new RegExp(String.raw`\b${SPEECH_VERBS}\b`, 'gu');
const MAX_PHRASE_WORDS = 12;

/** Where the name after "said" ends: at the end of its sentence or at the next quotation mark. */
function phraseEnd(text: string, start: number): number {
  const rest = text.slice(start);
  const sentenceEnd = sentenceRanges(rest)[0]?.end ?? rest.length;
  const quote = rest.search(/,?\s*[“”"]/);
  return start + (quote >= 0 ? Math.min(quote, sentenceEnd) : sentenceEnd);
}

function wordCount(text: string): number {
  return text.trim().split(/\s+/).length;
}

/**
 * The speaker named right after a closing quotation mark: `, he said.`,
 * `, said Daniil Kislov, an expert ...`, `, Tokayev told reporters.`
 */
export function attributionAfter(text: string, people: PeopleIndex): Attribution | undefined {
  const verbFirst = VERB_FIRST.exec(text);
  if (verbFirst !== null) {
    const start = verbFirst[0].length;
    const end = phraseEnd(text, start);
    const phrase = text.slice(start, end);
    const speaker = speakerFromPhrase(phrase, people, 'start');
    if (speaker !== undefined) return { speaker, end, phrase };
  }
  const verbLater = VERB_LATER.exec(text);
  const phrase = verbLater?.[1] ?? '';
  if (verbLater !== null && wordCount(phrase) <= MAX_PHRASE_WORDS) {
    const speaker = speakerFromPhrase(phrase, people, 'end');
    if (speaker !== undefined) return { speaker, end: verbLater[0].length, phrase };
  }
  return undefined;
}

/**
 * The speaker named before an opening quotation mark, in the text from the
 * start of the sentence: `Daniil Kislov, an expert ..., said that ... “`.
 * Only the last speech verb counts, and only if no quotation lies between it
 * and the quote.
 */
export function attributionBefore(text: string, people: PeopleIndex): Attribution | undefined {
  const verbs = [...text.matchAll(SPEECH_VERB)];
  const verb = verbs.at(-1);
  if (verb === undefined || QUOTE_MARK.test(text.slice(verb.index))) return undefined;
  const lastQuote = Math.max(text.lastIndexOf('”', verb.index), text.lastIndexOf('"', verb.index));
  const phrase = text.slice(lastQuote + 1, verb.index);
  const speaker = speakerFromPhrase(phrase, people, 'end');
  return speaker === undefined ? undefined : { speaker, end: verb.index + verb[0].length, phrase };
}
