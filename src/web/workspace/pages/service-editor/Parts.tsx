import { useTranslation } from 'react-i18next';
import { INDICATOR_KIND_CODES } from '../../../../shared/enums.js';
import { Field } from '../../ui/Field.js';
import type { Indicator, Issue, TermsSet } from './model.js';

/** Rule violations and warnings of one field, each with its rule id and plain-words message. */
export function IssueList({ issues }: { issues: Issue[] }) {
  const { t } = useTranslation('service-editor');
  if (issues.length === 0) return null;
  return (
    <ul className="issues">
      {issues.map((i, n) => (
        <li key={n} className={i.severity === 'error' ? 'issue-error' : 'issue-warning'}>
          <strong>{t(i.severity === 'error' ? 'validation.error' : 'validation.warning')} {i.rule}:</strong> {i.message}
        </li>
      ))}
    </ul>
  );
}

/** A list of rows the user adds and removes (legal acts, documents, prerequisites). */
export function RowsEditor<T extends Record<string, string>>({
  legend,
  rows,
  empty,
  columns,
  onChange,
  disabled,
  error,
}: {
  legend: string;
  rows: T[];
  empty: T;
  columns: { key: keyof T & string; label: string; type?: string }[];
  onChange: (rows: T[]) => void;
  disabled?: boolean;
  error?: string;
}) {
  const { t } = useTranslation('service-editor');
  const set = (i: number, key: keyof T, value: string) => onChange(rows.map((r, n) => (n === i ? { ...r, [key]: value } : r)));
  return (
    <fieldset className="rows" disabled={disabled}>
      <legend>{legend}</legend>
      {rows.map((r, i) => (
        <div key={i} className="row-item">
          {columns.map((c) => (
            <Field key={c.key} label={`${c.label} (${i + 1})`}>
              <input type={c.type ?? 'text'} value={r[c.key]} onChange={(e) => set(i, c.key, e.target.value)} />
            </Field>
          ))}
          <button type="button" onClick={() => onChange(rows.filter((_, n) => n !== i))}>{t('rows.remove', { n: i + 1 })}</button>
        </div>
      ))}
      {error && <p className="field-error">{error}</p>}
      <button type="button" onClick={() => onChange([...rows, { ...empty }])}>{t('rows.add', { what: legend })}</button>
    </fieldset>
  );
}

const emptyIndicator = (): Indicator => ({ kind: 'processingTime', nameLv: '', nameEn: null, target: null, unit: null });

/** PLVN: named sets of service level indicators (kind, name, target and unit). */
export function TermsEditor({ sets, onChange, title, disabled }: { sets: TermsSet[]; onChange: (s: TermsSet[]) => void; title: string; disabled?: boolean }) {
  const { t } = useTranslation('service-editor');
  const setAt = (i: number, patch: Partial<TermsSet>) => onChange(sets.map((s, n) => (n === i ? { ...s, ...patch } : s)));
  const indAt = (i: number, j: number, patch: Partial<Indicator>) =>
    setAt(i, { indicators: sets[i].indicators.map((x, m) => (m === j ? { ...x, ...patch } : x)) });
  return (
    <fieldset className="terms" disabled={disabled}>
      <legend>{title}</legend>
      {sets.length === 0 && <p className="muted small">{t('plvn.none')}</p>}
      {sets.map((set, i) => (
        <fieldset key={i} className="terms-set">
          <legend>{t('plvn.set', { n: i + 1, name: set.nameLv })}</legend>
          <Field label={t('plvn.setName')} required>
            <input value={set.nameLv} onChange={(e) => setAt(i, { nameLv: e.target.value })} />
          </Field>
          <Field label={t('plvn.appliesTo')} hint={t('plvn.appliesToHint')}>
            <input value={set.appliesToLv ?? ''} onChange={(e) => setAt(i, { appliesToLv: e.target.value || null })} />
          </Field>
          <div className="table-wrap">
            <table>
              <caption className="small">{t('plvn.indicators')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('plvn.kind')}</th>
                  <th scope="col">{t('plvn.indicatorName')}</th>
                  <th scope="col">{t('plvn.target')}</th>
                  <th scope="col">{t('plvn.unit')}</th>
                  <th scope="col"><span className="visually-hidden">{t('plvn.actions')}</span></th>
                </tr>
              </thead>
              <tbody>
                {set.indicators.map((ind, j) => (
                  <tr key={j}>
                    <td>
                      <select aria-label={t('plvn.kindOf', { n: j + 1 })} value={ind.kind} onChange={(e) => indAt(i, j, { kind: e.target.value as Indicator['kind'] })}>
                        {INDICATOR_KIND_CODES.map((k) => <option key={k} value={k}>{t(`plvn.kinds.${k}`)}</option>)}
                      </select>
                    </td>
                    <td><input aria-label={t('plvn.nameOf', { n: j + 1 })} value={ind.nameLv} onChange={(e) => indAt(i, j, { nameLv: e.target.value })} /></td>
                    <td>
                      <input aria-label={t('plvn.targetOf', { n: j + 1 })} inputMode="decimal" size={6} value={ind.target ?? ''}
                        onChange={(e) => indAt(i, j, { target: e.target.value === '' || Number.isNaN(Number(e.target.value)) ? null : Number(e.target.value) })} />
                    </td>
                    <td><input aria-label={t('plvn.unitOf', { n: j + 1 })} size={10} value={ind.unit ?? ''} onChange={(e) => indAt(i, j, { unit: e.target.value || null })} /></td>
                    <td>
                      <button type="button" onClick={() => setAt(i, { indicators: set.indicators.filter((_, m) => m !== j) })}>
                        {t('plvn.removeIndicator', { n: j + 1 })}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div className="row">
            <button type="button" onClick={() => setAt(i, { indicators: [...set.indicators, emptyIndicator()] })}>{t('plvn.addIndicator')}</button>
            <button type="button" className="danger" onClick={() => onChange(sets.filter((_, n) => n !== i))}>{t('plvn.removeSet', { n: i + 1 })}</button>
          </div>
        </fieldset>
      ))}
      <button type="button" onClick={() => onChange([...sets, { nameLv: '', indicators: [emptyIndicator()] }])}>{t('plvn.addSet')}</button>
    </fieldset>
  );
}
