// @vitest-environment node
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { readPageMetadata } from './read-page-metadata.ts';

function read(head: string, htmlAttributes = '', base?: string) {
  const { document } = new JSDOM(`<html ${htmlAttributes}><head>${head}</head><body></body></html>`)
    .window;
  return readPageMetadata(document, base);
}

describe('readPageMetadata', () => {
  it('reads the canonical URL, language, direction, site name, dates and image', () => {
    expect(
      read(
        `<link rel="canonical" href="https://example.com/a">
         <meta property="og:site_name" content="The Example">
         <meta property="article:published_time" content="2022-01-11T09:30:00Z">
         <meta itemprop="dateModified" content="2022-01-12T10:00:00+01:00">
         <meta property="og:image" content="https://example.com/a.jpg">
         <meta property="og:image:width" content="1200"><meta property="og:image:height" content="630">
         <meta property="og:image:alt" content="A harbour">`,
        'lang="ar-eg" dir="RTL"',
      ),
    ).toEqual({
      canonicalUrl: 'https://example.com/a',
      language: 'ar-EG',
      direction: 'rtl',
      siteName: 'The Example',
      publishedAt: '2022-01-11T09:30:00Z',
      updatedAt: '2022-01-12T10:00:00+01:00',
      image: { src: 'https://example.com/a.jpg', width: 1200, height: 630, alt: 'A harbour' },
    });
  });

  it('falls back to og:url, og:locale and application-name', () => {
    expect(
      read(
        '<meta property="og:url" content="http://example.com/b"><meta property="og:locale" content="es_AR"><meta name="application-name" content="LA NACION">',
      ),
    ).toEqual({ canonicalUrl: 'http://example.com/b', language: 'es-AR', siteName: 'LA NACION' });
  });

  it('ignores unsafe or unresolvable URLs and unreadable dates', () => {
    expect(
      read(
        '<link rel="canonical" href="javascript:alert(1)"><meta property="og:url" content="/relative"><meta name="date" content="yesterday"><meta property="og:image" content="data:image/png;base64,AA">',
      ),
    ).toEqual({});
  });

  it('resolves a relative canonical link against the page URL', () => {
    expect(
      read('<link rel="canonical" href="/c">', '', 'https://example.com/x/y').canonicalUrl,
    ).toBe('https://example.com/c');
  });
});
