import { isSafeUrl } from '../../article/format/safe-url.ts';
import { ArticleLoadError } from '../../article/load/article-load-error.ts';

export type ReadSource = { ok: true; src: string } | { ok: false; error: ArticleLoadError };

/** The `src` of a /read or /embed/read address, or why it cannot be read. */
export function readSource(src: string | null): ReadSource {
  if (src !== null && isSafeUrl(src)) return { ok: true, src };
  const problem =
    src === null
      ? 'src: is required (an http(s) URL of an article JSON file)'
      : 'src: must be an http(s) or relative URL';
  return {
    ok: false,
    error: new ArticleLoadError('invalid', 'This address does not say which article to read.', {
      problems: [{ path: '', message: problem }],
    }),
  };
}
