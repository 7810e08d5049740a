import type { Inline } from '../../src/article/format/article-schema.ts';
import { recordDrop } from './drop-log.ts';
import { isElement, isText, isVisuallyHidden, type HtmlContext } from './html-context.ts';
import { collapseSpace } from './normalize-space.ts';
import { resolveUrl } from './resolve-url.ts';

interface Style {
  emphasis: boolean;
  strong: boolean;
  href?: string;
}

interface Run extends Style {
  text: string;
}

const EMPHASIS = new Set(['EM', 'I', 'CITE', 'DFN', 'VAR']);
const STRONG = new Set(['STRONG', 'B']);
const EMBEDS = new Set(['IFRAME', 'EMBED', 'OBJECT', 'VIDEO', 'AUDIO', 'CANVAS']);
const FORM_CONTROLS = new Set(['FORM', 'INPUT', 'BUTTON', 'SELECT', 'TEXTAREA']);
const SILENT = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'MATH',
  'IMG',
  'PICTURE',
  'SOURCE',
  'META',
  'LINK',
]);
// Blocks inside the nodes being read (two <p> in one <li>) are read as one
// run of text, so a space keeps their words apart: "First point. Second point."
const BLOCKS = new Set([
  'P',
  'DIV',
  'SECTION',
  'ARTICLE',
  'HEADER',
  'FOOTER',
  'ASIDE',
  'NAV',
  'MAIN',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'LI',
  'DT',
  'DD',
  'UL',
  'OL',
  'DL',
  'BLOCKQUOTE',
  'FIGURE',
  'FIGCAPTION',
  'PRE',
  'ADDRESS',
  'TABLE',
  'TR',
  'TD',
  'TH',
  'CAPTION',
  'DETAILS',
  'SUMMARY',
  'HR',
]);

function linkStyle(element: Element, style: Style, context: HtmlContext): Style {
  const href = element.getAttribute('href');
  // A link inside a link keeps the outer one, as a browser would.
  if (href === null || style.href !== undefined) return style;
  const resolved = resolveUrl(href, context.baseUrl);
  if (resolved.ok) return { ...style, href: resolved.url };
  recordDrop(
    context.dropped,
    resolved.reason === 'unsafe' ? 'unsafe-link' : 'dead-link',
    href.trim().slice(0, 40),
  );
  return style;
}

function walk(
  node: Node,
  style: Style,
  context: HtmlContext,
  skip: ReadonlySet<Node>,
  runs: Run[],
): void {
  if (skip.has(node)) return;
  if (isText(node)) {
    runs.push({ ...style, text: node.data });
    return;
  }
  if (!isElement(node) || isVisuallyHidden(node)) return;
  const tag = node.tagName.toUpperCase();
  if (EMBEDS.has(tag) || FORM_CONTROLS.has(tag)) {
    recordDrop(context.dropped, EMBEDS.has(tag) ? 'embed' : 'form', tag.toLowerCase());
    return;
  }
  if (SILENT.has(tag)) return;
  if (tag === 'BR') {
    runs.push({ ...style, text: ' ' });
    return;
  }
  let inner = style;
  if (tag === 'A') inner = linkStyle(node, style, context);
  if (EMPHASIS.has(tag)) inner = { ...inner, emphasis: true };
  if (STRONG.has(tag)) inner = { ...inner, strong: true };
  const block = BLOCKS.has(tag);
  if (block) runs.push({ ...style, text: ' ' });
  for (const child of node.childNodes) walk(child, inner, context, skip, runs);
  if (block) runs.push({ ...style, text: ' ' });
}

function sameStyle(a: Style, b: Style): boolean {
  return a.emphasis === b.emphasis && a.strong === b.strong && a.href === b.href;
}

/** Collapses whitespace across run boundaries, trims the ends, and merges runs that look the same. */
function tidy(runs: readonly Run[]): Run[] {
  const tidied: Run[] = [];
  for (const run of runs) {
    let text = collapseSpace(run.text);
    const previous = tidied.at(-1);
    if ((previous === undefined || previous.text.endsWith(' ')) && text.startsWith(' '))
      text = text.slice(1);
    if (text === '') continue;
    // A link or emphasis around nothing but a space is no link or emphasis.
    const style: Style = text.trim() === '' ? { emphasis: false, strong: false } : run;
    if (previous !== undefined && sameStyle(previous, style)) previous.text += text;
    else tidied.push({ ...style, text });
  }
  const last = tidied.at(-1);
  if (last !== undefined) {
    last.text = last.text.trimEnd();
    if (last.text === '') tidied.pop();
  }
  return tidied;
}

function toInline(run: Run): Inline {
  if (!run.emphasis && !run.strong && run.href === undefined) return run.text;
  return {
    text: run.text,
    ...(run.emphasis ? { emphasis: true } : {}),
    ...(run.strong ? { strong: true } : {}),
    ...(run.href === undefined ? {} : { href: run.href }),
  };
}

/**
 * The format's inline runs for a paragraph's nodes: text with emphasis,
 * strong and http(s) links, nothing else. Images, embeds and form controls
 * are left out (the last two counted as dropped); unsafe links keep their text.
 */
export function inlineRuns(
  nodes: Iterable<Node>,
  context: HtmlContext,
  skip: ReadonlySet<Node> = new Set(),
): Inline[] {
  const runs: Run[] = [];
  for (const node of nodes) walk(node, { emphasis: false, strong: false }, context, skip, runs);
  return tidy(runs).map(toInline);
}
