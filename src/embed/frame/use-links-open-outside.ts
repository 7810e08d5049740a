import { useEffect } from 'react';

/**
 * Links in an embedded story (bylines, sources, "Read on …") open in a new
 * tab: followed inside the frame, they would strand the reader in a box on
 * someone else's page, and most sites refuse to be framed anyway. A base
 * target covers every link, including those inside the article's text.
 * Modern browsers imply rel="noopener" for target="_blank".
 */
export function useLinksOpenOutside() {
  useEffect(() => {
    const base = document.createElement('base');
    base.target = '_blank';
    document.head.append(base);
    return () => {
      base.remove();
    };
  }, []);
}
