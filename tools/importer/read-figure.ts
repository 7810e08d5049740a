import type { Figure } from '../../src/article/format/article-schema.ts';
import { parseSrcset } from '../../src/article/format/parse-srcset.ts';
import { recordDrop } from './drop-log.ts';
import type { HtmlContext } from './html-context.ts';
import { plainText } from './plain-text.ts';
import { resolveUrl } from './resolve-url.ts';
import { cleanCredit, splitCredit, type CaptionParts } from './split-credit.ts';

type Image = NonNullable<Figure['image']>;

/** Tracking pixels and spacers, not pictures. */
const MIN_IMAGE_SIZE = 16;
const MAX_ALT_LENGTH = 1000;
const MAX_CAPTION_LENGTH = 2000;
const MAX_CREDIT_LENGTH = 300;

const CAPTION_CLASS = /(?:^|[\s_-])(?:caption|wp-caption-text|image-caption)(?:$|[\s_-])/i;
const CREDIT_CLASS = /(?:^|[\s_-])(?:credits?|copyright|source|courtesy|photographer)(?:$|[\s_-])/i;

export function isCaptionElement(element: Element): boolean {
  return (
    element.tagName === 'FIGCAPTION' || CAPTION_CLASS.test(element.getAttribute('class') ?? '')
  );
}

export function isCreditElement(element: Element): boolean {
  return (
    CREDIT_CLASS.test(element.getAttribute('class') ?? '') ||
    element.getAttribute('itemprop') === 'copyrightHolder'
  );
}

function pixels(value: string | null | undefined): number | undefined {
  const match = /^\s*(\d{1,5})(?:px)?\s*$/.exec(value ?? '');
  return match === null ? undefined : Number(match[1]);
}

/**
 * The image's size from its width and height attributes, or from the
 * schema.org microdata some publishers put beside it (nytimes: <meta
 * itemprop="width">). Never measured or guessed.
 */
function imageSize(
  img: Element,
  scope: Element | undefined,
): { width: number; height: number } | undefined {
  const fromScope = (name: string) =>
    scope?.querySelector(`meta[itemprop="${name}"]`)?.getAttribute('content');
  const width = pixels(img.getAttribute('width')) ?? pixels(fromScope('width'));
  const height = pixels(img.getAttribute('height')) ?? pixels(fromScope('height'));
  return width === undefined || height === undefined ? undefined : { width, height };
}

/**
 * A srcset with every candidate made absolute, or undefined if it has no
 * candidates or any candidate is not http(s).
 */
function absoluteSrcset(srcset: string | null, context: HtmlContext): string | undefined {
  const candidates: string[] = [];
  for (const { url, descriptors } of parseSrcset(srcset ?? '')) {
    const resolved = resolveUrl(url, context.baseUrl);
    if (!resolved.ok) return undefined;
    candidates.push([resolved.url, ...descriptors].join(' '));
  }
  return candidates.length === 0 ? undefined : candidates.join(', ');
}

/**
 * The format's image for an <img>, or undefined when it cannot be one: no
 * http(s) source, no stated size, or a tracking pixel. Each refusal is
 * counted; a caption beside the image is kept by the caller either way.
 */
export function readImage(
  img: Element,
  scope: Element | undefined,
  context: HtmlContext,
): Image | undefined {
  const src = img.getAttribute('src') ?? '';
  const resolved = resolveUrl(src, context.baseUrl);
  if (!resolved.ok) {
    recordDrop(context.dropped, 'unsafe-image', src.slice(0, 40));
    return undefined;
  }
  const size = imageSize(img, scope);
  if (size === undefined) {
    recordDrop(context.dropped, 'image-without-size', resolved.url);
    return undefined;
  }
  if (size.width < MIN_IMAGE_SIZE || size.height < MIN_IMAGE_SIZE) {
    recordDrop(context.dropped, 'tiny-image', resolved.url);
    return undefined;
  }
  const srcset = absoluteSrcset(img.getAttribute('srcset'), context);
  const sizes = img.getAttribute('sizes');
  return {
    src: resolved.url,
    ...(srcset === undefined ? {} : { srcset }),
    ...(srcset === undefined || sizes === null ? {} : { sizes }),
    alt: plainTextOfAttribute(img.getAttribute('alt')).slice(0, MAX_ALT_LENGTH),
    ...size,
  };
}

function plainTextOfAttribute(value: string | null): string {
  return (value ?? '').replace(/\s+/g, ' ').trim();
}

function limit(text: string | undefined, max: number): string | undefined {
  if (text === undefined || text === '') return undefined;
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 1))}…`;
}

/**
 * A caption and credit from caption markup: a credit element inside it
 * (class "credit", "source", ...) wins; otherwise a credit at the end of the
 * text is split off where recognisable.
 */
export function readCaption(elements: readonly Element[]): CaptionParts {
  const credits = elements.flatMap((element) =>
    [...element.querySelectorAll('*')].filter(isCreditElement),
  );
  const topCredits = credits.filter(
    (credit) => !credits.some((other) => other !== credit && other.contains(credit)),
  );
  const text = plainText(elements, new Set(topCredits));
  const structural = cleanCredit(plainText(topCredits));
  const parts = structural === '' ? splitCredit(text) : { caption: text, credit: structural };
  const caption = limit(parts.caption, MAX_CAPTION_LENGTH);
  const credit = limit(parts.credit, MAX_CREDIT_LENGTH);
  return {
    ...(caption === undefined ? {} : { caption }),
    ...(credit === undefined ? {} : { credit }),
  };
}
