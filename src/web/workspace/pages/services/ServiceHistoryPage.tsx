import { useId } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type Schemas } from '../../api/client.js';
import { usePageTitle } from '../../shell/usePageTitle.js';
import { QueryState } from '../../ui/QueryState.js';
import { fieldLabel, itemText, namesOf, SET_FIELDS, valueText } from './diffFormat.js';
import { formatDateTime, serviceName, ServiceTabs, StatusBadges, useService } from './shared.js';

type Change = Schemas['ServiceDiff']['changes'][number];

/** Version history of a service and a side-by-side comparison of any two versions (`?no=1&lidz=3`). */
export default function ServiceHistoryPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation('services');
  const lang = i18n.language;
  const service = useService(id);
  const s = service.data?.service;
  const name = s ? serviceName(lang, s.description) || s.code : '';
  usePageTitle(s ? t('history.title', { name }) : t('view.tabs.history'));
  const versions = useQuery({
    queryKey: ['services', 'versions', id],
    queryFn: async () => unwrap(await api.GET('/api/v1/services/{id}/versions', { params: { path: { id } } })).items,
  });
  const who = useVersionAuthors(id);
  const [params, setParams] = useSearchParams();
  const nos = (versions.data ?? []).map((v) => v.versionNo).sort((a, b) => a - b);
  const latest = nos.at(-1);
  const pick = (key: string, fallback: number | undefined) => {
    const n = Number(params.get(key));
    return nos.includes(n) ? n : fallback;
  };
  const to = pick('lidz', latest);
  const from = pick('no', nos.length > 1 ? nos[nos.length - 2] : undefined);
  const formId = useId();

  return (
    <section>
      <div className="svc-head">
        <h1>{s ? t('history.title', { name }) : t('view.tabs.history')}</h1>
        {s && <StatusBadges status={s.status} digitalStatus={s.digitalStatus} versionState={s.versionState} />}
      </div>
      <ServiceTabs id={id} />
      <QueryState isLoading={versions.isLoading || service.isLoading} error={versions.error ?? service.error}>
        {versions.data && (
          <>
            <h2>{t('history.versions')}</h2>
            <div className="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('history.no')}</th>
                    <th scope="col">{t('history.state')}</th>
                    <th scope="col">{t('col.name')}</th>
                    <th scope="col">{t('history.created')}</th>
                    <th scope="col">{t('history.submitted')}</th>
                    <th scope="col">{t('history.published')}</th>
                    <th scope="col">{t('history.who')}</th>
                  </tr>
                </thead>
                <tbody>
                  {[...versions.data].sort((a, b) => b.versionNo - a.versionNo).map((v) => (
                    <tr key={v.versionNo}>
                      <th scope="row">{v.versionNo}</th>
                      <td>{t(`enum.versionState.${v.state}`)}</td>
                      <td>{v.nameLv}</td>
                      <td>{formatDateTime(lang, v.createdAt)}</td>
                      <td>{formatDateTime(lang, v.submittedAt)}</td>
                      <td>{formatDateTime(lang, v.publishedAt)}</td>
                      <td>{[...(who.get(v.versionNo) ?? [])].join(', ')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <h2 id={`${formId}-compare`}>{t('history.compare')}</h2>
            {nos.length < 2 ? (
              <p>{t('history.oneVersion')}</p>
            ) : (
              <>
                <form
                  className="row"
                  aria-labelledby={`${formId}-compare`}
                  onSubmit={(e) => {
                    e.preventDefault();
                    const f = new FormData(e.currentTarget);
                    setParams({ no: String(f.get('no')), lidz: String(f.get('lidz')) });
                  }}
                >
                  <label>
                    {t('history.from')}
                    <select name="no" defaultValue={from} key={`from-${from}`}>
                      {nos.map((n) => <option key={n} value={n}>{n}</option>)}
                    </select>
                  </label>
                  <label>
                    {t('history.to')}
                    <select name="lidz" defaultValue={to} key={`to-${to}`}>
                      {nos.map((n) => <option key={n} value={n}>{n}</option>)}
                    </select>
                  </label>
                  <button type="submit">{t('history.show')}</button>
                </form>
                {from !== undefined && to !== undefined && <VersionDiff id={id} from={from} to={to} />}
              </>
            )}
          </>
        )}
      </QueryState>
    </section>
  );
}

/**
 * Who worked on each version, from the audit trail (the newest 200 entries): the
 * version list itself carries dates only. Imported (seeded) versions have no entries.
 */
function useVersionAuthors(id: string): Map<number, Set<string>> {
  const trail = useQuery({
    queryKey: ['services', 'audit', id, 'authors'],
    queryFn: async () => unwrap(await api.GET('/api/v1/audit/{entityType}/{entityId}', { params: { path: { entityType: 'service', entityId: id }, query: { limit: 200 } } })).items,
    retry: false,
  });
  const out = new Map<number, Set<string>>();
  for (const e of trail.data ?? []) {
    const no = (e.after as { versionNo?: number } | null)?.versionNo;
    if (!no || !e.actorName) continue;
    if (!out.has(no)) out.set(no, new Set());
    out.get(no)!.add(e.actorName);
  }
  return out;
}

function useVersion(id: string, no: number) {
  return useQuery({
    queryKey: ['services', 'version', id, no],
    queryFn: async () => unwrap(await api.GET('/api/v1/services/{id}/versions/{no}', { params: { path: { id, no } } })),
    staleTime: 5 * 60_000,
  });
}

/** The changes between two versions, field by field, before | after. */
function VersionDiff({ id, from, to }: { id: string; from: number; to: number }) {
  const { t, i18n } = useTranslation('services');
  const diff = useQuery({
    queryKey: ['services', 'diff', id, from, to],
    queryFn: async () => unwrap(await api.GET('/api/v1/services/{id}/diff', { params: { path: { id }, query: { from, to } } })),
    placeholderData: keepPreviousData,
  });
  const a = useVersion(id, from);
  const b = useVersion(id, to);
  const names = namesOf(i18n.language, [a.data, b.data]);
  const changes = diff.data?.changes ?? [];
  return (
    <QueryState isLoading={diff.isLoading} error={diff.error}>
      <h3 aria-live="polite">{t('history.diffTitle', { from, to })}</h3>
      {changes.length === 0 ? (
        <p>{t('history.noChanges')}</p>
      ) : (
        <>
          <p className="muted">{t('history.changes', { count: changes.length })}</p>
          <div className="table-wrap">
            <table className="diff">
              <thead>
                <tr>
                  <th scope="col">{t('history.field')}</th>
                  <th scope="col">{t('history.before', { no: from })}</th>
                  <th scope="col">{t('history.after', { no: to })}</th>
                </tr>
              </thead>
              <tbody>
                {changes.map((c, i) => (
                  <ChangeRow key={`${c.path}-${i}`} change={c} names={names} />
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </QueryState>
  );
}

const isEmpty = (v: unknown) => v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0);

function Added({ text }: { text: string }) {
  const { t } = useTranslation('services');
  return (
    <ins>
      <span className="marker">{t('history.added')}:</span> {text}
    </ins>
  );
}
function Removed({ text }: { text: string }) {
  const { t } = useTranslation('services');
  return (
    <del>
      <span className="marker">{t('history.removed')}:</span> {text}
    </del>
  );
}

/** One changed field: lists show each item, with added and removed ones marked in words and colour. */
function ChangeRow({ change, names }: { change: Change; names: Map<string, string> }) {
  const { t } = useTranslation('services');
  const { path, before, after } = change;
  const label = fieldLabel(t, path);
  if (SET_FIELDS.has(path) && (Array.isArray(before) || Array.isArray(after) || before == null || after == null)) {
    const key = (x: unknown) => (typeof x === 'string' ? x : JSON.stringify(x));
    const a = (Array.isArray(before) ? before : []) as unknown[];
    const b = (Array.isArray(after) ? after : []) as unknown[];
    const inA = new Set(a.map(key));
    const inB = new Set(b.map(key));
    return (
      <tr>
        <th scope="row">{label}</th>
        <td className="before">
          {a.length === 0 ? <span className="muted">{t('history.empty')}</span> : a.map((x, i) => (inB.has(key(x)) ? <div key={i}>{itemText(t, path, x, names)}</div> : <Removed key={i} text={itemText(t, path, x, names)} />))}
        </td>
        <td className="after">
          {b.length === 0 ? <span className="muted">{t('history.empty')}</span> : b.map((x, i) => (inA.has(key(x)) ? <div key={i}>{itemText(t, path, x, names)}</div> : <Added key={i} text={itemText(t, path, x, names)} />))}
        </td>
      </tr>
    );
  }
  const beforeText = valueText(t, path, before, names);
  const afterText = valueText(t, path, after, names);
  return (
    <tr>
      <th scope="row">{label}</th>
      <td className="before">{isEmpty(before) ? <span className="muted">{t('history.empty')}</span> : isEmpty(after) ? <Removed text={beforeText} /> : beforeText}</td>
      <td className="after">
        {isEmpty(after) ? <span className="muted">{t('history.empty')}</span> : isEmpty(before) ? <Added text={afterText} /> : (
          <>
            <span className="marker">{t('history.changed')}:</span> {afterText}
          </>
        )}
      </td>
    </tr>
  );
}
