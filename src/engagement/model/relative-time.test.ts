import { describe, expect, it } from 'vitest';
import { formatFullDate, formatRelativeTime } from './relative-time.ts';

const NOW = Date.UTC(2024, 4, 1, 12);
const en = ['en-GB'];

describe('formatRelativeTime', () => {
  it('says now, minutes, hours, yesterday, weeks and years', () => {
    expect(formatRelativeTime(NOW - 10_000, NOW, en)).toBe('now');
    expect(formatRelativeTime(NOW + 5_000, NOW, en)).toBe('now');
    expect(formatRelativeTime(NOW - 60_000, NOW, en)).toBe('1 minute ago');
    expect(formatRelativeTime(NOW - 3 * 60_000 - 5_000, NOW, en)).toBe('3 minutes ago');
    expect(formatRelativeTime(NOW - 5 * 3_600_000, NOW, en)).toBe('5 hours ago');
    expect(formatRelativeTime(NOW - 30 * 3_600_000, NOW, en)).toBe('yesterday');
    expect(formatRelativeTime(NOW - 15 * 86_400_000, NOW, en)).toBe('2 weeks ago');
    expect(formatRelativeTime(NOW - 800 * 86_400_000, NOW, en)).toBe('2 years ago');
  });

  it('speaks the reader’s language', () => {
    expect(formatRelativeTime(NOW - 3 * 60_000, NOW, ['de'])).toBe('vor 3 Minuten');
    expect(formatRelativeTime(NOW - 3 * 60_000, NOW, ['not a locale!'])).toBe('3 minutes ago');
  });
});

describe('formatFullDate', () => {
  it('gives the full date and time', () => {
    expect(formatFullDate(NOW, en)).toMatch(/Wednesday,? 1 May 2024/);
  });
});
