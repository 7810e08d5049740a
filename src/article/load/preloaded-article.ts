import { createContext, useContext } from 'react';
import type { LoadedArticle } from './fetch-article.ts';

/**
 * The article that came with the page: inline in a prerendered page, or
 * the one the prerenderer is rendering. Its route renders it straight away,
 * with no query and no fetch, so the first client render is the server's HTML.
 */
export const PreloadedArticleContext = createContext<LoadedArticle | undefined>(undefined);

/** The preloaded article if it is the one with this slug. */
export function usePreloadedArticle(slug: string): LoadedArticle | undefined {
  const preloaded = useContext(PreloadedArticleContext);
  return preloaded?.article.slug === slug ? preloaded : undefined;
}
