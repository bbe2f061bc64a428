import { useTranslation } from 'react-i18next';
import { COMPLEXITIES, LIFECYCLE_STAGES, PROCESSING_MODES, RECIPIENT_TYPES, TARGET_GROUPS } from '../../../../shared/enums.js';
import { api, unwrap } from '../../api/client.js';
import { localized } from '../../i18n.js';
import { Field } from '../../ui/Field.js';
import { deriveDigitalStatus } from '../../../../shared/digital-status.js';
import { IssueList, RowsEditor, TermsEditor } from './Parts.js';
import { SearchPicker, type Option } from './Pickers.js';
import { NAME_WORDS, OVERRIDABLE, nameFromParts, nameWordCount, type FormState, type Issue } from './model.js';
import type { PolicyDoc } from './useEditorData.js';

export interface FormProps {
  form: FormState;
  update: (patch: Partial<FormState>) => void;
  /** Live rule check, by form field. */
  issues: (field: string) => Issue[];
  /** Errors the API gave for the last save, by form field. */
  fieldError: (field: string) => string | undefined;
  policy: PolicyDoc | undefined;
  /** A problem path as the form labels it ("PLVN 1 › rādītājs 2 › vērtības"). */
  labelOf: (path: string) => string;
  directions: { id: string; nameLv: string; nameEn: string | null }[];
  people: { id: string; name: string }[];
  isNew: boolean;
}

const idsOf = (list: { id: string; nameLv: string; nameEn?: string | null; code?: string }[], lang: string): Option[] =>
  list.map((x) => ({ id: x.id, label: localized(lang, x.nameLv, x.nameEn), detail: x.code }));

/** The whole description form, section by section; each field shows its rule check next to it. */
export function ServiceForm({ form, update, issues, fieldError, policy, labelOf, directions, people, isNew }: FormProps) {
  const { t, i18n } = useTranslation('service-editor');
  const lang = i18n.language;
  const instance = !!form.templateServiceId;
  const locked = (field: string) => instance && !(OVERRIDABLE as readonly string[]).includes(field);
  const err = (field: string) => fieldError(field) ?? (issues(field).some((i) => i.severity === 'error') ? t('validation.seeBelow') : undefined);
  const words = nameWordCount(form.nameLv);
  const preview = nameFromParts(form.nameParts);
  const addLabel = (o: Option) => ({ ...form.labels, [o.id]: o.label });

  const searchNeeds = async (q: string) =>
    idsOf(unwrap(await api.GET('/api/v1/needs', { params: { query: { q: q || undefined, pageSize: 20 } } })).items, lang);
  const searchInstitutions = async (q: string) =>
    idsOf(unwrap(await api.GET('/api/v1/institutions', { params: { query: { q: q || undefined, pageSize: 20 } } })).items, lang);
  const searchResources = async (q: string) =>
    idsOf(unwrap(await api.GET('/api/v1/resources', { params: { query: { q: q || undefined, pageSize: 20 } } })).items, lang);
  const searchServices = async (q: string) =>
    unwrap(await api.GET('/api/v1/services', { params: { query: { q: q || undefined, pageSize: 20 } } })).items.map((x) => ({ id: x.id, label: localized(lang, x.nameLv, x.nameEn) || x.code, detail: x.code }));
  const channelTypeName = (code: string) => {
    const ct = policy?.channelTypes.find((c) => c.code === code);
    return ct ? localized(lang, ct.nameLv, ct.nameEn) : code;
  };
  const channelTypeOptions = [...(policy?.channelTypes ?? [])].sort((a, b) => a.order - b.order).map((c) => ({ code: c.code, label: localized(lang, c.nameLv, c.nameEn) }));
  const searchChannels = async (q: string) =>
    unwrap(await api.GET('/api/v1/channel-points', { params: { query: { q: q || undefined, pageSize: 20, active: 'true' } } })).items.map((c) => ({
      id: c.id,
      label: localized(lang, c.nameLv, c.nameEn),
      detail: `${channelTypeName(c.channelType)} · ${c.institution.nameLv}`,
      channelType: c.channelType,
    }));

  return (
    <div className="editor-sections">
      {/* ---------------- Naming ---------------- */}
      <section aria-labelledby="sec-name" className="editor-section">
        <h2 id="sec-name">{t('section.name')}</h2>
        {instance && <p className="muted">{t('instance.inherited')}</p>}
        <fieldset disabled={locked('nameLv')} className="plain">
          <div className="name-help">
            <p className="hint">{t('naming.intro')}</p>
            <div className="row">
              <Field label={t('naming.object')} hint={t('naming.objectHint')}>
                <input value={form.nameParts.object} onChange={(e) => update({ nameParts: { ...form.nameParts, object: e.target.value } })} />
              </Field>
              <Field label={t('naming.action')} hint={t('naming.actionHint')}>
                <input value={form.nameParts.action} onChange={(e) => update({ nameParts: { ...form.nameParts, action: e.target.value } })} />
              </Field>
              <Field label={t('naming.info')} hint={t('naming.infoHint')}>
                <input value={form.nameParts.info} onChange={(e) => update({ nameParts: { ...form.nameParts, info: e.target.value } })} />
              </Field>
            </div>
            <p aria-live="polite" className="name-preview">
              {t('naming.preview')}: <strong>{preview || t('naming.previewEmpty')}</strong>{' '}
              {preview && preview !== form.nameLv && (
                <button type="button" onClick={() => update({ nameLv: preview })}>{t('naming.use')}</button>
              )}
            </p>
          </div>
          <Field label={t('field.nameLv')} required error={err('nameLv')} hint={t('naming.words', { count: words, min: NAME_WORDS.min, max: NAME_WORDS.max })}>
            <input name="nameLv" value={form.nameLv} onChange={(e) => update({ nameLv: e.target.value })} />
          </Field>
          <p className={`small ${words < NAME_WORDS.min || words > NAME_WORDS.max ? 'warn-text' : 'ok-text'}`} aria-live="polite">
            {words < NAME_WORDS.min ? t('naming.tooShort', { count: words, min: NAME_WORDS.min }) : words > NAME_WORDS.max ? t('naming.tooLong', { count: words, max: NAME_WORDS.max }) : t('naming.wordsOk', { count: words })}
          </p>
          <IssueList issues={[...issues('nameLv'), ...issues('nameParts')]} />
          <Field label={t('field.nameEn')} error={err('nameEn')}>
            <input name="nameEn" value={form.nameEn} onChange={(e) => update({ nameEn: e.target.value })} />
          </Field>
          <IssueList issues={issues('nameEn')} />
          <details className="not-service">
            <summary>{t('naming.notServiceTitle')}</summary>
            <p className="small">{t('naming.notServiceIntro')}</p>
            <ul className="small">
              {(policy?.notServiceCategories ?? []).map((c) => (
                <li key={c.code}>
                  <strong>{localized(lang, c.nameLv, c.nameEn)}</strong>
                  {c.subTypes.length > 0 && <> — {c.subTypes.map((s) => localized(lang, s.nameLv, s.nameEn)).join('; ')}</>}
                </li>
              ))}
            </ul>
          </details>
        </fieldset>
      </section>

      {/* ---------------- Description and classification ---------------- */}
      <section aria-labelledby="sec-desc" className="editor-section">
        <h2 id="sec-desc">{t('section.description')}</h2>
        <fieldset disabled={locked('descriptionLv')} className="plain">
          <Field label={t('field.descriptionLv')} required error={err('descriptionLv')}>
            <textarea name="descriptionLv" value={form.descriptionLv} onChange={(e) => update({ descriptionLv: e.target.value })} />
          </Field>
          <IssueList issues={issues('descriptionLv')} />
          <Field label={t('field.descriptionEn')} error={err('descriptionEn')}>
            <textarea name="descriptionEn" value={form.descriptionEn} onChange={(e) => update({ descriptionEn: e.target.value })} />
          </Field>
          <Field label={t('field.resultLv')} error={err('resultLv')}>
            <textarea name="resultLv" value={form.resultLv} onChange={(e) => update({ resultLv: e.target.value })} />
          </Field>
          <Field label={t('field.recipientType')} required error={err('recipientType')}>
            <select name="recipientType" value={form.recipientType} onChange={(e) => update({ recipientType: e.target.value })}>
              <option value="">{t('choose')}</option>
              {RECIPIENT_TYPES.map((r) => <option key={r} value={r}>{t(`enum.recipientType.${r}`)}</option>)}
            </select>
          </Field>
          <IssueList issues={issues('recipientType')} />
          <fieldset className={err('targetGroups') ? 'has-error' : ''}>
            <legend>{t('field.targetGroups')}</legend>
            <div className="checks">
              {TARGET_GROUPS.map((g) => (
                <label key={g} className="check">
                  <input type="checkbox" checked={form.targetGroups.includes(g)}
                    onChange={(e) => update({ targetGroups: e.target.checked ? [...form.targetGroups, g] : form.targetGroups.filter((x) => x !== g) })} />
                  {t(`enum.targetGroup.${g}`)}
                </label>
              ))}
            </div>
            {fieldError('targetGroups') && <p className="field-error">{fieldError('targetGroups')}</p>}
            <IssueList issues={issues('targetGroups')} />
          </fieldset>
          <Field label={t('field.complexity')} required error={err('complexity')}>
            <select name="complexity" value={form.complexity} onChange={(e) => update({ complexity: e.target.value })}>
              <option value="">{t('choose')}</option>
              {COMPLEXITIES.map((c) => <option key={c} value={c}>{t(`enum.complexity.${c}`)}</option>)}
            </select>
          </Field>
          <IssueList issues={issues('complexity')} />
        </fieldset>
        <Field label={t('field.lifecycleStage')} required error={err('lifecycleStage')}>
          <select name="lifecycleStage" value={form.lifecycleStage} onChange={(e) => update({ lifecycleStage: e.target.value })}>
            <option value="">{t('choose')}</option>
            {LIFECYCLE_STAGES.map((c) => <option key={c} value={c}>{t(`enum.lifecycleStage.${c}`)}</option>)}
          </select>
        </Field>
        <IssueList issues={issues('lifecycleStage')} />
        <Field label={t('field.activityDirection')} required error={err('activityDirectionId')} hint={t('field.activityDirectionHint')}>
          <select name="activityDirectionId" value={form.activityDirectionId} onChange={(e) => update({ activityDirectionId: e.target.value })}>
            <option value="">{t('choose')}</option>
            {directions.map((d) => <option key={d.id} value={d.id}>{localized(lang, d.nameLv, d.nameEn)}</option>)}
          </select>
        </Field>
        <IssueList issues={issues('activityDirectionId')} />
        {isNew && !instance && (
          <Field label={t('field.manager')} hint={t('field.managerHint')}>
            <select name="managerPersonId" value={form.managerPersonId} onChange={(e) => update({ managerPersonId: e.target.value })}>
              <option value="">{t('choose')}</option>
              {people.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
            </select>
          </Field>
        )}
      </section>

      {/* ---------------- Needs ---------------- */}
      <section aria-labelledby="sec-needs" className="editor-section">
        <h2 id="sec-needs">{t('section.needs')}</h2>
        <p className="hint">{t('needs.hint')}</p>
        <SearchPicker name="needs" label={t('field.needs')} queryKey={['service-editor', 'needs']} search={searchNeeds} selected={form.needIds} labels={form.labels}
          disabled={locked('needIds')} error={fieldError('needIds')}
          onAdd={(o) => update({ needIds: [...form.needIds, o.id], labels: addLabel(o) })} onRemove={(id) => update({ needIds: form.needIds.filter((x) => x !== id) })} />
        <IssueList issues={issues('needIds')} />
      </section>

      {/* ---------------- Channels and the digital status ---------------- */}
      <section aria-labelledby="sec-channels" className="editor-section">
        <h2 id="sec-channels">{t('section.channels')}</h2>
        <DigitalStatusBox form={form} policy={policy} />
        {(['request', 'receipt'] as const).map((phase) => (
          <SearchPicker key={phase} name={`channels-${phase}`} label={t(`channels.${phase}`)} queryKey={['service-editor', 'channels']} search={searchChannels}
            selected={form.channelPoints.filter((c) => c.phase === phase).map((c) => c.channelPointId)} labels={form.labels}
            disabled={locked('channelPoints')} error={fieldError('channelPoints')}
            onAdd={(o) =>
              update({
                channelPoints: [...form.channelPoints, { channelPointId: o.id, phase }],
                labels: addLabel(o),
                channelTypes: { ...form.channelTypes, [o.id]: (o as Option & { channelType: string }).channelType },
              })
            }
            onRemove={(id) => update({ channelPoints: form.channelPoints.filter((c) => !(c.channelPointId === id && c.phase === phase)) })} />
        ))}
        <Field label={t('field.processingMode')} error={err('processingMode')} hint={t('field.processingModeHint')}>
          <select name="processingMode" value={form.processingMode} disabled={locked('processingMode')} onChange={(e) => update({ processingMode: e.target.value })}>
            <option value="">{t('choose')}</option>
            {PROCESSING_MODES.map((c) => <option key={c} value={c}>{t(`enum.processingMode.${c}`)}</option>)}
          </select>
        </Field>
        <IssueList issues={[...issues('channelPoints'), ...issues('processingMode'), ...issues('digitalStatus')]} />
      </section>

      {/* ---------------- Providers and PLVN ---------------- */}
      <section aria-labelledby="sec-providers" className="editor-section">
        <h2 id="sec-providers">{t('section.providers')}</h2>
        <SearchPicker name="providers" label={t('field.providers')} queryKey={['service-editor', 'institutions']} search={searchInstitutions}
          selected={form.providers.map((p) => p.institutionId)} labels={form.labels} error={fieldError('providers')}
          onAdd={(o) => update({ providers: [...form.providers, { institutionId: o.id, serviceLevelTerms: null }], labels: addLabel(o) })}
          onRemove={(id) => update({ providers: form.providers.filter((p) => p.institutionId !== id) })} />
        <IssueList issues={issues('providers')} labelOf={labelOf} />
        <TermsEditor title={t('plvn.title')} sets={form.serviceLevelTerms} channelTypes={channelTypeOptions} onChange={(s) => update({ serviceLevelTerms: s })} />
        <IssueList issues={issues('serviceLevelTerms')} labelOf={labelOf} />
        {form.providers.map((p, i) => (
          <details key={p.institutionId} className="provider-terms">
            <summary>{t('plvn.providerTitle', { name: form.labels[p.institutionId] ?? p.institutionId })}</summary>
            <TermsEditor title={t('plvn.providerSets', { name: form.labels[p.institutionId] ?? p.institutionId })} sets={p.serviceLevelTerms ?? []} channelTypes={channelTypeOptions}
              onChange={(s) => update({ providers: form.providers.map((x, n) => (n === i ? { ...x, serviceLevelTerms: s.length ? s : null } : x)) })} />
          </details>
        ))}
      </section>

      {/* ---------------- Resources, components, dependencies ---------------- */}
      <section aria-labelledby="sec-links" className="editor-section">
        <h2 id="sec-links">{t('section.links')}</h2>
        <fieldset disabled={locked('resourceIds')} className="plain">
          <SearchPicker name="resources" label={t('field.resources')} queryKey={['service-editor', 'resources']} search={searchResources} selected={form.resourceIds} labels={form.labels}
            disabled={locked('resourceIds')} error={fieldError('resourceIds')}
            onAdd={(o) => update({ resourceIds: [...form.resourceIds, o.id], labels: addLabel(o) })} onRemove={(id) => update({ resourceIds: form.resourceIds.filter((x) => x !== id) })} />
          <IssueList issues={issues('resourceIds')} />
          <SearchPicker name="components" label={t('field.components')} queryKey={['service-editor', 'services']} search={searchServices} selected={form.componentIds} labels={form.labels}
            disabled={locked('componentIds')} error={fieldError('componentIds')}
            onAdd={(o) => update({ componentIds: [...form.componentIds, o.id], labels: addLabel(o) })} onRemove={(id) => update({ componentIds: form.componentIds.filter((x) => x !== id) })} />
          <IssueList issues={issues('componentIds')} />
          <SearchPicker name="dependencies" label={t('field.dependencies')} queryKey={['service-editor', 'services']} search={searchServices} selected={form.dependsOnIds} labels={form.labels}
            disabled={locked('dependsOnIds')} error={fieldError('dependsOnIds')}
            onAdd={(o) => update({ dependsOnIds: [...form.dependsOnIds, o.id], labels: addLabel(o) })} onRemove={(id) => update({ dependsOnIds: form.dependsOnIds.filter((x) => x !== id) })} />
          <IssueList issues={issues('dependsOnIds')} />
        </fieldset>
      </section>

      {/* ---------------- Fee, legal basis, documents, prerequisites, contacts ---------------- */}
      <section aria-labelledby="sec-terms" className="editor-section">
        <h2 id="sec-terms">{t('section.terms')}</h2>
        <fieldset className="plain" disabled={locked('fee')}>
          <label className="check">
            <input type="checkbox" checked={form.fee.free} onChange={(e) => update({ fee: { ...form.fee, free: e.target.checked } })} />
            {t('fee.free')}
          </label>
          {!form.fee.free && (
            <Field label={t('fee.amount')} error={fieldError('fee')}>
              <input name="feeAmount" inputMode="decimal" value={form.fee.amountEur} onChange={(e) => update({ fee: { ...form.fee, amountEur: e.target.value } })} />
            </Field>
          )}
          <Field label={t('fee.description')}>
            <input name="feeDescription" value={form.fee.descriptionLv} onChange={(e) => update({ fee: { ...form.fee, descriptionLv: e.target.value } })} />
          </Field>
          <IssueList issues={issues('fee')} />
        </fieldset>
        <RowsEditor legend={t('field.legalBasis')} rows={form.legalBasis} empty={{ act: '', article: '', url: '' }} disabled={locked('legalBasis')} error={fieldError('legalBasis')}
          columns={[{ key: 'act', label: t('legal.act') }, { key: 'article', label: t('legal.article') }, { key: 'url', label: t('legal.url'), type: 'url' }]}
          onChange={(rows) => update({ legalBasis: rows })} />
        <IssueList issues={issues('legalBasis')} labelOf={labelOf} />
        <RowsEditor legend={t('field.requiredDocuments')} rows={form.requiredDocuments} empty={{ lv: '', en: '' }} disabled={locked('requiredDocuments')} error={fieldError('requiredDocuments')}
          columns={[{ key: 'lv', label: t('item.lv') }, { key: 'en', label: t('item.en') }]} onChange={(rows) => update({ requiredDocuments: rows })} />
        <RowsEditor legend={t('field.prerequisites')} rows={form.prerequisites} empty={{ lv: '', en: '' }} disabled={locked('prerequisites')} error={fieldError('prerequisites')}
          columns={[{ key: 'lv', label: t('item.lv') }, { key: 'en', label: t('item.en') }]} onChange={(rows) => update({ prerequisites: rows })} />
        <fieldset className="rows">
          <legend>{t('field.contacts')}</legend>
          <Field label={t('contacts.phone')} error={fieldError('contacts.phone') ?? fieldError('contacts')}>
            <input name="contactPhone" type="tel" value={form.contacts.phone} onChange={(e) => update({ contacts: { ...form.contacts, phone: e.target.value } })} />
          </Field>
          <Field label={t('contacts.email')} error={fieldError('contacts.email')}>
            <input name="contactEmail" type="email" value={form.contacts.email} onChange={(e) => update({ contacts: { ...form.contacts, email: e.target.value } })} />
          </Field>
          <Field label={t('contacts.url')} error={fieldError('contacts.url')}>
            <input name="contactUrl" type="url" value={form.contacts.url} onChange={(e) => update({ contacts: { ...form.contacts, url: e.target.value } })} />
          </Field>
          <IssueList issues={issues('contacts')} />
        </fieldset>
      </section>
    </div>
  );
}

/** The digital status as the chosen channels make it (R27), recomputed on every pick. */
function DigitalStatusBox({ form, policy }: { form: FormState; policy: PolicyDoc | undefined }) {
  const { t } = useTranslation('service-editor');
  const digitalByType = new Map((policy?.channelTypes ?? []).map((c) => [c.code, c.digital]));
  const types = new Map<string, { digital: boolean }>();
  for (const [cp, type] of Object.entries(form.channelTypes)) {
    const d = digitalByType.get(type);
    if (d !== undefined) types.set(cp, { digital: d });
  }
  const r = deriveDigitalStatus({ channelPoints: form.channelPoints, processingMode: form.processingMode || null }, types);
  return (
    <div className="digital-box" role="status" aria-live="polite">
      <p>
        {t('digital.label')}: <strong data-testid="digital-status">{t(`enum.digitalStatus.${r.status}`)}</strong>
      </p>
      <p className="small muted">
        {t('digital.phases', { request: t(`digital.mode.${r.byPhase.request}`), processing: t(`digital.mode.${r.byPhase.processing}`), receipt: t(`digital.mode.${r.byPhase.receipt}`) })}
      </p>
      <p className="small muted">{t('digital.explain')}</p>
    </div>
  );
}
