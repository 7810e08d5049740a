import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  formatProblem,
  MAX_ARTICLE_BYTES,
  parseArticle,
  parseArticleJson,
  type ParseResult,
} from './parse-article.ts';

const SAMPLE_PATH = 'public/articles/kazakhstan-russian-troops-withdrawal.json';
const sampleText = readFileSync(SAMPLE_PATH, 'utf8');

function minimal(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    format: 'broadsheet/article@1',
    id: 'a-1',
    slug: 'a-1',
    headline: 'A headline',
    authors: [],
    publication: { name: 'The Paper' },
    language: 'en',
    body: [{ type: 'paragraph', content: ['Hello.'] }],
    ...overrides,
  };
}

function problems(result: ParseResult): string[] {
  return result.ok ? [] : result.problems.map(formatProblem);
}

describe('parseArticle', () => {
  it('accepts the sample article with every block', () => {
    const result = parseArticleJson(sampleText);
    expect(problems(result)).toEqual([]);
    if (!result.ok) return;
    expect(result.skipped).toEqual([]);
    expect(result.article.headline).toBe(
      'Kazakhstan says Russian troops can start leaving this week',
    );
    expect(new Set(result.article.body.map((block) => block.type))).toEqual(
      new Set(['paragraph', 'quote', 'stats']),
    );
  });

  it('accepts every block type of the documented example', () => {
    const example = JSON.parse(readFileSync('docs/examples/every-block.json', 'utf8')) as unknown;
    const result = parseArticle(example);
    expect(problems(result)).toEqual([]);
    expect(result.ok && result.skipped).toEqual([]);
    expect(result.ok && new Set(result.article.body.map((block) => block.type)).size).toBe(8);
  });

  it('names the field and the problem for invalid metadata', () => {
    expect(problems(parseArticle(minimal({ headline: undefined })))).toEqual([
      'headline: is required',
    ]);
    expect(problems(parseArticle(minimal({ headline: '   ' })))).toEqual([
      'headline: must not be blank',
    ]);
    expect(problems(parseArticle(minimal({ format: 'broadsheet/article@2' })))).toEqual([
      'format: must be "broadsheet/article@1"',
    ]);
    expect(problems(parseArticle(minimal({ publishedAt: 'last Tuesday' })))[0]).toMatch(
      /^publishedAt: must be an ISO 8601/,
    );
    expect(problems(parseArticle(minimal({ authors: [{ name: 42 }] })))).toEqual([
      'authors[0].name: must be a string',
    ]);
    expect(problems(parseArticle('not an object'))[0]).toMatch(/object/i);
  });

  it.each([
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    'data:text/html,x',
    'vbscript:x',
    'java\tscript:x',
  ])('refuses the hostile canonical URL %j with its path', (url) => {
    expect(problems(parseArticle(minimal({ canonicalUrl: url })))).toEqual([
      'canonicalUrl: must be an http(s) or relative URL',
    ]);
  });

  it('skips an invalid block, reports its path and keeps the rest', () => {
    const result = parseArticle(
      minimal({
        body: [
          { type: 'paragraph', content: ['First.'] },
          { type: 'paragraph', content: ['Second.'] },
          { type: 'heading', level: 2, text: 'Third' },
          { type: 'figure', image: { src: 'javascript:alert(1)', alt: '', width: 10, height: 10 } },
          { type: 'paragraph', content: [{ text: 'link', href: 'data:text/html,x' }] },
          { type: 'paragraph', content: ['Last.'] },
        ],
      }),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.article.body).toHaveLength(4);
    expect(result.skipped.map(formatProblem)).toEqual([
      'body[3].image.src: must be an http(s) or relative URL',
      'body[4].content[0].href: must be an http(s) or relative URL',
    ]);
  });

  it('reads a figure’s srcset as a browser does: commas may sit inside URLs', () => {
    const figure = (srcset: string) => ({
      type: 'figure',
      image: { src: '/a.jpg', srcset, alt: '', width: 10, height: 10 },
    });
    const result = parseArticle(
      minimal({
        body: [
          figure(
            'https://cdn.example/w_480,c_fill/a.jpg 480w, https://cdn.example/w_960,c_fill/a.jpg 960w',
          ),
          figure(
            'https://img.example/a.jpg,fit:cover 1x, https://img.example/a.jpg,fit:cover,dpr:2 2x',
          ),
          figure('/a.jpg 1x,/b.jpg 2x'),
          figure('/a.jpg 1x,javascript:alert(1) 2x'),
          figure('/a.jpg 1x, data:image/png,x 2x'),
        ],
      }),
    );
    expect(result.ok && result.article.body).toHaveLength(3);
    expect(result.ok && result.skipped.map(formatProblem)).toEqual([
      'body[3].image.srcset: every candidate must be an http(s) or relative URL',
      'body[4].image.srcset: every candidate must be an http(s) or relative URL',
    ]);
  });

  it('skips blocks of a type this version does not know (forward compatibility)', () => {
    const result = parseArticle(
      minimal({ body: [{ type: 'video', src: 'x' }, { type: 'divider' }, 'junk'] }),
    );
    expect(result.ok && result.article.body).toEqual([{ type: 'divider' }]);
    expect(
      result.ok && result.skipped.map((block) => [block.reason, formatProblem(block)]),
    ).toEqual([
      [
        'unknown-type',
        'body[0]: unknown block type "video" (skipped; this reader knows format v1)',
      ],
      ['unknown-type', 'body[2]: a block needs a "type" string'],
    ]);
  });

  it('refuses wrong types inside blocks', () => {
    const result = parseArticle(
      minimal({
        body: [
          { type: 'heading', level: 1, text: 'x' },
          { type: 'figure' },
          { type: 'stats', title: 'T', items: [] },
        ],
      }),
    );
    expect(result.ok && result.skipped.map(formatProblem)).toEqual([
      'body[0].level: must be 2, 3 or 4',
      'body[1]: a figure needs an image, a caption or both',
      'body[2].items: must have at least one statistic',
    ]);
  });

  it('refuses a document over 2 MB before parsing it', () => {
    const huge = `{"headline":"${'x'.repeat(MAX_ARTICLE_BYTES)}"}`;
    expect(problems(parseArticleJson(huge))).toEqual(['document is larger than 2 MB']);
  });

  it('counts bytes, not characters, against the limit', () => {
    const emoji = '😀'.repeat(MAX_ARTICLE_BYTES / 4 + 10);
    expect(problems(parseArticleJson(JSON.stringify(minimal({ dek: emoji }))))).toEqual([
      'document is larger than 2 MB',
    ]);
  });

  it('says when the text is not JSON', () => {
    expect(problems(parseArticleJson('<html>'))[0]).toMatch(/^not valid JSON/);
  });

  it('does not let __proto__ keys reach any object', () => {
    const text = JSON.stringify(minimal()).replace(
      '{',
      '{"__proto__":{"polluted":true},"constructor":{"prototype":{"x":1}},',
    );
    const result = parseArticleJson(
      text.replace('"name":"The Paper"', '"name":"The Paper","__proto__":{"evil":1}'),
    );
    expect(result.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    if (!result.ok) return;
    expect(Object.getPrototypeOf(result.article)).toBe(Object.prototype);
    expect((result.article.publication as Record<string, unknown>).evil).toBeUndefined();
  });
});
