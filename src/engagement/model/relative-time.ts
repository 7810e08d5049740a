import { clockTime, isPlainEnglish, monthDayYear, WEEKDAYS } from '../../lib/plain-english.ts';
import { countNoun } from './engagement-label.ts';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * DAY],
  ['month', 30 * DAY],
  ['week', 7 * DAY],
  ['day', DAY],
  ['hour', HOUR],
  ['minute', MINUTE],
];

// Formatters are slow to build and a thread shows many times: one per language list.
const formats = new Map<string, Intl.RelativeTimeFormat | Intl.DateTimeFormat>();

function cached<T extends Intl.RelativeTimeFormat | Intl.DateTimeFormat>(
  kind: string,
  locales: readonly string[],
  build: (locales: readonly string[]) => T,
): T {
  const key = `${kind}|${locales.join(',')}`;
  let format = formats.get(key) as T | undefined;
  if (format === undefined) {
    try {
      format = build(locales);
    } catch {
      // An invalid language tag in the list: English rather than nothing.
      format = build(['en']);
    }
    formats.set(key, format);
  }
  return format;
}

const relativeFormat = (locales: readonly string[]) =>
  cached('relative', locales, (list) => new Intl.RelativeTimeFormat(list, { numeric: 'auto' }));

const fullDateFormat = (locales: readonly string[]) =>
  cached(
    'full',
    locales,
    (list) => new Intl.DateTimeFormat(list, { dateStyle: 'full', timeStyle: 'short' }),
  );

const clockFormat = (locales: readonly string[]) =>
  cached('clock', locales, (list) => new Intl.DateTimeFormat(list, { timeStyle: 'medium' }));

// An American English reader's comments are dated without Intl (see
// src/lib/plain-english.ts): with the article no longer calling Intl, the
// first comments on the page would otherwise pay for setting up ICU.

const AUTO_WORDS: Partial<Record<Intl.RelativeTimeFormatUnit, [string, string, string]>> = {
  second: ['', 'now', ''],
  minute: ['', 'this minute', ''],
  hour: ['', 'this hour', ''],
  day: ['yesterday', 'today', 'tomorrow'],
  week: ['last week', 'this week', 'next week'],
  month: ['last month', 'this month', 'next month'],
  year: ['last year', 'this year', 'next year'],
};

/** What Intl.RelativeTimeFormat('en-US', { numeric: 'auto' }) writes, for whole numbers. */
function englishRelative(value: number, unit: Intl.RelativeTimeFormatUnit): string {
  const auto = AUTO_WORDS[unit]?.[value + 1];
  if (auto !== undefined && auto !== '') return auto;
  const words = countNoun(Math.abs(value), unit);
  return value < 0 ? `${words} ago` : `in ${words}`;
}

function relative(value: number, unit: Intl.RelativeTimeFormatUnit, locales: readonly string[]) {
  return isPlainEnglish(locales[0])
    ? englishRelative(value, unit)
    : relativeFormat(locales).format(value, unit);
}

/** "just now", "3 minutes ago", "yesterday", in the reader's language. */
export function formatRelativeTime(then: number, now: number, locales: readonly string[]): string {
  const elapsed = now - then;
  // A clock a little behind another tab's must not say "in 2 seconds".
  if (Math.abs(elapsed) < 45 * SECOND) return relative(0, 'second', locales);
  for (const [unit, size] of UNITS) {
    if (Math.abs(elapsed) >= size) return relative(-Math.floor(elapsed / size), unit, locales);
  }
  return relative(-Math.round(elapsed / SECOND), 'second', locales);
}

/** The full date and time, for the title of a `time` element. */
export function formatFullDate(time: number, locales: readonly string[]): string {
  const date = new Date(time);
  const day = isPlainEnglish(locales[0])
    ? monthDayYear(date.getFullYear(), date.getMonth(), date.getDate())
    : null;
  if (day === null) return fullDateFormat(locales).format(time);
  return `${WEEKDAYS[date.getDay()]}, ${day} at ${clockTime(date.getHours(), date.getMinutes())}`;
}

/** A clock time, for "you can post again at 14:32:10". */
export function formatClockTime(time: number, locales: readonly string[]): string {
  return clockFormat(locales).format(time);
}

/** The reader's languages, best first. */
export function readerLocales(): readonly string[] {
  return typeof navigator === 'undefined' ? ['en'] : navigator.languages;
}
