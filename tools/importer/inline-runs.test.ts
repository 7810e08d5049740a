// @vitest-environment node
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import type { HtmlContext } from './html-context.ts';
import { inlineRuns } from './inline-runs.ts';

/** Runs of a paragraph's HTML, on a page at `baseUrl` (null: a page of unknown address). */
function runs(html: string, baseUrl: string | null = 'https://example.com/news/a.html') {
  const context: HtmlContext = {
    headline: '',
    dropped: new Map(),
    ...(baseUrl === null ? {} : { baseUrl }),
  };
  const paragraph = new JSDOM(`<p>${html}</p>`).window.document.querySelector('p');
  return { inline: inlineRuns(paragraph?.childNodes ?? [], context), dropped: context.dropped };
}

describe('inlineRuns', () => {
  it('keeps emphasis, strong and absolute links', () => {
    expect(
      runs('Read <em>this</em>, <b>now</b> at <a href="/x">the <i>site</i></a>.').inline,
    ).toEqual([
      'Read ',
      { text: 'this', emphasis: true },
      ', ',
      { text: 'now', strong: true },
      ' at ',
      { text: 'the ', href: 'https://example.com/x' },
      { text: 'site', emphasis: true, href: 'https://example.com/x' },
      '.',
    ]);
  });

  it('collapses whitespace across runs and trims the ends', () => {
    expect(runs('\n  One <em> two </em>  three<br>four  ').inline).toEqual([
      'One ',
      { text: 'two ', emphasis: true },
      'three four',
    ]);
  });

  it('keeps the text of an unsafe link but not the link, and says so', () => {
    const { inline, dropped } = runs(
      '<a href="javascript:alert(1)">click</a> <a href="mailto:a@b.c">mail</a>',
    );
    expect(inline).toEqual(['click mail']);
    expect(dropped.get('unsafe-link')?.count).toBe(2);
  });

  it('drops relative links when the page URL is unknown', () => {
    const { inline, dropped } = runs('<a href="/x">here</a>', null);
    expect(inline).toEqual(['here']);
    expect(dropped.get('dead-link')?.count).toBe(1);
  });

  it('leaves out images, scripts, embeds and form controls, counting the last two', () => {
    const { inline, dropped } = runs(
      'a<img src="x.jpg" onerror="alert(1)"><script>alert(1)</script><iframe src="https://e.com"></iframe><button onclick="x()">b</button>c',
    );
    expect(inline).toEqual(['ac']);
    expect(dropped.get('embed')?.count).toBe(1);
    expect(dropped.get('form')?.count).toBe(1);
  });

  it('merges a drop cap back into its word', () => {
    expect(runs('<span class="first-letter">Z</span>imbabwe').inline).toEqual(['Zimbabwe']);
  });
});
