import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.js';
import { localized } from '../../i18n.js';
import { usePageTitle } from '../../shell/usePageTitle.js';
import { Pager } from '../../ui/Pager.js';
import { QueryState } from '../../ui/QueryState.js';

const PAGE_SIZE = 50;
type Kind = 'digitalTechnology' | 'information';

/** The resources register: information systems and information, virtual ones with their supplier. */
export default function ResourcesListPage() {
  const { t, i18n } = useTranslation('resources');
  usePageTitle(t('title'));
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const kind = (params.get('kind') ?? '') as Kind | '';
  const virtual = params.get('virtual') ?? '';
  const managerMissing = params.get('managerMissing') === 'true';
  const page = Number(params.get('page') ?? '1') || 1;
  const [text, setText] = useState(q);
  useEffect(() => setText(q), [q]);

  const update = (patch: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(patch)) if (v) next.set(k, v); else next.delete(k);
    if (!('page' in patch)) next.delete('page');
    setParams(next);
  };
  // Typing searches after a short pause, not on every key.
  useEffect(() => {
    const id = setTimeout(() => text !== q && update({ q: text.trim() || null }), 350);
    return () => clearTimeout(id);
  });

  const list = useQuery({
    queryKey: ['resources', 'list', q, kind, virtual, managerMissing, page],
    placeholderData: keepPreviousData,
    queryFn: async () =>
      unwrap(
        await api.GET('/api/v1/resources', {
          params: {
            query: {
              q: q || undefined,
              kind: kind || undefined,
              virtual: virtual === 'true' || virtual === 'false' ? virtual : undefined,
              managerMissing: managerMissing ? 'true' : undefined,
              page,
              pageSize: PAGE_SIZE,
            },
          },
        }),
      ),
  });

  return (
    <section>
      <h1>{t('title')}</h1>
      <p className="muted">{t('intro')}</p>
      {list.data?.allowedActions.includes('createResource') && (
        <p><Link to="/resursi/jauns">{t('register')}</Link></p>
      )}
      <form className="row" role="search" onSubmit={(e) => { e.preventDefault(); update({ q: text.trim() || null }); }}>
        <label>
          {t('search')}
          <input type="search" value={text} onChange={(e) => setText(e.target.value)} />
        </label>
        <label>
          {t('kind')}
          <select value={kind} onChange={(e) => update({ kind: e.target.value || null })}>
            <option value="">{t('all')}</option>
            <option value="digitalTechnology">{t('kinds.digitalTechnology')}</option>
            <option value="information">{t('kinds.information')}</option>
          </select>
        </label>
        <label>
          {t('virtual')}
          <select value={virtual} onChange={(e) => update({ virtual: e.target.value || null })}>
            <option value="">{t('all')}</option>
            <option value="true">{t('virtualOnly')}</option>
            <option value="false">{t('ownOnly')}</option>
          </select>
        </label>
        <label className="checkbox">
          <span>
            <input type="checkbox" checked={managerMissing} onChange={(e) => update({ managerMissing: e.target.checked ? 'true' : null })} /> {t('managerMissing')}
          </span>
        </label>
      </form>
      <QueryState isLoading={list.isLoading} error={list.error}>
        {list.data && (
          <>
            <div className="table-wrap">
              <table>
                <caption className="muted">{t('count', { count: list.data.total })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('code')}</th>
                    <th scope="col">{t('name')}</th>
                    <th scope="col">{t('kind')}</th>
                    <th scope="col">{t('institution')}</th>
                    <th scope="col">{t('manager')}</th>
                  </tr>
                </thead>
                <tbody>
                  {list.data.items.map((r) => (
                    <tr key={r.id}>
                      <td>{r.code}</td>
                      <td>
                        <Link to={`/resursi/${r.id}`}>{localized(i18n.language, r.nameLv, r.nameEn)}</Link>
                        {r.virtual && <> <span className="badge">{t('virtualBadge')}</span></>}
                      </td>
                      <td>{t(`kinds.${r.kind}`)}</td>
                      <td>{r.institution.nameLv}</td>
                      <td>{r.managerMissing ? <span className="badge error">{t('managerMissingBadge')}</span> : <span className="badge ok">{t('managerAppointed')}</span>}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <Pager page={page} pageSize={PAGE_SIZE} total={list.data.total} onPage={(p) => update({ page: String(p) })} />
          </>
        )}
      </QueryState>
    </section>
  );
}
