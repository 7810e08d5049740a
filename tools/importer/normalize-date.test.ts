// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { normalizeDate } from './normalize-date.ts';

describe('normalizeDate', () => {
  it('keeps ISO dates and date-times with a zone', () => {
    expect(normalizeDate('2023-06-07T20:54:26.829Z')).toBe('2023-06-07T20:54:26.829Z');
    expect(normalizeDate('2017-01-13T00:00:04-05:00')).toBe('2017-01-13T00:00:04-05:00');
    expect(normalizeDate(' 2022-01-11 ')).toBe('2022-01-11');
  });

  it('adds the colon to a compact offset', () => {
    expect(normalizeDate('2017-01-13T00:00:04-0500')).toBe('2017-01-13T00:00:04-05:00');
  });

  it('keeps only the date of a time without a zone', () => {
    expect(normalizeDate('2015-04-08T12:46:00')).toBe('2015-04-08');
  });

  it('refuses impossible dates and other formats', () => {
    expect(normalizeDate('2022-02-30')).toBeUndefined();
    expect(normalizeDate('Fri Mar 13 21:30:09 EST 2015')).toBeUndefined();
    expect(normalizeDate('20170113')).toBeUndefined();
    expect(normalizeDate(null)).toBeUndefined();
  });
});
