// Scripts, style sheets and frames are most of a modern page's bytes and
// parsing time, and none of its article: jsdom builds a whole window for every
// iframe, even one it never loads. Removing them before jsdom parses the page
// makes it several times faster. This is for speed only, not safety: jsdom
// never runs scripts here, and the block converter copies no markup, only
// text and checked URLs. JSON-LD stays: it is data, and Readability reads the
// headline from it.
//
// Each element is found by scanning forward (the closing tag by a search from
// the end of the opening one), so the work is linear in the page: a lazy
// regular expression rescans the rest of the page for every unclosed
// `<script>`, and 80,000 of them took half a minute. An element left open
// runs to the end of the page, as the HTML parser reads it.
const SCRIPT_OPEN = /<script\b/gi;
const SCRIPT_CLOSE = /<\/script\s*>/gi;
const JSON_LD = /\btype\s*=\s*["']?application\/ld\+json/i;
const STYLE_OPEN = /<style\b/gi;
const STYLE_CLOSE = /<\/style\s*>/gi;
const FRAME_OPEN = /<(i?)frame\b/gi;
const IFRAME_CLOSE = /<\/iframe\s*>/gi;
const HANDLER = /\son[a-z]+\s*=/;

export interface StrippedPage {
  html: string;
  scripts: number;
  frames: number;
}

interface RawElement {
  open: RegExp;
  /** Where the element's content ends; undefined for an element without content (`<frame>`). */
  close(openMatch: RegExpExecArray): RegExp | undefined;
  /** Elements to leave in place, with their content. */
  keep?(tag: string): boolean;
}

/** The index just after the first match of `pattern` at or after `from`, or -1. */
function endOf(pattern: RegExp, html: string, from: number): number {
  pattern.lastIndex = from;
  const match = pattern.exec(html);
  return match === null ? -1 : match.index + match[0].length;
}

function remove(html: string, element: RawElement): { html: string; removed: number } {
  const parts: string[] = [];
  let removed = 0;
  let copied = 0;
  let from = 0;
  for (;;) {
    element.open.lastIndex = from;
    const open = element.open.exec(html);
    if (open === null) break;
    const tagEnd = html.indexOf('>', open.index);
    const close = tagEnd < 0 ? undefined : element.close(open);
    const contentEnd = close === undefined ? tagEnd + 1 : endOf(close, html, tagEnd + 1);
    // An unfinished tag or an unclosed element takes the rest of the page.
    const end = tagEnd < 0 || contentEnd < 0 ? html.length : contentEnd;
    if (element.keep?.(html.slice(open.index, tagEnd + 1)) !== true) {
      parts.push(html.slice(copied, open.index));
      copied = end;
      removed += 1;
    }
    from = Math.max(end, open.index + 1);
    if (end >= html.length) break;
  }
  parts.push(html.slice(copied));
  return { html: parts.join(''), removed };
}

const SCRIPTS: RawElement = {
  open: SCRIPT_OPEN,
  close: () => SCRIPT_CLOSE,
  keep: (tag) => JSON_LD.test(tag),
};
const FRAMES: RawElement = {
  open: FRAME_OPEN,
  close: (open) => (open[1] === '' ? undefined : IFRAME_CLOSE),
};
const STYLES: RawElement = { open: STYLE_OPEN, close: () => STYLE_CLOSE };

export function stripScripts(source: string): StrippedPage {
  const scripts = remove(source, SCRIPTS);
  const frames = remove(scripts.html, FRAMES);
  return {
    html: remove(frames.html, STYLES).html,
    scripts: scripts.removed,
    frames: frames.removed,
  };
}

/** How many elements the page would have: the cost of parsing and extracting it grows with this. */
export function countTags(html: string): number {
  return html.match(/<[a-zA-Z]/g)?.length ?? 0;
}

/**
 * How many tags carry inline event handlers (onclick=, onerror=, ...). Only
 * counted, for the summary: nothing downstream copies attributes.
 */
export function countEventHandlers(html: string): number {
  let count = 0;
  // Tag by tag, each up to its ">": linear, where one regular expression
  // over the page rescans to the end for every unfinished tag.
  for (const start of html.matchAll(/<[a-zA-Z]/g)) {
    const end = html.indexOf('>', start.index);
    if (HANDLER.test(html.slice(start.index, end < 0 ? undefined : end))) count += 1;
    if (end < 0) break;
  }
  return count;
}
