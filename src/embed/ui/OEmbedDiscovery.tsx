import { useEffect } from 'react';
import { oembedPath } from '../oembed/oembed-path.ts';

/**
 * Adds <link rel="alternate" type="application/json+oembed"> to the page's
 * head, so a CMS given the story's URL finds its embed. Added in an effect,
 * not rendered, so a prerendered page (which may carry the link in its static
 * head already) hydrates without a stray element; an existing link is reused.
 */
export function OEmbedDiscovery({ slug }: { slug: string }) {
  useEffect(() => {
    const href = oembedPath(slug);
    const existing = document.head.querySelector(
      `link[rel="alternate"][type="application/json+oembed"][href="${CSS.escape(href)}"]`,
    );
    if (existing !== null) return;
    const link = document.createElement('link');
    link.rel = 'alternate';
    link.type = 'application/json+oembed';
    link.href = href;
    document.head.append(link);
    return () => {
      link.remove();
    };
  }, [slug]);
  return null;
}
