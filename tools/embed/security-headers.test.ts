import { describe, expect, it } from 'vitest';
import {
  headerRules,
  headersFor,
  parseEmbedAllow,
  renderHeadersFile,
  type HeaderRule,
} from './security-headers.ts';

const defaults = headerRules({ embedAllow: [], styleHashes: [] });
const csp = (path: string, rules: HeaderRule[] = defaults) =>
  headersFor(path, rules)['Content-Security-Policy'] ?? '';

describe('security headers', () => {
  it.each(['/', '/articles/kazakhstan-russian-troops-withdrawal', '/read', '/index.html'])(
    'keep the page %s out of other sites’ frames, with no inline script',
    (path) => {
      expect(csp(path)).toContain("frame-ancestors 'self'");
      expect(csp(path)).toContain("script-src 'self';");
      expect(csp(path)).not.toContain('unsafe-inline');
      expect(headersFor(path, defaults)['X-Frame-Options']).toBe('SAMEORIGIN');
    },
  );

  it('let any site frame an embed by default, and only the allowlist when there is one', () => {
    expect(csp('/embed/articles/a')).toContain('frame-ancestors *');
    expect(headersFor('/embed/read', defaults)['X-Frame-Options']).toBeUndefined();
    const allowlisted = headerRules({
      embedAllow: ['https://a.example', 'https://*.b.example'],
      styleHashes: [],
    });
    expect(csp('/embed/articles/a', allowlisted)).toContain(
      "frame-ancestors 'self' https://a.example https://*.b.example",
    );
    expect(csp('/articles/a', allowlisted)).toContain("frame-ancestors 'self'");
  });

  it('send nosniff and a referrer policy everywhere', () => {
    for (const path of ['/', '/embed/articles/a', '/assets/index.js', '/embed.js', '/x']) {
      expect(headersFor(path, defaults)).toMatchObject({
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'strict-origin-when-cross-origin',
      });
    }
  });

  it('open public files to other origins, and only those', () => {
    for (const path of ['/assets/index.js', '/embed.js', '/oembed/a.json', '/articles/a.json']) {
      expect(headersFor(path, defaults)['Access-Control-Allow-Origin']).toBe('*');
    }
    expect(
      headersFor('/embed/articles/a', defaults)['Access-Control-Allow-Origin'],
    ).toBeUndefined();
  });

  it('allow exactly the inlined stylesheets by hash', () => {
    const rules = headerRules({ embedAllow: [], styleHashes: ['sha256-abc='] });
    expect(csp('/articles/a', rules)).toContain("style-src 'self' 'sha256-abc='");
  });

  it('never set one header from two rules that match the same path', () => {
    // Netlify and Cloudflare join such values; two CSPs would both apply.
    const paths = ['/', '/index.html', '/articles/a', '/articles/a.json', '/read', '/embed/read'];
    for (const path of paths) {
      const names = defaults
        .filter((rule) =>
          rule.path.endsWith('*') ? path.startsWith(rule.path.slice(0, -1)) : rule.path === path,
        )
        .flatMap((rule) => Object.keys(rule.headers));
      expect(new Set(names).size, path).toBe(names.length);
    }
  });

  it('render the _headers file of Netlify and Cloudflare Pages', () => {
    const file = renderHeadersFile(defaults);
    expect(file).toMatch(/^\/embed\/\*\n {2}Content-Security-Policy: .*frame-ancestors \*$/m);
    expect(file).toMatch(/^\/\*\n {2}X-Content-Type-Options: nosniff\n {2}Referrer-Policy: /m);
  });
});

describe('parseEmbedAllow', () => {
  it('reads origins separated by spaces or commas', () => {
    expect(parseEmbedAllow(undefined)).toEqual([]);
    expect(
      parseEmbedAllow(' https://a.example,https://*.b.example  http://localhost:8080 '),
    ).toEqual(['https://a.example', 'https://*.b.example', 'http://localhost:8080']);
  });

  it.each(['a.example', 'https://a.example/', 'https://a.example/path', "'none'", 'javascript:x'])(
    'refuses %s, naming it',
    (entry) => {
      expect(() => parseEmbedAllow(entry)).toThrow(entry);
    },
  );
});
