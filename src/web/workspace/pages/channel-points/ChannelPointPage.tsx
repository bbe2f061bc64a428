import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.js';
import { localized } from '../../i18n.js';
import { usePageTitle } from '../../shell/usePageTitle.js';
import { Pager } from '../../ui/Pager.js';
import { QueryState } from '../../ui/QueryState.js';
import { usePolicyNames } from '../policy/usePolicy.js';
import { OpeningHoursTable } from './OpeningHours.js';
import { SafeLink } from '../../ui/SafeLink.js';

const PAGE_SIZE = 50;

/** One channel point: its type, contacts, opening hours and every service that uses it. */
export default function ChannelPointPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation('channel-points');
  const names = usePolicyNames();
  const [page, setPage] = useState(1);
  const query = useQuery({
    queryKey: ['channel-points', 'one', id],
    queryFn: async () => unwrap(await api.GET('/api/v1/channel-points/{id}', { params: { path: { id } } })),
  });
  const services = useQuery({
    queryKey: ['channel-points', 'services', id, page],
    queryFn: async () => unwrap(await api.GET('/api/v1/channel-points/{id}/services', { params: { path: { id }, query: { page, pageSize: PAGE_SIZE } } })),
    placeholderData: keepPreviousData,
  });
  const cp = query.data;
  const name = cp ? localized(i18n.language, cp.nameLv, cp.nameEn) : undefined;
  usePageTitle(name ?? t('page.title'));
  const access = cp ? localized(i18n.language, cp.accessibilityNotesLv, cp.accessibilityNotesEn) : '';

  return (
    <QueryState isLoading={query.isLoading} error={query.error}>
      {cp && (
        <article>
          <p><Link to={`/kanali?institutionId=${cp.institution.id}`}>{t('page.back')}</Link></p>
          <h1>{name}</h1>
          {!cp.active && <p className="alert warn">{t('page.inactive')}</p>}
          <dl className="props">
            <dt>{t('field.code')}</dt>
            <dd>{cp.code}</dd>
            <dt>{t('field.institution')}</dt>
            <dd><Link to={`/iestades/${cp.institution.id}`}>{cp.institution.nameLv}</Link></dd>
            <dt>{t('field.channelType')}</dt>
            <dd>{names.channelType(cp.channelType)}</dd>
            <dt>{t('field.environment')}</dt>
            <dd>{cp.environment ? names.environment(cp.environment) : t('page.typeMissing')}</dd>
            <dt>{t('field.digital')}</dt>
            <dd>{cp.digital === null ? t('common:none') : cp.digital ? t('digital.yes') : t('digital.no')}</dd>
            {cp.address && (<><dt>{t('field.address')}</dt><dd>{cp.address}</dd></>)}
            {cp.url && (<><dt>{t('field.url')}</dt><dd><SafeLink href={cp.url} /></dd></>)}
            {cp.phone && (<><dt>{t('field.phone')}</dt><dd><a href={`tel:${cp.phone.replace(/[^+0-9]/g, '')}`}>{cp.phone}</a></dd></>)}
            {cp.email && (<><dt>{t('field.email')}</dt><dd><a href={`mailto:${cp.email}`}>{cp.email}</a></dd></>)}
            {access && (<><dt>{t('field.accessibility')}</dt><dd>{access}</dd></>)}
          </dl>
          {cp.allowedActions.includes('edit') && (
            <p><Link to={`/kanali/${cp.id}/labot`}>{t('page.edit')}</Link></p>
          )}
          <h2>{t('page.hours')}</h2>
          {cp.openingHours ? <OpeningHoursTable hours={cp.openingHours} /> : <p className="muted">{t('page.noHours')}</p>}

          <h2>{t('page.services', { count: cp.serviceCount })}</h2>
          <QueryState isLoading={services.isLoading} error={services.error}>
            {services.data && services.data.total === 0 && <p className="muted">{t('page.noServices')}</p>}
            {services.data && services.data.total > 0 && (
              <>
                <div className="table-wrap">
                  <table>
                    <thead>
                      <tr>
                        <th scope="col">{t('usage.service')}</th>
                        <th scope="col">{t('usage.owner')}</th>
                        <th scope="col">{t('usage.phases')}</th>
                        <th scope="col">{t('usage.status')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {services.data.items.map((s) => (
                        <tr key={s.serviceId}>
                          <td><Link to={`/pakalpojumi/${s.serviceId}`}>{localized(i18n.language, s.nameLv, s.nameEn) || s.code}</Link> <span className="muted small">{s.code}</span></td>
                          <td>{s.owner.nameLv}</td>
                          <td>{s.phases.map((p) => t(`phase.${p}`)).join(', ')}</td>
                          <td>
                            {t(`status.${s.status}`)}
                            {!s.inPublishedVersion && s.inCurrentVersion && <span className="muted small"> · {t('usage.draftOnly')}</span>}
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
                <Pager page={page} pageSize={PAGE_SIZE} total={services.data.total} onPage={setPage} />
              </>
            )}
          </QueryState>
        </article>
      )}
    </QueryState>
  );
}
