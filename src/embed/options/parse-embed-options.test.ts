import { describe, expect, it } from 'vitest';
import { DEFAULT_EMBED_OPTIONS, embedOptionsQuery } from './embed-options.ts';
import { parseEmbedId, parseEmbedOptions } from './parse-embed-options.ts';

const parse = (query: string) => parseEmbedOptions(new URLSearchParams(query));

describe('parseEmbedOptions', () => {
  it('defaults to auto theme, no comments and the lead figure', () => {
    expect(parse('')).toEqual({ theme: 'auto', comments: false, lead: true });
    expect(DEFAULT_EMBED_OPTIONS).toEqual(parse(''));
  });

  it('reads every option', () => {
    expect(parse('theme=dark&comments=1&lead=0')).toEqual({
      theme: 'dark',
      comments: true,
      lead: false,
    });
    expect(parse('theme=light').theme).toBe('light');
  });

  it.each([
    'theme=DARK',
    'theme=sepia',
    'theme=',
    'comments=yes',
    'comments=true',
    'comments=2',
    'lead=no',
    'lead=',
    'theme=<script>',
  ])('falls back to the default for the unknown value in %s', (query) => {
    expect(parse(query)).toEqual(DEFAULT_EMBED_OPTIONS);
  });

  it('keeps the valid options next to an invalid one', () => {
    expect(parse('theme=dark&comments=maybe&lead=0')).toEqual({
      theme: 'dark',
      comments: false,
      lead: false,
    });
  });

  it('uses the first of repeated options', () => {
    expect(parse('theme=dark&theme=light').theme).toBe('dark');
  });
});

describe('parseEmbedId', () => {
  it('takes a valid id from the query, else the fallback', () => {
    expect(parseEmbedId(new URLSearchParams('id=sidebar-1'), 'slug')).toBe('sidebar-1');
    expect(parseEmbedId(new URLSearchParams('id=a b'), 'slug')).toBe('slug');
    expect(parseEmbedId(new URLSearchParams(''), 'slug')).toBe('slug');
  });

  it('never returns an id the protocol would refuse', () => {
    expect(parseEmbedId(new URLSearchParams(''), '')).toBe('broadsheet');
  });
});

describe('embedOptionsQuery', () => {
  it('spells out every option, and round-trips through parseEmbedOptions', () => {
    const options = { theme: 'light', comments: true, lead: false } as const;
    expect(embedOptionsQuery(options)).toBe('theme=light&comments=1&lead=0');
    expect(parse(embedOptionsQuery(options))).toEqual(options);
  });
});
