import type { Block } from '../../src/article/format/article-schema.ts';
import { recordDrop } from './drop-log.ts';
import type { HtmlContext } from './html-context.ts';
import { plainText } from './plain-text.ts';

// Social-media embeds are blockquotes that a script turns into a widget.
const EMBED_CLASS =
  /twitter-tweet|instagram-media|tiktok-embed|reddit-card|bluesky-embed|fb-xfbml|threads-embed/i;
const MAX_QUOTE_LENGTH = 5000;
const MAX_NAME_LENGTH = 200;

/**
 * A block quote from a <blockquote>, attributed to its <footer> or <cite>, or
 * to the <figcaption> of the <figure> around it.
 */
export function readQuote(element: Element, context: HtmlContext): Block[] {
  if (
    EMBED_CLASS.test(element.getAttribute('class') ?? '') ||
    element.querySelector('iframe') !== null
  ) {
    recordDrop(context.dropped, 'embed', 'social media post');
    return [];
  }
  const figure = element.parentElement?.tagName === 'FIGURE' ? element.parentElement : undefined;
  const sources = [
    ...element.querySelectorAll('footer, cite'),
    ...(figure === undefined ? [] : figure.querySelectorAll(':scope > figcaption')),
  ];
  const text = plainText(element, new Set(sources));
  if (text === '') return [];
  if (text.length > MAX_QUOTE_LENGTH) return [{ type: 'paragraph', content: [text] }];
  const name = plainText(sources).replace(/^[\s—–-]+/, '');
  return [
    {
      type: 'quote',
      variant: 'block',
      text,
      ...(name === '' || name.length > MAX_NAME_LENGTH ? {} : { attribution: { name } }),
    },
  ];
}
