import { useEffect } from 'react';
import { oembedPath } from '../oembed/oembed-path.ts';

const SELECTOR = 'link[rel="alternate"][type="application/json+oembed"]';

/**
 * Keeps one <link rel="alternate" type="application/json+oembed"> in the
 * page's head, for this article, so a CMS given the story's URL finds its
 * embed. A prerendered page carries the link in its static head already
 * (scripts/prerender.mjs), and it is reused; any other is another article's,
 * left from before the reader navigated, and goes. Managed in an effect, not
 * rendered, so hydration has no stray element to reconcile.
 */
export function OEmbedDiscovery({ slug }: { slug: string }) {
  useEffect(() => {
    const href = oembedPath(slug);
    let link: HTMLLinkElement | undefined;
    for (const existing of document.head.querySelectorAll<HTMLLinkElement>(SELECTOR)) {
      if (link === undefined && existing.getAttribute('href') === href) link = existing;
      else existing.remove();
    }
    if (link === undefined) {
      link = document.createElement('link');
      link.rel = 'alternate';
      link.type = 'application/json+oembed';
      link.href = href;
      document.head.append(link);
    }
    const current = link;
    return () => {
      current.remove();
    };
  }, [slug]);
  return null;
}
