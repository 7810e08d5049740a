import { queryOptions } from '@tanstack/react-query';
import * as v from 'valibot';
import { articleIndexSchema, type ArticleIndex } from '../format/article-index-schema.ts';
import { formatPath, parseJsonSafely } from '../format/parse-article.ts';
import { ArticleLoadError } from './article-load-error.ts';

export const ARTICLE_INDEX_PATH = '/articles/index.json';

export async function fetchArticleIndex(signal?: AbortSignal): Promise<ArticleIndex> {
  let response: Response;
  try {
    response = await fetch(ARTICLE_INDEX_PATH, { signal, headers: { Accept: 'application/json' } });
  } catch (error) {
    if (signal?.aborted === true) throw error;
    throw new ArticleLoadError('network', 'The list of articles could not be downloaded.');
  }
  if (!response.ok) {
    throw new ArticleLoadError(
      'http',
      `The server answered ${String(response.status)} for the list of articles.`,
      {
        status: response.status,
      },
    );
  }
  const json = parseJsonSafely(await response.text());
  if (!json.ok)
    throw new ArticleLoadError('not-json', 'The list of articles is not valid JSON.', {
      problems: [json.problem],
    });
  const result = v.safeParse(articleIndexSchema, json.value);
  if (!result.success) {
    throw new ArticleLoadError('invalid', 'The list of articles has errors.', {
      problems: result.issues.map((issue) => ({
        path: formatPath(issue.path),
        message: issue.message,
      })),
    });
  }
  return result.output;
}

export function articleIndexQuery() {
  return queryOptions({
    queryKey: ['article-index'],
    queryFn: ({ signal }) => fetchArticleIndex(signal),
  });
}
