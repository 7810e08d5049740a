import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import type { Article, Block } from '../../src/article/format/article-schema.ts';
import { inlineText } from '../../src/article/format/summarize-article.ts';
import { canonicalLanguageTag } from './detect-language.ts';
import type { DraftArticle } from './draft-article.ts';
import { recordDrop, type DropLog } from './drop-log.ts';
import { guardDocument } from './guard-document.ts';
import { htmlToBlocks } from './html-to-blocks.ts';
import { isElement } from './html-context.ts';
import { normalizeDate } from './normalize-date.ts';
import { normalizeSpace } from './normalize-space.ts';
import { parseByline } from './parse-byline.ts';
import { readPageMetadata, type PageMetadata } from './read-page-metadata.ts';
import { countEventHandlers, countTags, stripScripts } from './strip-scripts.ts';

/** Parsing and extraction time grow with elements, not bytes; past this a page takes many seconds. */
const MAX_ELEMENTS = 20_000;
const MAX_DEK_LENGTH = 600;
const TRUNCATED_EXCERPT_LENGTH = 150;

export interface HtmlOptions {
  /** The page's address, from --url; otherwise the page's canonical link or og:url is used. */
  url?: string;
}

const BYLINE_ZONE = 3;

function bylineKey(text: string): string {
  return normalizeSpace(text)
    .replace(/^by\b[:\s]*/i, '')
    .toLowerCase();
}

/** Readability keeps the byline paragraph when the metadata gave it the byline; the format shows it already. */
function dropBylineParagraph(
  body: Block[],
  byline: string | null | undefined,
  dropped: DropLog,
): void {
  if (byline === null || byline === undefined || bylineKey(byline) === '') return;
  const index = body.findIndex(
    (block, at) =>
      at < BYLINE_ZONE &&
      block.type === 'paragraph' &&
      bylineKey(inlineText(block.content)) === bylineKey(byline),
  );
  if (index < 0) return;
  recordDrop(dropped, 'byline-paragraph', normalizeSpace(byline));
  body.splice(index, 1);
}

/** Makes relative URLs in the page resolve against its address, as a <base> would. */
function setBase(document: Document, url: string | undefined): void {
  if (url === undefined || document.querySelector('base[href]') !== null) return;
  const base = document.createElement('base');
  base.setAttribute('href', url);
  document.head.prepend(base);
}

/** Readability's excerpt as a dek, unless it is the first paragraph again or was cut off. */
function readDek(excerpt: string | null | undefined, body: readonly Block[]): string | undefined {
  const dek = normalizeSpace(excerpt ?? '');
  const first = body.find((block) => block.type === 'paragraph');
  const firstText = first === undefined ? '' : inlineText(first.content);
  if (dek === '' || dek.length > MAX_DEK_LENGTH || firstText.startsWith(dek.replace(/[.…]+$/, '')))
    return undefined;
  if (/(?:…|\.\.\.)$/.test(dek)) return undefined;
  if (dek.length >= TRUNCATED_EXCERPT_LENGTH && !/[.!?"”’)]$/.test(dek)) return undefined;
  return dek;
}

/** The lead: a figure that opens the article, else the page's og:image when it states its size. */
function readLead(body: Block[], meta: PageMetadata, dropped: DropLog): Article['lead'] {
  const first = body[0];
  if (first?.type === 'figure') {
    body.shift();
    return {
      ...(first.image === undefined ? {} : { image: first.image }),
      ...(first.caption === undefined ? {} : { caption: first.caption }),
      ...(first.credit === undefined ? {} : { credit: first.credit }),
    };
  }
  const image = meta.image;
  if (image === undefined) return undefined;
  if (image.width === undefined || image.height === undefined) {
    recordDrop(dropped, 'lead-image-without-size', image.src);
    return undefined;
  }
  return { image: { src: image.src, alt: image.alt, width: image.width, height: image.height } };
}

function hostName(url: string | undefined): string | undefined {
  return url === undefined ? undefined : new URL(url).hostname.replace(/^www\./, '');
}

type Loaded = { dom: JSDOM; dropped: DropLog } | { error: string };

/** Parses the page with jsdom at its defaults (no scripts run, nothing fetched) and guards it. */
function loadPage(source: string, url: string | undefined): Loaded {
  const { html, scripts, frames } = stripScripts(source);
  const tags = countTags(html);
  if (tags > MAX_ELEMENTS) {
    const found = tags.toLocaleString('en');
    const limit = MAX_ELEMENTS.toLocaleString('en');
    return {
      error: `page too complex: ${found} elements after removing scripts (the importer reads at most ${limit})`,
    };
  }
  const dropped: DropLog = new Map();
  recordDrop(dropped, 'script', undefined, scripts);
  recordDrop(dropped, 'embed', undefined, frames);
  recordDrop(dropped, 'event-handler', undefined, countEventHandlers(html));
  const dom = new JSDOM(html, {
    virtualConsole: new VirtualConsole(),
    ...(url === undefined ? {} : { url }),
  });
  guardDocument(dom.window.document, dropped);
  return { dom, dropped };
}

function readArticle(
  document: Document,
  options: HtmlOptions,
  dropped: DropLog,
): DraftArticle | { error: string } {
  const meta = readPageMetadata(document, options.url);
  const pageUrl = options.url ?? meta.canonicalUrl;
  setBase(document, pageUrl);
  const baseUrl = /^https?:/.test(document.baseURI) ? document.baseURI : undefined;
  const parsed = new Readability(document, {
    keepClasses: true,
    serializer: (node: Node) => node,
  }).parse();
  const root = parsed?.content;
  const headline = normalizeSpace(parsed?.title ?? '');
  if (parsed === null || root === null || root === undefined || !isElement(root)) {
    return { error: 'Readability found no article in the page' };
  }
  if (headline === '') return { error: 'the page has no title' };
  const body = htmlToBlocks(root, {
    headline,
    dropped,
    ...(baseUrl === undefined ? {} : { baseUrl }),
  });
  dropBylineParagraph(body, parsed.byline, dropped);
  if (!body.some((block) => block.type === 'paragraph'))
    return { error: 'the article has no paragraphs' };
  const lead = readLead(body, meta, dropped);
  const dek = readDek(parsed.excerpt, body);
  const language = canonicalLanguageTag(parsed.lang) ?? meta.language;
  const direction = parsed.dir === 'rtl' || parsed.dir === 'ltr' ? parsed.dir : meta.direction;
  const siteName = normalizeSpace(parsed.siteName ?? '');
  const publication = siteName === '' ? (meta.siteName ?? hostName(pageUrl)) : siteName;
  const publishedAt = normalizeDate(parsed.publishedTime) ?? meta.publishedAt;
  return {
    headline,
    authors: parseByline(parsed.byline),
    body,
    dropped,
    notes: [],
    ...(dek === undefined ? {} : { dek }),
    ...(publication === undefined ? {} : { publication }),
    ...(publishedAt === undefined ? {} : { publishedAt }),
    ...(meta.updatedAt === undefined ? {} : { updatedAt: meta.updatedAt }),
    ...(language === undefined ? {} : { language }),
    ...(direction === undefined ? {} : { direction }),
    ...(pageUrl === undefined ? {} : { canonicalUrl: pageUrl }),
    ...(lead === undefined ? {} : { lead }),
  };
}

/**
 * Reads a news page with Mozilla's Readability on jsdom. jsdom is left at its
 * defaults, so no script runs and nothing is fetched; the page is guarded
 * (see guardDocument) before Readability sees it, and the article is then
 * converted block by block, copying only text and checked URLs.
 */
export function readHtmlPage(
  source: string,
  options: HtmlOptions = {},
): DraftArticle | { error: string } {
  const loaded = loadPage(source, options.url);
  if ('error' in loaded) return loaded;
  try {
    return readArticle(loaded.dom.window.document, options, loaded.dropped);
  } finally {
    // Frees the page's window at once: a batch import would otherwise hold every page.
    loaded.dom.window.close();
  }
}
