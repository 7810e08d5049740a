// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { decodeInput } from './decode-input.ts';

const ascii = (text: string): number[] => [...new TextEncoder().encode(text)];

// “Café” in Windows-1252: curly quotes 0x93 and 0x94, é 0xE9; not valid UTF-8.
const CAFE_1252 = [0x93, ...ascii('Caf'), 0xe9, 0x94];

describe('decodeInput', () => {
  it('reads undeclared UTF-8 as UTF-8, with no warning', () => {
    const bytes = new TextEncoder().encode('<p>LONDON — Sudan “é”</p>');
    expect(decodeInput(bytes, 'html')).toEqual({ text: '<p>LONDON — Sudan “é”</p>' });
    expect(decodeInput(bytes, 'text')).toEqual({ text: '<p>LONDON — Sudan “é”</p>' });
  });

  it('reads a Windows-1252 text file as Windows-1252, and says so', () => {
    const bytes = Buffer.from([...ascii('Headline\n\n'), ...CAFE_1252, ...ascii(' opens\n')]);
    expect(decodeInput(bytes, 'text')).toEqual({
      text: 'Headline\n\n“Café” opens\n',
      warning: 'not valid UTF-8; read as Windows-1252',
    });
  });

  it('reads every byte 0x80-0x9F as Windows-1252, not as a Latin-1 control', () => {
    const { text } = decodeInput(Buffer.from([0x80, 0x85, 0x91, 0x92, 0x96, 0x97, 0x9f]), 'text');
    expect(text).toBe('€…‘’–—Ÿ');
  });

  it('drops a byte order mark and decodes as it says', () => {
    const utf8 = Buffer.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('<p>ñ</p>')]);
    expect(decodeInput(utf8, 'html')).toEqual({ text: '<p>ñ</p>' });
    const utf16le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('“é”', 'utf16le')]);
    expect(decodeInput(utf16le, 'text')).toEqual({ text: '“é”' });
    const utf16be = Buffer.from([0xfe, 0xff, 0x20, 0x1c, 0x00, 0xe9, 0x20, 0x1d]);
    expect(decodeInput(utf16be, 'text')).toEqual({ text: '“é”' });
  });

  it('warns when the bytes after a byte order mark are not valid', () => {
    const result = decodeInput(Buffer.from([0xef, 0xbb, 0xbf, ...CAFE_1252]), 'text');
    expect(result.warning).toBe(
      'not valid utf-8 though it starts with its byte order mark; unreadable bytes became U+FFFD',
    );
  });

  it('honours the charset an HTML page declares when the bytes are not UTF-8', () => {
    const latin1 = Buffer.from([...ascii('<meta charset="iso-8859-1"><p>'), 0xe9]);
    expect(decodeInput(latin1, 'html')).toEqual({ text: '<meta charset="iso-8859-1"><p>é' });
    const httpEquiv = Buffer.from([
      ...ascii('<meta http-equiv="Content-Type" content="text/html; charset=windows-1251"><p>'),
      0xcf,
      0xf0,
      0xe8,
    ]);
    expect(decodeInput(httpEquiv, 'html').text).toMatch(/<p>При$/);
    const shiftJis = Buffer.from([...ascii('<meta charset=shift_jis><p>'), 0x93, 0xfa]);
    expect(decodeInput(shiftJis, 'html')).toEqual({ text: '<meta charset=shift_jis><p>日' });
  });

  it('reads an undeclared or unknown charset as Windows-1252, and says so', () => {
    expect(decodeInput(Buffer.from(CAFE_1252), 'html')).toEqual({
      text: '“Café”',
      warning: 'not valid UTF-8; read as Windows-1252',
    });
    const unknown = Buffer.from([...ascii('<meta charset="x-klingon">'), ...CAFE_1252]);
    expect(decodeInput(unknown, 'html').warning).toBe('not valid UTF-8; read as Windows-1252');
  });

  it('reads a page that declares UTF-8 but is not as Windows-1252, and says so', () => {
    const bytes = Buffer.from([...ascii('<meta charset="utf-8"><p>'), ...CAFE_1252]);
    expect(decodeInput(bytes, 'html')).toEqual({
      text: '<meta charset="utf-8"><p>“Café”',
      warning: 'not valid UTF-8 though the page declares it; read as Windows-1252',
    });
  });

  it('never turns bytes into U+FFFD without a warning', () => {
    const inputs: [number[], 'text' | 'html'][] = [
      [CAFE_1252, 'text'],
      [[...ascii('<meta charset="utf-8">'), 0xff], 'html'],
      [[...ascii('<meta charset="shift_jis">'), 0x81, 0x20], 'html'],
      [[0xfe, 0xff, 0xd8, 0x00], 'text'],
    ];
    for (const [bytes, kind] of inputs) {
      const result = decodeInput(Buffer.from(bytes), kind);
      if (result.text.includes('\ufffd')) expect(result.warning).toContain('U+FFFD');
      else expect(result.text).not.toContain('\ufffd');
    }
    expect(decodeInput(Buffer.from([0xfe, 0xff, 0xd8, 0x00]), 'text').warning).toBe(
      'not valid utf-16be though it starts with its byte order mark; unreadable bytes became U+FFFD',
    );
  });
});
