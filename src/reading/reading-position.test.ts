import { describe, expect, it } from 'vitest';
import { isWorthResuming, readingFraction, scrollYForFraction } from './reading-position.ts';

describe('reading position', () => {
  it('is the fraction of the article scrolled, clamped to 0..1', () => {
    expect(readingFraction(100, 2100, 100, 600)).toBe(0);
    expect(readingFraction(100, 2100, 850, 600)).toBe(0.5);
    expect(readingFraction(100, 2100, 5000, 600)).toBe(1);
    expect(readingFraction(100, 2100, 0, 600)).toBe(0);
  });

  it('counts a short article as read through', () => {
    expect(readingFraction(0, 500, 0, 800)).toBe(1);
  });

  it('turns a fraction back into a scroll offset', () => {
    expect(scrollYForFraction(100, 2100, 600, 0.5)).toBe(850);
    expect(readingFraction(100, 2100, scrollYForFraction(100, 2100, 600, 0.3), 600)).toBeCloseTo(
      0.3,
    );
  });

  it('resumes only from somewhere in the middle', () => {
    expect(isWorthResuming(undefined)).toBe(false);
    expect(isWorthResuming(0.01)).toBe(false);
    expect(isWorthResuming(0.4)).toBe(true);
    expect(isWorthResuming(0.99)).toBe(false);
    expect(isWorthResuming(Number.NaN)).toBe(false);
  });
});
