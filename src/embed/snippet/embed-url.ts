// Where the embedded twin of a reader page lives. Kept free of valibot and
// React because the host script (/embed.js) uses it to turn a plain link to
// a story into an embed.

export const HOST_SCRIPT_PATH = '/embed.js';

/**
 * The embed address of a reader address: /articles/:slug becomes
 * /embed/articles/:slug and /read?src= becomes /embed/read?src=; an embed
 * address stays as it is. Anything else has no embed: undefined.
 */
export function embedUrlFor(pageUrl: URL): URL | undefined {
  const { pathname, protocol } = pageUrl;
  // The result becomes an iframe's src: a javascript: (or data:, vbscript:…)
  // address with a story-like path would run in, or as, the partner's page.
  // URL has already lower-cased the scheme, so JaVaScRiPt: lands here too.
  if (protocol !== 'https:' && protocol !== 'http:') return undefined;
  const embed = new URL(pageUrl.href);
  embed.hash = '';
  if (/^\/embed\/(?:articles\/[^/]+|read)$/.test(pathname)) return embed;
  if (/^\/articles\/[^/]+$/.test(pathname) && !pathname.endsWith('.json')) {
    embed.pathname = `/embed${pathname}`;
    return embed;
  }
  if (pathname === '/read') {
    embed.pathname = '/embed/read';
    return embed;
  }
  return undefined;
}

/** The reader address of an embed address: where "Read on …" takes the reader. */
export function readerUrlFor(embedUrl: URL): URL {
  const reader = new URL(embedUrl.origin);
  reader.pathname = embedUrl.pathname.replace(/^\/embed(?=\/)/, '');
  const src = embedUrl.searchParams.get('src');
  if (src !== null) reader.searchParams.set('src', src);
  return reader;
}
