import type { Block, BlockOf } from '../../src/article/format/article-schema.ts';
import { recordDrop } from './drop-log.ts';
import { isElement, type HtmlContext } from './html-context.ts';
import { inlineRuns } from './inline-runs.ts';
import { normalizeSpace } from './normalize-space.ts';
import { plainText } from './plain-text.ts';
import { isCaptionElement, isCreditElement, readCaption, readImage } from './read-figure.ts';
import { readList } from './read-list.ts';
import { readQuote } from './read-quote.ts';
import { isOnlyCredit } from './split-credit.ts';

const BLOCK_TAGS =
  'p,div,section,article,main,header,footer,aside,nav,h1,h2,h3,h4,h5,h6,ul,ol,dl,table,figure,figcaption,blockquote,pre,hr,form,fieldset,iframe,video,audio,object,embed,canvas,address,details,center,hgroup';
const EMBED_TAGS = new Set(['IFRAME', 'EMBED', 'OBJECT', 'VIDEO', 'AUDIO', 'CANVAS', 'MAP']);
const FORM_TAGS = new Set(['FORM', 'FIELDSET', 'INPUT', 'BUTTON', 'SELECT', 'TEXTAREA']);
const IGNORED_TAGS = new Set([
  'SCRIPT',
  'NOSCRIPT',
  'TEMPLATE',
  'STYLE',
  'LINK',
  'META',
  'BR',
  'SVG',
  'MATH',
]);
const MAX_HEADING_LENGTH = 300;

interface Walk {
  context: HtmlContext;
  blocks: Block[];
  /** Figures made from an image that may still be followed by their caption. */
  awaitingCaption: Set<Block>;
}

function isBlockLevel(node: Node): boolean {
  return isElement(node) && (node.matches(BLOCK_TAGS) || node.querySelector(BLOCK_TAGS) !== null);
}

function pushFigure(walk: Walk, figure: BlockOf<'figure'>): void {
  walk.blocks.push(figure);
  walk.awaitingCaption.add(figure);
}

/** Gives the caption to the figure just before it, or drops it: a caption of nothing misleads. */
function attachCaption(walk: Walk, captionElements: readonly Element[]): void {
  const parts = readCaption(captionElements);
  if (parts.caption === undefined && parts.credit === undefined) return;
  const last = walk.blocks.at(-1);
  if (last?.type === 'figure' && walk.awaitingCaption.has(last)) {
    Object.assign(last, parts);
    walk.awaitingCaption.delete(last);
    return;
  }
  recordDrop(walk.context.dropped, 'orphan-caption', parts.caption ?? parts.credit);
}

function imageFigure(img: Element, scope: Element | undefined, walk: Walk): BlockOf<'figure'> {
  const image = readImage(img, scope, walk.context);
  return image === undefined ? { type: 'figure' } : { type: 'figure', image };
}

/** A run of inline content: a paragraph, plus any images in it as figures with their caption. */
function readInline(nodes: readonly Node[], walk: Walk): void {
  const elements = nodes.filter(isElement);
  const images = elements.flatMap((element) =>
    element.tagName === 'IMG' ? [element] : [...element.querySelectorAll('img')],
  );
  const captions = elements.flatMap((element) =>
    [element, ...element.querySelectorAll('*')].filter(
      (el) => isCaptionElement(el) || isCreditElement(el),
    ),
  );
  const topCaptions = captions.filter(
    (el) => !captions.some((other) => other !== el && other.contains(el)),
  );
  for (const img of images) pushFigure(walk, imageFigure(img, undefined, walk));
  if (topCaptions.length > 0) attachCaption(walk, topCaptions);
  const content = inlineRuns(nodes, walk.context, new Set(topCaptions));
  if (content.length > 0) walk.blocks.push({ type: 'paragraph', content });
}

function readFigure(figure: Element, walk: Walk): void {
  const images = [...figure.querySelectorAll('img')];
  const quote = figure.querySelector(':scope > blockquote');
  if (images.length === 0 && quote !== null) {
    walk.blocks.push(...readQuote(quote, walk.context));
    return;
  }
  if (images.length === 0) {
    if (figure.querySelector([...EMBED_TAGS].join(',')) !== null) {
      recordDrop(walk.context.dropped, 'embed', 'figure');
      return;
    }
    walkChildren(figure, walk);
    return;
  }
  for (const img of images) pushFigure(walk, imageFigure(img, figure, walk));
  const captions = [...figure.querySelectorAll('figcaption')];
  if (captions.length > 0) attachCaption(walk, captions);
}

function readHeading(element: Element, walk: Walk): void {
  const text = plainText(element);
  if (text === '') return;
  if (text.toLowerCase() === normalizeSpace(walk.context.headline).toLowerCase()) {
    recordDrop(walk.context.dropped, 'duplicate-headline', text);
    return;
  }
  if (text.length > MAX_HEADING_LENGTH) {
    walk.blocks.push({ type: 'paragraph', content: [text] });
    return;
  }
  const level = Math.min(4, Math.max(2, Number(element.tagName.slice(1))));
  walk.blocks.push({ type: 'heading', level: level === 2 ? 2 : level === 3 ? 3 : 4, text });
}

/** Elements that are blocks of their own kind; anything else is a container or inline content. */
function readBlockElement(tag: string, element: Element, walk: Walk): void {
  switch (tag) {
    case 'FIGURE':
      readFigure(element, walk);
      break;
    case 'UL':
    case 'OL':
    case 'DL':
      walk.blocks.push(...readList(element, walk.context));
      break;
    case 'BLOCKQUOTE':
      walk.blocks.push(...readQuote(element, walk.context));
      break;
    case 'TABLE':
      recordDrop(walk.context.dropped, 'table', plainText(element).slice(0, 40));
      break;
    case 'HR':
      walk.blocks.push({ type: 'divider' });
      break;
    case 'PRE': {
      const text = plainText(element);
      if (text !== '') walk.blocks.push({ type: 'paragraph', content: [text] });
      break;
    }
    case 'IMG':
      pushFigure(walk, imageFigure(element, undefined, walk));
      break;
    default:
      if (isBlockLevel(element)) walkChildren(element, walk);
      else readInline([element], walk);
  }
}

function walkElement(element: Element, walk: Walk): void {
  const tag = element.tagName.toUpperCase();
  const { dropped } = walk.context;
  if (IGNORED_TAGS.has(tag)) return;
  if (EMBED_TAGS.has(tag)) recordDrop(dropped, 'embed', tag.toLowerCase());
  else if (FORM_TAGS.has(tag)) recordDrop(dropped, 'form', tag.toLowerCase());
  else if (isCaptionElement(element)) attachCaption(walk, [element]);
  else if (/^H[1-6]$/.test(tag)) readHeading(element, walk);
  else readBlockElement(tag, element, walk);
}

/** Walks a container: block children one by one, runs of inline children as paragraphs. */
function walkChildren(parent: Element, walk: Walk): void {
  let inline: Node[] = [];
  const flush = () => {
    if (inline.length > 0) readInline(inline, walk);
    inline = [];
  };
  for (const child of parent.childNodes) {
    if (
      isElement(child) &&
      (isBlockLevel(child) || isCaptionElement(child) || child.tagName === 'IMG')
    ) {
      flush();
      walkElement(child, walk);
    } else {
      inline.push(child);
    }
  }
  flush();
}

/**
 * Leaves out figures left with neither image nor a caption worth reading
 * (a bare "Foto: LA NACION" under a dropped image), and dividers that divide
 * nothing.
 */
function tidyBlocks(blocks: readonly Block[], context: HtmlContext): Block[] {
  const tidy: Block[] = [];
  for (const block of blocks) {
    if (block.type === 'figure' && block.image === undefined) {
      if (block.caption === undefined) continue;
      if (block.credit === undefined && isOnlyCredit(block.caption)) {
        recordDrop(context.dropped, 'credit-only-caption', block.caption);
        continue;
      }
    }
    if (block.type === 'divider' && (tidy.length === 0 || tidy.at(-1)?.type === 'divider'))
      continue;
    tidy.push(block);
  }
  if (tidy.at(-1)?.type === 'divider') tidy.pop();
  return tidy;
}

/**
 * Converts Readability's article element into the format's blocks. Only text
 * and checked http(s) URLs are copied; tables, embeds and forms are dropped
 * and counted, and so are images the format cannot hold (no size).
 */
export function htmlToBlocks(root: Element, context: HtmlContext): Block[] {
  const walk: Walk = { context, blocks: [], awaitingCaption: new Set() };
  walkChildren(root, walk);
  return tidyBlocks(walk.blocks, context);
}
