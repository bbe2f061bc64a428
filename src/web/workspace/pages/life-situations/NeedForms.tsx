import { useEffect, useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, ApiError, unwrap } from '../../api/client.js';
import { Field } from '../../ui/Field.js';
import { ProblemAlert } from '../../ui/QueryState.js';

/** The message of the first field error whose path ends with `field` (paths like `newNeeds[0].code`). */
function errorOf(error: unknown, field: string): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  return Object.entries(error.fieldErrors()).find(([k]) => k === field || k.endsWith(`.${field}`) || k.endsWith(`]${field}`))?.[1];
}

/** Renames a need (Latvian and English names) with If-Match, so a parallel change is not overwritten. */
export function RenameNeedForm({ needId, onClose, onSaved }: { needId: string; onClose: () => void; onSaved: (name: string) => void }) {
  const { t } = useTranslation('life-situations');
  const queryClient = useQueryClient();
  const need = useQuery({
    queryKey: ['life-situations', 'need', needId],
    queryFn: async () => {
      const r = await api.GET('/api/v1/needs/{id}', { params: { path: { id: needId } } });
      return unwrap(r);
    },
    staleTime: 0,
  });
  const [nameLv, setNameLv] = useState('');
  const [nameEn, setNameEn] = useState('');
  const [version, setVersion] = useState<number | null>(null);
  useEffect(() => {
    if (need.data && version === null) {
      setNameLv(need.data.nameLv);
      setNameEn(need.data.nameEn ?? '');
      setVersion(need.data.version);
    }
  }, [need.data, version]);
  const save = useMutation({
    mutationFn: async () =>
      unwrap(await api.PATCH('/api/v1/needs/{id}', { params: { path: { id: needId } }, headers: { 'if-match': `"${version}"` }, body: { nameLv, nameEn: nameEn.trim() || null } })),
    onSuccess: async (r) => {
      await queryClient.invalidateQueries({ queryKey: ['life-situations'] });
      onSaved(r.nameLv);
    },
  });
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  return (
    <form onSubmit={onSubmit} className="card" noValidate aria-label={t('need.renameForm')}>
      <Field label={t('need.nameLv')} error={errorOf(save.error, 'nameLv')} required>
        <input name="needNameLv" lang="lv" value={nameLv} onChange={(e) => setNameLv(e.target.value)} />
      </Field>
      <Field label={t('need.nameEn')} error={errorOf(save.error, 'nameEn')}>
        <input name="needNameEn" lang="en" value={nameEn} onChange={(e) => setNameEn(e.target.value)} />
      </Field>
      <ProblemAlert error={save.error ?? need.error} />
      <div className="row">
        <button type="submit" className="primary" disabled={save.isPending || version === null}>{t('common:save')}</button>
        <button type="button" onClick={onClose}>{t('common:cancel')}</button>
      </div>
    </form>
  );
}

/** Adds a new need to the life situation (created and tied in one step, If-Match on the situation). */
export function AddNeedForm({ lifeSituationId, version, onSaved }: { lifeSituationId: string; version: number; onSaved: (name: string) => void }) {
  const { t } = useTranslation('life-situations');
  const queryClient = useQueryClient();
  const [code, setCode] = useState('');
  const [nameLv, setNameLv] = useState('');
  const [nameEn, setNameEn] = useState('');
  const save = useMutation({
    mutationFn: async () =>
      unwrap(
        await api.PATCH('/api/v1/life-situations/{id}', {
          params: { path: { id: lifeSituationId } },
          headers: { 'if-match': `"${version}"` },
          body: { newNeeds: [{ code: code.trim().toUpperCase(), nameLv, nameEn: nameEn.trim() || null }] },
        }),
      ),
    onSuccess: async () => {
      const name = nameLv;
      setCode('');
      setNameLv('');
      setNameEn('');
      await queryClient.invalidateQueries({ queryKey: ['life-situations'] });
      onSaved(name);
    },
  });
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  return (
    <form onSubmit={onSubmit} className="card" noValidate aria-labelledby="add-need-heading">
      <h3 id="add-need-heading">{t('need.addTitle')}</h3>
      <Field label={t('need.code')} hint={t('need.codeHint')} error={errorOf(save.error, 'code')} required>
        <input name="newNeedCode" value={code} onChange={(e) => setCode(e.target.value)} autoComplete="off" />
      </Field>
      <Field label={t('need.nameLv')} error={errorOf(save.error, 'nameLv')} required>
        <input name="newNeedNameLv" lang="lv" value={nameLv} onChange={(e) => setNameLv(e.target.value)} />
      </Field>
      <Field label={t('need.nameEn')} error={errorOf(save.error, 'nameEn')}>
        <input name="newNeedNameEn" lang="en" value={nameEn} onChange={(e) => setNameEn(e.target.value)} />
      </Field>
      <ProblemAlert error={save.error} />
      <button type="submit" className="primary" disabled={save.isPending}>{t('need.add')}</button>
    </form>
  );
}
