import { Link, useLocation } from 'react-router';

export function NotFoundPage() {
  const { pathname } = useLocation();
  return (
    <section className="error-page" aria-labelledby="not-found-title">
      <title>Page not found · Broadsheet</title>
      <h1 id="not-found-title">Page not found</h1>
      <p>
        There is nothing at <code>{pathname}</code>. The story may have moved, or the address may
        have a typo.
      </p>
      <p>
        <Link to="/">Go to the front page</Link>
      </p>
    </section>
  );
}
