import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSession } from '../session.js';

/** Sends anonymous visitors to the sign-in page and back here afterwards. */
export function RequireSession({ children }: { children: ReactNode }) {
  const { session, loading } = useSession();
  const location = useLocation();
  const { t } = useTranslation();
  if (loading) return <p role="status" aria-busy="true" className="muted loading">{t('loading')}</p>;
  if (!session?.authenticated) {
    const next = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`/pieteikties?next=${next}`} replace />;
  }
  return <>{children}</>;
}
