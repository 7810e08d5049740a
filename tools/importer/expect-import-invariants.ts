// Checks every imported article must pass, whatever its input: used by the
// golden cases, the corpus pages and the hostile pages.
import { JSDOM } from 'jsdom';
import { expect } from 'vitest';
import type { Article } from '../../src/article/format/article-schema.ts';
import { parseArticle } from '../../src/article/format/parse-article.ts';
import { parseSrcset } from '../../src/article/format/parse-srcset.ts';
import { isAbsoluteHttpUrl } from '../../src/article/format/safe-url.ts';
import { checkVerbatim } from './check-verbatim.ts';
import { stripScripts } from './strip-scripts.ts';

const URL_KEYS = new Set(['href', 'src', 'url', 'canonicalUrl']);
const EXECUTABLE =
  /<\s*script|javascript\s*:|vbscript\s*:|data\s*:\s*text|\bon[a-z]+\s*=|<\s*iframe|srcdoc/i;

/** Every URL in the article, wherever it sits, srcset candidates included. */
function articleUrls(value: unknown, key = ''): string[] {
  if (typeof value === 'string') {
    if (key === 'srcset') return parseSrcset(value).map((candidate) => candidate.url);
    return URL_KEYS.has(key) ? [value] : [];
  }
  if (Array.isArray(value)) return value.flatMap((item) => articleUrls(item, key));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([name, inner]) => articleUrls(inner, name));
  }
  return [];
}

/** The text a reader of the page sees: what quotes and statistics must be copied from. */
export function visibleText(html: string): string {
  const { document } = new JSDOM(stripScripts(html).html).window;
  for (const element of document.querySelectorAll('script, style, noscript, template'))
    element.remove();
  return document.body.textContent;
}

export function expectImportInvariants(article: Article, sourceText: string): void {
  const parsed = parseArticle(JSON.parse(JSON.stringify(article)));
  expect(parsed.ok ? parsed.skipped : parsed.problems).toEqual([]);
  expect(checkVerbatim(article, sourceText)).toEqual([]);
  for (const url of articleUrls(article)) expect(isAbsoluteHttpUrl(url), url).toBe(true);
  expect(JSON.stringify(article)).not.toMatch(EXECUTABLE);
}
