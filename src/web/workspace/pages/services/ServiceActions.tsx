import { useRef, useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api, ApiError, etagOf, unwrap } from '../../api/client.js';
import { ProblemAlert } from '../../ui/QueryState.js';
import type { Service } from './shared.js';

type Action = 'submit' | 'publish' | 'archive';
interface RuleError { path: string; code: string; message: string; rule?: string; severity?: string }

/**
 * Edit, submit, publish and archive, shown only when the service's allowedActions say the caller may
 * (services.policy decides; the API checks again).
 * Each write asks for confirmation and sends If-Match with the ETag of the shown version.
 */
export function ServiceActions({ service, etag }: { service: Service; etag: string | undefined }) {
  const { t } = useTranslation('services');
  const queryClient = useQueryClient();
  const dialog = useRef<HTMLDialogElement>(null);
  const [pending, setPending] = useState<Action | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const may = (a: Service['allowedActions'][number]) => service.allowedActions.includes(a);
  const hasDraft = service.draftVersionNo !== null;
  const submitted = hasDraft && service.versionState === 'submitted';

  const mutation = useMutation({
    mutationFn: async (action: Action) => {
      const init = { params: { path: { id: service.id } }, headers: etag ? { 'if-match': etag } : {} };
      const r =
        action === 'submit'
          ? await api.POST('/api/v1/services/{id}/submit', init)
          : action === 'publish'
            ? await api.POST('/api/v1/services/{id}/publish', init)
            : await api.POST('/api/v1/services/{id}/archive', init);
      return { service: unwrap(r), etag: etagOf(r.response) };
    },
    onMutate: () => setDone(null),
    onSuccess: (result, action) => {
      queryClient.setQueryData(['services', 'detail', service.id], result);
      void queryClient.invalidateQueries({ queryKey: ['services'], predicate: (q) => q.queryKey[1] !== 'detail' });
      // The editor keeps its own copy (and ETag) of the service.
      void queryClient.invalidateQueries({ queryKey: ['service-editor', 'service', service.id] });
      setDone(t(action === 'submit' ? 'actions.submitted' : action === 'publish' ? 'actions.published' : 'actions.archived'));
    },
    onError: (err) => {
      // Someone saved first: show the newest version, keep the message.
      if (err instanceof ApiError && (err.status === 409 || err.status === 412)) void queryClient.invalidateQueries({ queryKey: ['services', 'detail', service.id] });
    },
  });

  function ask(action: Action) {
    setPending(action);
    dialog.current?.showModal();
  }
  function confirm() {
    dialog.current?.close();
    if (pending) mutation.mutate(pending);
  }

  const showEdit = may('edit') && service.status !== 'archived';
  const showSubmit = may('submit') && hasDraft && !submitted;
  const showPublish = may('publish') && hasDraft;
  const showArchive = may('archive') && service.status !== 'archived';
  const anything = showEdit || showSubmit || showPublish || showArchive;
  const confirmText =
    pending === 'submit'
      ? t('actions.confirmSubmit', { version: service.draftVersionNo })
      : pending === 'publish'
        ? t('actions.confirmPublish', { version: service.draftVersionNo })
        : t('actions.confirmArchive');

  return (
    <>
      {anything && (
        <div className="svc-actions" role="group" aria-label={t('actions.label')}>
          {showEdit && <Link className="button" to={`/pakalpojumi/${service.id}/labot`}>{t('actions.edit')}</Link>}
          {showSubmit && <button type="button" className="primary" disabled={mutation.isPending} onClick={() => ask('submit')}>{t('actions.submit')}</button>}
          {showPublish && <button type="button" className="primary" disabled={mutation.isPending} onClick={() => ask('publish')}>{t('actions.publish')}</button>}
          {showArchive && <button type="button" className="danger" disabled={mutation.isPending} onClick={() => ask('archive')}>{t('actions.archive')}</button>}
        </div>
      )}
      <div aria-live="polite" role="status">
        {mutation.isPending ? <p className="muted">{t('actions.working')}</p> : null}
        {done ? <p className="alert ok">{done}</p> : null}
      </div>
      {mutation.error ? <ActionError error={mutation.error} action={mutation.variables} /> : null}
      <dialog ref={dialog} className="dialog" aria-labelledby="svc-confirm-title" onClose={() => setPending(null)}>
        <h2 id="svc-confirm-title">{t('actions.confirmTitle')}</h2>
        <p>{confirmText}</p>
        <div className="svc-actions">
          <button type="button" className="primary" onClick={confirm}>{t('actions.confirm')}</button>
          <button type="button" onClick={() => dialog.current?.close()}>{t('common:cancel')}</button>
        </div>
      </dialog>
    </>
  );
}

/** A refused action: submission or publication blocked lists every broken rule; a conflict says to look again. */
function ActionError({ error, action }: { error: unknown; action?: Action }) {
  const { t } = useTranslation('services');
  if (error instanceof ApiError && error.status === 422 && error.problem.errors?.length) {
    const errors = error.problem.errors as RuleError[];
    return (
      <div role="alert" className="alert error">
        <p><strong>{t(action === 'submit' ? 'actions.submitBlocked' : 'actions.publishBlocked')}</strong></p>
        <ul className="svc-issues">
          {errors.map((e, i) => (
            <li key={i}>
              {e.rule && <span className="rule">{e.rule}</span>}
              {e.message}
              {e.severity === 'warning' && <span className="muted"> ({t('validation.warnings')})</span>}
            </li>
          ))}
        </ul>
      </div>
    );
  }
  if (error instanceof ApiError && (error.status === 409 || error.status === 412)) {
    return (
      <div role="alert" className="alert error">
        <p><strong>{t('actions.conflict')}</strong></p>
        {error.problem.detail && <p>{error.problem.detail}</p>}
      </div>
    );
  }
  return <ProblemAlert error={error} />;
}
