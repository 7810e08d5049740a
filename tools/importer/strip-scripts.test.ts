// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { countEventHandlers, countTags, stripScripts } from './strip-scripts.ts';

describe('stripScripts', () => {
  it('removes scripts, style sheets and frames, counting scripts and frames', () => {
    const html =
      '<p>a</p><script>var x = "</p>";</script><SCRIPT src="x.js"></SCRIPT ><style>p{}</style><iframe src="https://ads.example"><p>x</p></iframe><p>b</p>';
    expect(stripScripts(html)).toEqual({ html: '<p>a</p><p>b</p>', scripts: 2, frames: 1 });
  });

  it('keeps JSON-LD metadata, which is data', () => {
    const html = '<script type="application/ld+json">{"headline":"A"}</script>';
    expect(stripScripts(html)).toEqual({ html, scripts: 0, frames: 0 });
  });

  it('cuts an element left open to the end of the page, as the HTML parser reads it', () => {
    expect(stripScripts('<p>a</p><script>x<p>b</p>')).toEqual({
      html: '<p>a</p>',
      scripts: 1,
      frames: 0,
    });
    expect(stripScripts('<p>a</p><style>p{}<p>b</p>').html).toBe('<p>a</p>');
    expect(stripScripts('<p>a</p><iframe src="x"><p>b</p>')).toEqual({
      html: '<p>a</p>',
      scripts: 0,
      frames: 1,
    });
    expect(stripScripts('<p>a</p><script src="x.js"').html).toBe('<p>a</p>');
    // <frame> has no content to remove: only the tag goes.
    expect(stripScripts('<frame src="x"><p>b</p>').html).toBe('<p>b</p>');
  });

  it('strips a large hostile page of unclosed tags in linear time', () => {
    // The old lazy regular expressions rescanned the page for each unclosed
    // tag: about 10 s for these 20,000 scripts, 30 s for 80,000.
    const hostile = `<p>story</p>${'<script>'.repeat(20_000)}`;
    const started = performance.now();
    const stripped = stripScripts(hostile);
    const elements = stripScripts(`<p>a</p>${'<script type="x"></script>'.repeat(40_000)}`);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(stripped).toEqual({ html: '<p>story</p>', scripts: 1, frames: 0 });
    expect(elements).toEqual({ html: '<p>a</p>', scripts: 40_000, frames: 0 });
  });

  it('leaves similarly named elements alone', () => {
    expect(stripScripts('<scripts>a</scripts><frameset></frameset>').html).toBe(
      '<scripts>a</scripts><frameset></frameset>',
    );
  });
});

describe('countTags', () => {
  it('counts start tags, not end tags or text', () => {
    expect(countTags('<p>a < b</p><br/><div>')).toBe(3);
  });
});

describe('countEventHandlers', () => {
  it('counts tags with inline handlers, not text that mentions them', () => {
    expect(
      countEventHandlers(
        '<a href="x" onclick="y()">a</a><img src=x onerror=z()><p>set onclick= in code</p>',
      ),
    ).toBe(2);
  });

  it('counts a large page of unfinished tags in linear time', () => {
    // Under the element limit, and about 4 s with one regular expression over the page.
    const hostile = `<b onclick=y>${'<a href=x '.repeat(19_000)}`;
    const started = performance.now();
    expect(countEventHandlers(hostile)).toBe(1);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
