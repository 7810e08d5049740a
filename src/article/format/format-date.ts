/**
 * A publication date in the article's own language. A date without a time is
 * shown without one, and in UTC, so "2022-01-11" never turns into the 10th
 * for a reader west of Greenwich.
 */
export function formatPublicationDate(iso: string, language: string): string {
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(iso);
  const date = new Date(iso);
  return (
    (isPlainEnglish(language) ? englishDate(date, dateOnly) : null) ??
    intlDate(date, dateOnly, language)
  );
}

// English is spelled out here rather than asked of Intl: the first Intl call
// in a page sets up ICU, measured at 40–60 ms of main thread in Chromium, and
// on a prerendered English article the byline's date was that first call,
// the largest single block of work while the page hydrated. The words are
// exactly Intl's (format-date.test.ts compares them over many dates).

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "en" and "en-US" read "March 5, 2024"; other Englishes order the date their own way. */
export function isPlainEnglish(language: string): boolean {
  return /^en(?:-us)?$/i.test(language);
}

function englishDate(date: Date, dateOnly: boolean): string | null {
  const year = date.getUTCFullYear();
  // Intl writes years before 1000 and eras its own way; leave those to it.
  if (Number.isNaN(year) || year < 1000 || year > 9999) return null;
  const day = `${MONTHS[date.getUTCMonth()]} ${date.getUTCDate()}, ${year}`;
  if (dateOnly) return day;
  const hours = date.getUTCHours();
  const minutes = String(date.getUTCMinutes()).padStart(2, '0');
  return `${day} at ${hours % 12 === 0 ? 12 : hours % 12}:${minutes} ${hours < 12 ? 'AM' : 'PM'} UTC`;
}

function intlDate(date: Date, dateOnly: boolean, language: string): string {
  const options: Intl.DateTimeFormatOptions = dateOnly
    ? { dateStyle: 'long', timeZone: 'UTC' }
    : {
        year: 'numeric',
        month: 'long',
        day: 'numeric',
        hour: 'numeric',
        minute: '2-digit',
        timeZone: 'UTC',
        timeZoneName: 'short',
      };
  try {
    return new Intl.DateTimeFormat(language, options).format(date);
  } catch {
    return new Intl.DateTimeFormat('en', options).format(date);
  }
}
