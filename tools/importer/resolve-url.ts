import { isSafeUrl } from '../../src/article/format/safe-url.ts';

const MAX_URL_LENGTH = 4096;

export type ResolvedUrl =
  | { ok: true; url: string }
  /** unsafe: a scheme other than http(s); unresolvable: relative with no page URL, or an in-page anchor. */
  | { ok: false; reason: 'unsafe' | 'unresolvable' };

/**
 * An absolute http(s) URL for a link or image in the page, resolved against
 * the page's URL. Anything else (javascript:, data:, mailto:, a relative URL
 * with nothing to resolve it against) is refused.
 */
export function resolveUrl(raw: string, base: string | undefined): ResolvedUrl {
  const trimmed = raw.trim();
  if (trimmed === '' || trimmed.startsWith('#')) return { ok: false, reason: 'unresolvable' };
  let parsed: URL;
  try {
    parsed = new URL(trimmed, base);
  } catch {
    return { ok: false, reason: /^[a-z][a-z0-9+.-]*:/i.test(trimmed) ? 'unsafe' : 'unresolvable' };
  }
  const url = parsed.href;
  const isHttp = parsed.protocol === 'http:' || parsed.protocol === 'https:';
  if (!isHttp || !isSafeUrl(url) || url.length > MAX_URL_LENGTH)
    return { ok: false, reason: 'unsafe' };
  return { ok: true, url };
}
