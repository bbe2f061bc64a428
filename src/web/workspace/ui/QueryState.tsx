import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client.js';

/** Loading and error states of a query, announced to screen readers. */
export function QueryState({ isLoading, error, children }: { isLoading: boolean; error: unknown; children?: ReactNode }) {
  const { t } = useTranslation();
  // `.loading` marks "data not here yet" for the first-screen benchmark and tests.
  if (isLoading) return <p role="status" aria-busy="true" className="muted loading">{t('loading')}</p>;
  if (error) return <ProblemAlert error={error} />;
  return <>{children}</>;
}

/**
 * An API problem (or network failure) as a readable alert, with the request id for support.
 * `labelOf` turns a problem's field path into the label the form shows; without it the path is shown.
 */
export function ProblemAlert({ error, labelOf }: { error: unknown; labelOf?: (path: string) => string }) {
  const { t } = useTranslation();
  if (!error) return null;
  if (error instanceof ApiError) {
    const p = error.problem;
    return (
      <div role="alert" className="alert error">
        <p><strong>{p.title}</strong>{p.detail && p.detail !== p.title ? ` — ${p.detail}` : ''}</p>
        {p.errors && p.errors.length > 0 && (
          <ul>
            {p.errors.map((e, i) => (
              <li key={i}>
                {e.path ? (labelOf ? <strong>{labelOf(e.path)}</strong> : <code>{e.path}</code>) : null}
                {e.path ? ': ' : null}
                {e.message}
              </li>
            ))}
          </ul>
        )}
        {p.requestId && <p className="muted small">{t('error.requestId', { id: p.requestId })}</p>}
      </div>
    );
  }
  return <div role="alert" className="alert error">{t('error.network')}</div>;
}
