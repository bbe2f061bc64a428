import { useCallback, useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.js';
import { localized } from '../../i18n.js';
import { usePageTitle } from '../../shell/usePageTitle.js';
import { QueryState } from '../../ui/QueryState.js';
import { DependencyGraph } from './DependencyGraph.js';

type Kind = 'service' | 'resource';
const FOCUS = /^(service|resource):([0-9a-f-]{36})$/i;

/** Dependency view: pick a service or resource, see its graph and every service that depends on it. */
export default function DependenciesPage() {
  const { t, i18n } = useTranslation('dependencies');
  usePageTitle(t('title'));
  const [params, setParams] = useSearchParams();
  const match = FOCUS.exec(params.get('fokuss') ?? '');
  const focus = match ? { kind: match[1] as Kind, id: match[2] } : null;
  const depth = Math.min(4, Math.max(1, Number(params.get('dzilums') ?? '2') || 2));

  const setFocus = useCallback(
    (kind: Kind, id: string) => {
      const next = new URLSearchParams(params);
      next.set('fokuss', `${kind}:${id}`);
      setParams(next);
    },
    [params, setParams],
  );

  const graph = useQuery({
    enabled: !!focus,
    queryKey: ['dependencies', 'graph', focus?.kind, focus?.id, depth],
    queryFn: async () => unwrap(await api.GET('/api/v1/dependencies/graph', { params: { query: { focus: `${focus!.kind}:${focus!.id}`, depth } } })),
  });
  const impactQuery: { resourceId?: string; serviceId?: string } = focus ? (focus.kind === 'resource' ? { resourceId: focus.id } : { serviceId: focus.id }) : {};
  const impact = useQuery({
    enabled: !!focus,
    queryKey: ['dependencies', 'impact', focus?.kind, focus?.id],
    queryFn: async () => unwrap(await api.GET('/api/v1/dependencies/impact', { params: { query: impactQuery } })),
  });
  const csvHref = focus ? `/api/v1/dependencies/impact?${focus.kind === 'resource' ? 'resourceId' : 'serviceId'}=${focus.id}&format=csv` : '';
  const target = impact.data?.target;

  return (
    <section>
      <h1>{t('title')}</h1>
      <p className="muted">{t('intro')}</p>
      <FocusPicker onPick={setFocus} />
      {focus && (
        <>
          <label className="inline">
            {t('depth')}{' '}
            <select
              value={depth}
              onChange={(e) => {
                const next = new URLSearchParams(params);
                next.set('dzilums', e.target.value);
                setParams(next);
              }}
            >
              {[1, 2, 3, 4].map((d) => <option key={d} value={d}>{d}</option>)}
            </select>
          </label>
          {target && (
            <h2>
              {t(`kinds.${target.kind}`)}: {target.code} — {localized(i18n.language, target.nameLv, target.nameEn)} <span className="muted">({target.ownerInstitution.nameLv})</span>
            </h2>
          )}
          <QueryState isLoading={graph.isLoading} error={graph.error}>
            {graph.data && (
              <>
                {graph.data.truncated && <p className="alert warn">{t('truncated')}</p>}
                <DependencyGraph graph={graph.data} onFocus={setFocus} />
                <details>
                  <summary>{t('graphAsTable')}</summary>
                  <div className="table-wrap">
                    <table>
                      <thead>
                        <tr><th scope="col">{t('from')}</th><th scope="col">{t('link')}</th><th scope="col">{t('to')}</th></tr>
                      </thead>
                      <tbody>
                        {graph.data.edges.map((e, i) => {
                          const from = graph.data.nodes.find((n) => n.id === e.from);
                          const to = graph.data.nodes.find((n) => n.id === e.to);
                          return (
                            <tr key={i}>
                              <td>{from ? <button type="button" className="link-button" onClick={() => setFocus(from.kind, from.id)}>{from.code} {localized(i18n.language, from.nameLv, from.nameEn)}</button> : e.from}</td>
                              <td>{t(`edges.${e.kind}`)}</td>
                              <td>{to ? <button type="button" className="link-button" onClick={() => setFocus(to.kind, to.id)}>{to.code} {localized(i18n.language, to.nameLv, to.nameEn)}</button> : e.to}</td>
                            </tr>
                          );
                        })}
                      </tbody>
                    </table>
                  </div>
                </details>
              </>
            )}
          </QueryState>
          <h2 id="impact-heading">{t('impactTitle')}</h2>
          <QueryState isLoading={impact.isLoading} error={impact.error}>
            {impact.data && (
              <>
                <p>
                  {t('impactCount', { count: impact.data.total })} <a href={csvHref} download>{t('downloadCsv')}</a>
                </p>
                {impact.data.truncated && <p className="alert warn">{t('impactTruncated')}</p>}
                {impact.data.items.length > 0 && (
                  <div className="table-wrap">
                    <table aria-labelledby="impact-heading">
                      <thead>
                        <tr>
                          <th scope="col">{t('depthCol')}</th>
                          <th scope="col">{t('service')}</th>
                          <th scope="col">{t('owner')}</th>
                          <th scope="col">{t('manager')}</th>
                          <th scope="col">{t('path')}</th>
                        </tr>
                      </thead>
                      <tbody>
                        {impact.data.items.map((s) => (
                          <tr key={s.id}>
                            <td>{s.depth === 1 ? t('direct') : t('indirect', { depth: s.depth })}</td>
                            <td><Link to={`/pakalpojumi/${s.id}`}>{s.code} {localized(i18n.language, s.nameLv, s.nameEn)}</Link></td>
                            <td>{s.ownerInstitution.nameLv}</td>
                            <td>{s.serviceManager ? <a href={`mailto:${s.serviceManager.email}`}>{s.serviceManager.name}</a> : <span className="badge error">{t('noManager')}</span>}</td>
                            <td className="small">{s.path.map((p) => p.code).join(' → ')}</td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </div>
                )}
              </>
            )}
          </QueryState>
        </>
      )}
    </section>
  );
}

/** Finds a service or resource by name or code to start the analysis from. */
function FocusPicker({ onPick }: { onPick: (kind: Kind, id: string) => void }) {
  const { t, i18n } = useTranslation('dependencies');
  const [kind, setKind] = useState<Kind>('resource');
  const [text, setText] = useState('');
  const [q, setQ] = useState('');
  useEffect(() => {
    const id = setTimeout(() => setQ(text.trim()), 300);
    return () => clearTimeout(id);
  }, [text]);
  const results = useQuery({
    enabled: q.length >= 2,
    queryKey: ['dependencies', 'pick', kind, q],
    queryFn: async () => {
      if (kind === 'resource') {
        const page = unwrap(await api.GET('/api/v1/resources', { params: { query: { q, pageSize: 10 } } }));
        return page.items.map((r) => ({ id: r.id, code: r.code, name: localized(i18n.language, r.nameLv, r.nameEn), owner: r.institution.nameLv }));
      }
      const page = unwrap(await api.GET('/api/v1/services', { params: { query: { q, pageSize: 10 } } }));
      return page.items.map((s) => ({ id: s.id, code: s.code, name: localized(i18n.language, s.nameLv, s.nameEn), owner: s.owner.nameLv }));
    },
  });
  return (
    <div className="card stack">
      <div className="row" role="search" aria-label={t('pickTitle')}>
        <label>
          {t('pickKind')}
          <select value={kind} onChange={(e) => setKind(e.target.value as Kind)}>
            <option value="resource">{t('kinds.resource')}</option>
            <option value="service">{t('kinds.service')}</option>
          </select>
        </label>
        <label>
          {t('pickSearch')}
          <input type="search" value={text} onChange={(e) => setText(e.target.value)} />
        </label>
      </div>
      {results.data && (
        <ul aria-live="polite" className="pick-list">
          {results.data.length === 0 && <li>{t('nothingFound')}</li>}
          {results.data.map((r) => (
            <li key={r.id}>
              <button type="button" className="link-button" onClick={() => onPick(kind, r.id)}>
                {r.code} — {r.name}
              </button>{' '}
              <span className="muted small">{r.owner}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
