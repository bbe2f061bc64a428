import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../shell/usePageTitle.js';
import { useSession } from '../../session.js';

/** "My work": the signed-in person's services, approvals and gaps to fix. */
export default function MyWorkPage() {
  const { t } = useTranslation('home');
  const { session } = useSession();
  usePageTitle(t('title'));
  return (
    <section>
      <h1>{t('title')}</h1>
      <p>{t('greeting', { name: session?.person?.givenName ?? '' })}</p>
    </section>
  );
}
