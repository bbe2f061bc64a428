import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useQuery, keepPreviousData } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.js';
import { INSTITUTION_GROUPS, type InstitutionGroup } from '../../../../shared/enums.js';
import { localized } from '../../i18n.js';
import { usePageTitle } from '../../shell/usePageTitle.js';
import { Pager } from '../../ui/Pager.js';
import { QueryState } from '../../ui/QueryState.js';
import { usePolicyNames } from '../policy/usePolicy.js';

const PAGE_SIZE = 25;

/** Institutions with search, a group filter and server-side paging; the URL keeps the filters. */
export default function InstitutionsListPage() {
  const { t, i18n } = useTranslation('institutions');
  usePageTitle(t('list.title'));
  const names = usePolicyNames();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const groupParam = params.get('group');
  const group = (INSTITUTION_GROUPS as readonly string[]).includes(groupParam ?? '') ? (groupParam as InstitutionGroup) : undefined;
  const page = Math.max(1, Number(params.get('page')) || 1);
  const [text, setText] = useState(q);

  const query = useQuery({
    queryKey: ['institutions', 'list', q, group, page],
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/institutions', { params: { query: { q: q || undefined, group, page, pageSize: PAGE_SIZE } } })),
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
      <form role="search" className="row" onSubmit={onSearch} aria-label={t('list.searchLabel')}>
        <label>
          {t('list.q')}
          <input type="search" name="q" value={text} onChange={(e) => setText(e.target.value)} />
        </label>
        <label>
          {t('list.group')}
          <select name="group" value={group ?? ''} onChange={(e) => update({ group: e.target.value || undefined, page: undefined })}>
            <option value="">{t('list.allGroups')}</option>
            {INSTITUTION_GROUPS.map((g) => (
              <option key={g} value={g}>{names.group(g)}</option>
            ))}
          </select>
        </label>
        <button type="submit" className="primary">{t('common:search')}</button>
      </form>
      <QueryState isLoading={query.isLoading} error={query.error}>
        {query.data && (
          <>
            <p aria-live="polite" className="muted">{t('list.found', { count: query.data.total })}</p>
            <div className="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('field.name')}</th>
                    <th scope="col">{t('field.code')}</th>
                    <th scope="col">{t('field.group')}</th>
                    <th scope="col">{t('field.kind')}</th>
                  </tr>
                </thead>
                <tbody>
                  {query.data.items.map((i) => (
                    <tr key={i.id}>
                      <td><Link to={`/iestades/${i.id}`}>{localized(i18n.language, i.nameLv, i.nameEn)}</Link></td>
                      <td>{i.shortName ?? i.code}</td>
                      <td>{names.group(i.groupCode)}</td>
                      <td>{t(`kind.${i.kind}`)}</td>
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
