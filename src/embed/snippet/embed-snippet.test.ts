import { describe, expect, it } from 'vitest';
import { DEFAULT_EMBED_OPTIONS } from '../options/embed-options.ts';
import { embedFrameUrl, embedSnippet, escapeHtml } from './embed-snippet.ts';
import { embedUrlFor, readerUrlFor } from './embed-url.ts';

const ORIGIN = 'https://news.example';
const url = (path: string) => new URL(path, ORIGIN);

describe('embedUrlFor', () => {
  it('maps a bundled article and a read-from-URL page to their embeds', () => {
    expect(embedUrlFor(url('/articles/my-story'))?.href).toBe(`${ORIGIN}/embed/articles/my-story`);
    expect(embedUrlFor(url('/read?src=https%3A%2F%2Fa.example%2Fs.json'))?.href).toBe(
      `${ORIGIN}/embed/read?src=https%3A%2F%2Fa.example%2Fs.json`,
    );
  });

  it('keeps an embed address, dropping the fragment', () => {
    expect(embedUrlFor(url('/embed/articles/my-story?theme=dark#x'))?.href).toBe(
      `${ORIGIN}/embed/articles/my-story?theme=dark`,
    );
  });

  it.each(['/', '/articles/my-story.json', '/articles/a/b', '/embed.js', '/about'])(
    'has no embed for %s',
    (path) => {
      expect(embedUrlFor(url(path))).toBeUndefined();
    },
  );
  it.each([
    'javascript://x/articles/a?%0Aparent.alert(1)',
    'JAVASCRIPT://x/read?src=%0Aparent.alert(1)',
    'data://x/embed/articles/a',
    'vbscript://x/articles/a',
  ])('has no embed for the script or data address %s', (href) => {
    expect(embedUrlFor(new URL(href))).toBeUndefined();
  });
});

describe('readerUrlFor', () => {
  it('finds the full article of an embed, without the embed options', () => {
    expect(readerUrlFor(url('/embed/articles/my-story?theme=dark&comments=1')).href).toBe(
      `${ORIGIN}/articles/my-story`,
    );
    expect(readerUrlFor(url('/embed/read?src=%2Fa.json&lead=0')).href).toBe(
      `${ORIGIN}/read?src=%2Fa.json`,
    );
  });
});

describe('embedSnippet', () => {
  const embedUrl = url('/embed/articles/my-story');

  it('is an iframe with every option and the host script, both absolute', () => {
    expect(
      embedSnippet({ embedUrl, options: DEFAULT_EMBED_OPTIONS, title: 'My story', height: 812.4 }),
    ).toBe(
      '<iframe data-broadsheet src="https://news.example/embed/articles/my-story?theme=auto&amp;comments=0&amp;lead=1" title="My story"' +
        ' width="100%" height="812" style="width:100%;border:0" loading="lazy"></iframe>\n' +
        '<script async src="https://news.example/embed.js"></script>',
    );
  });

  it('escapes a headline that contains markup or quotes', () => {
    const html = embedSnippet({
      embedUrl,
      options: DEFAULT_EMBED_OPTIONS,
      title: '"Quoted" <b>&</b> it\'s',
      height: 600,
    });
    expect(html).toContain('title="&quot;Quoted&quot; &lt;b&gt;&amp;&lt;/b&gt; it&#39;s"');
    const parsed = new DOMParser().parseFromString(html, 'text/html');
    expect(parsed.querySelector('iframe')?.getAttribute('title')).toBe('"Quoted" <b>&</b> it\'s');
    expect(parsed.querySelectorAll('b')).toHaveLength(0);
  });

  it('keeps the src of a read-from-URL embed next to the options', () => {
    const frame = embedFrameUrl(url('/embed/read?src=%2Fa.json&theme=light'), {
      theme: 'dark',
      comments: true,
      lead: false,
    });
    expect(frame.searchParams.get('src')).toBe('/a.json');
    expect(frame.search).toBe('?src=%2Fa.json&theme=dark&comments=1&lead=0');
  });

  it('escapes every character that could end an attribute', () => {
    expect(escapeHtml(`<a href="x" title='y'>&`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;',
    );
  });
});
