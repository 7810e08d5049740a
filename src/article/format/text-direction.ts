import type { Article } from './article-schema.ts';

// Scripts written right to left, by primary language subtag.
const RTL_LANGUAGES = new Set([
  'ar',
  'arc',
  'dv',
  'fa',
  'ha',
  'he',
  'iw',
  'khw',
  'ks',
  'ku',
  'ps',
  'sd',
  'ur',
  'yi',
]);

/** The article's own direction when it states one, else the usual direction of its language. */
export function textDirection(article: Pick<Article, 'language' | 'direction'>): 'ltr' | 'rtl' {
  if (article.direction !== undefined) return article.direction;
  const primary = article.language.split('-')[0]?.toLowerCase() ?? '';
  return RTL_LANGUAGES.has(primary) ? 'rtl' : 'ltr';
}
