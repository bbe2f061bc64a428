import { useEffect, useId, useState } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type paths } from '../../api/client.js';
import { localized } from '../../i18n.js';
import { useSession } from '../../session.js';
import { usePageTitle } from '../../shell/usePageTitle.js';
import { Pager } from '../../ui/Pager.js';
import { ProblemAlert } from '../../ui/QueryState.js';
import { formatDateTime, serviceName, StatusBadges } from './shared.js';

type ListQuery = NonNullable<paths['/api/v1/services']['get']['parameters']['query']>;

/** Enumerated filters: URL parameter = API parameter, with their allowed values. */
const ENUM_FILTERS = {
  recipientType: ['publicIndividual', 'publicGeneral', 'interInstitutionalIndividual', 'interInstitutionalShared'],
  complexity: ['simple', 'complex', 'smart'],
  lifecycleStage: ['plan', 'create', 'implement', 'provide', 'maintainImprove', 'terminated'],
  digitalStatus: ['dService', 'eService', 'none'],
  status: ['draft', 'published', 'archived'],
} as const satisfies Partial<Record<keyof ListQuery, readonly string[]>>;
type EnumFilter = keyof typeof ENUM_FILTERS;

const SORTS = ['nameLv', 'code', 'updatedAt'] as const;
/** Address parameters that narrow the list (for the "n selected" count). */
const FILTER_PARAMS = [...Object.keys(ENUM_FILTERS), 'iestade', 'vaditajs', 'situacija', 'veids'];
const PAGE_SIZES = [25, 50, 100];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DEBOUNCE_MS = 350;

const oneOf = <T extends string>(values: readonly T[], v: string | null): T | undefined => (v && (values as readonly string[]).includes(v) ? (v as T) : undefined);
const uuidOr = (v: string | null): string | undefined => (v && UUID.test(v) ? v : undefined);

/** The API query from the page address: every filter, the sort and the page live in the URL. */
function queryFromParams(p: URLSearchParams): ListQuery {
  const q: ListQuery = {};
  const text = p.get('q')?.trim();
  if (text) q.q = text.slice(0, 200);
  for (const key of Object.keys(ENUM_FILTERS) as EnumFilter[]) {
    const v = oneOf(ENUM_FILTERS[key], p.get(key));
    if (v) (q as Record<string, string>)[key] = v;
  }
  q.ownerInstitutionId = uuidOr(p.get('iestade'));
  q.managerPersonId = uuidOr(p.get('vaditajs'));
  q.lifeSituationId = uuidOr(p.get('situacija'));
  const kind = p.get('veids');
  if (kind === 'template') q.isTemplate = 'true';
  if (kind === 'instance') q.isTemplate = 'false';
  q.sort = oneOf(SORTS, p.get('sort')) ?? 'nameLv';
  q.order = p.get('order') === 'desc' ? 'desc' : 'asc';
  const page = Number(p.get('page'));
  q.page = Number.isInteger(page) && page >= 1 && page <= 100_000 ? page : 1;
  const size = Number(p.get('pageSize'));
  q.pageSize = PAGE_SIZES.includes(size) ? size : 50;
  for (const k of Object.keys(q) as (keyof ListQuery)[]) if (q[k] === undefined) delete q[k];
  return q;
}

/** Options for the owner, manager and life-situation filters. */
function useFilterOptions(ownerId: string | undefined) {
  const institutions = useQuery({
    queryKey: ['services', 'filter-institutions'],
    queryFn: async () => unwrap(await api.GET('/api/v1/institutions', { params: { query: { pageSize: 200, sort: 'nameLv' } } })).items,
    staleTime: 5 * 60_000,
  });
  const lifeSituations = useQuery({
    queryKey: ['services', 'filter-life-situations'],
    queryFn: async () => unwrap(await api.GET('/api/v1/life-situations', { params: { query: { pageSize: 200, sort: 'nameLv' } } })).items,
    staleTime: 5 * 60_000,
  });
  const people = useQuery({
    queryKey: ['services', 'filter-people', ownerId],
    queryFn: async () => unwrap(await api.GET('/api/v1/people', { params: { query: { institutionId: ownerId!, pageSize: 200, active: 'true' } } })).items,
    enabled: !!ownerId,
    staleTime: 5 * 60_000,
  });
  return { institutions: institutions.data ?? [], lifeSituations: lifeSituations.data ?? [], people: people.data ?? [] };
}

/** The service register: search, filters, sorting and server-side paging, all kept in the address. */
export default function ServiceListPage() {
  const { t, i18n } = useTranslation('services');
  const lang = i18n.language;
  usePageTitle(t('list.title'));
  const { session } = useSession();
  const [params, setParams] = useSearchParams();
  const query = queryFromParams(params);
  const options = useFilterOptions(query.ownerInstitutionId);
  const statusId = useId();

  // The search box is typed into locally and written to the address after a pause.
  const urlText = params.get('q') ?? '';
  const [text, setText] = useState(urlText);
  useEffect(() => setText(urlText), [urlText]);
  useEffect(() => {
    if (text.trim() === urlText.trim()) return;
    const timer = setTimeout(() => update({ q: text.trim() || null }, true), DEBOUNCE_MS);
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [text]);

  /** Changes parameters of the address; any filter change goes back to page 1. */
  function update(changes: Record<string, string | null>, replace = false) {
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        for (const [k, v] of Object.entries(changes)) {
          if (v) next.set(k, v);
          else next.delete(k);
        }
        if (!('page' in changes)) next.delete('page');
        return next;
      },
      { replace },
    );
  }

  const list = useQuery({
    queryKey: ['services', 'list', query],
    queryFn: async () => unwrap(await api.GET('/api/v1/services', { params: { query } })),
    placeholderData: keepPreviousData,
  });
  const data = list.data;
  const updating = list.isFetching && list.isPlaceholderData;

  const enumSelect = (key: EnumFilter) => (
    <label key={key}>
      {t(`field.${key}`)}
      <select value={params.get(key) ?? ''} onChange={(e) => update({ [key]: e.target.value || null })}>
        <option value="">{t('list.any')}</option>
        {ENUM_FILTERS[key].map((v) => (
          <option key={v} value={v}>{t(`enum.${key}.${v}`)}</option>
        ))}
      </select>
    </label>
  );

  const activeFilters = FILTER_PARAMS.filter((k) => params.get(k)).length;
  // On a phone the filters start folded, unless some are in use, so the results are in sight.
  const [filtersOpen] = useState(() => activeFilters > 0 || window.matchMedia('(min-width: 641px)').matches);
  const ownerKnown = options.institutions.some((i) => i.id === query.ownerInstitutionId);
  const myId = session?.personId ?? undefined;
  return (
    <section>
      <div className="svc-head">
        <h1>{t('list.title')}</h1>
        {data?.allowedActions.includes('createService') && (
          <div className="svc-actions">
            <Link className="button primary" to="/pakalpojumi/jauns">{t('list.new')}</Link>
          </div>
        )}
      </div>
      <form role="search" className="svc-search" onSubmit={(e) => { e.preventDefault(); update({ q: text.trim() || null }); }}>
        <label>
          {t('list.search')}
          <input type="search" name="q" value={text} maxLength={200} onChange={(e) => setText(e.target.value)} />
        </label>
        <button type="submit">{t('common:search')}</button>
      </form>
      <details className="svc-filter-box" open={filtersOpen}>
        <summary>{t('list.filters')}{activeFilters > 0 ? ` (${t('list.active', { count: activeFilters })})` : ''}</summary>
      <fieldset className="svc-filters">
        <legend className="svc-vh">{t('list.filters')}</legend>
        {enumSelect('recipientType')}
        {enumSelect('complexity')}
        {enumSelect('lifecycleStage')}
        {enumSelect('digitalStatus')}
        {enumSelect('status')}
        <label>
          {t('field.owner')}
          <select value={query.ownerInstitutionId ?? ''} onChange={(e) => update({ iestade: e.target.value || null, vaditajs: query.managerPersonId === myId ? (myId ?? null) : null })}>
            <option value="">{t('list.any')}</option>
            {!ownerKnown && query.ownerInstitutionId && <option value={query.ownerInstitutionId}>{query.ownerInstitutionId}</option>}
            {options.institutions.map((i) => (
              <option key={i.id} value={i.id}>{localized(lang, i.nameLv, i.nameEn)}</option>
            ))}
          </select>
        </label>
        <div className="svc-field">
          <label htmlFor={`${statusId}-manager`}>{t('field.manager')}</label>
          <select id={`${statusId}-manager`} value={query.managerPersonId ?? ''} onChange={(e) => update({ vaditajs: e.target.value || null })} aria-describedby={query.ownerInstitutionId ? undefined : `${statusId}-mgr`}>
            <option value="">{t('list.any')}</option>
            {myId && <option value={myId}>{t('list.me')}</option>}
            {options.people.filter((p) => p.id !== myId).map((p) => (
              <option key={p.id} value={p.id}>{`${p.givenName} ${p.familyName}`}</option>
            ))}
            {query.managerPersonId && query.managerPersonId !== myId && !options.people.some((p) => p.id === query.managerPersonId) && (
              <option value={query.managerPersonId}>{query.managerPersonId}</option>
            )}
          </select>
          {!query.ownerInstitutionId && <p id={`${statusId}-mgr`} className="hint">{t('list.managerHint')}</p>}
        </div>
        <label>
          {t('field.lifeSituation')}
          <select value={query.lifeSituationId ?? ''} onChange={(e) => update({ situacija: e.target.value || null })}>
            <option value="">{t('list.any')}</option>
            {options.lifeSituations.map((ls) => (
              <option key={ls.id} value={ls.id}>{localized(lang, ls.nameLv, ls.nameEn)}</option>
            ))}
          </select>
        </label>
        <label>
          {t('list.kind')}
          <select value={params.get('veids') ?? ''} onChange={(e) => update({ veids: e.target.value || null })}>
            <option value="">{t('list.any')}</option>
            <option value="template">{t('list.kindTemplate')}</option>
            <option value="instance">{t('list.kindInstance')}</option>
          </select>
        </label>
        <label>
          {t('list.sort')}
          <select value={query.sort} onChange={(e) => update({ sort: e.target.value === 'nameLv' ? null : e.target.value })}>
            {SORTS.map((s) => (
              <option key={s} value={s}>{t(`list.sortBy.${s}`)}</option>
            ))}
          </select>
        </label>
        <label>
          {t('list.order')}
          <select value={query.order} onChange={(e) => update({ order: e.target.value === 'asc' ? null : e.target.value })}>
            <option value="asc">{t('list.asc')}</option>
            <option value="desc">{t('list.desc')}</option>
          </select>
        </label>
        <label>
          {t('list.pageSize')}
          <select value={String(query.pageSize)} onChange={(e) => update({ pageSize: e.target.value === '50' ? null : e.target.value })}>
            {PAGE_SIZES.map((n) => (
              <option key={n} value={n}>{n}</option>
            ))}
          </select>
        </label>
        <div>
          <button type="button" onClick={() => setParams(new URLSearchParams())}>{t('list.reset')}</button>
        </div>
      </fieldset>
      </details>

      <p id={statusId} role="status" aria-live="polite" className="muted">
        {list.isLoading ? t('common:loading') : updating ? t('list.updating') : data ? t('list.results', { count: data.total }) : ''}
      </p>
      {list.error ? <ProblemAlert error={list.error} /> : null}
      {data && data.items.length === 0 && <p>{t('list.empty')}</p>}
      {data && data.items.length > 0 && (
        <>
          <div className="table-wrap">
            <table className={`svc-list${updating ? ' loading' : ''}`} aria-busy={updating}>
              <caption className="svc-vh">{t('list.caption', { page: data.page })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('col.code')}</th>
                  <th scope="col">{t('col.name')}</th>
                  <th scope="col">{t('col.owner')}</th>
                  <th scope="col">{t('col.status')}</th>
                  <th scope="col">{t('field.lifecycleStage')}</th>
                  <th scope="col">{t('col.updated')}</th>
                </tr>
              </thead>
              <tbody>
                {data.items.map((s) => (
                  <tr key={s.id}>
                    <td className="code" data-label={t('col.code')}>{s.code}</td>
                    <td data-label={t('col.name')}>
                      <Link to={`/pakalpojumi/${s.id}`}>{serviceName(lang, s)}</Link>
                    </td>
                    <td data-label={t('col.owner')}>{s.owner.nameLv}</td>
                    <td data-label={t('col.status')}>
                      <StatusBadges status={s.status} digitalStatus={s.digitalStatus} versionState={s.versionState} />
                    </td>
                    <td data-label={t('field.lifecycleStage')}>{s.lifecycleStage ? t(`enum.lifecycleStage.${s.lifecycleStage}`) : ''}</td>
                    <td data-label={t('col.updated')}>{formatDateTime(lang, s.updatedAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager page={data.page} pageSize={data.pageSize} total={data.total} onPage={(p) => update({ page: p > 1 ? String(p) : null })} />
        </>
      )}
    </section>
  );
}
