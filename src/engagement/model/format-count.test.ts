import { describe, expect, it } from 'vitest';
import { formatCount } from './format-count.ts';

const intl = new Intl.NumberFormat('en');

describe('formatCount', () => {
  it('groups digits the way Intl.NumberFormat("en") does', () => {
    const samples = [0, 1, 9, 10, 99, 100, 999, 1000, 1001, 12345, 123456, 1234567, 1000000];
    samples.push(Number.MAX_SAFE_INTEGER, -1, -999, -1000, -1234567);
    for (let n = 1; n < 1e15; n = n * 7 + 3) samples.push(n);
    for (const n of samples) expect(formatCount(n)).toBe(intl.format(n));
  });

  it('leaves what is not a safe integer to Intl', () => {
    for (const n of [1.5, -0.25, 1e21, Infinity, NaN]) expect(formatCount(n)).toBe(intl.format(n));
  });
});
