import type { Article } from '../format/article-schema.ts';
import {
  MAX_ARTICLE_BYTES,
  parseArticle,
  parseJsonSafely,
  type SkippedBlock,
} from '../format/parse-article.ts';
import { ArticleLoadError } from './article-load-error.ts';

export interface LoadedArticle {
  article: Article;
  skipped: SkippedBlock[];
}

const MEGABYTES = `${String(MAX_ARTICLE_BYTES / 1024 / 1024)} MB`;

async function request(url: string, signal?: AbortSignal): Promise<Response> {
  try {
    return await fetch(url, { signal, headers: { Accept: 'application/json' } });
  } catch (error) {
    if (signal?.aborted === true) throw error;
    throw new ArticleLoadError(
      'network',
      'The article could not be downloaded: the network failed or the server does not allow this site to read it (CORS).',
    );
  }
}

/**
 * Downloads and validates one article. Every failure becomes an
 * ArticleLoadError whose kind the error page explains; nothing is trusted
 * until parseArticle has accepted it.
 */
export async function fetchArticle(url: string, signal?: AbortSignal): Promise<LoadedArticle> {
  const response = await request(url, signal);
  if (response.status === 404) {
    throw new ArticleLoadError('not-found', 'There is no article at this address.', {
      status: 404,
    });
  }
  if (!response.ok) {
    throw new ArticleLoadError(
      'http',
      `The server answered ${String(response.status)} ${response.statusText}.`,
      {
        status: response.status,
      },
    );
  }
  const declaredLength = Number(response.headers.get('content-length') ?? '0');
  if (declaredLength > MAX_ARTICLE_BYTES) {
    throw new ArticleLoadError(
      'too-large',
      `The document is larger than ${MEGABYTES}, the most an article may be.`,
    );
  }
  const contentType = response.headers.get('content-type') ?? '';
  const text = await response.text();
  // A static host answers an unknown path with the app's own HTML page.
  if (contentType.includes('text/html') || /^\s*</.test(text)) {
    throw new ArticleLoadError('not-json', 'The address returned a web page, not article JSON.');
  }
  const json = parseJsonSafely(text);
  if (!json.ok) {
    const tooLarge = json.problem.message.startsWith('document is larger');
    throw new ArticleLoadError(
      tooLarge ? 'too-large' : 'not-json',
      tooLarge
        ? `The document is larger than ${MEGABYTES}, the most an article may be.`
        : 'The document is not valid JSON.',
      { problems: [json.problem] },
    );
  }
  const result = parseArticle(json.value);
  if (!result.ok) {
    throw new ArticleLoadError('invalid', 'The document is not a valid Broadsheet article.', {
      problems: result.problems,
    });
  }
  return { article: result.article, skipped: result.skipped };
}
