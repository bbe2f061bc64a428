import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, ApiError, etagOf, unwrap } from '../../api/client.js';
import { localized } from '../../i18n.js';
import { usePageTitle } from '../../shell/usePageTitle.js';
import { Field } from '../../ui/Field.js';
import { ProblemAlert, QueryState } from '../../ui/QueryState.js';
import { ConflictView } from './ConflictView.js';
import { useDebounced } from './Pickers.js';
import { ServiceForm } from './ServiceForm.js';
import {
  clearDraft, createBodyOf, descriptionOf, emptyForm, fieldOfPath, formOf, loadDraft, same, storeDraft, writableOf,
  type FormState, type Report, type SavedDraft, type Service, type UpdateBody,
} from './model.js';
import { pathLabel } from './pathLabels.js';
import { useEditedService, useInstitution, usePeople, usePolicyDoc } from './useEditorData.js';
import './service-editor.css';

/** Field errors of a problem, looked up by form field (`contacts.email` also answers `contacts`). */
function errorLookup(errors: Record<string, string>) {
  return (field: string) => errors[field] ?? Object.entries(errors).find(([k]) => fieldOfPath(k) === field)?.[1];
}

export default function EditorPage() {
  const { id } = useParams();
  const [params] = useSearchParams();
  const templateId = id ? null : params.get('no-sablona');
  const { t, i18n } = useTranslation('service-editor');
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const existing = useEditedService(id);
  const template = useEditedService(templateId ?? undefined);
  const policy = usePolicyDoc();
  // The institutions the caller may create services in, as the API decides (institutions' allowedActions).
  const owners = useQuery({
    queryKey: ['service-editor', 'owners'],
    enabled: !id,
    queryFn: async () => unwrap(await api.GET('/api/v1/institutions', { params: { query: { allowedAction: 'createService', pageSize: 200, sort: 'nameLv' } } })).items,
  });
  const ownerIds = useMemo(() => (owners.data ?? []).map((i) => i.id), [owners.data]);

  const [form, setForm] = useState<FormState | null>(null);
  const [etag, setEtag] = useState<string | undefined>();
  const [baseline, setBaseline] = useState<UpdateBody | undefined>();
  const [inherited, setInherited] = useState<string[]>([]);
  const [restore, setRestore] = useState<SavedDraft | null>(null);
  const [report, setReport] = useState<Report | null>(null);
  const [liveErrors, setLiveErrors] = useState<Record<string, string>>({});
  const [saveErrors, setSaveErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<unknown>(null);
  const [conflict, setConflict] = useState<Service | null>(null);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const dirty = useRef(false);

  const loaded = existing.data?.service;
  const tmpl = template.data?.service;
  // Fill the form once the service (or template) is here; offer a copy this browser kept, if it differs.
  useEffect(() => {
    if (form) return;
    let initial: FormState | null = null;
    if (id && loaded) {
      initial = formOf(loaded);
      setEtag(existing.data?.etag);
      setInherited(loaded.inheritedFields);
    } else if (!id && templateId && tmpl && ownerIds.length > 0) {
      initial = { ...formOf(tmpl), templateServiceId: tmpl.id, ownerInstitutionId: ownerIds[0] ?? '', managerPersonId: '', activityDirectionId: '' };
    } else if (!id && !templateId && ownerIds.length > 0) {
      initial = emptyForm(ownerIds[0] ?? '');
    }
    if (!initial) return;
    setForm(initial);
    setBaseline(descriptionOf(initial));
    const kept = loadDraft(id, templateId);
    if (kept && !same(descriptionOf(kept.form), descriptionOf(initial))) setRestore(kept);
  }, [form, id, templateId, loaded, tmpl, ownerIds, existing.data?.etag]);

  const owner = useInstitution(form?.ownerInstitutionId || undefined);
  const people = usePeople(id ? undefined : form?.ownerInstitutionId || undefined);
  const name = form ? form.nameLv || t('untitled') : '';
  usePageTitle(id ? t('title.edit', { name }) : t('title.new'));

  function update(patch: Partial<FormState>) {
    dirty.current = true;
    setForm((f) => (f ? { ...f, ...patch } : f));
  }

  // Autosave: a copy in this browser, so an expired session or a crash loses nothing.
  const slowForm = useDebounced(form, 700);
  useEffect(() => {
    if (slowForm && dirty.current) storeDraft(id, templateId, slowForm);
  }, [slowForm, id, templateId]);

  // Live validation: the register's own rules, run on the server over the unsaved form.
  useEffect(() => {
    if (!slowForm || !slowForm.ownerInstitutionId) return;
    let cancelled = false;
    void (async () => {
      try {
        const r = await api.POST('/api/v1/services/validate', { params: { query: { serviceId: id } }, body: createBodyOf(slowForm) });
        const rep = unwrap(r);
        if (cancelled) return;
        setReport(rep);
        setLiveErrors({});
      } catch (err) {
        if (cancelled) return;
        if (err instanceof ApiError && err.status === 400) setLiveErrors(err.fieldErrors());
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [slowForm, id]);

  async function save(current: FormState, ifMatch: string | undefined) {
    setBusy(true);
    setProblem(null);
    setSaveErrors({});
    setStatus(t('save.saving'));
    try {
      if (!id) {
        const r = await api.POST('/api/v1/services', { body: createBodyOf(current) });
        const created = unwrap(r);
        if (current.managerPersonId) {
          unwrap(await api.POST('/api/v1/role-assignments', { body: { role: 'serviceOwner', institutionId: created.owner.id, personId: current.managerPersonId, scopeId: created.id } }));
        }
        clearDraft(undefined, templateId);
        dirty.current = false;
        await queryClient.invalidateQueries({ queryKey: ['services'] });
        void navigate(`/pakalpojumi/${created.id}/labot?saglabats=1`, { replace: true });
        return;
      }
      const r = await api.PATCH('/api/v1/services/{id}', { params: { path: { id } }, headers: { 'if-match': ifMatch ?? '' }, body: writableOf(current, inherited, baseline) });
      const saved = unwrap(r);
      const fresh = formOf(saved);
      setEtag(etagOf(r.response));
      setBaseline(descriptionOf(fresh));
      setInherited(saved.inheritedFields);
      setForm({ ...current, labels: { ...fresh.labels, ...current.labels } });
      setConflict(null);
      clearDraft(id);
      dirty.current = false;
      queryClient.setQueryData(['service-editor', 'service', id], { service: saved, etag: etagOf(r.response) });
      await queryClient.invalidateQueries({ queryKey: ['services'] });
      setStatus(t('save.saved', { version: saved.versionNo }));
    } catch (err) {
      setStatus('');
      if (err instanceof ApiError && (err.status === 409 || err.status === 412) && err.problem.current) {
        setConflict(err.problem.current as Service);
        setTimeout(() => document.getElementById('conflict')?.focus(), 0);
      } else {
        if (err instanceof ApiError) setSaveErrors(err.fieldErrors());
        setProblem(err);
      }
    } finally {
      setBusy(false);
    }
  }

  async function submitForApproval() {
    if (!id) return;
    setBusy(true);
    setProblem(null);
    try {
      const r = await api.POST('/api/v1/services/{id}/submit', { params: { path: { id } }, headers: { 'if-match': etag ?? '' } });
      const s = unwrap(r);
      setEtag(etagOf(r.response));
      queryClient.setQueryData(['service-editor', 'service', id], { service: s, etag: etagOf(r.response) });
      await queryClient.invalidateQueries({ queryKey: ['services'] });
      setStatus(t('submit.done'));
    } catch (err) {
      if (err instanceof ApiError && err.status === 409 && err.problem.current) setConflict(err.problem.current as Service);
      else setProblem(err);
    } finally {
      setBusy(false);
    }
  }

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (form) void save(form, etag);
  }

  // A manager picked in a new service's form is appointed on save, so R13 is not a finding yet.
  const managerPending = !id && !!form?.managerPersonId;
  const shown: Report | null = report && managerPending ? withoutRule(report, 'R13') : report;
  const issuesOf = (field: string) => [...(shown?.errors ?? []), ...(shown?.warnings ?? [])].filter((i) => fieldOfPath(i.path) === field);
  const fieldError = errorLookup({ ...liveErrors, ...saveErrors });
  const labelOf = (path: string) => pathLabel(t, path, (i) => (form ? form.labels[form.providers[i]?.institutionId ?? ''] : undefined));
  const loading = (id && existing.isLoading) || (templateId && template.isLoading) || (!id && owners.isLoading) || policy.isLoading;
  const loadError = existing.error ?? template.error;
  const heading = id ? t('title.edit', { name }) : tmpl ? t('title.fromTemplate', { name: localized(i18n.language, tmpl.description.nameLv, tmpl.description.nameEn) }) : t('title.new');
  const justCreated = params.get('saglabats') === '1';

  return (
    <div className="service-editor">
      <h1>{heading}</h1>
      <QueryState isLoading={!!loading} error={loadError}>
        {!id && owners.data && ownerIds.length === 0 && <p className="alert warn">{t('noRightToCreate')}</p>}
        {restore && (
          <div className="alert warn" role="region" aria-label={t('restore.label')}>
            <p>{t('restore.text', { when: new Date(restore.savedAt).toLocaleString(i18n.language === 'en' ? 'en-GB' : 'lv-LV') })}</p>
            <div className="row">
              <button type="button" className="primary" onClick={() => { dirty.current = true; setForm({ ...restore.form, templateServiceId: form?.templateServiceId ?? restore.form.templateServiceId }); setRestore(null); }}>{t('restore.use')}</button>
              <button type="button" onClick={() => { clearDraft(id, templateId); setRestore(null); }}>{t('restore.discard')}</button>
            </div>
          </div>
        )}
        {form && (
          <>
            {id && <p className="muted"><Link to={`/pakalpojumi/${id}`}>{t('backToService')}</Link>{loaded && <> · {loaded.code} · {t('versionState', { no: loaded.versionNo, state: t(`enum.versionState.${loaded.versionState}`) })}</>}</p>}
            {!id && ownerIds.length > 1 && (
              <Field label={t('field.owner')}>
                <select value={form.ownerInstitutionId} onChange={(e) => update({ ownerInstitutionId: e.target.value, activityDirectionId: '', managerPersonId: '' })}>
                  {(owners.data ?? []).map((o) => <option key={o.id} value={o.id}>{localized(i18n.language, o.nameLv, o.nameEn)}</option>)}
                </select>
              </Field>
            )}
            {owner.data && <p>{t('ownerIs', { name: localized(i18n.language, owner.data.nameLv, owner.data.nameEn) })}</p>}
            <ValidationSummary report={shown} labelOf={labelOf} />
            {managerPending && <p className="small muted">{t('validation.managerChosen')}</p>}
            {conflict && (
              <ConflictView mine={form} theirs={conflict} base={baseline} onCancel={() => setConflict(null)}
                onResolve={(merged) => {
                  const newTag = `"${conflict.version}"`;
                  setForm(merged);
                  setEtag(newTag);
                  setBaseline(descriptionOf(formOf(conflict)));
                  setInherited(conflict.inheritedFields);
                  void save(merged, newTag);
                }} />
            )}
            <ProblemAlert error={problem} labelOf={labelOf} />
            <form onSubmit={onSubmit} noValidate aria-labelledby="editor-form-label">
              <p id="editor-form-label" className="visually-hidden">{heading}</p>
              <ServiceForm form={form} update={update} issues={issuesOf} fieldError={fieldError} policy={policy.data} labelOf={labelOf}
                directions={owner.data?.activityDirections ?? []}
                people={(people.data ?? []).map((p) => ({ id: p.id, name: `${p.givenName} ${p.familyName}` }))} isNew={!id} />
              <div className="editor-actions">
                <button type="submit" className="primary" disabled={busy || !!conflict || !form.ownerInstitutionId}>{id ? t('save.update') : t('save.create')}</button>
                {id && (
                  <button type="button" onClick={() => void submitForApproval()} disabled={busy || !!conflict || (!!form && dirty.current)}>{t('submit.button')}</button>
                )}
                <p role="status" aria-live="polite" className="save-status">{status || (justCreated && !dirty.current ? t('save.created') : '')}</p>
              </div>
            </form>
          </>
        )}
      </QueryState>
    </div>
  );
}

/** All findings of the live check in one place, counted, with rule ids. */
function ValidationSummary({ report, labelOf }: { report: Report | null; labelOf: (path: string) => string }) {
  const { t } = useTranslation('service-editor');
  const all = report ? [...report.errors, ...report.warnings] : [];
  return (
    <section aria-labelledby="validation-title" className={`validation-summary alert ${report?.publishable ? 'ok' : 'warn'}`}>
      <h2 id="validation-title">{t('validation.title')}</h2>
      <p aria-live="polite" data-testid="validation-counts">
        {!report ? t('validation.pending') : report.publishable ? t('validation.publishable', { warnings: report.warnings.length }) : t('validation.counts', { errors: report.errors.length, warnings: report.warnings.length })}
      </p>
      {all.length > 0 && (
        <details>
          <summary>{t('validation.showAll')}</summary>
          <ul className="issues">
            {all.map((i, n) => (
              <li key={n} className={i.severity === 'error' ? 'issue-error' : 'issue-warning'}>
                <strong>{t(i.severity === 'error' ? 'validation.error' : 'validation.warning')} {i.rule}</strong> ({i.path ? labelOf(i.path) : t('validation.wholeService')}): {i.message}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

/** The report without one rule's findings (publishable again if nothing else blocks). */
function withoutRule(r: Report, rule: string): Report {
  const errors = r.errors.filter((i) => i.rule !== rule);
  return { ...r, errors, warnings: r.warnings.filter((i) => i.rule !== rule), publishable: errors.length === 0 };
}
