// For the words Broadsheet writes out in American English instead of asking
// Intl: the first Intl call in a page sets up ICU, 30–70 ms of main thread in
// a fresh Chromium page on these machines, so the common case skips it. Every
// use is tested against Intl's own output.

/** "en" and "en-US" read "March 5, 2024"; other Englishes order dates their own way. */
export function isPlainEnglish(language: string | undefined): boolean {
  return language !== undefined && /^en(?:-us)?$/i.test(language);
}

export const MONTHS = [
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
] as const;

export const WEEKDAYS = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
] as const;

/**
 * "March 5, 2024"; null for a year Intl writes its own way (before 1000,
 * after 9999, or not a date at all), which the caller then leaves to Intl.
 */
export function monthDayYear(year: number, monthIndex: number, day: number): string | null {
  if (Number.isNaN(year) || year < 1000 || year > 9999) return null;
  return `${MONTHS[monthIndex] ?? ''} ${String(day)}, ${String(year)}`;
}

/** "9:30 AM", from hours 0–23 and minutes. */
export function clockTime(hours: number, minutes: number): string {
  const hour = hours % 12 === 0 ? 12 : hours % 12;
  return `${String(hour)}:${String(minutes).padStart(2, '0')} ${hours < 12 ? 'AM' : 'PM'}`;
}
