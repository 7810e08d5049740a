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
});
