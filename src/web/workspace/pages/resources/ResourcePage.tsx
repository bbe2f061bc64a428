import { Link, useParams, useSearchParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.js';
import { localized } from '../../i18n.js';
import { usePageTitle } from '../../shell/usePageTitle.js';
import { QueryState } from '../../ui/QueryState.js';

/** One resource: what it is, who manages it, its supplier (virtual) and every service using it. */
export default function ResourcePage() {
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const { t, i18n } = useTranslation('resources');
  const resource = useQuery({
    queryKey: ['resources', id],
    queryFn: async () => unwrap(await api.GET('/api/v1/resources/{id}', { params: { path: { id } } })),
  });
  const usage = useQuery({
    queryKey: ['resources', id, 'services'],
    queryFn: async () => unwrap(await api.GET('/api/v1/resources/{id}/services', { params: { path: { id }, query: { pageSize: 200 } } })),
  });
  const r = resource.data;
  const name = r ? localized(i18n.language, r.nameLv, r.nameEn) : undefined;
  usePageTitle(name ?? t('title'));

  return (
    <QueryState isLoading={resource.isLoading} error={resource.error}>
      {r && (
        <article>
          <p className="muted"><Link to="/resursi">{t('title')}</Link> / {r.code}</p>
          <h1>{name}</h1>
          {params.get('registrets') === '1' && <p role="status" className="alert ok">{t('registered')}</p>}
          <p>
            <Link to={`/atkaribas?fokuss=resource:${r.id}`}>{t('impactLink')}</Link>
          </p>
          <dl className="props">
            <dt>{t('code')}</dt>
            <dd>{r.code}</dd>
            <dt>{t('kind')}</dt>
            <dd>{t(`kinds.${r.kind}`)}</dd>
            <dt>{t('institution')}</dt>
            <dd><Link to={`/iestades/${r.institution.id}`}>{r.institution.nameLv}</Link></dd>
            <dt>{t('lifecycle')}</dt>
            <dd>{t(`stages.${r.lifecycleStage}`)}</dd>
            <dt>{t('manager')}</dt>
            <dd>{r.manager ? `${r.manager.givenName} ${r.manager.familyName} (${r.manager.email})` : <span className="badge error">{t('managerMissingBadge')}</span>}</dd>
            <dt>{t('virtual')}</dt>
            <dd>
              {r.virtual && r.supplierService ? (
                <>
                  {t('suppliedBy')} <Link to={`/pakalpojumi/${r.supplierService.id}`}>{localized(i18n.language, r.supplierService.nameLv, r.supplierService.nameEn)}</Link> ({r.supplierService.owner.nameLv})
                </>
              ) : (
                t('ownResource')
              )}
            </dd>
            <dt>{t('description')}</dt>
            <dd>{localized(i18n.language, r.descriptionLv, r.descriptionEn) || t('common:none')}</dd>
          </dl>
          <h2>{t('servicesUsing', { count: r.serviceCount })}</h2>
          <QueryState isLoading={usage.isLoading} error={usage.error}>
            {usage.data && usage.data.items.length === 0 && <p>{t('noServices')}</p>}
            {usage.data && usage.data.items.length > 0 && (
              <div className="table-wrap">
                <table>
                  <thead>
                    <tr>
                      <th scope="col">{t('code')}</th>
                      <th scope="col">{t('service')}</th>
                      <th scope="col">{t('owner')}</th>
                      <th scope="col">{t('status')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {usage.data.items.map((s) => (
                      <tr key={s.serviceId}>
                        <td>{s.code}</td>
                        <td><Link to={`/pakalpojumi/${s.serviceId}`}>{localized(i18n.language, s.nameLv, s.nameEn)}</Link></td>
                        <td>{s.owner.nameLv}</td>
                        <td>{t(`statuses.${s.status}`)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </QueryState>
        </article>
      )}
    </QueryState>
  );
}
