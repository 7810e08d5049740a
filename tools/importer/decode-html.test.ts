// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { decodeHtml } from './decode-html.ts';

describe('decodeHtml', () => {
  it('reads undeclared UTF-8 as UTF-8', () => {
    expect(decodeHtml(new TextEncoder().encode('<p>LONDON — Sudan</p>'))).toBe(
      '<p>LONDON — Sudan</p>',
    );
  });

  it('drops a UTF-8 byte order mark', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('<p>ñ</p>')]);
    expect(decodeHtml(bytes)).toBe('<p>ñ</p>');
  });

  it('falls back to the declared charset, then windows-1252', () => {
    const latin1 = new Uint8Array([
      ...new TextEncoder().encode('<meta charset="iso-8859-1"><p>'),
      0xe9,
    ]);
    expect(decodeHtml(latin1)).toBe('<meta charset="iso-8859-1"><p>é');
    expect(decodeHtml(new Uint8Array([0x93, 0x61, 0x94]))).toBe('“a”');
  });
});
