// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { resolveUrl } from './resolve-url.ts';

const BASE = 'https://example.com/news/story.html';

describe('resolveUrl', () => {
  it('makes relative URLs absolute against the page', () => {
    expect(resolveUrl('/img/a.jpg', BASE)).toEqual({
      ok: true,
      url: 'https://example.com/img/a.jpg',
    });
    expect(resolveUrl('//cdn.example.com/a.jpg', 'http://example.com/')).toEqual({
      ok: true,
      url: 'http://cdn.example.com/a.jpg',
    });
  });

  it('refuses every scheme but http(s), however it is disguised', () => {
    for (const url of [
      'javascript:alert(1)',
      ' JaVaScRiPt:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,x',
      'mailto:a@b.c',
    ]) {
      expect(resolveUrl(url, BASE)).toEqual({ ok: false, reason: 'unsafe' });
    }
  });

  it('cannot resolve a relative URL without a page URL, or an in-page anchor', () => {
    expect(resolveUrl('/img/a.jpg', undefined)).toEqual({ ok: false, reason: 'unresolvable' });
    expect(resolveUrl('#notes', BASE)).toEqual({ ok: false, reason: 'unresolvable' });
  });

  it('keeps absolute http(s) URLs without a base', () => {
    expect(resolveUrl('https://example.com/a', undefined)).toEqual({
      ok: true,
      url: 'https://example.com/a',
    });
  });
});
