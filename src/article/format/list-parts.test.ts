import { describe, expect, it } from 'vitest';
import { conjunctionParts, joinList } from './list-parts.ts';

const names = ['Ana', 'Bo', 'Cy', 'Di', 'Ed', 'Flo', 'Gus'];

describe('joinList', () => {
  it('joins English lists exactly as Intl.ListFormat does, for every length', () => {
    const intl = new Intl.ListFormat('en', { type: 'conjunction' });
    for (let length = 0; length <= names.length; length += 1) {
      const items = names.slice(0, length);
      expect(joinList(items, 'en')).toBe(intl.format(items));
      expect(joinList(items, 'en-US')).toBe(intl.format(items));
    }
  });

  it('uses the language’s own words elsewhere', () => {
    expect(joinList(['Ana', 'Bo', 'Cy'], 'en-GB')).toBe('Ana, Bo and Cy');
    expect(joinList(['Ana', 'Bo', 'Cy'], 'es')).toBe('Ana, Bo y Cy');
    expect(joinList(['Ana', 'Bo'], 'de')).toBe('Ana und Bo');
  });

  it('falls back to English for a tag Intl refuses', () => {
    expect(joinList(['Ana', 'Bo'], 'zz-invalid-tag-x')).toBe('Ana and Bo');
  });
});

describe('conjunctionParts', () => {
  it('names every item once, in order, between the words', () => {
    for (const language of ['en', 'fr', 'ja']) {
      const items = conjunctionParts(4, language).filter((part) => part.type === 'item');
      expect(items.map((part) => part.index)).toEqual([0, 1, 2, 3]);
    }
  });
});
