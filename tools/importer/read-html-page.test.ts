// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readHtmlPage } from './read-html-page.ts';

const PARAGRAPHS =
  '<p>The harbour reopened on Wednesday, a week after the storms closed it to all traffic.</p>'.repeat(
    5,
  );

describe('readHtmlPage', { timeout: 30_000 }, () => {
  it('reads the headline, byline, metadata and body', () => {
    const draft = readHtmlPage(
      `<html lang="en-GB"><head><title>Harbour reopens</title><meta property="og:site_name" content="The Example">
       <link rel="canonical" href="https://example.com/harbour"></head>
       <body><article><h1>Harbour reopens</h1><p class="byline">By Ann Lee</p>${PARAGRAPHS}</article></body></html>`,
    );
    if ('error' in draft) throw new Error(draft.error);
    expect(draft).toMatchObject({
      headline: 'Harbour reopens',
      authors: [{ name: 'Ann Lee' }],
      publication: 'The Example',
      language: 'en-GB',
      canonicalUrl: 'https://example.com/harbour',
    });
    expect(draft.body.every((block) => block.type === 'paragraph')).toBe(true);
  });

  it('takes the page URL from --url over the canonical link', () => {
    const draft = readHtmlPage(
      `<html><head><title>T</title><link rel="canonical" href="https://example.com/a"></head><body><article>${PARAGRAPHS}</article></body></html>`,
      { url: 'https://example.org/b' },
    );
    expect('error' in draft ? draft.error : draft.canonicalUrl).toBe('https://example.org/b');
  });

  it('refuses a page with no article', () => {
    expect(readHtmlPage('<html><head><title>T</title></head><body></body></html>')).toEqual({
      error: 'Readability found no article in the page',
    });
  });
});
