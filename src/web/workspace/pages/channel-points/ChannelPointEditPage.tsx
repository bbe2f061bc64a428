import { useEffect, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, ApiError, unwrap, type Schemas } from '../../api/client.js';
import { localized } from '../../i18n.js';
import { useSession } from '../../session.js';
import { usePageTitle } from '../../shell/usePageTitle.js';
import { Field } from '../../ui/Field.js';
import { ProblemAlert, QueryState } from '../../ui/QueryState.js';
import { useActivePolicy } from '../policy/usePolicy.js';
import { WEEKDAYS, type Weekday } from './OpeningHours.js';

interface FormState {
  code: string;
  channelType: string;
  nameLv: string;
  nameEn: string;
  url: string;
  address: string;
  phone: string;
  email: string;
  hours: Record<Weekday, string>;
  notesLv: string;
  notesEn: string;
  accessibilityNotesLv: string;
  accessibilityNotesEn: string;
}

const emptyHours = (): Record<Weekday, string> => Object.fromEntries(WEEKDAYS.map((d) => [d, ''])) as Record<Weekday, string>;

function fromPoint(cp: Schemas['ChannelPoint']): FormState {
  const hours = emptyHours();
  for (const d of WEEKDAYS) hours[d] = (cp.openingHours?.weekly[d] ?? []).join(', ');
  return {
    code: cp.code,
    channelType: cp.channelType,
    nameLv: cp.nameLv,
    nameEn: cp.nameEn ?? '',
    url: cp.url ?? '',
    address: cp.address ?? '',
    phone: cp.phone ?? '',
    email: cp.email ?? '',
    hours,
    notesLv: cp.openingHours?.notesLv ?? '',
    notesEn: cp.openingHours?.notesEn ?? '',
    accessibilityNotesLv: cp.accessibilityNotesLv ?? '',
    accessibilityNotesEn: cp.accessibilityNotesEn ?? '',
  };
}

const blank = (): FormState => ({ code: '', channelType: '', nameLv: '', nameEn: '', url: '', address: '', phone: '', email: '', hours: emptyHours(), notesLv: '', notesEn: '', accessibilityNotesLv: '', accessibilityNotesEn: '' });

/** The body fields shared by create and change; empty inputs become null ("none"). */
function toBody(f: FormState) {
  const orNull = (v: string) => (v.trim() ? v.trim() : null);
  const weekly: Partial<Record<Weekday, string[]>> = {};
  for (const d of WEEKDAYS) {
    const list = f.hours[d].split(/[,;]/).map((s) => s.trim()).filter(Boolean);
    if (list.length) weekly[d] = list;
  }
  const hasHours = Object.keys(weekly).length > 0 || f.notesLv.trim() || f.notesEn.trim();
  return {
    channelType: f.channelType,
    nameLv: f.nameLv,
    nameEn: orNull(f.nameEn),
    url: orNull(f.url),
    address: orNull(f.address),
    phone: orNull(f.phone),
    email: orNull(f.email),
    openingHours: hasHours ? { weekly, notesLv: orNull(f.notesLv), notesEn: orNull(f.notesEn) } : null,
    accessibilityNotesLv: orNull(f.accessibilityNotesLv),
    accessibilityNotesEn: orNull(f.accessibilityNotesEn),
  };
}

/** Creates a channel point (/kanali/jauns) or changes one (/kanali/:id/labot), opening hours included. */
export default function ChannelPointEditPage() {
  const { id } = useParams();
  const [params] = useSearchParams();
  const { session } = useSession();
  const { t, i18n } = useTranslation('channel-points');
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const policy = useActivePolicy();
  const existing = useQuery({
    queryKey: ['channel-points', 'one', id],
    queryFn: async () => unwrap(await api.GET('/api/v1/channel-points/{id}', { params: { path: { id: id! } } })),
    enabled: !!id,
  });
  const [form, setForm] = useState<FormState>(blank);
  const [loadedVersion, setLoadedVersion] = useState<number | null>(null);
  useEffect(() => {
    if (existing.data && loadedVersion === null) {
      setForm(fromPoint(existing.data));
      setLoadedVersion(existing.data.version);
    }
  }, [existing.data, loadedVersion]);
  usePageTitle(id ? t('edit.titleEdit') : t('edit.titleNew'));
  const institutionId = existing.data?.institution.id ?? params.get('institutionId') ?? session?.institutionId ?? '';

  const save = useMutation({
    mutationFn: async () => {
      if (id) {
        return unwrap(
          await api.PATCH('/api/v1/channel-points/{id}', { params: { path: { id } }, headers: { 'if-match': `"${loadedVersion}"` }, body: { code: form.code, ...toBody(form) } }),
        );
      }
      return unwrap(await api.POST('/api/v1/channel-points', { body: { code: form.code, institutionId, ...toBody(form) } }));
    },
    onSuccess: async (r) => {
      await queryClient.invalidateQueries({ queryKey: ['channel-points'] });
      void navigate(`/kanali/${r.id}`);
    },
  });
  const errors = save.error instanceof ApiError ? save.error.fieldErrors() : {};
  const errorFor = (prefix: string) => Object.entries(errors).find(([k]) => k === prefix || k.startsWith(`${prefix}.`) || k.startsWith(`${prefix}[`))?.[1];
  const set = (k: keyof Omit<FormState, 'hours'>) => (e: { target: { value: string } }) => setForm((f) => ({ ...f, [k]: e.target.value }));
  const conflict = save.error instanceof ApiError && (save.error.status === 409 || save.error.status === 412);
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };

  return (
    <QueryState isLoading={!!id && existing.isLoading} error={existing.error}>
      <section>
        <p><Link to={id ? `/kanali/${id}` : '/kanali'}>{t('edit.back')}</Link></p>
        <h1>{id ? t('edit.titleEdit') : t('edit.titleNew')}</h1>
        <form onSubmit={onSubmit} noValidate className="stack" style={{ maxWidth: '48rem' }}>
          <Field label={t('field.code')} hint={t('edit.codeHint')} error={errorFor('code')} required>
            <input name="code" value={form.code} onChange={set('code')} autoComplete="off" />
          </Field>
          <Field label={t('field.channelType')} error={errorFor('channelType')} required>
            <select name="channelType" value={form.channelType} onChange={set('channelType')}>
              <option value="">{t('edit.choose')}</option>
              {(policy.data?.document.channelTypes ?? []).map((c) => (
                <option key={c.code} value={c.code}>{localized(i18n.language, c.nameLv, c.nameEn)}</option>
              ))}
            </select>
          </Field>
          <Field label={t('field.nameLv')} error={errorFor('nameLv')} required>
            <input name="nameLv" lang="lv" value={form.nameLv} onChange={set('nameLv')} />
          </Field>
          <Field label={t('field.nameEn')} error={errorFor('nameEn')}>
            <input name="nameEn" lang="en" value={form.nameEn} onChange={set('nameEn')} />
          </Field>
          <Field label={t('field.address')} error={errorFor('address')}>
            <input name="address" value={form.address} onChange={set('address')} autoComplete="street-address" />
          </Field>
          <Field label={t('field.url')} hint={t('edit.urlHint')} error={errorFor('url')}>
            <input name="url" type="url" value={form.url} onChange={set('url')} />
          </Field>
          <Field label={t('field.phone')} error={errorFor('phone')}>
            <input name="phone" type="tel" value={form.phone} onChange={set('phone')} />
          </Field>
          <Field label={t('field.email')} error={errorFor('email')}>
            <input name="email" type="email" value={form.email} onChange={set('email')} />
          </Field>
          <fieldset>
            <legend>{t('page.hours')}</legend>
            <p className="hint">{t('edit.hoursHint')}</p>
            {WEEKDAYS.map((d) => (
              <Field key={d} label={t(`weekday.${d}`)} error={errorFor(`openingHours.weekly.${d}`)}>
                <input
                  name={`hours-${d}`}
                  value={form.hours[d]}
                  onChange={(e) => setForm((f) => ({ ...f, hours: { ...f.hours, [d]: e.target.value } }))}
                  placeholder="08:30-12:00, 12:30-17:00"
                />
              </Field>
            ))}
            <Field label={t('edit.notesLv')} error={errorFor('openingHours.notesLv')}>
              <input name="notesLv" lang="lv" value={form.notesLv} onChange={set('notesLv')} />
            </Field>
            <Field label={t('edit.notesEn')} error={errorFor('openingHours.notesEn')}>
              <input name="notesEn" lang="en" value={form.notesEn} onChange={set('notesEn')} />
            </Field>
            {errorFor('openingHours') && !WEEKDAYS.some((d) => errorFor(`openingHours.weekly.${d}`)) && <p className="field-error">{errorFor('openingHours')}</p>}
          </fieldset>
          <Field label={t('edit.accessibilityLv')} error={errorFor('accessibilityNotesLv')}>
            <textarea name="accessibilityNotesLv" lang="lv" value={form.accessibilityNotesLv} onChange={set('accessibilityNotesLv')} />
          </Field>
          <Field label={t('edit.accessibilityEn')} error={errorFor('accessibilityNotesEn')}>
            <textarea name="accessibilityNotesEn" lang="en" value={form.accessibilityNotesEn} onChange={set('accessibilityNotesEn')} />
          </Field>
          {conflict && <p className="alert warn" role="alert">{t('edit.conflict')}</p>}
          <ProblemAlert error={save.error} />
          <div className="row">
            <button type="submit" className="primary" disabled={save.isPending}>{t('common:save')}</button>
            {conflict && existing.data && (
              <button type="button" onClick={async () => { const r = await existing.refetch(); if (r.data) setLoadedVersion(r.data.version); save.reset(); }}>
                {t('edit.keepMine')}
              </button>
            )}
          </div>
        </form>
      </section>
    </QueryState>
  );
}
