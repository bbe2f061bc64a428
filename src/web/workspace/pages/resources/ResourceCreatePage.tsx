import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, ApiError, unwrap, type Schemas } from '../../api/client.js';
import { localized } from '../../i18n.js';
import { usePageTitle } from '../../shell/usePageTitle.js';
import { Field } from '../../ui/Field.js';
import { ProblemAlert } from '../../ui/QueryState.js';
import { SearchPicker, type Option } from '../service-editor/Pickers.js';
import { useResourceRegistrars } from './useCanRegister.js';

type Body = Schemas['ResourceCreate'];
const KINDS = ['digitalTechnology', 'information'] as const;
const STAGES = ['plan', 'create', 'implement', 'use', 'maintainImprove', 'endUse'] as const;

interface FormState {
  institutionId: string;
  kind: Body['kind'];
  code: string;
  nameLv: string;
  nameEn: string;
  descriptionLv: string;
  lifecycleStage: NonNullable<Body['lifecycleStage']>;
  supplier: Option | null;
}

/**
 * Registers a resource (/resursi/jauns): by default an information system (digital technology) of an
 * institution whose resource-portfolio manager the user is (R15); optionally obtained through another
 * provider's service, which makes it virtual (R42).
 */
export default function ResourceCreatePage() {
  const { t, i18n } = useTranslation('resources');
  usePageTitle(t('create.title'));
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  // Where the user may register: the institutions whose allowedActions hold createResource.
  const registrars = useResourceRegistrars();
  const choices = registrars.institutions;
  const [form, setForm] = useState<FormState>({
    institutionId: '',
    kind: 'digitalTechnology',
    code: '',
    nameLv: '',
    nameEn: '',
    descriptionLv: '',
    lifecycleStage: 'use',
    supplier: null,
  });
  const institutionId = form.institutionId || (choices.length === 1 ? choices[0].id : '');

  const save = useMutation({
    mutationFn: async () => {
      const orNull = (v: string) => (v.trim() ? v.trim() : null);
      return unwrap(
        await api.POST('/api/v1/resources', {
          body: {
            institutionId,
            kind: form.kind,
            code: form.code.trim().toUpperCase(),
            nameLv: form.nameLv,
            nameEn: orNull(form.nameEn),
            descriptionLv: orNull(form.descriptionLv),
            lifecycleStage: form.lifecycleStage,
            supplierServiceId: form.supplier?.id ?? null,
          },
        }),
      );
    },
    onSuccess: async (r) => {
      await queryClient.invalidateQueries({ queryKey: ['resources'] });
      void navigate(`/resursi/${r.id}?registrets=1`);
    },
  });
  const errors = save.error instanceof ApiError ? save.error.fieldErrors() : {};
  const errorFor = (key: string) => errors[key] ?? errors[`body.${key}`];
  const set = (k: 'code' | 'nameLv' | 'nameEn' | 'descriptionLv') => (e: { target: { value: string } }) => setForm((f) => ({ ...f, [k]: e.target.value }));
  const labelOf = (path: string) => t(`create.field.${path.replace(/^body\./, '')}`, { defaultValue: path });
  const searchServices = async (q: string): Promise<Option[]> =>
    unwrap(await api.GET('/api/v1/services', { params: { query: { q: q || undefined, pageSize: 20 } } })).items.map((s) => ({
      id: s.id,
      label: localized(i18n.language, s.nameLv, s.nameEn) || s.code,
      detail: `${s.code} · ${s.owner.nameLv}`,
    }));
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };

  if (registrars.isLoading) return <p>{t('common:loading')}</p>;
  if (choices.length === 0) {
    return (
      <section>
        <p><Link to="/resursi">{t('title')}</Link></p>
        <h1>{t('create.title')}</h1>
        <p className="alert warn">{t('create.notAllowed')}</p>
      </section>
    );
  }

  return (
    <section>
      <p><Link to="/resursi">{t('title')}</Link></p>
      <h1>{t('create.title')}</h1>
      <p className="muted">{t('create.intro')}</p>
      <form onSubmit={onSubmit} noValidate className="stack resource-form">
        <Field label={t('institution')} error={errorFor('institutionId')} required>
          <select name="institutionId" value={institutionId} onChange={(e) => setForm((f) => ({ ...f, institutionId: e.target.value }))}>
            {choices.length !== 1 && <option value="">{t('create.choose')}</option>}
            {choices.map((c) => <option key={c.id} value={c.id}>{localized(i18n.language, c.nameLv, c.nameEn)}</option>)}
          </select>
        </Field>
        <Field label={t('kind')} error={errorFor('kind')} required>
          <select name="kind" value={form.kind} onChange={(e) => setForm((f) => ({ ...f, kind: e.target.value as Body['kind'] }))}>
            {KINDS.map((k) => <option key={k} value={k}>{t(`kinds.${k}`)}</option>)}
          </select>
        </Field>
        <Field label={t('code')} hint={t('create.codeHint')} error={errorFor('code')} required>
          <input name="code" value={form.code} onChange={set('code')} autoComplete="off" />
        </Field>
        <Field label={t('create.field.nameLv')} error={errorFor('nameLv')} required>
          <input name="nameLv" lang="lv" value={form.nameLv} onChange={set('nameLv')} />
        </Field>
        <Field label={t('create.field.nameEn')} error={errorFor('nameEn')}>
          <input name="nameEn" lang="en" value={form.nameEn} onChange={set('nameEn')} />
        </Field>
        <Field label={t('description')} error={errorFor('descriptionLv')}>
          <textarea name="descriptionLv" lang="lv" value={form.descriptionLv} onChange={set('descriptionLv')} />
        </Field>
        <Field label={t('lifecycle')} error={errorFor('lifecycleStage')} required>
          <select name="lifecycleStage" value={form.lifecycleStage} onChange={(e) => setForm((f) => ({ ...f, lifecycleStage: e.target.value as FormState['lifecycleStage'] }))}>
            {STAGES.map((s) => <option key={s} value={s}>{t(`stages.${s}`)}</option>)}
          </select>
        </Field>
        <SearchPicker name="supplier" label={t('create.supplier')} queryKey={['resources', 'create', 'services']} search={searchServices}
          selected={form.supplier ? [form.supplier.id] : []} labels={form.supplier ? { [form.supplier.id]: form.supplier.label } : {}}
          error={errorFor('supplierServiceId')}
          onAdd={(o) => setForm((f) => ({ ...f, supplier: o }))} onRemove={() => setForm((f) => ({ ...f, supplier: null }))} />
        <p className="hint">{t('create.supplierHint')}</p>
        <ProblemAlert error={save.error} labelOf={labelOf} />
        <div className="row">
          <button type="submit" className="primary" disabled={save.isPending || !institutionId}>{t('create.submit')}</button>
        </div>
      </form>
    </section>
  );
}
