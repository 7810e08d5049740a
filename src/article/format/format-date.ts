import { clockTime, isPlainEnglish, monthDayYear } from '../../lib/plain-english.ts';

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

// English is written out rather than asked of Intl (see src/lib/plain-english.ts):
// on a prerendered English article the byline's date was the page's first
// Intl call, the largest single block of work while it hydrated.

function englishDate(date: Date, dateOnly: boolean): string | null {
  const day = monthDayYear(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
  if (day === null || dateOnly) return day;
  return `${day} at ${clockTime(date.getUTCHours(), date.getUTCMinutes())} UTC`;
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
