import { queryOptions } from '@tanstack/react-query';
import { ArticleLoadError } from './article-load-error.ts';
import { fetchArticle } from './fetch-article.ts';

function retryTransient(failureCount: number, error: Error): boolean {
  return error instanceof ArticleLoadError && error.retryable && failureCount < 2;
}

export function articlePath(slug: string): string {
  return `/articles/${encodeURIComponent(slug)}.json`;
}

/** A bundled article, by slug. */
export function articleQuery(slug: string) {
  return queryOptions({
    queryKey: ['article', slug],
    queryFn: ({ signal }) => fetchArticle(articlePath(slug), signal),
    retry: retryTransient,
  });
}

/** Any article JSON the browser may fetch, by URL (the /read?src= route). */
export function articleFromUrlQuery(src: string) {
  return queryOptions({
    queryKey: ['article-url', src],
    queryFn: ({ signal }) => fetchArticle(src, signal),
    retry: retryTransient,
  });
}

/** Both factories build the same query shape; the bundled one stands for both. */
export type ArticleQueryOptions = ReturnType<typeof articleQuery>;
