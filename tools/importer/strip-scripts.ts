// Scripts, style sheets and frames are most of a modern page's bytes and
// parsing time, and none of its article: jsdom builds a whole window for every
// iframe, even one it never loads. Removing them before jsdom parses the page
// makes it several times faster. This is for speed only, not safety: jsdom
// never runs scripts here, and the block converter copies no markup, only
// text and checked URLs. JSON-LD stays: it is data, and Readability reads the
// headline from it.
const SCRIPT =
  /<script\b(?![^>]*\btype\s*=\s*["']?application\/ld\+json)[^>]*>[\s\S]*?<\/script\s*>/gi;
const STYLE = /<style\b[^>]*>[\s\S]*?<\/style\s*>/gi;
const FRAME = /<i?frame\b[^>]*>(?:[\s\S]*?<\/i?frame\s*>)?/gi;
const EVENT_HANDLER = /<[a-zA-Z][^>]*?\son[a-z]+\s*=/g;

export interface StrippedPage {
  html: string;
  scripts: number;
  frames: number;
}

function count(pattern: RegExp, html: string): { html: string; removed: number } {
  let removed = 0;
  const rest = html.replace(pattern, () => {
    removed += 1;
    return '';
  });
  return { html: rest, removed };
}

export function stripScripts(source: string): StrippedPage {
  const scripts = count(SCRIPT, source);
  const frames = count(FRAME, scripts.html);
  return { html: frames.html.replace(STYLE, ''), scripts: scripts.removed, frames: frames.removed };
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
  return html.match(EVENT_HANDLER)?.length ?? 0;
}
