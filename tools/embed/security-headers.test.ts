import { describe, expect, it } from 'vitest';
import {
  headerRules,
  headersFor,
  matchesPath,
  parseEmbedAllow,
  renderHeadersFile,
  type HeaderRule,
} from './security-headers.ts';

const defaults = headerRules({ embedAllow: [], styleHashes: [] });
const csp = (path: string, rules: HeaderRule[] = defaults) =>
  headersFor(path, rules)['Content-Security-Policy'] ?? '';

describe('security headers', () => {
  it.each([
    '/',
    '/articles/kazakhstan-russian-troops-withdrawal',
    '/read',
    '/index.html',
    // The app's routes ignore case and a trailing slash, and answer any other
    // path with its 404 page: all of these are pages.
    '/READ',
    '/read/',
    '/Read/',
    '/Articles/kazakhstan-russian-troops-withdrawal',
    '/articles/kazakhstan-russian-troops-withdrawal/',
    '/no-such-page',
    '/no/such/page/',
    '/embedded',
    '/embed.js/x',
    '/x/embed/articles/a',
    '//embed/articles/a',
  ])('keep the page %s out of other sites’ frames, with no inline script', (path) => {
    expect(csp(path)).toContain("frame-ancestors 'self'");
    expect(csp(path)).not.toContain('frame-ancestors *');
    expect(csp(path)).toContain("script-src 'self';");
    expect(csp(path)).not.toContain('unsafe-inline');
    expect(headersFor(path, defaults)['X-Frame-Options']).toBe('SAMEORIGIN');
  });

  it.each([
    '/embed/articles/a',
    '/embed/articles/a/',
    '/embed/read',
    '/embed/read/',
    '/EMBED/Articles/a',
    '/Embed/read',
  ])('treat %s as an embed, as the app does', (path) => {
    expect(csp(path)).toContain('frame-ancestors *');
    expect(csp(path)).not.toContain(',');
    expect(headersFor(path, defaults)['X-Frame-Options']).toBeUndefined();
  });

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

  it('never join one header from two rules that match the same path', () => {
    // Cloudflare joins such values; two CSPs would both apply.
    const paths = ['/', '/index.html', '/articles/a', '/articles/a.json', '/read', '/embed/read'];
    for (const path of [...paths, '/x', '/EMBED/read', '/embed.js', '/assets/a.css']) {
      const set = new Set<string>();
      for (const rule of defaults.filter((candidate) => matchesPath(candidate.path, path))) {
        for (const name of rule.detach ?? []) set.delete(name);
        for (const name of Object.keys(rule.headers)) {
          expect(set.has(name), `${path}: ${name}`).toBe(false);
          set.add(name);
        }
      }
    }
  });

  it('match paths as Netlify and the app do: any case, with or without a trailing slash', () => {
    expect(matchesPath('/embed/*', '/embed/read')).toBe(true);
    expect(matchesPath('/embed/*', '/EMBED/READ/')).toBe(true);
    expect(matchesPath('/embed/*', '/embed')).toBe(true);
    expect(matchesPath('/embed/*', '/embed.js')).toBe(false);
    expect(matchesPath('/embed/*', '/embedded/x')).toBe(false);
    expect(matchesPath('/embed.js', '/EMBED.JS')).toBe(true);
    expect(matchesPath('/embed.js', '/embed.json')).toBe(false);
    expect(matchesPath('/*', '/')).toBe(true);
  });

  it('render the _headers file of Netlify and Cloudflare Pages, denying frames by default', () => {
    const file = renderHeadersFile(defaults);
    const blocks = file.split(/\n(?=\/)/);
    expect(blocks[1]).toMatch(/^\/\*\n {2}X-Content-Type-Options: nosniff\n {2}Referrer-Policy: /);
    expect(blocks[1]).toMatch(/^ {2}Content-Security-Policy: .*frame-ancestors 'self'$/m);
    expect(blocks[1]).toMatch(/^ {2}X-Frame-Options: SAMEORIGIN$/m);
    // The embed rule comes after /* (Netlify keeps the last value) and
    // detaches the page headers first (Cloudflare would join them).
    expect(blocks[2]).toMatch(
      /^\/embed\/\*\n {2}! Content-Security-Policy\n {2}! X-Frame-Options\n {2}Content-Security-Policy: .*frame-ancestors \*$/,
    );
    expect(file.match(/frame-ancestors/g)).toHaveLength(2);
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
