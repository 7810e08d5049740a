import { describe, expect, it } from 'vitest';
import { isAbsoluteHttpUrl, isSafeUrl } from './safe-url.ts';

describe('isSafeUrl', () => {
  it.each([
    'https://example.com/a.jpg',
    'http://example.com',
    'HTTPS://EXAMPLE.COM/',
    '/articles/x.json',
    'images/photo.jpg',
    '../up.png',
    '#section',
    '?q=1',
  ])('accepts %s', (url) => {
    expect(isSafeUrl(url)).toBe(true);
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    '\u0000javascript:alert(1)',
    'jav\u200bascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'DATA:image/png;base64,AAAA',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'ftp://example.com/',
    'blob:https://example.com/uuid',
    '\u202ehttps://example.com',
    '',
  ])('refuses %j', (url) => {
    expect(isSafeUrl(url)).toBe(false);
  });

  it('tells absolute http(s) URLs from relative ones', () => {
    expect(isAbsoluteHttpUrl('https://example.com/x')).toBe(true);
    expect(isAbsoluteHttpUrl('/x')).toBe(false);
    expect(isAbsoluteHttpUrl('javascript:alert(1)')).toBe(false);
  });
});
