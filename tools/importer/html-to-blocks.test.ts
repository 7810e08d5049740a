// @vitest-environment node
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import type { HtmlContext } from './html-context.ts';
import { htmlToBlocks } from './html-to-blocks.ts';

function convert(html: string) {
  const context: HtmlContext = {
    baseUrl: 'https://example.com/news/story.html',
    headline: 'The Headline',
    dropped: new Map(),
  };
  const root = new JSDOM(`<div id="root">${html}</div>`).window.document.getElementById('root');
  if (root === null) throw new Error('no root');
  return { blocks: htmlToBlocks(root, context), dropped: context.dropped };
}

describe('htmlToBlocks', () => {
  it('converts paragraphs, headings, lists, quotes and dividers', () => {
    const { blocks } = convert(`
      <h1>The Headline</h1>
      <p>First <em>paragraph</em>.</p>
      <h2>Section</h2><h5>Deep</h5>
      <ul><li>One</li><li>Two<ol><li>Two A</li></ol></li></ul>
      <blockquote><p>Words to live by.</p><footer>— Ann Lee</footer></blockquote>
      <figure><blockquote>Less is more.</blockquote><figcaption>— Mies</figcaption></figure>
      <hr><p>Last.</p><hr>`);
    expect(blocks).toEqual([
      { type: 'paragraph', content: ['First ', { text: 'paragraph', emphasis: true }, '.'] },
      { type: 'heading', level: 2, text: 'Section' },
      { type: 'heading', level: 4, text: 'Deep' },
      { type: 'list', ordered: false, items: [['One'], ['Two'], ['Two A']] },
      {
        type: 'quote',
        variant: 'block',
        text: 'Words to live by.',
        attribution: { name: 'Ann Lee' },
      },
      { type: 'quote', variant: 'block', text: 'Less is more.', attribution: { name: 'Mies' } },
      { type: 'divider' },
      { type: 'paragraph', content: ['Last.'] },
    ]);
  });

  it('makes figures with captions and credits, keeping the caption of an image without a size', () => {
    const { blocks, dropped } = convert(`
      <figure><img src="a.jpg" width="600" height="400" alt="Harbour">
        <figcaption>Boats at dawn. <span class="credit">Jane Doe/Reuters</span></figcaption></figure>
      <p><img src="b.jpg"><br><span class="pb-caption">A second photo. (AP)</span></p>`);
    expect(blocks).toEqual([
      {
        type: 'figure',
        image: { src: 'https://example.com/news/a.jpg', alt: 'Harbour', width: 600, height: 400 },
        caption: 'Boats at dawn.',
        credit: 'Jane Doe/Reuters',
      },
      { type: 'figure', caption: 'A second photo.', credit: 'AP' },
    ]);
    expect(dropped.get('image-without-size')?.count).toBe(1);
  });

  it('gives a caption outside the figure to the figure before it', () => {
    const { blocks } = convert(
      '<div><figure><div><img src="a.jpg"></div></figure></div><p><figcaption><em>A photo from Apple.</em></figcaption></p>',
    );
    expect(blocks).toEqual([{ type: 'figure', caption: 'A photo from Apple.' }]);
  });

  it('drops a figure left with only a credit for a caption', () => {
    const { blocks, dropped } = convert(
      '<p>Text.</p><figure><img src="a.jpg"><figcaption>Foto: LA NACION</figcaption></figure>',
    );
    expect(blocks).toEqual([{ type: 'paragraph', content: ['Text.'] }]);
    expect(dropped.get('credit-only-caption')?.count).toBe(1);
  });

  it('drops a caption whose image or video is gone', () => {
    const { blocks, dropped } = convert(
      '<p>Text.</p><div><p><span class="pb-caption">A video. (Reuters)</span></p></div>',
    );
    expect(blocks).toEqual([{ type: 'paragraph', content: ['Text.'] }]);
    expect(dropped.get('orphan-caption')?.count).toBe(1);
  });

  it('drops tables, embeds, forms and social posts, counting them', () => {
    const { blocks, dropped } = convert(`
      <table><tr><td>1</td></tr></table>
      <iframe src="https://www.youtube.com/embed/x"></iframe>
      <form><input name="q"></form>
      <blockquote class="twitter-tweet"><p>Tweet</p></blockquote>
      <p>Kept.</p>`);
    expect(blocks).toEqual([{ type: 'paragraph', content: ['Kept.'] }]);
    expect([...dropped.keys()].sort()).toEqual(['embed', 'form', 'table']);
    expect(dropped.get('embed')?.count).toBe(2);
  });

  it('reads text directly inside a container as a paragraph', () => {
    expect(convert('<div>Loose <b>text</b><p>Then a paragraph.</p></div>').blocks).toEqual([
      { type: 'paragraph', content: ['Loose ', { text: 'text', strong: true }] },
      { type: 'paragraph', content: ['Then a paragraph.'] },
    ]);
  });
});
