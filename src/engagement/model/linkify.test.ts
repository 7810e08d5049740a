import { describe, expect, it } from 'vitest';
import { splitLinks } from './linkify.ts';

describe('splitLinks', () => {
  it('leaves text without addresses alone', () => {
    expect(splitLinks('Just words.')).toEqual([{ kind: 'text', text: 'Just words.' }]);
    expect(splitLinks('')).toEqual([]);
  });

  it('links http and https addresses and leaves sentence punctuation out', () => {
    expect(splitLinks('See https://example.com/a?b=1, and http://x.org.')).toEqual([
      { kind: 'text', text: 'See ' },
      { kind: 'link', text: 'https://example.com/a?b=1', href: 'https://example.com/a?b=1' },
      { kind: 'text', text: ', and ' },
      { kind: 'link', text: 'http://x.org', href: 'http://x.org/' },
      { kind: 'text', text: '.' },
    ]);
  });

  it('keeps balanced brackets and drops a closing one that belongs to the sentence', () => {
    expect(splitLinks('(https://en.wikipedia.org/wiki/Almaty_(city))')).toEqual([
      { kind: 'text', text: '(' },
      {
        kind: 'link',
        text: 'https://en.wikipedia.org/wiki/Almaty_(city)',
        href: 'https://en.wikipedia.org/wiki/Almaty_(city)',
      },
      { kind: 'text', text: ')' },
    ]);
  });

  it('never links javascript:, data: or other schemes', () => {
    for (const text of [
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'JaVaScRiPt:alert(1)',
      'ftp://example.com',
      'vbscript:msgbox',
    ]) {
      expect(splitLinks(text)).toEqual([{ kind: 'text', text }]);
    }
  });

  it('does not let markup, quotes or invisible characters into a link', () => {
    expect(splitLinks('https://a.example/<img src=x onerror=alert(1)>')).toEqual([
      { kind: 'link', text: 'https://a.example/', href: 'https://a.example/' },
      { kind: 'text', text: '<img src=x onerror=alert(1)>' },
    ]);
    expect(splitLinks('https://a.example/x"onmouseover="alert(1)')[0]).toEqual({
      kind: 'link',
      text: 'https://a.example/x',
      href: 'https://a.example/x',
    });
    expect(splitLinks('https://a.example\u200B.evil\u202Egpj')[0]).toEqual({
      kind: 'link',
      text: 'https://a.example',
      href: 'https://a.example/',
    });
  });

  it('does not link an address glued to a word, or one with no host', () => {
    expect(splitLinks('xhttps://a.example')).toEqual([
      { kind: 'text', text: 'xhttps://a.example' },
    ]);
    expect(splitLinks('https://')).toEqual([{ kind: 'text', text: 'https://' }]);
  });
});
