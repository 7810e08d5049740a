const FULL = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;
const COMPACT_OFFSET = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?[+-]\d{2})(\d{2})$/;
const ZONELESS = /^(\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$/;

function isRealDate(value: string): boolean {
  return !Number.isNaN(Date.parse(value));
}

/**
 * A page's date in the format's ISO 8601 form, or undefined. A time without
 * a zone keeps only its calendar date, since adding a zone would be guessing;
 * other formats ("Fri Mar 13 21:30:09 EST 2015") are not read at all.
 */
export function normalizeDate(value: string | null | undefined): string | undefined {
  const text = value?.trim() ?? '';
  if (FULL.test(text)) return isRealDate(text) ? text : undefined;
  const compact = COMPACT_OFFSET.exec(text);
  if (compact !== null) {
    const fixed = `${compact[1] ?? ''}:${compact[2] ?? ''}`;
    return isRealDate(fixed) ? fixed : undefined;
  }
  const date = ZONELESS.exec(text)?.[1];
  if (date === undefined) return undefined;
  const parsed = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(date)
    ? date
    : undefined;
}
