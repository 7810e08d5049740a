import { countWords } from '../../src/article/format/summarize-article.ts';
import type { QuoteFinding } from './find-quotes.ts';

const MIN_WORDS = 6;
const MAX_WORDS = 40;
const IDEAL_WORDS = 20;
const MAX_PULL_QUOTES = 3;
/** One pull quote for every this many paragraphs: a short story gets none. */
const PARAGRAPHS_PER_PULL_QUOTE = 6;

/**
 * How strongly a quotation stands alone: long enough to say something,
 * a whole sentence rather than a fragment, and in the speaker's own voice.
 */
export function pullQuoteScore(text: string): number {
  const words = countWords(text);
  if (words < MIN_WORDS || words > MAX_WORDS) return 0;
  let score = (3 * Math.min(words, IDEAL_WORDS)) / IDEAL_WORDS;
  const startsSentence = /^\p{Lu}/u.test(text);
  if (startsSentence) score += 1;
  if (startsSentence && /[.!?]$/.test(text)) score += 2;
  if (/\b(?:I|we|you|my|our|us)\b/i.test(text)) score += 1;
  // Numbers belong in the statistics; a pull quote should carry a voice.
  if (/\d/.test(text)) score -= 1;
  return score;
}

/**
 * Up to three of the strongest quotations from different speakers and
 * paragraphs, in the order they appear. Whole-paragraph quotations are left
 * out: they are already shown as block quotes.
 */
export function pickPullQuotes(
  findings: readonly QuoteFinding[],
  paragraphCount: number,
): QuoteFinding[] {
  const limit = Math.min(MAX_PULL_QUOTES, Math.floor(paragraphCount / PARAGRAPHS_PER_PULL_QUOTE));
  const ranked = findings
    .filter((finding) => !finding.wholeParagraph)
    .map((finding) => ({ finding, score: pullQuoteScore(finding.text) }))
    .filter(({ score }) => score > 0)
    .sort((a, b) => b.score - a.score);
  const picked: QuoteFinding[] = [];
  for (const { finding } of ranked) {
    if (picked.length >= limit) break;
    const repeats = picked.some(
      (other) =>
        other.speaker.name === finding.speaker.name || other.paragraph === finding.paragraph,
    );
    if (!repeats) picked.push(finding);
  }
  return picked.sort((a, b) => a.paragraph - b.paragraph);
}
