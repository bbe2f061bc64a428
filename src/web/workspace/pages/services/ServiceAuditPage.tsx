import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link, useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { api, unwrap, type Schemas } from '../../api/client.js';
import { usePageTitle } from '../../shell/usePageTitle.js';
import { QueryState } from '../../ui/QueryState.js';
import { formatDateTime, serviceName, ServiceTabs, StatusBadges, useService } from './shared.js';

const PAGE = 25;

type Snapshot = { status?: string; versionNo?: number; description?: Record<string, unknown> } | null;

/** What an entry changed, in words: the status, the version and the description fields that differ. */
function summaryOf(t: TFunction, entry: Schemas['AuditEntry']): string[] {
  const before = (entry.before ?? null) as Snapshot;
  const after = (entry.after ?? null) as Snapshot;
  const out: string[] = [];
  if (after?.versionNo) out.push(t('audit.versionChange', { no: after.versionNo }));
  if (before?.status && after?.status && before.status !== after.status) {
    out.push(t('audit.statusChange', { before: t(`enum.status.${before.status}`, { defaultValue: before.status }), after: t(`enum.status.${after.status}`, { defaultValue: after.status }) }));
  }
  if (before?.description && after?.description) {
    const keys = new Set([...Object.keys(before.description), ...Object.keys(after.description)]);
    const changed = [...keys].filter((k) => JSON.stringify(before.description![k] ?? null) !== JSON.stringify(after.description![k] ?? null));
    if (entry.action === 'service.update') out.push(changed.length ? t('audit.fields', { fields: changed.map((k) => t(`field.${k}`, { defaultValue: k })).join(', ') }) : t('audit.noFieldChanges'));
  }
  return out;
}

/** Who changed the service, when and what: newest first, older pages by cursor (`?pirms=<entry id>`). */
export default function ServiceAuditPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation('services');
  const lang = i18n.language;
  const service = useService(id);
  const s = service.data?.service;
  const name = s ? serviceName(lang, s.description) || s.code : '';
  usePageTitle(s ? t('audit.title', { name }) : t('view.tabs.audit'));
  const [params] = useSearchParams();
  const cursor = Number(params.get('pirms'));
  const before = Number.isInteger(cursor) && cursor > 0 ? cursor : undefined;
  const trail = useQuery({
    queryKey: ['services', 'audit', id, before],
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/audit/{entityType}/{entityId}', { params: { path: { entityType: 'service', entityId: id }, query: { limit: PAGE, ...(before ? { before } : {}) } } })),
    placeholderData: keepPreviousData,
  });
  const items = trail.data?.items ?? [];
  return (
    <section>
      <div className="svc-head">
        <h1>{s ? t('audit.title', { name }) : t('view.tabs.audit')}</h1>
        {s && <StatusBadges status={s.status} digitalStatus={s.digitalStatus} versionState={s.versionState} />}
      </div>
      <ServiceTabs id={id} />
      <QueryState isLoading={trail.isLoading} error={trail.error}>
        {items.length === 0 ? (
          <p>{t('audit.empty')}</p>
        ) : (
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('audit.when')}</th>
                  <th scope="col">{t('audit.who')}</th>
                  <th scope="col">{t('audit.action')}</th>
                  <th scope="col">{t('audit.summary')}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((e) => (
                  <tr key={e.id}>
                    <td>{formatDateTime(lang, e.at)}</td>
                    <td>{e.actorName ?? t('audit.system')}</td>
                    <td>{t(`audit.actions.${e.action}`, { defaultValue: e.action })}</td>
                    <td>
                      {summaryOf(t, e).map((line, i) => (
                        <div key={i}>{line}</div>
                      ))}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <nav className="pager" aria-label={t('common:pager.label')}>
          {before && <Link to={`/pakalpojumi/${id}/audits`}>{t('audit.newest')}</Link>}
          {trail.data?.nextBefore && <Link to={`/pakalpojumi/${id}/audits?pirms=${trail.data.nextBefore}`}>{t('audit.older')}</Link>}
        </nav>
      </QueryState>
    </section>
  );
}
