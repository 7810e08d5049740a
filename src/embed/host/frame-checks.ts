// Pure pieces of the host script, kept apart so they can be tested without a
// browser: which origin a frame's messages must come from, and which embed a
// placeholder link stands for.
import { embedUrlFor } from '../snippet/embed-url.ts';

/**
 * The origin that messages from this frame carry. A frame sandboxed without
 * allow-same-origin has an opaque origin, which postMessage reports as the
 * string "null"; for those the check on event.source is what identifies it.
 */
export function expectedOrigin(iframe: HTMLIFrameElement): string {
  const sandbox = iframe.getAttribute('sandbox');
  // Sandbox keywords are case-insensitive, so no DOMTokenList.contains().
  if (sandbox !== null && !/(?:^|\s)allow-same-origin(?:\s|$)/i.test(sandbox)) return 'null';
  try {
    return new URL(iframe.src).origin;
  } catch {
    return '';
  }
}

/** Placeholder options a link may carry as data attributes; the embed validates them. */
const LINK_OPTIONS = ['theme', 'comments', 'lead', 'id'] as const;

/** The frame address for `<a class="broadsheet-embed" href data-theme …>`, or undefined if it is not a story. */
export function frameSrcForLink(href: string, data: DOMStringMap): string | undefined {
  let embed: URL | undefined;
  try {
    embed = embedUrlFor(new URL(href));
  } catch {
    return undefined;
  }
  if (embed === undefined) return undefined;
  for (const name of LINK_OPTIONS) {
    const value = data[name];
    if (value !== undefined) embed.searchParams.set(name, value);
  }
  return embed.href;
}
