import { Link, NavLink, Outlet, ScrollRestoration, useNavigation } from 'react-router';
import { useApplySettings } from '../features/settings/apply-settings.ts';
import { ReadingSettingsControl } from '../features/settings/reading-settings-control.tsx';
import { StorageNotice } from '../features/settings/storage-notice.tsx';
import { paths } from './paths.ts';

/** The frame around every page: skip link, site header with navigation, the page, a footer. */
export function AppLayout() {
  const navigation = useNavigation();
  useApplySettings();
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
              <NavLink to={paths.library()} end>
                Library
              </NavLink>
            </li>
            <li>
              <NavLink to={paths.bookmarks()}>Bookmarks</NavLink>
            </li>
            <li>
              <NavLink to={paths.add()}>Add article</NavLink>
            </li>
          </ul>
        </nav>
        <ReadingSettingsControl />
      </header>
      <div className="loading-bar" data-active={navigation.state !== 'idle'} aria-hidden="true" />
      <StorageNotice />
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
      <ScrollRestoration />
    </>
  );
}
