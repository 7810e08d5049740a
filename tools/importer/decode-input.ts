export interface DecodedInput {
  text: string;
  /**
   * Set when the text may not be what the file's author wrote: the bytes
   * were not valid in the encoding they claimed, or not valid UTF-8 with no
   * claim at all. One line, for the person running the import.
   */
  warning?: string;
}

const BOMS: readonly (readonly [readonly number[], string])[] = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xfe, 0xff], 'utf-16be'],
  [[0xff, 0xfe], 'utf-16le'],
];
const PRESCAN_BYTES = 1024;

// windows-1252 differs from Latin-1 in 0x80-0x9F, where it has curly quotes,
// dashes and the euro sign. Node's TextDecoder decodes that range as Latin-1
// control characters from 20.18.3 on (nodejs/node#60888, still so in 20.20),
// so it is mapped here; on a Node that decodes it right, nothing is left to map
// but the five bytes windows-1252 itself leaves as controls.
const WINDOWS_1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
const UNDECLARED_FALLBACK = 'not valid UTF-8; read as Windows-1252';

function decodeWindows1252(bytes: Uint8Array): string {
  return new TextDecoder('windows-1252')
    .decode(bytes)
    .replace(/[\u0080-\u009f]/g, (char) => WINDOWS_1252_HIGH.charAt(char.charCodeAt(0) - 0x80));
}

/** The text, or undefined if the bytes are not valid in the encoding. */
function decodeStrictly(bytes: Uint8Array, encoding: string): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * The encoding a <meta charset> or <meta http-equiv="Content-Type"> in the
 * first 1024 bytes declares, by its standard name; undefined when there is
 * none or TextDecoder does not know the label.
 */
function declaredEncoding(bytes: Uint8Array): string | undefined {
  const head = decodeWindows1252(bytes.subarray(0, PRESCAN_BYTES));
  const label = /<meta[^>]+charset\s*=\s*["']?\s*([^\s"';>]+)/i.exec(head)?.[1];
  if (label === undefined) return undefined;
  let encoding: string;
  try {
    encoding = new TextDecoder(label).encoding;
  } catch {
    return undefined;
  }
  // As in the HTML standard's prescan: a page whose <meta> can be read as
  // ASCII is not UTF-16, whatever it says.
  return encoding.startsWith('utf-16') ? 'utf-8' : encoding;
}

/** Decodes as the byte order mark or the page says, and says so if the bytes disagree. */
function decodeAsClaimed(bytes: Uint8Array, encoding: string, claim: string): DecodedInput {
  const text = decodeStrictly(bytes, encoding);
  if (text !== undefined) return { text };
  return {
    text: new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes),
    warning: `not valid ${encoding} though ${claim}; unreadable bytes became U+FFFD`,
  };
}

/**
 * Decodes a text scrape or an HTML page the way a browser would for these
 * files: a byte order mark wins; then bytes that are valid UTF-8 are read as
 * UTF-8 (many pages, including two in our corpus, are UTF-8 without saying
 * so, and bytes that happen to be valid UTF-8 are almost never another
 * encoding); then, for HTML, the charset the page declares; then
 * windows-1252, the web's default, with a warning, because a text file that
 * is not UTF-8 might be in some other encoding altogether.
 */
export function decodeInput(bytes: Uint8Array, kind: 'text' | 'html'): DecodedInput {
  for (const [mark, encoding] of BOMS) {
    if (mark.every((byte, index) => bytes[index] === byte))
      return decodeAsClaimed(
        bytes.subarray(mark.length),
        encoding,
        'it starts with its byte order mark',
      );
  }
  const utf8 = decodeStrictly(bytes, 'utf-8');
  if (utf8 !== undefined) return { text: utf8 };
  const declared = kind === 'html' ? declaredEncoding(bytes) : undefined;
  switch (declared) {
    case undefined:
      return { text: decodeWindows1252(bytes), warning: UNDECLARED_FALLBACK };
    case 'utf-8':
      // Most often Windows-1252 text in a template that declares UTF-8.
      return {
        text: decodeWindows1252(bytes),
        warning: 'not valid UTF-8 though the page declares it; read as Windows-1252',
      };
    case 'windows-1252':
      return { text: decodeWindows1252(bytes) };
    default:
      return decodeAsClaimed(bytes, declared, 'the page declares it');
  }
}
