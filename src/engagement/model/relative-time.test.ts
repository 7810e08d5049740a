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

describe('American English, written out without Intl', () => {
  const us = ['en-US', 'fr'];
  const intlRelative = new Intl.RelativeTimeFormat('en-US', { numeric: 'auto' });
  const intlFull = new Intl.DateTimeFormat('en-US', { dateStyle: 'full', timeStyle: 'short' });

  it('says what Intl says, from seconds in the future to decades ago', () => {
    const offsets = [-90_000, -44_000, 0, 30_000, 45_000, 59_000];
    for (let step = 60_000; step < 40 * 365 * 86_400_000; step = Math.ceil(step * 1.37)) {
      offsets.push(step, -step);
    }
    for (const offset of offsets) {
      const then = NOW - offset;
      expect(formatRelativeTime(then, NOW, us), String(offset)).toBe(
        formatRelativeTime(then, NOW, ['en-US-u-nu-latn']),
      );
    }
    expect(formatRelativeTime(NOW - 1000 * 365 * 86_400_000, NOW, us)).toBe(
      intlRelative.format(-1000, 'year'),
    );
  });

  it('uses the words a reader expects', () => {
    const day = 86_400_000;
    expect(formatRelativeTime(NOW - 10_000, NOW, us)).toBe('now');
    expect(formatRelativeTime(NOW - 30 * 3_600_000, NOW, us)).toBe('yesterday');
    expect(formatRelativeTime(NOW + day, NOW, us)).toBe('tomorrow');
    expect(formatRelativeTime(NOW - 8 * day, NOW, us)).toBe('last week');
    expect(formatRelativeTime(NOW - 61 * day, NOW, us)).toBe('2 months ago');
    expect(formatRelativeTime(NOW + 3 * 60_000, NOW, us)).toBe('in 3 minutes');
  });

  it('writes the full date in the reader’s time zone as Intl does', () => {
    for (let hour = 0; hour < 24 * 400; hour += 7) {
      const time = Date.UTC(2024, 0, 1) + hour * 3_600_000 + 17 * 60_000;
      expect(formatFullDate(time, us)).toBe(intlFull.format(time));
    }
  });
});
