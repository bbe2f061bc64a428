import { Navigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../session.js';

/** "Pakalpojumu saraksts" in the menu: the list of the institution the user keeps the portfolio of, else their own. */
export default function MyPortfolio() {
  const { t } = useTranslation('portfolio');
  const { session } = useSession();
  const kept = session?.roles.find((r) => r.role === 'portfolioOwner');
  const institutionId = kept ? (kept.scopeId ?? kept.institutionId) : session?.institutionId;
  if (!institutionId) return <p className="alert warn">{t('noInstitution')}</p>;
  return <Navigate to={`/iestades/${institutionId}/pakalpojumu-saraksts`} replace />;
}
