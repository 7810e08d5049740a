import { ArticleLoadError } from '../load/article-load-error.ts';
import { formatProblem } from '../format/parse-article.ts';

const TITLES: Record<ArticleLoadError['kind'], string> = {
  network: 'The article could not be downloaded',
  'not-found': 'No such article',
  http: 'The server could not send the article',
  'too-large': 'The article is too large',
  'not-json': 'That is not an article',
  invalid: 'The article has errors',
};

interface ArticleErrorViewProps {
  error: Error;
  onRetry?: () => void;
}

export function ArticleErrorView({ error, onRetry }: ArticleErrorViewProps) {
  const loadError = error instanceof ArticleLoadError ? error : undefined;
  const title = loadError === undefined ? 'Something went wrong' : TITLES[loadError.kind];
  return (
    <section className="error-page" aria-labelledby="error-title">
      <title>{`${title} · Broadsheet`}</title>
      <h1 id="error-title">{title}</h1>
      <p>{error.message}</p>
      {loadError !== undefined && loadError.problems.length > 0 ? (
        <>
          <h2 className="error-page__subtitle">What is wrong</h2>
          <ul className="error-page__problems">
            {loadError.problems.slice(0, 20).map((problem, index) => (
              <li key={index}>
                <code>{formatProblem(problem)}</code>
              </li>
            ))}
          </ul>
          {loadError.problems.length > 20 ? (
            <p>…and {loadError.problems.length - 20} more.</p>
          ) : null}
        </>
      ) : null}
      {onRetry !== undefined && loadError?.retryable !== false ? (
        <button type="button" className="button" onClick={onRetry}>
          Try again
        </button>
      ) : null}
      <p>
        <a href="/">Back to the front page</a>
      </p>
    </section>
  );
}
