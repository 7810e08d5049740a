// A prerendered article page carries its article JSON inline, so the app can
// hydrate without fetching what the HTML already shows. The element is data
// (type="application/json"), never executed, and it is validated again on
// the way in like any other article.
import type { LoadedArticle } from './fetch-article.ts';
import { parseArticleJson } from '../format/parse-article.ts';

export const INLINE_ARTICLE_ID = 'broadsheet-article';

/** The JSON text to put inside the script element; `<` is escaped so the text cannot close it. */
export function serializeInlineArticle(loaded: LoadedArticle): string {
  return JSON.stringify(loaded.article).replace(/</g, '\\u003c');
}

export function readInlineArticle(doc: Document): LoadedArticle | undefined {
  const element = doc.getElementById(INLINE_ARTICLE_ID);
  if (element?.textContent == null) return undefined;
  const result = parseArticleJson(element.textContent);
  return result.ok ? { article: result.article, skipped: result.skipped } : undefined;
}
