import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.js';
import { LIFE_SITUATION_AUDIENCES, type LifeSituationAudience } from '../../../../shared/enums.js';
import { localized } from '../../i18n.js';
import { usePageTitle } from '../../shell/usePageTitle.js';
import { Pager } from '../../ui/Pager.js';
import { QueryState } from '../../ui/QueryState.js';

const PAGE_SIZE = 50;

/** Life situations with an audience filter and search; the URL keeps the filters. */
export default function LifeSituationsListPage() {
  const { t, i18n } = useTranslation('life-situations');
  usePageTitle(t('list.title'));
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const audienceParam = params.get('audience') ?? '';
  const audience = (LIFE_SITUATION_AUDIENCES as readonly string[]).includes(audienceParam) ? (audienceParam as LifeSituationAudience) : undefined;
  const page = Math.max(1, Number(params.get('page')) || 1);
  const [text, setText] = useState(q);
  const query = useQuery({
    queryKey: ['life-situations', 'list', q, audience, page],
    queryFn: async () => unwrap(await api.GET('/api/v1/life-situations', { params: { query: { q: q || undefined, audience, page, pageSize: PAGE_SIZE } } })),
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
          {t('list.q')}
          <input type="search" name="q" value={text} onChange={(e) => setText(e.target.value)} />
        </label>
        <label>
          {t('list.audience')}
          <select name="audience" value={audience ?? ''} onChange={(e) => update({ audience: e.target.value || undefined, page: undefined })}>
            <option value="">{t('list.allAudiences')}</option>
            {LIFE_SITUATION_AUDIENCES.map((a) => (
              <option key={a} value={a}>{t(`audience.${a}`)}</option>
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
                    <th scope="col">{t('field.audience')}</th>
                    <th scope="col">{t('field.needCount')}</th>
                    <th scope="col">{t('field.owner')}</th>
                  </tr>
                </thead>
                <tbody>
                  {query.data.items.map((s) => (
                    <tr key={s.id}>
                      <td><Link to={`/dzives-situacijas/${s.id}`}>{localized(i18n.language, s.nameLv, s.nameEn)}</Link></td>
                      <td>{t(`audience.${s.audience}`)}</td>
                      <td>{s.needCount}</td>
                      <td>{s.owner?.code ?? t('common:none')}</td>
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
