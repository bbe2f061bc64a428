import { Suspense, useEffect, useRef } from 'react';
import { NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { applyLanguage, type Language } from '../i18n.js';
import { useSession } from '../session.js';
import { navItems } from './registry.js';
import { SessionDialog } from './SessionDialog.js';

/** The workspace frame: skip link, header with navigation, language and account, main content. */
export function Layout() {
  const { t, i18n } = useTranslation();
  const { session, signOut } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const mainRef = useRef<HTMLElement>(null);

  // After navigation, move focus to the content so keyboard and screen-reader users start there.
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    mainRef.current?.focus();
  }, [location.pathname]);

  const other: Language = i18n.language === 'en' ? 'lv' : 'en';
  const signedIn = !!session?.authenticated;
  return (
    <>
      <a href="#main" className="skip-link">{t('skipToContent')}</a>
      <header className="app-header">
        <div className="brand">
          <NavLink to="/">{t('appName')}</NavLink>
        </div>
        <nav aria-label={t('mainNav')} className="main-nav">
          <ul>
            {navItems
              .filter((n) => n.signedIn === false || signedIn)
              .map((n) => (
                <li key={n.to}>
                  <NavLink to={n.to} end={n.to === '/'}>{t(n.labelKey)}</NavLink>
                </li>
              ))}
          </ul>
        </nav>
        <div className="account">
          <button type="button" className="link-button" lang={other} onClick={() => applyLanguage(other)}>
            {other === 'en' ? 'English' : 'Latviski'}
          </button>
          {signedIn ? (
            <>
              <span className="who">
                {session?.person ? `${session.person.givenName} ${session.person.familyName}` : ''}
                {session?.institution ? <span className="muted"> · {session.institution.nameLv}</span> : null}
              </span>
              <button
                type="button"
                className="link-button"
                onClick={async () => {
                  await signOut();
                  void navigate('/pieteikties');
                }}
              >
                {t('signOut')}
              </button>
            </>
          ) : (
            <NavLink to="/pieteikties">{t('signIn')}</NavLink>
          )}
        </div>
      </header>
      <main id="main" ref={mainRef} tabIndex={-1}>
        {/* Pages are loaded on demand; until their code arrives, say so. */}
        <Suspense fallback={<p role="status" aria-busy="true" className="muted loading">{t('loading')}</p>}>
          <Outlet />
        </Suspense>
      </main>
      <footer className="app-footer">
        <a href="/">{t('publicCatalogue')}</a> · <a href="/api/v1/docs/">{t('apiDocs')}</a>
      </footer>
      <SessionDialog />
    </>
  );
}
