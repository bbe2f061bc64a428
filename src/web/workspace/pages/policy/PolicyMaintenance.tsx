import { useEffect, useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, ApiError, unwrap, type Schemas } from '../../api/client.js';
import { Field } from '../../ui/Field.js';
import { ProblemAlert } from '../../ui/QueryState.js';
import { useActivePolicy, type PolicyDocument } from './usePolicy.js';

/** Starts a new draft version as a copy of the version in force, with its own id, titles and date. */
export function CreateDraftForm({ existingIds, onCreated }: { existingIds: string[]; onCreated: (id: string) => void }) {
  const { t } = useTranslation('policy');
  const queryClient = useQueryClient();
  const active = useActivePolicy();
  const next = `v${existingIds.length + 1}`;
  const [id, setId] = useState(next);
  const [titleLv, setTitleLv] = useState('');
  const [titleEn, setTitleEn] = useState('');
  const [effectiveFrom, setEffectiveFrom] = useState('');
  const create = useMutation({
    mutationFn: async () => {
      const doc = active.data!.document;
      return unwrap(await api.POST('/api/v1/policy/versions', { body: { ...doc, id: id.trim(), titleLv: titleLv.trim(), titleEn: titleEn.trim(), effectiveFrom: effectiveFrom || null } }));
    },
    onSuccess: async (r) => {
      await queryClient.invalidateQueries({ queryKey: ['policy', 'versions'] });
      onCreated(r.id);
    },
  });
  const errors = create.error instanceof ApiError ? create.error.fieldErrors() : {};
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate();
  };
  return (
    <form onSubmit={onSubmit} className="card" noValidate aria-labelledby="create-draft-heading" style={{ marginTop: '1.5rem' }}>
      <h2 id="create-draft-heading">{t('draft.createTitle')}</h2>
      <p className="hint">{t('draft.createHint')}</p>
      <Field label={t('draft.id')} hint={t('draft.idHint')} error={errors.id} required>
        <input name="versionId" value={id} onChange={(e) => setId(e.target.value)} autoComplete="off" />
      </Field>
      <Field label={t('draft.titleLv')} error={errors.titleLv} required>
        <input name="titleLv" lang="lv" value={titleLv} onChange={(e) => setTitleLv(e.target.value)} />
      </Field>
      <Field label={t('draft.titleEn')} error={errors.titleEn} required>
        <input name="titleEn" lang="en" value={titleEn} onChange={(e) => setTitleEn(e.target.value)} />
      </Field>
      <Field label={t('draft.effectiveFrom')} error={errors.effectiveFrom}>
        <input name="effectiveFrom" type="date" value={effectiveFrom} onChange={(e) => setEffectiveFrom(e.target.value)} />
      </Field>
      <ProblemAlert error={create.error} />
      <button type="submit" className="primary" disabled={create.isPending || !active.data}>{t('draft.create')}</button>
    </form>
  );
}

/** Edits a draft's whole document as JSON (typed or uploaded), replaced with If-Match. */
export function DraftEditor({ drafts, onSaved }: { drafts: Schemas['PolicyVersionSummary'][]; onSaved: (id: string) => void }) {
  const { t } = useTranslation('policy');
  const queryClient = useQueryClient();
  const [draftId, setDraftId] = useState('');
  const chosen = draftId || drafts[0]?.id || '';
  const draft = useQuery({
    queryKey: ['policy', 'version', chosen],
    queryFn: async () => unwrap(await api.GET('/api/v1/policy/versions/{id}', { params: { path: { id: chosen } } })),
    enabled: !!chosen,
  });
  const [text, setText] = useState('');
  const [loaded, setLoaded] = useState<{ id: string; version: number } | null>(null);
  const [parseError, setParseError] = useState<string | undefined>();
  useEffect(() => {
    if (draft.data && (loaded?.id !== draft.data.id)) {
      setText(JSON.stringify(draft.data.document, null, 2));
      setLoaded({ id: draft.data.id, version: draft.data.version });
    }
  }, [draft.data, loaded]);
  const save = useMutation({
    mutationFn: async (doc: PolicyDocument) =>
      unwrap(await api.PUT('/api/v1/policy/versions/{id}', { params: { path: { id: loaded!.id } }, headers: { 'if-match': `"${loaded!.version}"` }, body: doc })),
    onSuccess: async (r) => {
      setLoaded({ id: r.id, version: r.version });
      await queryClient.invalidateQueries({ queryKey: ['policy'] });
      onSaved(r.id);
    },
  });
  if (drafts.length === 0) return null;
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    let doc: PolicyDocument;
    try {
      doc = JSON.parse(text) as PolicyDocument;
    } catch (err) {
      setParseError(t('draft.invalidJson', { message: (err as Error).message }));
      return;
    }
    setParseError(undefined);
    save.mutate(doc);
  };
  const apiErrors = save.error instanceof ApiError ? save.error.problem.errors ?? [] : [];
  return (
    <form onSubmit={onSubmit} className="card" noValidate aria-labelledby="edit-draft-heading" style={{ marginTop: '1.5rem' }}>
      <h2 id="edit-draft-heading">{t('draft.editTitle')}</h2>
      <p className="hint">{t('draft.editHint')}</p>
      <Field label={t('draft.which')}>
        <select name="draftId" value={chosen} onChange={(e) => { setDraftId(e.target.value); setLoaded(null); }}>
          {drafts.map((d) => <option key={d.id} value={d.id}>{d.id}</option>)}
        </select>
      </Field>
      <Field label={t('draft.upload')} hint={t('draft.uploadHint')}>
        <input
          type="file"
          name="upload"
          accept="application/json,.json"
          onChange={async (e) => {
            const file = e.target.files?.[0];
            if (file) setText(await file.text());
          }}
        />
      </Field>
      <Field label={t('draft.json')} error={parseError ?? (apiErrors.length ? t('draft.jsonErrors', { n: apiErrors.length }) : undefined)}>
        <textarea name="document" value={text} onChange={(e) => setText(e.target.value)} rows={18} spellCheck={false} style={{ fontFamily: 'monospace', fontSize: '0.85rem' }} />
      </Field>
      <ProblemAlert error={save.error} />
      <button type="submit" className="primary" disabled={save.isPending || !loaded}>{t('draft.save')}</button>
    </form>
  );
}
