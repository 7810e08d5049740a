// @vitest-environment node
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import type { HtmlContext } from './html-context.ts';
import { isCaptionElement, isCreditElement, readCaption, readImage } from './read-figure.ts';

function context(): HtmlContext {
  return { baseUrl: 'https://example.com/news/', headline: '', dropped: new Map() };
}

function first(html: string, selector: string): Element {
  const element = new JSDOM(html).window.document.querySelector(selector);
  if (element === null) throw new Error(`no ${selector}`);
  return element;
}

describe('readImage', () => {
  it('reads a sized image with absolute URLs', () => {
    const img = first(
      '<img src="a.jpg" srcset="a-1x.jpg 1x, /a-2x.jpg 2x" sizes="100vw" alt=" A  harbour " width="800" height="600">',
      'img',
    );
    expect(readImage(img, undefined, context())).toEqual({
      src: 'https://example.com/news/a.jpg',
      srcset: 'https://example.com/news/a-1x.jpg 1x, https://example.com/a-2x.jpg 2x',
      sizes: '100vw',
      alt: 'A harbour',
      width: 800,
      height: 600,
    });
  });

  it('takes the size from microdata beside the image', () => {
    const figure = first(
      '<figure><img src="a.jpg"><meta itemprop="height" content="512"><meta itemprop="width" content="768"></figure>',
      'figure',
    );
    const img = figure.querySelector('img');
    expect(img === null ? undefined : readImage(img, figure, context())).toMatchObject({
      width: 768,
      height: 512,
    });
  });

  it('refuses an image without a size, a tracking pixel and a data: image, counting each', () => {
    const ctx = context();
    expect(readImage(first('<img src="a.jpg">', 'img'), undefined, ctx)).toBeUndefined();
    expect(
      readImage(first('<img src="p.gif" width="1" height="1">', 'img'), undefined, ctx),
    ).toBeUndefined();
    expect(
      readImage(
        first('<img src="data:image/gif;base64,R0" width="9" height="9">', 'img'),
        undefined,
        ctx,
      ),
    ).toBeUndefined();
    expect([...ctx.dropped.keys()]).toEqual(['image-without-size', 'tiny-image', 'unsafe-image']);
  });

  it('reads srcset candidates written without a space after the comma', () => {
    const img = first(
      '<img src="a.jpg" srcset="a-480.jpg 480w,/a-800.jpg 800w" sizes="50vw" width="800" height="600">',
      'img',
    );
    expect(readImage(img, undefined, context())).toMatchObject({
      srcset: 'https://example.com/news/a-480.jpg 480w, https://example.com/a-800.jpg 800w',
      sizes: '50vw',
    });
  });

  it('keeps commas inside srcset URLs, as an image CDN writes them', () => {
    const img = first(
      '<img src="a.jpg" srcset="https://cdn.example/img,w_480/a.jpg 480w,https://cdn.example/img,w_800/a.jpg 800w" width="800" height="600">',
      'img',
    );
    expect(readImage(img, undefined, context())?.srcset).toBe(
      'https://cdn.example/img,w_480/a.jpg 480w, https://cdn.example/img,w_800/a.jpg 800w',
    );
  });

  it('finds an unsafe srcset candidate written without a space after the comma', () => {
    const img = first(
      '<img src="a.jpg" srcset="a.jpg 1x,javascript:alert(1) 2x" width="20" height="20">',
      'img',
    );
    expect(readImage(img, undefined, context())).not.toHaveProperty('srcset');
  });

  it('drops a srcset with an unsafe candidate but keeps the image', () => {
    const img = first(
      '<img src="a.jpg" srcset="javascript:x 1x" sizes="1px" width="20" height="20">',
      'img',
    );
    expect(readImage(img, undefined, context())).toEqual({
      src: 'https://example.com/news/a.jpg',
      alt: '',
      width: 20,
      height: 20,
    });
  });
});

describe('readCaption', () => {
  it('splits a credit element off the caption', () => {
    const caption = first(
      '<figcaption><span class="caption-text">Peacekeepers in Sudan.</span><span class="credit"><span class="visually-hidden">Credit</span> Ashraf Shazly/AFP</span></figcaption>',
      'figcaption',
    );
    expect(readCaption([caption])).toEqual({
      caption: 'Peacekeepers in Sudan.',
      credit: 'Ashraf Shazly/AFP',
    });
  });

  it('splits a credit written into the text', () => {
    const caption = first(
      '<span class="pb-caption">Netanyahu reacts. (Thomas Coex/AFP/Getty Images)</span>',
      'span',
    );
    expect(readCaption([caption])).toEqual({
      caption: 'Netanyahu reacts.',
      credit: 'Thomas Coex/AFP/Getty Images',
    });
  });

  it('strips the label from a credit element', () => {
    const caption = first(
      '<p class="caption"><span>A new Bill.</span><span class="image-source"><em>Source:</em> Supplied</span></p>',
      'p',
    );
    expect(readCaption([caption])).toEqual({ caption: 'A new Bill.', credit: 'Supplied' });
  });
});

describe('caption and credit elements', () => {
  it('are recognised by tag and class', () => {
    expect(isCaptionElement(first('<figcaption>x</figcaption>', 'figcaption'))).toBe(true);
    expect(isCaptionElement(first('<span class="pb-caption">x</span>', 'span'))).toBe(true);
    expect(isCaptionElement(first('<div class="captioned-image">x</div>', 'div'))).toBe(false);
    expect(isCreditElement(first('<p class="source">x</p>', 'p'))).toBe(true);
  });
});
