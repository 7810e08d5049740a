// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseSrcset } from './parse-srcset.ts';

function urls(srcset: string): string[] {
  return parseSrcset(srcset).map((candidate) => candidate.url);
}

describe('parseSrcset', () => {
  it('reads candidates separated by a comma and a space', () => {
    expect(parseSrcset('a.jpg 480w, b.jpg 800w')).toEqual([
      { url: 'a.jpg', descriptors: ['480w'] },
      { url: 'b.jpg', descriptors: ['800w'] },
    ]);
  });

  it('reads candidates written without a space after the comma', () => {
    expect(parseSrcset('a.jpg 480w,b.jpg 800w')).toEqual([
      { url: 'a.jpg', descriptors: ['480w'] },
      { url: 'b.jpg', descriptors: ['800w'] },
    ]);
    expect(parseSrcset('a.jpg 1x,b.jpg 2x,c.jpg 3x').map((c) => c.descriptors)).toEqual([
      ['1x'],
      ['2x'],
      ['3x'],
    ]);
  });

  it('keeps commas inside a URL, which runs until whitespace', () => {
    expect(parseSrcset('https://x/img,w_480/a.jpg 480w,https://x/img,w_800/a.jpg 800w')).toEqual([
      { url: 'https://x/img,w_480/a.jpg', descriptors: ['480w'] },
      { url: 'https://x/img,w_800/a.jpg', descriptors: ['800w'] },
    ]);
  });

  it('ends a URL at trailing commas, which leave it without descriptors', () => {
    expect(parseSrcset('a.jpg,b.jpg 2x')).toEqual([{ url: 'a.jpg,b.jpg', descriptors: ['2x'] }]);
    expect(parseSrcset('a.jpg,, b.jpg 2x')).toEqual([
      { url: 'a.jpg', descriptors: [] },
      { url: 'b.jpg', descriptors: ['2x'] },
    ]);
  });

  it('skips stray whitespace and commas between candidates', () => {
    expect(urls(' ,\n a.jpg 1x ,\t, b.jpg\n2x , ')).toEqual(['a.jpg', 'b.jpg']);
    expect(parseSrcset('')).toEqual([]);
    expect(parseSrcset(' , ')).toEqual([]);
  });

  it('does not end a candidate at a comma inside parentheses', () => {
    expect(urls('a.jpg 1x (a, b), c.jpg 2x')).toEqual(['c.jpg']);
  });

  it('drops the candidates a browser drops, keeping the rest', () => {
    expect(urls('a.jpg 0w, b.jpg 1x 2x, c.jpg 480w 2x, d.jpg 100h, e.jpg 2y, f.jpg 480W')).toEqual(
      [],
    );
    expect(urls('a.jpg -1x, b.jpg 1.x, c.jpg 1.5x, d.jpg 480w 200h, e.jpg .5x')).toEqual([
      'c.jpg',
      'd.jpg',
      'e.jpg',
    ]);
  });
});
