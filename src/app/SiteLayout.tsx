import { Link, Outlet } from 'react-router';
import { OfflineNotice } from '../offline/OfflineNotice.tsx';

export function SiteLayout() {
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to the article
      </a>
      <header className="masthead">
        <Link to="/" className="masthead__title">
          Broadsheet
        </Link>
      </header>
      <main id="main" className="site-main" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="site-footer">
        <p>Broadsheet reads articles from JSON. Views and comments stay in this browser.</p>
      </footer>
      <OfflineNotice />
    </>
  );
}
