import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.js';
import { localized } from '../../i18n.js';
import { usePageTitle } from '../../shell/usePageTitle.js';
import { QueryState } from '../../ui/QueryState.js';
import { AddNeedForm, RenameNeedForm } from './NeedForms.js';

const MAX_SERVICES = 200;

/** One life situation: its needs and, for each need, the services that meet it. */
export default function LifeSituationPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation('life-situations');
  const [renaming, setRenaming] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const query = useQuery({
    queryKey: ['life-situations', 'one', id],
    queryFn: async () => unwrap(await api.GET('/api/v1/life-situations/{id}', { params: { path: { id } } })),
  });
  const services = useQuery({
    queryKey: ['life-situations', 'services', id],
    queryFn: async () => unwrap(await api.GET('/api/v1/life-situations/{id}/services', { params: { path: { id }, query: { pageSize: MAX_SERVICES, sort: 'nameLv' } } })),
  });
  const ls = query.data;
  const name = ls ? localized(i18n.language, ls.nameLv, ls.nameEn) : undefined;
  usePageTitle(name ?? t('page.title'));
  // What the caller may do comes with the answer (life-situations.policy).
  const canEdit = !!ls?.allowedActions.includes('edit');
  const description = ls ? localized(i18n.language, ls.descriptionLv, ls.descriptionEn) : '';

  return (
    <QueryState isLoading={query.isLoading} error={query.error}>
      {ls && (
        <article>
          <p><Link to="/dzives-situacijas">{t('page.back')}</Link></p>
          <h1>{name}</h1>
          {description && <p>{description}</p>}
          <dl className="props">
            <dt>{t('field.code')}</dt>
            <dd>{ls.code}</dd>
            <dt>{t('field.audience')}</dt>
            <dd>{t(`audience.${ls.audience}`)}</dd>
            <dt>{t('field.owner')}</dt>
            <dd>{ls.owner ? <Link to={`/iestades/${ls.owner.id}`}>{ls.owner.nameLv}</Link> : t('common:none')}</dd>
          </dl>
          <p><Link to={`/pakalpojumi?situacija=${ls.id}`}>{t('page.allServices')}</Link></p>
          <p role="status" aria-live="polite" className="small">{status}</p>
          <h2>{t('page.needs', { count: ls.needs.length })}</h2>
          {services.error ? <QueryState isLoading={false} error={services.error} /> : null}
          {services.data && services.data.total > MAX_SERVICES && <p className="muted">{t('page.firstServices', { count: MAX_SERVICES, total: services.data.total })}</p>}
          {ls.needs.map((n) => {
            const meeting = (services.data?.items ?? []).filter((s) => s.matchedIds.includes(n.id));
            const needName = localized(i18n.language, n.nameLv, n.nameEn);
            return (
              <section key={n.id} aria-labelledby={`need-${n.id}`} className="card" style={{ marginBottom: '1rem' }}>
                <h3 id={`need-${n.id}`} style={{ marginTop: 0 }}>{needName} <span className="muted small">{n.code}</span></h3>
                {services.isLoading ? (
                  <p className="muted">{t('common:loading')}</p>
                ) : meeting.length === 0 ? (
                  <p className="muted">{t('page.noServices')}</p>
                ) : (
                  <ul aria-label={t('page.servicesOf', { need: needName })}>
                    {meeting.map((s) => (
                      <li key={s.serviceId}>
                        <Link to={`/pakalpojumi/${s.serviceId}`}>{localized(i18n.language, s.nameLv, s.nameEn) || s.code}</Link>{' '}
                        <span className="muted small">{s.code} · {s.owner.nameLv}{s.status !== 'published' ? ` · ${t(`status.${s.status}`)}` : ''}</span>
                      </li>
                    ))}
                  </ul>
                )}
                {canEdit &&
                  (renaming === n.id ? (
                    <RenameNeedForm needId={n.id} onClose={() => setRenaming(null)} onSaved={(nm) => { setRenaming(null); setStatus(t('need.renamed', { name: nm })); }} />
                  ) : (
                    <button type="button" className="link-button" onClick={() => setRenaming(n.id)}>{t('need.rename', { name: needName })}</button>
                  ))}
              </section>
            );
          })}
          {canEdit && <AddNeedForm lifeSituationId={ls.id} version={ls.version} onSaved={(nm) => setStatus(t('need.added', { name: nm }))} />}
        </article>
      )}
    </QueryState>
  );
}
