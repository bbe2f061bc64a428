import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, ApiError, unwrap, type Schemas } from '../../api/client.js';
import { localized } from '../../i18n.js';
import { Field } from '../../ui/Field.js';
import { ProblemAlert } from '../../ui/QueryState.js';
import { usePolicyNames } from '../policy/usePolicy.js';

export type AppointableRole = 'serviceOwner' | 'serviceProvider' | 'resourceOwner';

const SINGLE_HOLDER: AppointableRole[] = ['serviceOwner', 'resourceOwner'];

/**
 * Appoints a person of the institution as a service manager or resource manager:
 * pick the role, the person and the service or resource it is for.
 */
export function AppointForm({ institutionId, roles, current, onDone }: { institutionId: string; roles: AppointableRole[]; current: Schemas['InstitutionRoles']; onDone: (message: string) => void }) {
  const { t, i18n } = useTranslation('institutions');
  const names = usePolicyNames();
  const queryClient = useQueryClient();
  const [role, setRole] = useState<AppointableRole>(roles[0]);
  const [personId, setPersonId] = useState('');
  const [scopeId, setScopeId] = useState('');

  const people = useQuery({
    queryKey: ['institutions', 'people', institutionId],
    queryFn: async () => unwrap(await api.GET('/api/v1/people', { params: { query: { institutionId, active: 'true', pageSize: 200 } } })),
  });
  const services = useQuery({
    queryKey: ['institutions', 'services', institutionId],
    queryFn: async () => unwrap(await api.GET('/api/v1/services', { params: { query: { ownerInstitutionId: institutionId, pageSize: 200, sort: 'code' } } })),
    enabled: role !== 'resourceOwner',
  });
  const resources = useQuery({
    queryKey: ['institutions', 'resources', institutionId],
    queryFn: async () => unwrap(await api.GET('/api/v1/resources', { params: { query: { institutionId, pageSize: 200, sort: 'code' } } })),
    enabled: role === 'resourceOwner',
  });
  const held = new Set(current.roles.filter((r) => SINGLE_HOLDER.includes(role) && r.role === role && r.performers.length > 0).map((r) => r.scopeId));
  const scopes: { id: string; label: string }[] =
    role !== 'resourceOwner'
      ? (services.data?.items ?? []).map((s) => ({ id: s.id, label: `${s.code} — ${localized(i18n.language, s.nameLv, s.nameEn) || t('appoint.unnamed')}` }))
      : (resources.data?.items ?? []).map((r) => ({ id: r.id, label: `${r.code} — ${localized(i18n.language, r.nameLv, r.nameEn)}` }));

  const appoint = useMutation({
    mutationFn: async () =>
      unwrap(await api.POST('/api/v1/role-assignments', { body: { role, institutionId, personId: personId || null, scopeId: scopeId || null } })),
    onSuccess: async (r) => {
      const who = r.person ? `${r.person.givenName} ${r.person.familyName}` : '';
      onDone(t('appoint.done', { name: who, role: names.roleWithTitle(r.role), scope: r.scopeCode ?? '' }));
      setPersonId('');
      setScopeId('');
      await queryClient.invalidateQueries({ queryKey: ['institutions', 'roles', institutionId] });
    },
  });
  const fieldErrors = appoint.error instanceof ApiError ? appoint.error.fieldErrors() : {};
  const [local, setLocal] = useState<Record<string, string>>({});
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    // Say what is missing before asking the API, next to the field.
    const missing: Record<string, string> = {};
    if (!personId) missing.personId = t('appoint.pickPerson');
    if (!scopeId) missing.scopeId = t('appoint.pickScope');
    setLocal(missing);
    if (Object.keys(missing).length === 0) appoint.mutate();
    else appoint.reset();
  };

  return (
    <form onSubmit={onSubmit} className="card stack" aria-labelledby="appoint-heading" noValidate>
      <h3 id="appoint-heading">{t('appoint.title')}</h3>
      <p className="hint">{t('appoint.hint')}</p>
      <Field label={t('appoint.role')} error={fieldErrors.role}>
        <select name="role" value={role} onChange={(e) => { setRole(e.target.value as AppointableRole); setScopeId(''); }}>
          {roles.map((r) => (
            <option key={r} value={r}>{names.roleWithTitle(r)}</option>
          ))}
        </select>
      </Field>
      <Field label={t('appoint.person')} error={fieldErrors.personId ?? (local.personId || undefined)} required>
        <select name="personId" value={personId} onChange={(e) => { setPersonId(e.target.value); setLocal((l) => ({ ...l, personId: '' })); }}>
          <option value="">{t('appoint.choose')}</option>
          {(people.data?.items ?? []).map((p) => (
            <option key={p.id} value={p.id}>{`${p.givenName} ${p.familyName}`}{p.jobTitle ? ` — ${p.jobTitle}` : ''}</option>
          ))}
        </select>
      </Field>
      <Field label={role !== 'resourceOwner' ? t('appoint.service') : t('appoint.resource')} error={fieldErrors.scopeId ?? (local.scopeId || undefined)} hint={t('appoint.scopeHint')} required>
        <select name="scopeId" value={scopeId} onChange={(e) => { setScopeId(e.target.value); setLocal((l) => ({ ...l, scopeId: '' })); }}>
          <option value="">{t('appoint.choose')}</option>
          {scopes.map((s) => (
            <option key={s.id} value={s.id}>{s.label}{held.has(s.id) ? ` (${t('appoint.hasManager')})` : ''}</option>
          ))}
        </select>
      </Field>
      <ProblemAlert error={appoint.error} />
      <div>
        <button type="submit" className="primary" disabled={appoint.isPending}>{t('appoint.submit')}</button>
      </div>
    </form>
  );
}
