// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { importArticle, MAX_INPUT_BYTES, tooLargeMessage } from './import-article.ts';

const SCRAPE = `• The Daily Example

Harbour reopens after storms

By Ann Lee

The harbour reopened on Wednesday, a week after the storms closed it to all of the traffic, and the boats of the town went back to sea before dawn.
`;

describe('importArticle', () => {
  it('imports a text scrape, with options winning over the input', () => {
    const result = importArticle(
      { name: 'story.txt', content: SCRAPE },
      {
        publication: 'The Example',
        source: 'Wire Service',
        slug: 'harbour',
        url: 'https://example.com/h',
      },
    );
    expect(result.ok && result.article).toMatchObject({
      id: 'harbour',
      slug: 'harbour',
      publication: { name: 'The Example' },
      source: { name: 'Wire Service' },
      canonicalUrl: 'https://example.com/h',
      language: 'en',
      direction: 'ltr',
      authors: [{ name: 'Ann Lee' }],
    });
  });

  it('makes the slug from the headline and reads bytes as UTF-8', () => {
    const result = importArticle({ name: 'story.txt', content: new TextEncoder().encode(SCRAPE) });
    expect(result.ok && result.article.slug).toBe('harbour-reopens-after-storms');
  });

  it('reads a Windows-1252 text file as Windows-1252, and warns', () => {
    // A scrape as Windows saves it: 0x95 is the bullet, 0x93 and 0x94 the curly quotes, 0xE9 é.
    const ascii = (text: string) => [...new TextEncoder().encode(text)];
    const bytes = Buffer.from([
      0x95,
      ...ascii(' The Daily Example\n\nHarbour reopens after storms\n\n'),
      ...ascii('The harbour reopened on Wednesday. '),
      0x93,
      ...ascii('We are back at sea,'),
      0x94,
      ...ascii(' said Andr'),
      0xe9,
      ...ascii(' Ruiz, a fisher.\n'),
    ]);
    const result = importArticle({ name: 'story.txt', content: bytes }, { language: 'en' });
    expect(result.warning).toBe('not valid UTF-8; read as Windows-1252');
    expect(result.ok && result.article.publication.name).toBe('The Daily Example');
    expect(JSON.stringify(result)).toContain('“We are back at sea,” said André Ruiz');
    expect(JSON.stringify(result)).not.toContain('\ufffd');
  });

  it('explains in one line what it cannot do', () => {
    expect(importArticle({ name: 'story.pdf', content: '' })).toEqual({
      ok: false,
      error: 'not a .txt or .html file',
    });
    expect(
      importArticle({ name: 'a.txt', content: SCRAPE.replace('• The Daily Example', '') }),
    ).toEqual({
      ok: false,
      error: 'no publication name found; pass --publication',
    });
    expect(
      importArticle(
        { name: 'a.txt', content: 'Привет\n\nЭто статья на русском языке.' },
        { publication: 'P' },
      ),
    ).toEqual({ ok: false, error: 'cannot tell the article’s language; pass --language' });
    // Neither a Hebrew headline nor a Hebrew file name gives a Latin slug.
    expect(
      importArticle({ name: 'שלום.txt', content: 'שלום\n\nשלום עולם' }, { publication: 'P' }),
    ).toEqual({
      ok: false,
      error: 'cannot make a slug from the headline; pass --slug',
    });
  });

  it('says how large a refused input is', () => {
    expect(tooLargeMessage(MAX_INPUT_BYTES + 1)).toBe(
      "input is 10.1 MB, over the importer's limit of 10 MB",
    );
  });

  it('stays fast on a huge paragraph of capitalised words', () => {
    const words = Array.from({ length: 50_000 }, (_, index) => `Word${String(index % 10)}`).join(
      ' ',
    );
    const started = performance.now();
    const result = importArticle(
      { name: 'a.txt', content: `Headline\n\n“${words},” he said and went on in lowercase words.` },
      { publication: 'P', language: 'en' },
    );
    expect(result.ok).toBe(true);
    expect(performance.now() - started).toBeLessThan(10_000);
  });
});
