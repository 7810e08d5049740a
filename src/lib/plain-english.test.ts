import { describe, expect, it } from 'vitest';
import { clockTime, isPlainEnglish } from './plain-english.ts';

describe('plain English', () => {
  it('knows which tags read the American way', () => {
    expect(['en', 'EN', 'en-US', 'en-us'].map((tag) => isPlainEnglish(tag))).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(['en-GB', 'en-AU', 'eng', 'es', 'en-US-x'].map((tag) => isPlainEnglish(tag))).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  it('writes clock times as Intl does for every minute of a day', () => {
    const intl = new Intl.DateTimeFormat('en-US', {
      hour: 'numeric',
      minute: '2-digit',
      timeZone: 'UTC',
    });
    for (let minute = 0; minute < 24 * 60; minute += 1) {
      const time = Date.UTC(2024, 0, 1, 0, minute);
      expect(clockTime(Math.floor(minute / 60), minute % 60)).toBe(intl.format(time));
    }
  });
});
