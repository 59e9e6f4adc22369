import { Link, Outlet, ScrollRestoration, useNavigation } from 'react-router';
import { paths } from './paths.ts';

/** The frame around every page: skip link, site header with navigation, the page, a footer. */
export function AppLayout() {
  const navigation = useNavigation();
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <Link to={paths.library()} className="site-name">
          Lede
        </Link>
        <nav aria-label="Site">
          <ul>
            <li>
              <Link to={paths.library()}>Library</Link>
            </li>
          </ul>
        </nav>
      </header>
      <div className="loading-bar" data-active={navigation.state !== 'idle'} aria-hidden="true" />
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
      <ScrollRestoration />
    </>
  );
}
