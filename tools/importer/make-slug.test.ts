// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { makeSlug } from './make-slug.ts';

describe('makeSlug', () => {
  it('lowercases and hyphenates a headline', () => {
    expect(makeSlug('Kazakhstan says Russian troops can start leaving this week')).toBe(
      'kazakhstan-says-russian-troops-can-start-leaving-this-week',
    );
  });

  it('drops apostrophes and accents rather than splitting on them', () => {
    expect(makeSlug('Apple’s Vision Pro: una solución')).toBe('apples-vision-pro-una-solucion');
  });

  it('cuts long headlines at a word boundary', () => {
    const slug = makeSlug('word '.repeat(40)) ?? '';
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug.endsWith('-')).toBe(false);
  });

  it('is undefined when no Latin letters or digits are left', () => {
    expect(makeSlug('מלחמה ושלום')).toBeUndefined();
  });
});
