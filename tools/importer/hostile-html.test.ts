// @vitest-environment node
// Pages written to attack the importer or the reader behind it. Whatever they
// try, the article must hold nothing executable, and only http(s) URLs.
import { describe, expect, it } from 'vitest';
import { expectImportInvariants, visibleText } from './expect-import-invariants.ts';
import { importArticle, MAX_INPUT_BYTES, type ImportResult } from './import-article.ts';

const URL = 'https://news.example.com/2024/story.html';
const PARAGRAPHS = Array.from(
  { length: 6 },
  (_, index) =>
    `<p>Paragraph ${String(index + 1)} of a story about the harbour, which reopened on Wednesday after the storms.</p>`,
).join('\n');

function page(body: string, head = ''): string {
  return `<!doctype html><html lang="en"><head><title>Harbour reopens</title>${head}</head><body><article><h1>Harbour reopens</h1>${body}${PARAGRAPHS}</article></body></html>`;
}

function imported(html: string): Extract<ImportResult, { ok: true }> {
  const result = importArticle(
    { name: 'page.html', content: html },
    { url: URL, publication: 'The Example' },
  );
  if (!result.ok) throw new Error(result.error);
  expectImportInvariants(result.article, visibleText(html));
  return result;
}

describe('hostile HTML', { timeout: 30_000 }, () => {
  it('keeps the text of script links and handlers but nothing executable', () => {
    const { article, report } = imported(
      page(`<p onclick="steal()">Read <a href="javascript:steal()">this</a>, <a href="JaVaScRiPt:steal()">that</a>,
        <a href="jav&#x09;ascript:steal()">the other</a> and <a href="vbscript:msgbox(1)">more</a>
        or <a href="data:text/html;base64,PHNjcmlwdD4=">data</a>.<img src=x onerror="steal()"></p>`),
    );
    expect(article.body[0]).toEqual({
      type: 'paragraph',
      content: ['Read this, that, the other and more or data.'],
    });
    expect(report.dropped.find((drop) => drop.reason === 'event-handler')?.count).toBe(2);
  });

  it('ignores a javascript: <base> and resolves links against the page URL', () => {
    const { article, report } = imported(
      page(
        '<p>See <a href="next.html">the next page</a>.</p>',
        '<base href="javascript:steal()//">',
      ),
    );
    expect(article.body[0]).toEqual({
      type: 'paragraph',
      content: [
        'See ',
        { text: 'the next page', href: 'https://news.example.com/2024/next.html' },
        '.',
      ],
    });
    expect(report.dropped.map((drop) => drop.reason)).toContain('unsafe-base');
  });

  it('drops embeds, frames, forms, SVG and scripts in the article', () => {
    const { article } = imported(
      page(`<p>Before.</p><iframe srcdoc="<script>steal()</script>"></iframe><object data="x.swf"></object>
        <svg onload="steal()"><a xlink:href="javascript:steal()"><text>svg</text></a></svg>
        <form action="javascript:steal()"><input onfocus="steal()" autofocus><button>Go</button></form>
        <template><script>steal()</script></template><noscript><p>Enable scripts</p></noscript><p>After.</p>`),
    );
    expect(article.body.slice(0, 2)).toEqual([
      { type: 'paragraph', content: ['Before.'] },
      { type: 'paragraph', content: ['After.'] },
    ]);
  });

  it('survives broken markup', () => {
    const { article } = imported(
      page(
        '<p>One <em>two <strong>three</p><p>four</em> five</div></span><p>six <a href="/x">seven',
      ),
    );
    expect(article.body.length).toBeGreaterThan(3);
  });

  it('refuses a 5 MB page of markup quickly and says why', () => {
    const paragraph = '<p>Filler <a href="/x">link</a> and <em>emphasis</em>.</p>\n';
    const html = page(paragraph.repeat(Math.ceil((5 * 1024 * 1024) / paragraph.length)));
    const started = performance.now();
    const result = importArticle({ name: 'big.html', content: html }, { url: URL });
    expect(performance.now() - started).toBeLessThan(5000);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.error).toMatch(
      /^page too complex: [\d,]+ elements after removing scripts \(the importer reads at most 20,000\)$/,
    );
  });

  it('imports a 5 MB page that is mostly scripts', () => {
    const script = `<script>var x = "${'a'.repeat(10_000)}";</script>\n`;
    const html = page(script.repeat(Math.ceil((5 * 1024 * 1024) / script.length)));
    const { report } = imported(html);
    expect(report.dropped.find((drop) => drop.reason === 'script')?.count).toBeGreaterThan(500);
  });

  it('imports a page trailed by thousands of unclosed tags quickly', () => {
    // About 10 s before scripts were stripped in one pass.
    const html = `${page('')}${'<script>'.repeat(20_000)}`;
    const started = performance.now();
    const { article, report } = imported(html);
    expect(performance.now() - started).toBeLessThan(5000);
    expect(article.body[0]).toMatchObject({ type: 'paragraph' });
    expect(report.dropped.find((drop) => drop.reason === 'script')?.count).toBe(1);
  });

  it('refuses an input over the size limit before reading it', () => {
    const result = importArticle({
      name: 'huge.html',
      content: new Uint8Array(MAX_INPUT_BYTES + 1),
    });
    expect(result).toEqual({
      ok: false,
      error: "input is 10.1 MB, over the importer's limit of 10 MB",
    });
  });
});
