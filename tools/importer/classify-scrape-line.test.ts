// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { classifyScrapeLine } from './classify-scrape-line.ts';

describe('classifyScrapeLine', () => {
  it('recognises platform chrome', () => {
    for (const line of [
      'top of page',
      'Bottom of page',
      'Log In',
      '4 min read',
      '© 2022 The Star',
    ]) {
      expect(classifyScrapeLine(line).kind).toBe('chrome');
    }
  });

  it('reads engagement counters, even glued together', () => {
    expect(classifyScrapeLine('7 views0 comments')).toEqual({
      kind: 'engagement',
      text: '7 views0 comments',
      views: 7,
      comments: 0,
    });
    expect(classifyScrapeLine('1,204 views')).toEqual({
      kind: 'engagement',
      text: '1,204 views',
      views: 1204,
    });
    expect(classifyScrapeLine('3 comments')).toMatchObject({ kind: 'engagement', comments: 3 });
  });

  it('does not mistake a sentence with numbers for counters', () => {
    expect(classifyScrapeLine('The post had 7 views in its first hour.').kind).toBe('text');
  });

  it('finds the publication bullet line', () => {
    expect(classifyScrapeLine('  • The San Juan Daily Star')).toEqual({
      kind: 'publication',
      name: 'The San Juan Daily Star',
    });
  });

  it('finds a byline but not a sentence that starts with "By"', () => {
    expect(classifyScrapeLine('By Valerie Hopkins and Ivan Nechepurenko')).toEqual({
      kind: 'byline',
      byline: 'Valerie Hopkins and Ivan Nechepurenko',
    });
    expect(classifyScrapeLine('By Tuesday, the troops had left.').kind).toBe('text');
  });

  it('reads a date line only as far as it goes', () => {
    expect(classifyScrapeLine('Jan 12, 2022')).toEqual({
      kind: 'date',
      text: 'Jan 12, 2022',
      iso: '2022-01-12',
    });
    expect(classifyScrapeLine('Jan 12')).toEqual({ kind: 'date', text: 'Jan 12' });
    expect(classifyScrapeLine('Feb 30, 2022')).toEqual({ kind: 'date', text: 'Feb 30, 2022' });
  });

  it('treats blank and ordinary lines as such', () => {
    expect(classifyScrapeLine('   ')).toEqual({ kind: 'blank' });
    expect(classifyScrapeLine('Kazakhstan says Russian troops can start leaving')).toEqual({
      kind: 'text',
      text: 'Kazakhstan says Russian troops can start leaving',
    });
  });
});
