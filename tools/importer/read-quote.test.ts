// @vitest-environment node
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import type { HtmlContext } from './html-context.ts';
import { readQuote } from './read-quote.ts';

function quote(html: string) {
  const context: HtmlContext = { headline: '', dropped: new Map() };
  const element = new JSDOM(html).window.document.querySelector('blockquote');
  if (element === null) throw new Error('no blockquote');
  return { blocks: readQuote(element, context), dropped: context.dropped };
}

describe('readQuote', () => {
  it('reads the text and the cite as attribution', () => {
    expect(
      quote('<blockquote><p>One.</p><p>Two.</p><cite>Ann Lee</cite></blockquote>').blocks,
    ).toEqual([
      { type: 'quote', variant: 'block', text: 'One. Two.', attribution: { name: 'Ann Lee' } },
    ]);
  });

  it('takes the attribution from the figure caption around it', () => {
    expect(
      quote(
        '<figure><blockquote>Less is more.</blockquote><figcaption>— Mies</figcaption></figure>',
      ).blocks,
    ).toEqual([
      { type: 'quote', variant: 'block', text: 'Less is more.', attribution: { name: 'Mies' } },
    ]);
  });

  it('drops social-media embeds and counts them', () => {
    const { blocks, dropped } = quote(
      '<blockquote class="twitter-tweet"><p>Tweet</p></blockquote>',
    );
    expect(blocks).toEqual([]);
    expect(dropped.get('embed')?.count).toBe(1);
  });
});
