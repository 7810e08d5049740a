import { describe, expect, it } from 'vitest';
import { requestPath } from './embed-vite-plugin.ts';
import { headerRules, headersFor } from './security-headers.ts';

const rules = headerRules({ embedAllow: [], styleHashes: [] });

/** The headers vite preview sends for a request target. */
const sent = (target: string) => headersFor(requestPath(target), rules);

describe('the preview server’s headers', () => {
  it.each([
    '/READ?src=x',
    '/read/?src=x',
    '/no-such-page',
    // Read as a path, not as host "x" with path /embed/articles/a.
    '//x/embed/articles/a',
    'http://x/embed/articles/a',
  ])('deny %s to other sites’ frames', (url) => {
    expect(sent(url)['Content-Security-Policy']).toMatch(/frame-ancestors 'self'$/);
    expect(sent(url)['X-Frame-Options']).toBe('SAMEORIGIN');
  });

  it.each(['/embed/articles/a?theme=dark', '/EMBED/read/?src=x'])('let %s be framed', (url) => {
    expect(sent(url)['Content-Security-Policy']).toMatch(/frame-ancestors \*$/);
    expect(sent(url)['X-Frame-Options']).toBeUndefined();
  });
});
