import { useState } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.js';
import { localized } from '../../i18n.js';
import { usePageTitle } from '../../shell/usePageTitle.js';
import { Field } from '../../ui/Field.js';
import { ProblemAlert, QueryState } from '../../ui/QueryState.js';
import { PolicyDiffView } from './PolicyDiffView.js';
import { CreateDraftForm, DraftEditor } from './PolicyMaintenance.js';

/** Policy versions: their state, what changed between any two, and (for the state lead) drafting and activation. */
export default function PolicyVersionsPage() {
  const { t, i18n } = useTranslation('policy');
  usePageTitle(t('versions.title'));
  const queryClient = useQueryClient();
  const [status, setStatus] = useState('');
  const versions = useQuery({
    queryKey: ['policy', 'versions'],
    queryFn: async () => unwrap(await api.GET('/api/v1/policy/versions', { params: { query: { pageSize: 100, sort: 'createdAt', order: 'asc' } } })),
  });
  const items = versions.data?.items ?? [];
  // What the caller may do comes with the answer (policy.policy), never from the session's roles.
  const canDraft = !!versions.data?.allowedActions.includes('createPolicyVersion');
  const canActivate = items.some((v) => v.allowedActions.includes('activate'));
  const active = items.find((v) => v.status === 'active');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const fromId = from || active?.id || items[0]?.id || '';
  const toId = to || items.find((v) => v.id !== fromId && v.status === 'draft')?.id || items[items.length - 1]?.id || '';
  const diff = useQuery({
    queryKey: ['policy', 'diff', fromId, toId],
    queryFn: async () => unwrap(await api.GET('/api/v1/policy/versions/{id}/diff/{otherId}', { params: { path: { id: fromId, otherId: toId } } })),
    enabled: !!fromId && !!toId && fromId !== toId,
  });
  const activate = useMutation({
    mutationFn: async (v: { id: string; version: number }) =>
      unwrap(await api.POST('/api/v1/policy/versions/{id}/activate', { params: { path: { id: v.id } }, headers: { 'if-match': `"${v.version}"` } })),
    onSuccess: async (r) => {
      setStatus(t('versions.activated', { id: r.id }));
      await queryClient.invalidateQueries({ queryKey: ['policy'] });
    },
  });

  return (
    <section>
      <p><Link to="/politika">{t('versions.back')}</Link></p>
      <h1>{t('versions.title')}</h1>
      <p role="status" aria-live="polite">{status}</p>
      <QueryState isLoading={versions.isLoading} error={versions.error}>
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('versions.id')}</th>
                <th scope="col">{t('versions.name')}</th>
                <th scope="col">{t('versions.status')}</th>
                <th scope="col">{t('versions.effectiveFrom')}</th>
                <th scope="col">{t('versions.createdAt')}</th>
                {canActivate && <th scope="col">{t('versions.actions')}</th>}
              </tr>
            </thead>
            <tbody>
              {items.map((v) => (
                <tr key={v.id}>
                  <th scope="row">{v.id}</th>
                  <td>{localized(i18n.language, v.titleLv, v.titleEn)}</td>
                  <td>
                    <span className={`badge ${v.status === 'active' ? 'ok' : ''}`}>
                      {v.status === 'active' && <span aria-hidden="true">✔ </span>}
                      {t(`state.${v.status}`)}
                    </span>
                  </td>
                  <td>{v.effectiveFrom ?? t('common:none')}</td>
                  <td>{v.createdAt.slice(0, 10)}</td>
                  {canActivate && (
                    <td>
                      {v.status === 'draft' && v.allowedActions.includes('activate') && (
                        <button
                          type="button"
                          disabled={activate.isPending}
                          onClick={() => {
                            if (window.confirm(t('versions.activateConfirm', { id: v.id }))) activate.mutate({ id: v.id, version: v.version });
                          }}
                        >
                          {t('versions.activate', { id: v.id })}
                        </button>
                      )}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <ProblemAlert error={activate.error} />

        <h2>{t('diff.heading')}</h2>
        {items.length < 2 ? (
          <p className="muted">{t('diff.onlyOne')}</p>
        ) : (
          <>
            <div className="row">
              <Field label={t('diff.from')}>
                <select name="from" value={fromId} onChange={(e) => setFrom(e.target.value)}>
                  {items.map((v) => <option key={v.id} value={v.id}>{`${v.id} — ${t(`state.${v.status}`)}`}</option>)}
                </select>
              </Field>
              <Field label={t('diff.to')}>
                <select name="to" value={toId} onChange={(e) => setTo(e.target.value)}>
                  {items.map((v) => <option key={v.id} value={v.id}>{`${v.id} — ${t(`state.${v.status}`)}`}</option>)}
                </select>
              </Field>
            </div>
            {fromId === toId ? (
              <p className="muted">{t('diff.same')}</p>
            ) : (
              <QueryState isLoading={diff.isLoading} error={diff.error}>
                {diff.data && <PolicyDiffView diff={diff.data} />}
              </QueryState>
            )}
          </>
        )}
      </QueryState>

      {canDraft && active && (
        <>
          <CreateDraftForm existingIds={items.map((v) => v.id)} onCreated={(id) => { setStatus(t('draft.created', { id })); setTo(id); }} />
          <DraftEditor drafts={items.filter((v) => v.status === 'draft')} onSaved={(id) => setStatus(t('draft.saved', { id }))} />
        </>
      )}
    </section>
  );
}
