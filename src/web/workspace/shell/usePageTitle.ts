import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Sets the document title ("Page — Pakalpojumu darbvieta") so every route has its own. */
export function usePageTitle(title: string | undefined): void {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = title ? `${title} — ${t('appName')}` : t('appName');
  }, [title, t]);
}
