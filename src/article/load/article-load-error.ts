import type { Problem } from '../format/parse-article.ts';

export type ArticleLoadErrorKind =
  'network' | 'not-found' | 'http' | 'too-large' | 'not-json' | 'invalid';

/** Why an article could not be shown, with the details a reader or publisher needs. */
export class ArticleLoadError extends Error {
  readonly kind: ArticleLoadErrorKind;
  readonly problems: readonly Problem[];
  readonly status: number | undefined;

  constructor(
    kind: ArticleLoadErrorKind,
    message: string,
    options: { problems?: Problem[]; status?: number } = {},
  ) {
    super(message);
    this.name = 'ArticleLoadError';
    this.kind = kind;
    this.problems = options.problems ?? [];
    this.status = options.status;
  }

  /** Only failures that may go away by themselves are worth a retry button. */
  get retryable(): boolean {
    return this.kind === 'network' || (this.kind === 'http' && (this.status ?? 0) >= 500);
  }
}
