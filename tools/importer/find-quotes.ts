import { countWords } from '../../src/article/format/summarize-article.ts';
import { unaccountedWords } from './attribution-words.ts';
import { findPeople, type PeopleIndex, type Person } from './find-people.ts';
import { attributionAfter, attributionBefore, type Attribution } from './quote-attribution.ts';
import { pronounIn, resolvePronoun } from './resolve-pronoun.ts';
import { speakerFromPhrase } from './speaker-from-phrase.ts';
import { sentenceRanges, type SentenceRange } from './split-sentences.ts';

export interface QuoteFinding {
  /** Index of the paragraph, in the list given to findQuotes. */
  paragraph: number;
  /** The quoted words, an exact substring of the paragraph. */
  text: string;
  speaker: Person;
  /** The paragraph holds nothing but this quotation and who said it. */
  wholeParagraph: boolean;
}

const QUOTATION = /[“"]([^“”"]+)[”"]/g;
const QUOTE_MARK = /[“”"]/;
const LEADING_CONJUNCTION = /^(?:but|and|or|so)\s+(?=\p{Ll})/u;
const MAX_ATTRIBUTION_TAIL_WORDS = 25;
/** After the quotation: commas between the attribution's parts and its final period. */
const TAIL_PUNCTUATION = /^,*\.?$/;
/** Before it: "Doe, the mayor, said: “…”". */
const LEAD_IN_PUNCTUATION = /^[,:]*$/;
/** "“No,” he said." is a quotation, but not one to set as a block. */
const MIN_BLOCK_QUOTE_WORDS = 5;
/** The format's limit for a quote's text. */
const MAX_QUOTE_LENGTH = 5000;

interface Paragraph {
  text: string;
  ranges: SentenceRange[];
  /** Index of the paragraph's first sentence in the article-wide sentence list. */
  firstSentence: number;
}

/** The quoted words without the comma or conjunction that belong to the sentence around them. */
function cleanQuotation(inner: string): string {
  return inner
    .trim()
    .replace(/[,;:]$/, '')
    .replace(LEADING_CONJUNCTION, '');
}

function prepare(paragraphs: readonly string[]): { list: Paragraph[]; sentences: string[] } {
  const sentences: string[] = [];
  const list = paragraphs.map((text) => {
    const ranges = sentenceRanges(text);
    const firstSentence = sentences.length;
    sentences.push(...ranges.map((range) => text.slice(range.start, range.end)));
    return { text, ranges, firstSentence };
  });
  return { list, sentences };
}

function sentenceAt(paragraph: Paragraph, offset: number): { index: number; start: number } {
  const local = paragraph.ranges.findLastIndex((range) => range.start <= offset);
  return {
    index: paragraph.firstSentence + Math.max(local, 0),
    start: paragraph.ranges[local]?.start ?? 0,
  };
}

/**
 * The block quote keeps only the quotation, the speaker's name and role: every
 * other word outside the quotation must be attribution grammar (the speech
 * verb, "he", a time such as "on Tuesday", commas), or it would be lost.
 */
function isWholeParagraph(
  text: string,
  span: { start: number; end: number },
  attribution: { after?: Attribution; before?: Attribution },
  speaker: { person: Person; pronoun: boolean },
  people: PeopleIndex,
): boolean {
  const { after, before } = attribution;
  const parts = { speaker: speaker.person, pronoun: speaker.pronoun };
  if (after !== undefined && text.slice(0, span.start).trim() === '') {
    const rest = text.slice(span.end);
    // A further sentence, or a clause such as "adding that …", after the
    // attribution would be silently lost.
    return (
      !QUOTE_MARK.test(rest) &&
      countWords(rest) <= MAX_ATTRIBUTION_TAIL_WORDS &&
      sentenceRanges(rest).length <= 1 &&
      unaccountedWords(rest, { ...parts, punctuation: TAIL_PUNCTUATION }).length === 0
    );
  }
  if (before === undefined || text.slice(span.end).trim() !== '') return false;
  // "Tokayev said: “...”" is all quotation; "Speaking on the radio, she said, “...”" is not.
  const opening = before.phrase.split(',')[0] ?? '';
  return (
    text.trimStart().startsWith(before.phrase.trimStart()) &&
    /^\s*(?:that\s*)?[,:]?\s*$/.test(text.slice(before.end, span.start)) &&
    speakerFromPhrase(opening, people, 'start') !== undefined &&
    unaccountedWords(text.slice(0, span.start), {
      ...parts,
      connectors: ['that'],
      punctuation: LEAD_IN_PUNCTUATION,
    }).length === 0
  );
}

function findInParagraph(
  paragraph: Paragraph,
  index: number,
  sentences: readonly string[],
  people: PeopleIndex,
): QuoteFinding[] {
  const { text } = paragraph;
  const spans = [...text.matchAll(QUOTATION)];
  const found: QuoteFinding[] = [];
  let previous: { speaker: Person | undefined; sentence: number } | undefined;
  for (const match of spans) {
    const span = { start: match.index, end: match.index + match[0].length };
    const sentence = sentenceAt(paragraph, span.start);
    const after = attributionAfter(text.slice(span.end), people);
    const before =
      after === undefined
        ? attributionBefore(text.slice(sentence.start, span.start), people)
        : undefined;
    const attribution = after ?? before;
    // A quotation that opens its own sentence, or resumes one broken by the
    // attribution, continues the previous speaker.
    const continues =
      attribution === undefined &&
      (sentence.start === span.start || previous?.sentence === sentence.index)
        ? previous?.speaker
        : undefined;
    const speaker =
      attribution?.speaker.kind === 'pronoun'
        ? resolvePronoun(
            sentences,
            sentence.index,
            people,
            pronounIn(attribution.phrase, after === undefined ? 'end' : 'start'),
          )
        : (attribution?.speaker.person ?? continues);
    previous = { speaker, sentence: sentence.index };
    const quotation = cleanQuotation(match[1] ?? '');
    if (speaker === undefined || quotation === '' || quotation.length > MAX_QUOTE_LENGTH) continue;
    const inParagraph =
      before === undefined ? {} : { before: { ...before, end: before.end + sentence.start } };
    found.push({
      paragraph: index,
      text: quotation,
      speaker,
      wholeParagraph:
        spans.length === 1 &&
        countWords(quotation) >= MIN_BLOCK_QUOTE_WORDS &&
        isWholeParagraph(
          text,
          span,
          after === undefined ? inParagraph : { after },
          { person: speaker, pronoun: attribution?.speaker.kind === 'pronoun' },
          people,
        ),
    });
  }
  return found;
}

/**
 * Every attributed quotation in an English article: who said it (resolving
 * "he said" to the person named before), and whether its paragraph is nothing
 * but the quotation, which makes it a block quote.
 */
export function findQuotes(paragraphs: readonly string[]): QuoteFinding[] {
  const people = findPeople(paragraphs);
  const { list, sentences } = prepare(paragraphs);
  return list.flatMap((paragraph, index) => findInParagraph(paragraph, index, sentences, people));
}
