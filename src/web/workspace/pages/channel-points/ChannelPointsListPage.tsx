import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.js';
import { localized } from '../../i18n.js';
import { useSession } from '../../session.js';
import { usePageTitle } from '../../shell/usePageTitle.js';
import { Pager } from '../../ui/Pager.js';
import { QueryState } from '../../ui/QueryState.js';
import { usePolicyNames } from '../policy/usePolicy.js';

const PAGE_SIZE = 25;

/** Channel points of an institution (the user's own by default), with search and paging. */
export default function ChannelPointsListPage() {
  const { t, i18n } = useTranslation('channel-points');
  usePageTitle(t('list.title'));
  const { session } = useSession();
  const names = usePolicyNames();
  const [params, setParams] = useSearchParams();
  const instParam = params.get('institutionId');
  const institutionId = instParam === 'all' ? '' : (instParam ?? session?.institutionId ?? '');
  const q = params.get('q') ?? '';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const [text, setText] = useState(q);

  const institutions = useQuery({
    queryKey: ['channel-points', 'institutions'],
    queryFn: async () => unwrap(await api.GET('/api/v1/institutions', { params: { query: { pageSize: 200, sort: 'nameLv' } } })),
    staleTime: 5 * 60_000,
  });
  const query = useQuery({
    queryKey: ['channel-points', 'list', institutionId, q, page],
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/channel-points', { params: { query: { institutionId: institutionId || undefined, q: q || undefined, page, pageSize: PAGE_SIZE } } })),
    placeholderData: keepPreviousData,
  });
  const update = (next: Record<string, string | undefined>) => {
    const p = new URLSearchParams(params);
    for (const [k, v] of Object.entries(next)) {
      if (v) p.set(k, v);
      else p.delete(k);
    }
    setParams(p);
  };
  const onSearch = (e: FormEvent) => {
    e.preventDefault();
    update({ q: text.trim() || undefined, page: undefined });
  };

  return (
    <section>
      <h1>{t('list.title')}</h1>
      <form role="search" aria-label={t('list.searchLabel')} className="row" onSubmit={onSearch}>
        <label>
          {t('list.institution')}
          <select name="institutionId" value={institutionId || 'all'} onChange={(e) => update({ institutionId: e.target.value, page: undefined })}>
            <option value="all">{t('list.allInstitutions')}</option>
            {(institutions.data?.items ?? []).map((i) => (
              <option key={i.id} value={i.id}>{localized(i18n.language, i.nameLv, i.nameEn)}</option>
            ))}
          </select>
        </label>
        <label>
          {t('list.q')}
          <input type="search" name="q" value={text} onChange={(e) => setText(e.target.value)} />
        </label>
        <button type="submit" className="primary">{t('common:search')}</button>
      </form>
      {!!institutionId && query.data?.allowedActions.includes('createChannelPoint') && (
        <p><Link to={`/kanali/jauns?institutionId=${institutionId}`}>{t('list.new')}</Link></p>
      )}
      <QueryState isLoading={query.isLoading} error={query.error}>
        {query.data && (
          <>
            <p aria-live="polite" className="muted">{t('list.found', { count: query.data.total })}</p>
            <div className="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('field.name')}</th>
                    <th scope="col">{t('field.channelType')}</th>
                    <th scope="col">{t('field.contact')}</th>
                    <th scope="col">{t('field.active')}</th>
                  </tr>
                </thead>
                <tbody>
                  {query.data.items.map((c) => (
                    <tr key={c.id}>
                      <td><Link to={`/kanali/${c.id}`}>{localized(i18n.language, c.nameLv, c.nameEn)}</Link> <span className="muted small">{c.code}</span></td>
                      <td>
                        {names.channelType(c.channelType)}
                        {c.digital !== null && <span className="muted small"> · {c.digital ? t('digital.yes') : t('digital.no')}</span>}
                      </td>
                      <td>{c.address ?? c.url ?? c.phone ?? c.email ?? ''}</td>
                      <td>{c.active ? t('state.active') : t('state.inactive')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <Pager page={page} pageSize={PAGE_SIZE} total={query.data.total} onPage={(p) => update({ page: p > 1 ? String(p) : undefined })} />
          </>
        )}
      </QueryState>
    </section>
  );
}
