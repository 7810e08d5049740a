/** Where a bundled article's oEmbed document is served (its own module: the article page imports it eagerly). */
export function oembedPath(slug: string): string {
  return `/oembed/${encodeURIComponent(slug)}.json`;
}
