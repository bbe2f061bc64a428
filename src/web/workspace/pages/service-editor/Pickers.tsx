import { useEffect, useId, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';

export interface Option {
  id: string;
  label: string;
  /** Extra fact shown after the name (code, institution, channel type). */
  detail?: string;
}

/** Debounces a value: the search runs when the user pauses typing. */
export function useDebounced<T>(value: T, ms: number): T {
  const [v, setV] = useState(value);
  useEffect(() => {
    const h = setTimeout(() => setV(value), ms);
    return () => clearTimeout(h);
  }, [value, ms]);
  return v;
}

/**
 * Picks records by searching: a labelled search box, the matches as "add" buttons,
 * and the chosen ones as a list with "remove" buttons. Keyboard only, no custom widget roles.
 */
export function SearchPicker({
  label,
  queryKey,
  search,
  selected,
  labels,
  onAdd,
  onRemove,
  error,
  disabled,
  name,
}: {
  label: string;
  queryKey: unknown[];
  search: (q: string) => Promise<Option[]>;
  selected: string[];
  labels: Record<string, string>;
  onAdd: (o: Option) => void;
  onRemove: (id: string) => void;
  error?: string;
  disabled?: boolean;
  name: string;
}) {
  const { t } = useTranslation('service-editor');
  const id = useId();
  const [q, setQ] = useState('');
  const dq = useDebounced(q.trim(), 300);
  const results = useQuery({ queryKey: [...queryKey, dq], queryFn: () => search(dq), enabled: !disabled && dq.length > 0, staleTime: 60_000 });
  const options = (results.data ?? []).filter((o) => !selected.includes(o.id)).slice(0, 8);
  return (
    <div className={`picker${error ? ' has-error' : ''}`}>
      <p className="picker-label" id={`${id}-label`}>{label}</p>
      {selected.length > 0 ? (
        <ul className="picked" aria-labelledby={`${id}-label`}>
          {selected.map((sid) => (
            <li key={sid}>
              <span>{labels[sid] ?? sid}</span>
              {!disabled && (
                <button type="button" className="link-button" onClick={() => onRemove(sid)}>
                  {t('picker.remove', { name: labels[sid] ?? sid })}
                </button>
              )}
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted small">{t('picker.none')}</p>
      )}
      {error && <p className="field-error">{error}</p>}
      {!disabled && (
        <>
          <label htmlFor={`${id}-q`} className="small">{t('picker.search', { what: label })}</label>
          <input id={`${id}-q`} name={`${name}-search`} type="search" value={q} onChange={(e) => setQ(e.target.value)} autoComplete="off" />
          <div aria-live="polite" className="small">
            {results.isFetching ? t('picker.searching') : results.data && options.length === 0 ? t('picker.noMatches') : null}
          </div>
          {options.length > 0 && (
            <ul className="picker-results">
              {options.map((o) => (
                <li key={o.id}>
                  <button type="button" onClick={() => onAdd(o)} aria-label={t('picker.add', { name: o.label })}>
                    + {o.label}
                  </button>
                  {o.detail && <span className="muted small"> {o.detail}</span>}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </div>
  );
}
