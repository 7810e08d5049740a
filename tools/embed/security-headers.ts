// The HTTP headers a Broadsheet deployment sends, as one table of rules read
// by both the server `npm start` runs (vite preview) and the `_headers` file
// the build writes for Netlify and Cloudflare Pages. docs/embed.md explains
// each choice.
//
// Default deny: every path gets the page policy (no framing by other sites),
// and only the embed paths swap it for theirs. A list of page paths would
// miss whatever the app answers that the list does not spell: its routes
// ignore case and a trailing slash, and any unknown path is served the app
// shell, so /READ, /read/ and a 404 page are pages too.
//
// Cloudflare Pages joins the values of a header that several matching rules
// set, which would turn two Content-Security-Policy values into two policies
// that both apply; the embed rule therefore detaches the page headers first
// (`! Name`). Netlify serves the last matching rule's value and skips the
// detach lines.

export interface HeaderRule {
  /** A path as the hosts' `_headers` files write it: exact, or ending in `*`. */
  path: string;
  /** Headers set by an earlier matching rule that this one removes before setting its own. */
  detach?: readonly string[];
  headers: Readonly<Record<string, string>>;
}

export interface HeaderOptions {
  /** Origins allowed to frame embeds; empty means any site. */
  embedAllow: readonly string[];
  /** CSP hashes ('sha256-…') of stylesheets a prerendered page inlines. */
  styleHashes: readonly string[];
}

/** The only paths other sites may frame. */
const EMBED_PATH = '/embed/*';
/** Public files that other origins fetch: sandboxed embeds (origin "null") and oEmbed consumers. */
const SHARED_PATHS = ['/articles/*', '/assets/*', '/embed.js', '/oembed/*'];

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
    // For browsers that predate frame-ancestors; the others ignore it when a
    // policy has frame-ancestors, so where it survives on an embed (Netlify,
    // which cannot detach) the embed policy still decides.
    'X-Frame-Options': 'SAMEORIGIN',
  };
  return [
    {
      path: '/*',
      headers: {
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'strict-origin-when-cross-origin',
        ...pageHeaders,
      },
    },
    {
      // After /*: Netlify keeps the last matching rule's value.
      path: EMBED_PATH,
      detach: Object.keys(pageHeaders),
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

/**
 * Whether a rule applies to a request path. Netlify matches rules without
 * regard to case or a trailing slash, as the app's routes do (so /EMBED/x is
 * an embed in the app); matching the same way here keeps vite preview in
 * step with both. A host that matches case-sensitively (Cloudflare) only
 * refuses such a spelling to other sites' frames, which fails safe.
 */
export function matchesPath(pattern: string, pathname: string): boolean {
  const path = pathname.toLowerCase();
  const rule = pattern.toLowerCase();
  if (rule.endsWith('/*')) {
    const folder = rule.slice(0, -2);
    return path === folder || path.startsWith(`${folder}/`);
  }
  if (rule.endsWith('*')) return path.startsWith(rule.slice(0, -1));
  return path === rule || path === `${rule}/`;
}

/**
 * The headers for a request path, combined as Cloudflare Pages does: in file
 * order, detaching first, and joining a header that two rules set (which the
 * table must never do: see the tests).
 */
export function headersFor(pathname: string, rules: readonly HeaderRule[]): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const rule of rules) {
    if (!matchesPath(rule.path, pathname)) continue;
    for (const name of rule.detach ?? []) Reflect.deleteProperty(headers, name);
    for (const [name, value] of Object.entries(rule.headers)) {
      const earlier = headers[name];
      headers[name] = earlier === undefined ? value : `${earlier}, ${value}`;
    }
  }
  return headers;
}

/** The `_headers` file of Netlify and Cloudflare Pages. */
export function renderHeadersFile(rules: readonly HeaderRule[]): string {
  const blocks = rules.map((rule) =>
    [
      rule.path,
      ...(rule.detach ?? []).map((name) => `  ! ${name}`),
      ...Object.entries(rule.headers).map(([name, value]) => `  ${name}: ${value}`),
    ].join('\n'),
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
