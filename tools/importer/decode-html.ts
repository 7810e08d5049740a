const BOMS: readonly (readonly [readonly number[], string])[] = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xfe, 0xff], 'utf-16be'],
  [[0xff, 0xfe], 'utf-16le'],
];
const PRESCAN_BYTES = 1024;

// windows-1252 differs from Latin-1 in 0x80-0x9F, where it has curly quotes,
// dashes and the euro sign. Node 20's TextDecoder decodes that range as
// Latin-1 control characters, so it is mapped here.
const WINDOWS_1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  return new TextDecoder('windows-1252')
    .decode(bytes)
    .replace(/[\u0080-\u009f]/g, (char) => WINDOWS_1252_HIGH.charAt(char.charCodeAt(0) - 0x80));
}

function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, PRESCAN_BYTES));
  return /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
}

/**
 * Decodes an HTML file the way a browser would for these pages: a byte order
 * mark wins; then bytes that are valid UTF-8 are read as UTF-8 (many pages,
 * including two in our corpus, are UTF-8 without saying so, and jsdom would
 * otherwise read them as windows-1252); then the declared charset; then
 * windows-1252, the web's default.
 */
export function decodeHtml(bytes: Uint8Array): string {
  for (const [mark, encoding] of BOMS) {
    if (mark.every((byte, index) => bytes[index] === byte)) {
      return new TextDecoder(encoding).decode(bytes.subarray(mark.length));
    }
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const charset = declaredCharset(bytes);
    const latin =
      charset === undefined ||
      /^(?:windows-1252|cp1252|iso-8859-1|latin1|us-ascii|ascii)$/.test(charset);
    if (latin) return decodeWindows1252(bytes);
    try {
      return new TextDecoder(charset).decode(bytes);
    } catch {
      return decodeWindows1252(bytes);
    }
  }
}
