// Counts read "1,234" (English grouping, like the words around them). Written
// out instead of Intl.NumberFormat because the first Intl call in a page sets
// up ICU, measured at 40–60 ms of main thread in Chromium on this project's
// machines: on a prerendered article that was the largest single block of work
// at load, and the counts line is on every article.

let fallback: Intl.NumberFormat | undefined;

export function formatCount(count: number): string {
  if (!Number.isSafeInteger(count)) {
    fallback ??= new Intl.NumberFormat('en');
    return fallback.format(count);
  }
  const digits = String(Math.abs(count));
  let grouped = '';
  for (let end = digits.length; end > 0; end -= 3) {
    const group = digits.slice(Math.max(0, end - 3), end);
    grouped = grouped === '' ? group : `${group},${grouped}`;
  }
  return count < 0 ? `-${grouped}` : grouped;
}
