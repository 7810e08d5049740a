import { recordDrop, type DropLog } from './drop-log.ts';
import { resolveUrl } from './resolve-url.ts';

const LINK_ATTRIBUTES = new Set(['href', 'action', 'formaction']);
const SCRIPT_URL = /^\s*(?:javascript|vbscript)\s*:/i;
// In a link, data: is as dangerous as javascript:; in an image it is a lazy-loading placeholder.
const LINK_SCRIPT_URL = /^\s*(?:javascript|vbscript|data)\s*:/i;

function guardBase(document: Document, dropped: DropLog): void {
  const pageUrl = document.URL === 'about:blank' ? undefined : document.URL;
  for (const base of document.querySelectorAll('base[href]')) {
    const href = base.getAttribute('href') ?? '';
    const resolved = resolveUrl(href, pageUrl);
    if (resolved.ok) {
      base.setAttribute('href', resolved.url);
      continue;
    }
    if (resolved.reason === 'unsafe') recordDrop(dropped, 'unsafe-base', href.trim().slice(0, 40));
    base.remove();
  }
}

function isScriptUrl(name: string, value: string): boolean {
  if (LINK_ATTRIBUTES.has(name)) return LINK_SCRIPT_URL.test(value);
  return name === 'src' && SCRIPT_URL.test(value);
}

const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction'];

/**
 * Makes a parsed page safe to hand to Readability, counting what it finds.
 * A <base> that is not http(s) would turn every relative link into a script
 * URL, so it goes (an http(s) one is honoured, as a browser would); script
 * URLs and any script left after stripScripts go too (JSON-LD, which is
 * data, stays for Readability).
 */
export function guardDocument(document: Document, dropped: DropLog): void {
  guardBase(document, dropped);
  for (const script of document.querySelectorAll('script')) {
    if (script.getAttribute('type') === 'application/ld+json') continue;
    recordDrop(dropped, 'script');
    script.remove();
  }
  // One pass over every element: in jsdom this is several times faster than an
  // attribute selector, and far faster than the live getElementsByTagName list.
  for (const element of document.querySelectorAll('*')) {
    if (!element.hasAttributes()) continue;
    for (const name of URL_ATTRIBUTES) {
      const value = element.getAttribute(name);
      if (value === null || !isScriptUrl(name, value)) continue;
      recordDrop(dropped, 'unsafe-link', value.trim().slice(0, 40));
      element.removeAttribute(name);
    }
  }
}
