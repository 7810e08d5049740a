import type { Block, Inline } from '../../src/article/format/article-schema.ts';
import { isElement, type HtmlContext } from './html-context.ts';
import { inlineRuns } from './inline-runs.ts';

const NESTED = 'ul,ol,dl,table,blockquote,figure';

/** The items of a list element, with nested lists flattened after their parent item. */
function items(list: Element, context: HtmlContext): Inline[][] {
  const found: Inline[][] = [];
  for (const item of list.children) {
    if (!/^(?:LI|DT|DD)$/.test(item.tagName)) continue;
    const nested = [...item.children].filter((child) => child.matches(NESTED));
    const own = [...item.childNodes].filter((child) => !isElement(child) || !child.matches(NESTED));
    const content = inlineRuns(own, context);
    if (content.length > 0) found.push(content);
    for (const inner of nested)
      if (/^(?:UL|OL|DL)$/.test(inner.tagName)) found.push(...items(inner, context));
  }
  return found;
}

/** A list block for <ul>, <ol> or <dl>; nothing for a list with no text. */
export function readList(list: Element, context: HtmlContext): Block[] {
  const listItems = items(list, context);
  return listItems.length === 0
    ? []
    : [{ type: 'list', ordered: list.tagName === 'OL', items: listItems }];
}
