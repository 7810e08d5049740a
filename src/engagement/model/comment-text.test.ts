import { describe, expect, it } from 'vitest';
import { checkComment, isBlank, normalizeBody, normalizeName } from './comment-text.ts';

describe('normalizeBody', () => {
  it('trims, keeps line breaks, and allows at most one blank line in a row', () => {
    expect(normalizeBody('  \n Hello\r\nworld  \n\n\n\n\nBye \n ')).toBe('Hello\nworld\n\nBye');
  });

  it('drops control characters but keeps emoji joiners inside the text', () => {
    expect(normalizeBody('a\u0000b\u0007c')).toBe('abc');
    expect(normalizeBody('👩‍👩‍👧')).toBe('👩‍👩‍👧');
  });

  it('trims zero-width and bidi characters at the edges', () => {
    expect(normalizeBody('\u200B\u202Ehi\u200D\uFEFF')).toBe('hi');
  });
});

describe('normalizeName', () => {
  it('makes a name one line', () => {
    expect(normalizeName('  Ana \n\t Example ')).toBe('Ana Example');
  });
});

describe('isBlank', () => {
  it('treats whitespace, zero-width and filler characters as blank', () => {
    expect(isBlank('   \n\t')).toBe(true);
    expect(isBlank('\u200B\u200C\u200D\u2060\uFEFF')).toBe(true);
    expect(isBlank('\u3164\u2800')).toBe(true);
    expect(isBlank(' a ')).toBe(false);
  });
});

describe('checkComment', () => {
  it('accepts and normalizes a good comment', () => {
    expect(checkComment({ authorName: ' Ana ', body: ' Good piece. ' })).toEqual({
      ok: true,
      authorName: 'Ana',
      body: 'Good piece.',
    });
  });

  it('refuses whitespace-only and zero-width-only text', () => {
    expect(checkComment({ authorName: '  ', body: '\u200B \n ' })).toEqual({
      ok: false,
      errors: { name: 'Enter your name.', body: 'Write a comment first.' },
    });
  });

  it('counts an emoji as one character', () => {
    expect(checkComment({ authorName: 'A', body: '👩‍👩‍👧'.repeat(2000) }).ok).toBe(true);
    const over = checkComment({ authorName: 'A', body: '👩‍👩‍👧'.repeat(2001) });
    expect(over).toEqual({
      ok: false,
      errors: { body: 'A comment must be 2,000 characters or fewer; it is 2,001.' },
    });
  });

  it('refuses 10,000 emoji and a megabyte of text, quickly', () => {
    expect(checkComment({ authorName: 'A', body: '😀'.repeat(10_000) })).toEqual({
      ok: false,
      errors: { body: 'A comment must be 2,000 characters or fewer; it is 10,000.' },
    });
    const started = performance.now();
    expect(checkComment({ authorName: 'A', body: 'a'.repeat(1024 * 1024) })).toEqual({
      ok: false,
      errors: { body: 'A comment must be 2,000 characters or fewer; it is more than 20,000.' },
    });
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('limits the name to 50 characters', () => {
    expect(checkComment({ authorName: 'n'.repeat(50), body: 'x' }).ok).toBe(true);
    expect(checkComment({ authorName: 'n'.repeat(51), body: 'x' })).toEqual({
      ok: false,
      errors: { name: 'Your name must be 50 characters or fewer; it is 51.' },
    });
  });

  it('refuses one grapheme piled with a thousand combining marks', () => {
    const zalgo = `e${'\u0301'.repeat(40_000)}`;
    expect(checkComment({ authorName: 'A', body: zalgo })).toEqual({
      ok: false,
      errors: { body: 'This comment has too many combined marks.' },
    });
  });
});
