import { useState } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type Schemas } from '../../api/client.js';
import { ProblemAlert, QueryState } from '../../ui/QueryState.js';
import { usePolicyNames } from '../policy/usePolicy.js';
import { AppointForm, type AppointableRole } from './AppointForm.js';

type Check = Schemas['InstitutionRoles']['checks'][number];

/** A rule check as text and icon, never colour alone. */
function CheckStatus({ status }: { status: Check['status'] }) {
  const { t } = useTranslation('institutions');
  const cls = status === 'met' ? 'ok' : status === 'broken' ? 'error' : '';
  const icon = status === 'met' ? '✔' : status === 'broken' ? '✖' : '–';
  return (
    <span className={`badge ${cls}`}>
      <span aria-hidden="true">{icon} </span>
      {t(`roles.status.${status}`)}
    </span>
  );
}

/** The roles the appointment form offers, in its order. */
const FORM_ROLES: AppointableRole[] = ['serviceOwner', 'serviceProvider', 'resourceOwner'];

/** The roles an institution holds, who performs each, the cardinality rules, and appointments. */
export function RolesSection({ institutionId }: { institutionId: string }) {
  const { t, i18n } = useTranslation('institutions');
  const names = usePolicyNames();
  const queryClient = useQueryClient();
  const [status, setStatus] = useState('');
  const query = useQuery({
    queryKey: ['institutions', 'roles', institutionId],
    queryFn: async () => unwrap(await api.GET('/api/v1/institutions/{id}/roles', { params: { path: { id: institutionId } } })),
  });
  const end = useMutation({
    mutationFn: async (p: { assignmentId: string; version: number; name: string }) =>
      unwrap(await api.POST('/api/v1/role-assignments/{id}/end', { params: { path: { id: p.assignmentId } }, headers: { 'if-match': `"${p.version}"` } })),
    onSuccess: async (_r, p) => {
      setStatus(t('roles.ended', { name: p.name }));
      await queryClient.invalidateQueries({ queryKey: ['institutions', 'roles', institutionId] });
    },
  });
  const data = query.data;
  // What the caller may appoint and end comes with the answer (roles.policy), never from the session's roles.
  const appointable = FORM_ROLES.filter((r) => data?.appointableRoles.includes(r));

  return (
    <section aria-labelledby="roles-heading">
      <h2 id="roles-heading">{t('roles.title')}</h2>
      <p role="status" aria-live="polite" className="small">{status}</p>
      <QueryState isLoading={query.isLoading} error={query.error}>
        {data && (
          <>
            <p className="muted">{t('roles.counts', { services: data.serviceCount, resources: data.resourceCount })}</p>
            <div className="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('roles.role')}</th>
                    <th scope="col">{t('roles.scope')}</th>
                    <th scope="col">{t('roles.people')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.roles.map((r) => (
                    <tr key={`${r.role}-${r.scopeId ?? 'state'}`}>
                      <th scope="row">{names.roleWithTitle(r.role)}</th>
                      <td>{t(`scope.${r.scopeType}`)}{r.scopeCode ? `: ${r.scopeCode}` : ''}</td>
                      <td>
                        {r.performers.length === 0 ? (
                          <span className="muted">{t('roles.nobody')}</span>
                        ) : (
                          <ul style={{ listStyle: 'none', padding: 0, margin: 0 }}>
                            {r.performers.map((p) => (
                              <li key={p.assignmentId}>
                                {p.name ?? t('roles.generic')} <span className="muted small">{t('roles.since', { date: p.since.slice(0, 10) })}</span>
                                {p.allowedActions.includes('end') && (
                                  <>
                                    {' '}
                                    <button
                                      type="button"
                                      className="link-button"
                                      disabled={end.isPending}
                                      onClick={() => {
                                        if (window.confirm(t('roles.endConfirm', { name: p.name ?? '', role: names.roleWithTitle(r.role) }))) {
                                          end.mutate({ assignmentId: p.assignmentId, version: p.version, name: p.name ?? '' });
                                        }
                                      }}
                                    >
                                      {t('roles.end', { name: p.name ?? '' })}
                                    </button>
                                  </>
                                )}
                              </li>
                            ))}
                          </ul>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <ProblemAlert error={end.error} />

            <h3>{t('roles.checksTitle')}</h3>
            <p>
              {data.compliant ? (
                <span className="badge ok"><span aria-hidden="true">✔ </span>{t('roles.compliant')}</span>
              ) : (
                <span className="badge error"><span aria-hidden="true">✖ </span>{t('roles.notCompliant')}</span>
              )}
            </p>
            {data.checks.length > 0 && (
              <div className="table-wrap">
                <table>
                  <thead>
                    <tr>
                      <th scope="col">{t('roles.rule')}</th>
                      <th scope="col">{t('roles.scope')}</th>
                      <th scope="col">{t('roles.status.label')}</th>
                      <th scope="col">{t('roles.explanation')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.checks.map((c, i) => (
                      <tr key={`${c.rule}-${c.scopeId}-${i}`}>
                        <th scope="row">{c.rule}</th>
                        <td>{t(`scope.${c.scopeType}`)}{c.scopeCode ? `: ${c.scopeCode}` : ''}</td>
                        <td><CheckStatus status={c.status} /></td>
                        <td>{i18n.language === 'en' ? c.message.en : c.message.lv}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
            {appointable.length > 0 ? (
              <AppointForm institutionId={institutionId} roles={appointable} current={data} onDone={(msg) => setStatus(msg)} />
            ) : (
              <p className="muted small">{t('roles.readOnly')} <Link to="/politika">{t('roles.policyLink')}</Link></p>
            )}
          </>
        )}
      </QueryState>
    </section>
  );
}
