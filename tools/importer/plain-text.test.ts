// @vitest-environment node
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { plainText } from './plain-text.ts';

function body(html: string): HTMLElement {
  return new JSDOM(html).window.document.body;
}

describe('plainText', () => {
  it('joins text with normalised spaces and word breaks at blocks and <br>', () => {
    expect(plainText(body('<p>One\n  two</p><p>three<br>four</p>'))).toBe('One two three four');
  });

  it('leaves out scripts, hidden labels and skipped nodes', () => {
    const root = body(
      '<figcaption>Troops in Almaty. <span class="credit"><span class="visually-hidden">Credit</span> Jane Doe</span><script>x()</script></figcaption>',
    );
    const credit = root.querySelector('.credit');
    expect(plainText(root)).toBe('Troops in Almaty. Jane Doe');
    expect(plainText(root, new Set(credit === null ? [] : [credit]))).toBe('Troops in Almaty.');
  });
});
