import { describe, expect, it } from 'vitest';
import { isTextSize, stepTextSize } from './text-size.ts';

describe('text size', () => {
  it('steps up and down and stops at the ends', () => {
    expect(stepTextSize('normal', 1)).toBe('large');
    expect(stepTextSize('normal', -1)).toBe('small');
    expect(stepTextSize('small', -1)).toBe('small');
    expect(stepTextSize('larger', 1)).toBe('larger');
  });

  it('accepts only the known sizes from storage', () => {
    expect(isTextSize('large')).toBe(true);
    expect(isTextSize('huge')).toBe(false);
    expect(isTextSize(3)).toBe(false);
    expect(isTextSize('__proto__')).toBe(false);
  });
});
