import { describe, expect, it } from 'vitest';
import { countGraphemes } from './graphemes.ts';

describe('countGraphemes', () => {
  it('counts letters, and each emoji once however many code points it has', () => {
    expect(countGraphemes('')).toBe(0);
    expect(countGraphemes('abc')).toBe(3);
    expect(countGraphemes('👩‍👩‍👧')).toBe(1);
    expect(countGraphemes('🇰🇿🇷🇺')).toBe(2);
    expect(countGraphemes('e\u0301')).toBe(1);
    expect(countGraphemes('👍🏽 ok')).toBe(4);
  });

  it('stops at the cap, so a megabyte costs no more than the cap (it took seconds unchunked)', () => {
    const huge = 'x'.repeat(1024 * 1024);
    const started = performance.now();
    expect(countGraphemes(huge, 2001)).toBe(2001);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('countGraphemes across chunk boundaries', () => {
  it('counts the same however the text falls into chunks', () => {
    const text = 'ab👩‍👩‍👧🇰🇿e\u0301'.repeat(700);
    expect(countGraphemes(text)).toBe(5 * 700);
    const oneLongGrapheme = `e${'\u0301'.repeat(5000)}x`;
    expect(countGraphemes(oneLongGrapheme)).toBe(2);
  });
});
