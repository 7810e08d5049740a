// @vitest-environment node
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import type { DropLog } from './drop-log.ts';
import { guardDocument } from './guard-document.ts';

function guard(html: string, url?: string) {
  const { document } = new JSDOM(html, url === undefined ? {} : { url }).window;
  const dropped: DropLog = new Map();
  guardDocument(document, dropped);
  return { document, dropped };
}

describe('guardDocument', () => {
  it('removes a javascript: base so relative links cannot become scripts', () => {
    const { document, dropped } = guard(
      '<head><base href="javascript:alert(1)//"></head><body><a href="page.html">x</a></body>',
      'https://example.com/news/',
    );
    expect(document.querySelector('base')).toBeNull();
    expect(document.querySelector('a')?.getAttribute('href')).toBe('page.html');
    expect(document.querySelector('a')?.href).toBe('https://example.com/news/page.html');
    expect(dropped.get('unsafe-base')?.count).toBe(1);
  });

  it('honours an http(s) base, made absolute', () => {
    const { document } = guard('<base href="/static/">', 'https://example.com/news/');
    expect(document.querySelector('base')?.getAttribute('href')).toBe(
      'https://example.com/static/',
    );
  });

  it('removes script URLs and scripts', () => {
    const { document, dropped } = guard(
      '<a href=" javascript:alert(1)" onclick="x()">a</a><form action="data:text/html,x"></form><img src="data:image/gif;base64,R0" onerror="y()"><script>z()</script>',
    );
    expect(document.querySelector('a')?.hasAttribute('href')).toBe(false);
    expect(document.querySelector('form')?.hasAttribute('action')).toBe(false);
    expect(document.querySelector('img')?.getAttribute('src')).toBe('data:image/gif;base64,R0');
    expect(document.querySelector('script')).toBeNull();
    expect(dropped.get('unsafe-link')?.count).toBe(2);
    expect(dropped.get('script')?.count).toBe(1);
  });
});
