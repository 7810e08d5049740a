import { isElement, isText, isVisuallyHidden } from './html-context.ts';
import { normalizeSpace } from './normalize-space.ts';

const NOT_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'MATH']);

function collect(node: Node, skip: ReadonlySet<Node>, parts: string[]): void {
  if (skip.has(node)) return;
  if (isText(node)) {
    parts.push(node.data);
    return;
  }
  if (!isElement(node)) return;
  if (NOT_TEXT.has(node.tagName.toUpperCase()) || isVisuallyHidden(node)) return;
  if (node.tagName === 'BR') parts.push(' ');
  for (const child of node.childNodes) collect(child, skip, parts);
  // Block boundaries are word boundaries even when the markup has no space.
  if (/^(?:P|DIV|LI|H[1-6]|FIGCAPTION|BLOCKQUOTE|TR|TD|TH|DT|DD)$/.test(node.tagName))
    parts.push(' ');
}

/** The visible text of some nodes as one normalised line, leaving out the `skip` nodes. */
export function plainText(
  nodes: Node | Iterable<Node>,
  skip: ReadonlySet<Node> = new Set(),
): string {
  const parts: string[] = [];
  const list = Symbol.iterator in nodes ? nodes : [nodes];
  for (const node of list) collect(node, skip, parts);
  return normalizeSpace(parts.join(''));
}
