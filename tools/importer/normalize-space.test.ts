// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { collapseSpace, normalizeSpace } from './normalize-space.ts';

describe('normalizeSpace', () => {
  it('collapses whitespace, including newlines and no-break spaces, and trims', () => {
    expect(normalizeSpace('  a\n\t b\u00a0 c  ')).toBe('a b c');
  });

  it('removes soft hyphens and zero-width characters', () => {
    expect(normalizeSpace('Vladi\u00admir Pu\u200btin')).toBe('Vladimir Putin');
  });
});

describe('collapseSpace', () => {
  it('keeps one space at either end', () => {
    expect(collapseSpace('  a \n b  ')).toBe(' a b ');
  });
});
