import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type Schemas } from '../../api/client.js';
import { localized } from '../../i18n.js';
import { usePageTitle } from '../../shell/usePageTitle.js';
import { useSession } from '../../session.js';
import { QueryState } from '../../ui/QueryState.js';

type MyWork = Schemas['MyWork'];
type Base = { id: string; code: string; nameLv: string | null; nameEn: string | null; ownerInstitution: { nameLv: string } };

/** "My work": the signed-in person's services, approvals and gaps to fix, in one screen. */
export default function MyWorkPage() {
  const { t, i18n } = useTranslation('home');
  const { session } = useSession();
  usePageTitle(t('title'));
  const work = useQuery({ queryKey: ['home', 'work'], queryFn: async () => unwrap(await api.GET('/api/v1/me/work', { params: { query: { limit: 10 } } })) });
  const date = (iso: string | null) => (iso ? new Date(iso).toLocaleDateString(i18n.language === 'en' ? 'en-GB' : 'lv-LV') : '—');
  const name = (s: Base) => localized(i18n.language, s.nameLv, s.nameEn) || s.code;
  const w: MyWork | undefined = work.data;
  const nothing = w && Object.values(w).every((v) => typeof v === 'number' || v.total === 0);

  return (
    <section>
      <h1>{t('title')}</h1>
      <p>{t('greeting', { name: session?.person?.givenName ?? '' })}</p>
      <QueryState isLoading={work.isLoading} error={work.error}>
        {nothing && <p className="alert ok">{t('nothing')}</p>}
        {w && (
          <div className="work-grid">
            <WorkList title={t('managed.title')} hint={t('managed.hint')} list={w.managedServices} empty={t('managed.empty')}>
              {(s) => (
                <>
                  <Link to={`/pakalpojumi/${s.id}`}>{name(s)}</Link> <span className="muted small">{s.code}</span>
                  <div className="small">
                    {s.errorCount ? <span className="badge error">{t('errors', { count: s.errorCount })}</span> : null}{' '}
                    {s.warningCount ? <span className="badge warn">{t('warnings', { count: s.warningCount })}</span> : null}{' '}
                    {s.errorCount === 0 && s.warningCount === 0 ? <span className="badge ok">{t('noProblems')}</span> : null}{' '}
                    <span className="muted">{t(`status.${s.status}`, { defaultValue: s.status })}</span>
                  </div>
                </>
              )}
            </WorkList>
            <WorkList title={t('awaiting.title')} hint={t('awaiting.hint')} list={w.awaitingPublication} empty={t('awaiting.empty')}>
              {(s) => (
                <>
                  <Link to={`/pakalpojumi/${s.id}`}>{name(s)}</Link>
                  <div className="small muted">{s.ownerInstitution.nameLv} · {t('submitted', { date: date(s.submittedAt) })}</div>
                </>
              )}
            </WorkList>
            <WorkList title={t('drafts.title')} hint={t('drafts.hint')} list={w.drafts} empty={t('drafts.empty')}>
              {(s) => (
                <>
                  <Link to={`/pakalpojumi/${s.id}/labot`}>{name(s)}</Link>
                  <div className="small muted">{t('version', { no: s.versionNo })} · {t('updated', { date: date(s.updatedAt) })}</div>
                </>
              )}
            </WorkList>
            <WorkList title={t('noServiceManager.title')} hint={t('noServiceManager.hint')} list={w.servicesWithoutManager} empty={t('noServiceManager.empty')}>
              {(s) => (
                <>
                  <Link to={`/pakalpojumi/${s.id}`}>{name(s)}</Link>
                  <div className="small muted">{s.ownerInstitution.nameLv} · {t('since', { date: date(s.missingSince) })}</div>
                </>
              )}
            </WorkList>
            <WorkList title={t('noResourceManager.title')} hint={t('noResourceManager.hint')} list={w.resourcesWithoutManager} empty={t('noResourceManager.empty')}>
              {(s) => (
                <>
                  <Link to={`/resursi/${s.id}`}>{name(s)}</Link>
                  <div className="small muted">{s.ownerInstitution.nameLv} · {t('since', { date: date(s.missingSince) })}</div>
                </>
              )}
            </WorkList>
            <WorkList title={t('review.title')} hint={t('review.hint')} list={w.reviewOverdue} empty={t('review.empty')}>
              {(s) => (
                <>
                  <Link to={`/pakalpojumi/${s.id}`}>{name(s)}</Link>
                  <div className="small muted">{s.ownerInstitution.nameLv} · {t('lastReviewed', { date: date(s.lastReviewedAt) })}</div>
                </>
              )}
            </WorkList>
          </div>
        )}
      </QueryState>
    </section>
  );
}

function WorkList<T extends { id: string }>({ title, hint, list, empty, children }: { title: string; hint: string; list: { items: T[]; total: number }; empty: string; children: (item: T) => ReactNode }) {
  const { t } = useTranslation('home');
  const id = `work-${title.replace(/\W+/g, '-')}`;
  return (
    <section className="card" aria-labelledby={id}>
      <h2 id={id}>
        {title} <span className="count">({list.total})</span>
      </h2>
      <p className="hint">{hint}</p>
      {list.items.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <ul className="work-list">
          {list.items.map((item) => (
            <li key={item.id}>{children(item)}</li>
          ))}
        </ul>
      )}
      {list.total > list.items.length && <p className="small">{t('more', { count: list.total - list.items.length })}</p>}
    </section>
  );
}
