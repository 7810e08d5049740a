// @vitest-environment node
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { isElement, isText, isVisuallyHidden } from './html-context.ts';

describe('html-context', () => {
  const { document } = new JSDOM('<p>a<span class="x sr-only">b</span></p>').window;
  const paragraph = document.querySelector('p');

  it('tells elements from text', () => {
    expect(paragraph !== null && isElement(paragraph)).toBe(true);
    expect(
      paragraph?.firstChild !== null &&
        paragraph?.firstChild !== undefined &&
        isText(paragraph.firstChild),
    ).toBe(true);
  });

  it('recognises screen-reader-only text', () => {
    const span = document.querySelector('span');
    expect(span !== null && isVisuallyHidden(span)).toBe(true);
    expect(paragraph !== null && isVisuallyHidden(paragraph)).toBe(false);
  });
});
