import { useTranslation } from 'react-i18next';
import { INDICATOR_KIND_CODES } from '../../../../shared/enums.js';
import { Field } from '../../ui/Field.js';
import type { Indicator, Issue, TermsSet } from './model.js';

/**
 * Rule violations and warnings of one field, each with its rule id and plain-words message; a finding
 * about a part of the field (`serviceLevelTerms[0].indicators[1].values`) names the part by `labelOf`.
 */
export function IssueList({ issues, labelOf }: { issues: Issue[]; labelOf?: (path: string) => string }) {
  const { t } = useTranslation('service-editor');
  if (issues.length === 0) return null;
  return (
    <ul className="issues">
      {issues.map((i, n) => (
        <li key={n} className={i.severity === 'error' ? 'issue-error' : 'issue-warning'}>
          <strong>{t(i.severity === 'error' ? 'validation.error' : 'validation.warning')} {i.rule}:</strong>{' '}
          {labelOf && /[.[]/.test(i.path) && <>{labelOf(i.path)} — </>}
          {i.message}
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

/** A channel type of the active policy, as the support-channels indicator offers it. */
export interface ChannelTypeOption {
  code: string;
  label: string;
}

/** Indicator kinds whose target is a list of the policy's channel types, not a number. */
const LIST_KINDS: readonly string[] = ['supportChannels'];
export const takesChannelList = (kind: string): boolean => LIST_KINDS.includes(kind);

/** A new kind keeps the name; a list kind drops the number and unit, a number kind the list. */
function withKind(ind: Indicator, kind: Indicator['kind']): Partial<Indicator> {
  return takesChannelList(kind) ? { kind, target: null, unit: null, values: ind.values ?? [] } : { kind, values: takesChannelList(ind.kind) ? null : ind.values };
}

/**
 * The channel types a support-channels indicator promises (R05, R06): one checkbox per channel
 * type of the active policy; stored codes the policy no longer lists stay shown and ticked.
 */
function ChannelChoice({ legend, values, options, onChange }: { legend: string; values: string[]; options: ChannelTypeOption[]; onChange: (v: string[]) => void }) {
  const known = new Set(options.map((o) => o.code));
  const all = [...options, ...values.filter((v) => !known.has(v)).map((code) => ({ code, label: code }))];
  const toggle = (code: string, on: boolean) => {
    const next = new Set(values);
    if (on) next.add(code);
    else next.delete(code);
    onChange(all.map((o) => o.code).filter((c) => next.has(c)));
  };
  return (
    <fieldset className="channel-choice">
      <legend>{legend}</legend>
      <div className="checks">
        {all.map((o) => (
          <label key={o.code} className="check">
            <input type="checkbox" checked={values.includes(o.code)} onChange={(e) => toggle(o.code, e.target.checked)} />
            {o.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/**
 * PLVN: named sets of service level indicators (kind, name, and a target with its unit, or for
 * support channels the channel types). On narrow screens each indicator row stacks (styles.css).
 */
export function TermsEditor({ sets, onChange, title, disabled, channelTypes }: { sets: TermsSet[]; onChange: (s: TermsSet[]) => void; title: string; disabled?: boolean; channelTypes: ChannelTypeOption[] }) {
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
            <table className="indicators stack-on-narrow">
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
                    <td data-label={t('plvn.kind')}>
                      <select aria-label={t('plvn.kindOf', { n: j + 1 })} value={ind.kind} onChange={(e) => indAt(i, j, withKind(ind, e.target.value as Indicator['kind']))}>
                        {INDICATOR_KIND_CODES.map((k) => <option key={k} value={k}>{t(`plvn.kinds.${k}`)}</option>)}
                      </select>
                    </td>
                    <td data-label={t('plvn.indicatorName')}><input aria-label={t('plvn.nameOf', { n: j + 1 })} value={ind.nameLv} onChange={(e) => indAt(i, j, { nameLv: e.target.value })} /></td>
                    {takesChannelList(ind.kind) ? (
                      <td colSpan={2} data-label={t('plvn.target')}>
                        <ChannelChoice legend={t('plvn.channelsOf', { n: j + 1 })} values={ind.values ?? []} options={channelTypes} onChange={(values) => indAt(i, j, { values })} />
                      </td>
                    ) : (
                      <>
                        <td data-label={t('plvn.target')}>
                          <input aria-label={t('plvn.targetOf', { n: j + 1 })} inputMode="decimal" size={6} value={ind.target ?? ''}
                            onChange={(e) => indAt(i, j, { target: e.target.value === '' || Number.isNaN(Number(e.target.value)) ? null : Number(e.target.value) })} />
                          {(ind.values ?? []).length > 0 && <p className="small">{t('plvn.storedValues', { values: (ind.values ?? []).join(', ') })}</p>}
                        </td>
                        <td data-label={t('plvn.unit')}><input aria-label={t('plvn.unitOf', { n: j + 1 })} size={10} value={ind.unit ?? ''} onChange={(e) => indAt(i, j, { unit: e.target.value || null })} /></td>
                      </>
                    )}
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
