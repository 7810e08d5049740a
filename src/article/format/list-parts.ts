import { isPlainEnglish } from '../../lib/plain-english.ts';

/** One piece of a joined list: an item (by its index) or the words between items. */
export type ListPart = { type: 'item'; index: number } | { type: 'literal'; value: string };

/**
 * "A", "A and B", "A, B, and C": how a list of `count` items is joined in the
 * article's language, as pieces, so a caller can put links in the items.
 * English is written out instead of asked of Intl, for the same reason as the
 * dates in format-date.ts: the first Intl call in a page costs 40–60 ms.
 */
export function conjunctionParts(count: number, language: string): ListPart[] {
  if (isPlainEnglish(language)) return englishParts(count);
  const items = Array.from({ length: count }, (_, index) => String(index));
  let parts: ReturnType<Intl.ListFormat['formatToParts']>;
  try {
    parts = new Intl.ListFormat(language, { type: 'conjunction' }).formatToParts(items);
  } catch {
    return englishParts(count);
  }
  return parts.map((part) =>
    part.type === 'element'
      ? { type: 'item', index: Number(part.value) }
      : { type: 'literal', value: part.value },
  );
}

function englishParts(count: number): ListPart[] {
  const parts: ListPart[] = [];
  for (let index = 0; index < count; index += 1) {
    if (index > 0) {
      const last = index === count - 1;
      const value = count === 2 ? ' and ' : last ? ', and ' : ', ';
      parts.push({ type: 'literal', value });
    }
    parts.push({ type: 'item', index });
  }
  return parts;
}

/** The list joined as plain text. */
export function joinList(items: readonly string[], language: string): string {
  return conjunctionParts(items.length, language)
    .map((part) => (part.type === 'item' ? items[part.index] : part.value))
    .join('');
}
