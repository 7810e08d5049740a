// oEmbed (https://oembed.com) lets a CMS turn a story's URL into its embed:
// it finds the <link rel="alternate" type="application/json+oembed"> in the
// article page and reads this document. Ours are static files, one per
// bundled article, written at build time.
import { DEFAULT_EMBED_OPTIONS } from '../options/embed-options.ts';
import { embedSnippet } from '../snippet/embed-snippet.ts';

export interface OEmbedStory {
  slug: string;
  headline: string;
  /** "A and B", or empty for a story without a byline. */
  byline: string;
  publication: string;
  words: number;
  hasLeadImage: boolean;
}

export interface OEmbedDocument {
  version: '1.0';
  type: 'rich';
  title: string;
  author_name?: string;
  provider_name: string;
  provider_url: string;
  html: string;
  width: number;
  height: number;
  cache_age: number;
}

/** The width CMSs are told to expect; the frame itself is fluid. */
export const OEMBED_WIDTH = 640;

/**
 * A first guess at the frame's height at OEMBED_WIDTH, used until the host
 * script sets the real one (and kept by hosts that strip scripts, which then
 * scroll inside the frame). Measured on the sample article at 640 px: about
 * 4.2 px of height per word shown (text, captions, quotes and numbers),
 * plus the header and the footer.
 */
export function estimateEmbedHeight(words: number, hasLeadImage: boolean): number {
  const header = 330;
  const lead = hasLeadImage ? 400 : 0;
  const height = header + lead + Math.max(0, words) * 4.2;
  return Math.round(height / 10) * 10;
}

export function oembedDocument(story: OEmbedStory, siteUrl: string): OEmbedDocument {
  const height = estimateEmbedHeight(story.words, story.hasLeadImage);
  return {
    version: '1.0',
    type: 'rich',
    title: story.headline,
    ...(story.byline === '' ? {} : { author_name: story.byline }),
    provider_name: story.publication,
    provider_url: new URL('/', siteUrl).href,
    html: embedSnippet({
      embedUrl: new URL(`/embed/articles/${encodeURIComponent(story.slug)}`, siteUrl),
      options: DEFAULT_EMBED_OPTIONS,
      title: story.headline,
      height,
    }),
    width: OEMBED_WIDTH,
    height,
    cache_age: 86_400,
  };
}
