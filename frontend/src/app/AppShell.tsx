import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useSession } from '../auth/SessionProvider';
import { useI18n } from '../i18n/I18nProvider';
import { focusNextHeading } from '../ui/PageHeading';
import { LanguageSwitch } from './LanguageSwitch';
import { Link } from './Link';
import { currentNotice, paths, useLocationHref, type Notice } from './router';

/** Header, main landmark and the one-shot notice that a previous page left (e.g. "Project created."). */
export function AppShell({ signedIn, children }: { signedIn: boolean; children: ReactNode }) {
  const { t } = useI18n();
  const href = useLocationHref();
  const main = useRef<HTMLElement>(null);
  const shown = useRef(href);
  const [notice, setNotice] = useState<(Notice & { href: string }) | null>(null);

  useEffect(() => {
    const next = currentNotice();
    if (next) {
      // Shown once: a reload of this page must not repeat "Project created."
      setNotice({ ...next, href });
      window.history.replaceState(null, '');
    }
    if (shown.current === href) {
      return;
    }
    shown.current = href;
    // After a client-side page change, start keyboard and screen-reader users at the new page's heading,
    // or, while the page is still loading, at the main region until its heading appears.
    const heading = main.current?.querySelector<HTMLElement>('h1');
    if (heading) {
      heading.focus({ preventScroll: true });
    } else {
      main.current?.focus({ preventScroll: true });
      focusNextHeading();
    }
  }, [href]);

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t.app.skipToContent}
      </a>
      <header className="topbar">
        <div className="topbar__inner">
          <Link className="brand" href={signedIn ? paths.projects() : paths.signIn()}>
            <span className="brand-mark" aria-hidden="true">
              T
            </span>
            {t.app.name}
          </Link>
          {signedIn && (
            <nav className="topbar__nav" aria-label={t.app.mainNavigation}>
              <Link href={paths.projects()} aria-current={sectionCurrent(href, '/projects')}>
                {t.app.projects}
              </Link>
            </nav>
          )}
          <div className="topbar__end">
            <LanguageSwitch />
            {signedIn && <UserMenu />}
          </div>
        </div>
      </header>
      <main id="main" ref={main} tabIndex={-1} className="main">
        {notice?.href === href && (
          <div className={`notice notice--${notice.tone}`} role="status">
            <p>{notice.text}</p>
          </div>
        )}
        {children}
      </main>
    </div>
  );
}

function UserMenu() {
  const { t } = useI18n();
  const { session, signOut } = useSession();
  const user = session?.user;
  return (
    <div className="user-menu">
      {user && (
        <span className="user-menu__name" title={user.email ?? undefined}>
          {user.display_name || user.email}
        </span>
      )}
      <button type="button" className="button button--ghost button--small" onClick={signOut}>
        {t.app.signOut}
      </button>
    </div>
  );
}

/** `page` on the section's own list, `true` anywhere inside it, so the header shows where the user is. */
function sectionCurrent(href: string, section: string): 'page' | 'true' | undefined {
  const path = href.split('?')[0] ?? href;
  if (path === section) return 'page';
  return path.startsWith(`${section}/`) ? 'true' : undefined;
}
