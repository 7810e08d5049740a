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

/** "just now", "3 minutes ago", "yesterday", in the reader's language. */
export function formatRelativeTime(then: number, now: number, locales: readonly string[]): string {
  const elapsed = now - then;
  const format = relativeFormat(locales);
  // A clock a little behind another tab's must not say "in 2 seconds".
  if (Math.abs(elapsed) < 45 * SECOND) return format.format(0, 'second');
  for (const [unit, size] of UNITS) {
    if (Math.abs(elapsed) >= size) return format.format(-Math.floor(elapsed / size), unit);
  }
  return format.format(-Math.round(elapsed / SECOND), 'second');
}

/** The full date and time, for the title of a `time` element. */
export function formatFullDate(time: number, locales: readonly string[]): string {
  return fullDateFormat(locales).format(time);
}

/** A clock time, for "you can post again at 14:32:10". */
export function formatClockTime(time: number, locales: readonly string[]): string {
  return clockFormat(locales).format(time);
}

/** The reader's languages, best first. */
export function readerLocales(): readonly string[] {
  return typeof navigator === 'undefined' ? ['en'] : navigator.languages;
}
