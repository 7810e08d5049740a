const MAX_SLUG_LENGTH = 80;

/**
 * A URL slug from a headline or file name: ASCII letters and digits joined by
 * single hyphens, cut at a word boundary. Undefined when nothing is left
 * (a headline in a non-Latin script), so the caller can ask for --slug.
 */
export function makeSlug(text: string): string | undefined {
  const words = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '');
  let slug = '';
  for (const word of words) {
    const next = slug === '' ? word : `${slug}-${word}`;
    if (next.length > MAX_SLUG_LENGTH) break;
    slug = next;
  }
  return slug === '' ? undefined : slug;
}
