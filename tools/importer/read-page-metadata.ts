import { canonicalLanguageTag } from './detect-language.ts';
import { normalizeDate } from './normalize-date.ts';
import { resolveUrl } from './resolve-url.ts';

export interface PageMetadata {
  /** The page's own absolute http(s) address: its canonical link, else og:url. */
  canonicalUrl?: string;
  language?: string;
  direction?: 'ltr' | 'rtl';
  siteName?: string;
  publishedAt?: string;
  updatedAt?: string;
  image?: { src: string; width?: number; height?: number; alt: string };
}

const META_KEYS = ['property', 'name', 'itemprop', 'http-equiv'] as const;

/** Every <meta> content by "attribute:value", read in one pass: a query per field would scan the page each time. */
function metaIndex(document: Document): Map<string, string> {
  const index = new Map<string, string>();
  for (const meta of document.querySelectorAll('meta[content]')) {
    const content = meta.getAttribute('content')?.trim() ?? '';
    if (content === '') continue;
    for (const key of META_KEYS) {
      const value = meta.getAttribute(key)?.trim().toLowerCase();
      const id = `${key}:${value ?? ''}`;
      if (value !== undefined && !index.has(id)) index.set(id, content);
    }
  }
  return index;
}

function first(metas: Map<string, string>, keys: readonly string[]): string | undefined {
  for (const key of keys) {
    const value = metas.get(key);
    if (value !== undefined) return value;
  }
  return undefined;
}

function absolute(value: string | null | undefined, base: string | undefined): string | undefined {
  if (value === null || value === undefined) return undefined;
  const resolved = resolveUrl(value, base);
  return resolved.ok ? resolved.url : undefined;
}

function dimension(value: string | undefined): number | undefined {
  const number = Number(value);
  return Number.isInteger(number) && number > 0 ? number : undefined;
}

function readDirection(document: Document): 'ltr' | 'rtl' | undefined {
  const dir = (
    document.documentElement.getAttribute('dir') ??
    document.body.getAttribute('dir') ??
    ''
  ).toLowerCase();
  return dir === 'ltr' || dir === 'rtl' ? dir : undefined;
}

function readImage(metas: Map<string, string>, base: string | undefined): PageMetadata['image'] {
  const src = absolute(first(metas, ['property:og:image', 'name:twitter:image']), base);
  if (src === undefined) return undefined;
  const width = dimension(first(metas, ['property:og:image:width']));
  const height = dimension(first(metas, ['property:og:image:height']));
  const alt = first(metas, ['property:og:image:alt', 'name:twitter:image:alt']) ?? '';
  return {
    src,
    alt,
    ...(width === undefined ? {} : { width }),
    ...(height === undefined ? {} : { height }),
  };
}

/**
 * What a page says about itself in its <head>, read before Readability
 * rewrites the document. `base` resolves relative URLs in the metadata.
 */
export function readPageMetadata(document: Document, base: string | undefined): PageMetadata {
  const metas = metaIndex(document);
  const canonicalUrl =
    absolute(document.querySelector('link[rel~="canonical"]')?.getAttribute('href'), base) ??
    absolute(first(metas, ['property:og:url']), base);
  const language = canonicalLanguageTag(
    document.documentElement.getAttribute('lang') ??
      first(metas, ['http-equiv:content-language', 'property:og:locale']),
  );
  const siteName = first(metas, ['property:og:site_name', 'name:application-name']);
  const publishedAt = normalizeDate(
    first(metas, [
      'property:article:published_time',
      'itemprop:datepublished',
      'property:article:published',
      'name:date',
      'name:pubdate',
    ]) ?? document.querySelector('time[itemprop="datePublished"]')?.getAttribute('datetime'),
  );
  const updatedAt = normalizeDate(
    first(metas, [
      'property:article:modified_time',
      'itemprop:datemodified',
      'property:article:modified',
    ]),
  );
  const direction = readDirection(document);
  const image = readImage(metas, base);
  return {
    ...(canonicalUrl === undefined ? {} : { canonicalUrl }),
    ...(language === undefined ? {} : { language }),
    ...(direction === undefined ? {} : { direction }),
    ...(siteName === undefined ? {} : { siteName }),
    ...(publishedAt === undefined ? {} : { publishedAt }),
    ...(updatedAt === undefined ? {} : { updatedAt }),
    ...(image === undefined ? {} : { image }),
  };
}
