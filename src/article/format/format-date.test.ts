import { describe, expect, it } from 'vitest';
import { formatPublicationDate } from './format-date.ts';

const dateOnly = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' });
const dateTime = new Intl.DateTimeFormat('en', {
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
  timeZone: 'UTC',
  timeZoneName: 'short',
});

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

describe('formatPublicationDate', () => {
  it('writes English dates exactly as Intl does, day by day across years', () => {
    const start = Date.UTC(1999, 11, 20);
    for (let day = 0; day < 800; day += 1) {
      const date = new Date(start + day * 86_400_000);
      expect(formatPublicationDate(isoDay(date), 'en')).toBe(dateOnly.format(date));
    }
  });

  it('writes English date-times exactly as Intl does, minute by minute around the clock', () => {
    const start = Date.UTC(2024, 2, 5);
    for (let minute = 0; minute < 24 * 60; minute += 7) {
      const date = new Date(start + minute * 60_000);
      expect(formatPublicationDate(date.toISOString(), 'en-US')).toBe(dateTime.format(date));
    }
  });

  it('turns offsets into UTC and keeps edge years the same as Intl', () => {
    const cases = [
      '2024-03-05T23:30:00-05:00',
      '2024-03-05T00:30+02:00',
      '1000-01-01',
      '9999-12-31T23:59:59.999Z',
      '0999-12-31',
      '0001-01-01',
      '2024-02-29T12:00:00Z',
    ];
    for (const iso of cases) {
      const formatter = iso.length === 10 ? dateOnly : dateTime;
      expect(formatPublicationDate(iso, 'en'), iso).toBe(formatter.format(new Date(iso)));
    }
  });

  it('leaves other languages and other Englishes to Intl', () => {
    expect(formatPublicationDate('2024-03-05', 'en-GB')).toBe('5 March 2024');
    expect(formatPublicationDate('2024-03-05', 'de')).toBe('5. März 2024');
    expect(formatPublicationDate('2024-03-05', 'es-AR')).toBe(
      new Intl.DateTimeFormat('es-AR', { dateStyle: 'long', timeZone: 'UTC' }).format(
        new Date('2024-03-05'),
      ),
    );
  });

  it('falls back to English words for a language Intl refuses', () => {
    expect(formatPublicationDate('2024-03-05', 'zz-invalid-tag-x')).toBe('March 5, 2024');
  });
});
