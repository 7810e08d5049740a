// The HTTP headers a Broadsheet deployment sends, as one table of rules read
// by both the server `npm start` runs (vite preview) and the `_headers` file
// the build writes for Netlify and Cloudflare Pages. docs/embed.md explains
// each choice.
//
// Those hosts join the values of a header that several matching rules set,
// which would turn two Content-Security-Policy values into two policies that
// both apply. So no header is set by two rules whose paths overlap.

export interface HeaderRule {
  /** A path as the hosts' `_headers` files write it: exact, or ending in `*`. */
  path: string;
  headers: Readonly<Record<string, string>>;
}

export interface HeaderOptions {
  /** Origins allowed to frame embeds; empty means any site. */
  embedAllow: readonly string[];
  /** CSP hashes ('sha256-…') of stylesheets a prerendered page inlines. */
  styleHashes: readonly string[];
}

/** Pages that must not be framed by other sites (clickjacking); SPA fallbacks included. */
const PAGE_PATHS = ['/', '/index.html', '/articles/*', '/read'];
/** Public files that other origins fetch: sandboxed embeds (origin "null") and oEmbed consumers. */
const SHARED_PATHS = ['/assets/*', '/embed.js', '/oembed/*'];

export function contentSecurityPolicy(frameAncestors: string, styleHashes: readonly string[]) {
  return [
    "default-src 'self'",
    // No inline script anywhere: the app is module files, and the article a
    // prerendered page carries is a JSON data block, which CSP does not run.
    "script-src 'self'",
    ["style-src 'self'", ...styleHashes.map((hash) => `'${hash}'`)].join(' '),
    // Articles may show images from any publisher, and /read?src= fetches any URL.
    "img-src 'self' https: http: data:",
    "connect-src 'self' https: http:",
    // The Embed dialog previews this site's own embed.
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors}`,
  ].join('; ');
}

export function embedFrameAncestors(embedAllow: readonly string[]): string {
  return embedAllow.length === 0 ? '*' : ["'self'", ...embedAllow].join(' ');
}

export function headerRules({ embedAllow, styleHashes }: HeaderOptions): HeaderRule[] {
  const pageHeaders = {
    'Content-Security-Policy': contentSecurityPolicy("'self'", styleHashes),
    // For browsers that predate frame-ancestors.
    'X-Frame-Options': 'SAMEORIGIN',
  };
  return [
    {
      path: '/*',
      headers: {
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'strict-origin-when-cross-origin',
      },
    },
    ...PAGE_PATHS.map((path) => ({
      path,
      headers:
        path === '/articles/*'
          ? { ...pageHeaders, 'Access-Control-Allow-Origin': '*' }
          : pageHeaders,
    })),
    {
      path: '/embed/*',
      headers: {
        'Content-Security-Policy': contentSecurityPolicy(
          embedFrameAncestors(embedAllow),
          styleHashes,
        ),
      },
    },
    ...SHARED_PATHS.map((path) => ({ path, headers: { 'Access-Control-Allow-Origin': '*' } })),
  ];
}

function matches(pattern: string, pathname: string): boolean {
  return pattern.endsWith('*') ? pathname.startsWith(pattern.slice(0, -1)) : pathname === pattern;
}

/** The headers for a request path: every matching rule's, as the static hosts combine them. */
export function headersFor(pathname: string, rules: readonly HeaderRule[]): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const rule of rules) {
    if (matches(rule.path, pathname)) Object.assign(headers, rule.headers);
  }
  return headers;
}

/** The `_headers` file of Netlify and Cloudflare Pages. */
export function renderHeadersFile(rules: readonly HeaderRule[]): string {
  const blocks = rules.map(
    (rule) =>
      `${rule.path}\n${Object.entries(rule.headers)
        .map(([name, value]) => `  ${name}: ${value}`)
        .join('\n')}`,
  );
  return `# Written by \`vite build\` from tools/embed/security-headers.ts; see docs/embed.md.\n${blocks.join('\n')}\n`;
}

const ORIGIN_PATTERN = /^https?:\/\/(?:\*\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*(?::\d{1,5})?$/i;

/**
 * BROADSHEET_EMBED_ALLOW: origins separated by spaces or commas, e.g.
 * "https://a.example https://*.b.example". Anything that is not an origin is
 * refused loudly: a typo here would silently break every partner's embed.
 */
export function parseEmbedAllow(value: string | undefined): string[] {
  const entries = (value ?? '').split(/[\s,]+/).filter((entry) => entry !== '');
  for (const entry of entries) {
    if (!ORIGIN_PATTERN.test(entry)) {
      throw new Error(
        `BROADSHEET_EMBED_ALLOW: "${entry}" is not an origin like https://news.example (no path, no trailing slash)`,
      );
    }
  }
  return entries;
}
