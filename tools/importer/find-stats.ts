import type { StatItem } from '../../src/article/format/article-schema.ts';
import { splitSentences } from './split-sentences.ts';
import { statLabel, statSource } from './stat-label.ts';

const QUALIFIER = String.raw`(?:more than|less than|fewer than|nearly|almost|about|around|roughly|approximately|at least|at most|up to|over|under|some|an estimated|as many as|as much as|as few as|close to|just over|just under|well over|no more than|no fewer than|upwards? of)`;
const CURRENCY = String.raw`(?:US\$|A\$|C\$|HK\$|\$|€|£|¥)`;
const NUMBER = String.raw`(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)`;
const MULTIPLIER = String.raw`(?:\s(?:thousand|million|billion|trillion)|(?:bn|m)(?![\p{L}]))`;
const PERCENT = String.raw`(?:\s?%|\spercent(?:age points?)?(?![\p{L}])|\sper cent(?![\p{L}]))`;
const SMALL = String.raw`(?:one|two|three|four|five|six|seven|eight|nine|ten)`;
const ORDINAL_FRACTION = String.raw`(?:halves|thirds?|quarters?|fourths?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?|twelfths?|twentieths?|hundredths?)`;
const FRACTION = String.raw`(?:${SMALL}-${ORDINAL_FRACTION}|${SMALL}\s${ORDINAL_FRACTION}|a\s(?:third|quarter|fifth|tenth)(?=\sof\b)|(?:${SMALL}|\d+)\sin\s(?:${SMALL}|\d+)(?=\s\p{Ll}))`;

const STAT = new RegExp(
  String.raw`(?<![\p{L}\p{N}_\-/.,:#$€£¥])(?:(${QUALIFIER})\s)?(?:(${CURRENCY})${NUMBER}${MULTIPLIER}?|${NUMBER}(${MULTIPLIER})?(${PERCENT})?|(${FRACTION}))(?![\p{L}\p{N}])`,
  'giu',
);

const MONTH = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?`;
const NOT_A_COUNT_AFTER = new RegExp(
  String.raw`^(?:-\d|:\d|\/\d|\s?(?:to|-|–|—)\s?\d|\s?(?:a\.m\.|p\.m\.|am|pm)(?![\p{L}])|(?:-|\s)years?[- ]old|-year-old|(?:-|\s)(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries)(?![\p{L}])|\s${MONTH}(?![\p{L}]))`,
  'iu',
);
const NOT_A_COUNT_BEFORE = new RegExp(
  String.raw`(?:\b${MONTH}\s|\b(?:aged?|age of|no\.|number|version|v)\s|\p{Lu}[\p{L}]+,\s)$`,
  'iu',
);
const PRODUCT_NAME_BEFORE = /\S\s+[\p{L}\p{N}]*\p{Lu}[\p{L}\p{N}]*\s$/u;

const MIN_STATS = 3;
const MAX_STATS = 10;
// The format's limits for a statistic's fields.
const MAX_VALUE_LENGTH = 40;
const MAX_LABEL_LENGTH = 200;
const MAX_SOURCE_LENGTH = 300;
const MAX_CONTEXT_LENGTH = 1000;
const MIN_CONTEXT_WORDS = 6;

interface Candidate {
  item: StatItem;
  score: number;
  order: number;
}

/**
 * Whether a bare number (no currency, percent or multiplier) counts
 * something. Years, dates, ages, times, durations, ordinals, model numbers
 * and numbers under ten (which news style spells out) do not.
 */
function isCount(digits: string, before: string, after: string): boolean {
  const value = Number(digits.replace(/,/g, ''));
  if (!digits.includes(',') && value >= 1000 && value < 2200 && !digits.includes('.')) return false;
  if (value < 10 && !digits.includes('.')) return false;
  if (NOT_A_COUNT_AFTER.test(after) || NOT_A_COUNT_BEFORE.test(before)) return false;
  return !PRODUCT_NAME_BEFORE.test(before);
}

/** Where each clause of the sentence starts; commas inside numbers do not count. */
function clauseIndex(sentence: string, offset: number): number {
  return (sentence.slice(0, offset).match(/[;:()—–]|,(?!\d)/g) ?? []).length;
}

function scoreOf(match: RegExpExecArray, item: StatItem): number {
  const [, qualifier, currency, multiplier, percent, fraction] = match;
  const digits = Number((/[\d,.]+/.exec(match[0])?.[0] ?? '0').replace(/,/g, ''));
  let score = 1;
  if (
    currency !== undefined ||
    multiplier !== undefined ||
    percent !== undefined ||
    fraction !== undefined
  )
    score += 2;
  if (qualifier !== undefined) score += 1;
  if (digits >= 1000) score += 1;
  if (item.source !== undefined) score += 0.5;
  return score;
}

function statsInSentence(sentence: string, order: number): Candidate[] {
  if (sentence.length > MAX_CONTEXT_LENGTH || sentence.split(/\s+/).length < MIN_CONTEXT_WORDS)
    return [];
  const found: Candidate[] = [];
  const clausesUsed = new Set<number>();
  for (const match of sentence.matchAll(STAT)) {
    const start = match.index;
    const end = start + match[0].length;
    const [, qualifier, currency, multiplier, percent, fraction] = match;
    const isBare =
      currency === undefined &&
      multiplier === undefined &&
      percent === undefined &&
      fraction === undefined;
    const digits = match[0].slice(qualifier === undefined ? 0 : qualifier.length + 1);
    if (isBare && !isCount(digits, sentence.slice(0, start), sentence.slice(end))) continue;
    // The first number of a clause is its subject; later ones ("above $10,000") qualify it.
    const clause = clauseIndex(sentence, start);
    if (clausesUsed.has(clause)) continue;
    clausesUsed.add(clause);
    const label = statLabel(sentence, start, end);
    if (
      label === undefined ||
      label.length > MAX_LABEL_LENGTH ||
      match[0].length > MAX_VALUE_LENGTH
    )
      continue;
    const named = statSource(sentence);
    const source = named !== undefined && named.length <= MAX_SOURCE_LENGTH ? named : undefined;
    const item: StatItem = {
      value: match[0],
      label,
      context: sentence,
      ...(source === undefined ? {} : { source }),
    };
    found.push({ item, score: scoreOf(match, item), order: order + found.length / 100 });
  }
  return found;
}

/**
 * The statistics worth calling out in an English article: counts,
 * percentages, money and fractions in words, each with its qualifier ("More
 * than 2,000") exactly as written, a label from its sentence and the sentence
 * as context. The strongest few, in article order; none if fewer than three.
 */
export function findStats(paragraphs: readonly string[]): StatItem[] {
  const candidates = paragraphs
    .flatMap(splitSentences)
    .flatMap((sentence, index) => statsInSentence(sentence, index));
  // The same figure twice ("12 equations", "the 12 equations") is one statistic.
  const seen = new Set<string>();
  const unique = candidates.filter(({ item }) => {
    const key = item.value.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  if (unique.length < MIN_STATS) return [];
  return unique
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, MAX_STATS)
    .sort((a, b) => a.order - b.order)
    .map(({ item }) => item);
}
