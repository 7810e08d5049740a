import type { DropLog } from './drop-log.ts';

/** What the HTML converters share while they walk one article. */
export interface HtmlContext {
  /** The page's absolute http(s) URL, for resolving relative links; undefined when unknown. */
  baseUrl?: string;
  headline: string;
  dropped: DropLog;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

export function isElement(node: Node): node is Element {
  return node.nodeType === ELEMENT_NODE;
}

export function isText(node: Node): node is Text {
  return node.nodeType === TEXT_NODE;
}

/** Screen-reader-only text ("Credit", "Photo") that sighted readers never see. */
export function isVisuallyHidden(element: Element): boolean {
  return /(?:^|\s)(?:visually-hidden|sr-only|screen-reader-text|visuallyhidden)(?:\s|$)/.test(
    element.getAttribute('class') ?? '',
  );
}
