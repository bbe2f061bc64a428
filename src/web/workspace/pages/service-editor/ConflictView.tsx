import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { changedFields, descriptionOf, formOf, same, type FormState, type Service, type UpdateBody } from './model.js';

/** A value of a field as a person reads it: names instead of ids, "—" for nothing. */
export function showValue(value: unknown, labels: Record<string, string>, t: (k: string) => string): string {
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return '—';
  if (typeof value === 'string') return labels[value] ?? value;
  if (typeof value === 'boolean') return value ? t('yes') : t('no');
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value))
    return value
      .map((v) => {
        if (typeof v === 'string') return labels[v] ?? v;
        if (v && typeof v === 'object' && 'channelPointId' in v) return `${labels[v.channelPointId] ?? v.channelPointId} (${t(`channels.${v.phase}`)})`;
        if (v && typeof v === 'object' && 'institutionId' in v) return labels[v.institutionId] ?? v.institutionId;
        if (v && typeof v === 'object' && 'nameLv' in v) return String(v.nameLv);
        if (v && typeof v === 'object' && 'act' in v) return String(v.act);
        if (v && typeof v === 'object' && 'lv' in v) return String(v.lv);
        return JSON.stringify(v);
      })
      .join('; ');
  return Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== null && v !== undefined && v !== '')
    .map(([k, v]) => `${k}: ${typeof v === 'boolean' ? (v ? t('yes') : t('no')) : String(v)}`)
    .join(', ');
}

/**
 * Someone saved the service after this form was opened. Shows both versions of
 * every field that differs, side by side; the user keeps theirs or mine per
 * field, then saves again on top of the newer version. Nothing is overwritten silently.
 */
export function ConflictView({ mine, theirs, base, onResolve, onCancel }: {
  mine: FormState;
  theirs: Service;
  /** The description as it was when the form was opened. */
  base: UpdateBody | undefined;
  onResolve: (merged: FormState) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('service-editor');
  const theirsForm = formOf(theirs);
  const mineBody = descriptionOf(mine);
  const theirsBody = descriptionOf(theirsForm);
  const fields = changedFields(mineBody, theirsBody);
  const labels = { ...theirsForm.labels, ...mine.labels };
  const [choice, setChoice] = useState<Record<string, 'mine' | 'theirs'>>(() =>
    Object.fromEntries(fields.map((k) => [k, base && same(mineBody[k], base[k]) ? 'theirs' : 'mine'])),
  );
  const who = theirs.versions.at(-1);

  function resolve() {
    const merged: FormState = { ...mine, labels, channelTypes: { ...theirsForm.channelTypes, ...mine.channelTypes } };
    const m = merged as unknown as Record<string, unknown>;
    for (const k of fields) if (choice[k] === 'theirs') m[k] = (theirsForm as unknown as Record<string, unknown>)[k];
    onResolve(merged);
  }

  return (
    <section aria-labelledby="conflict-title" className="conflict alert warn" tabIndex={-1} id="conflict">
      <h2 id="conflict-title">{t('conflict.title')}</h2>
      <p>{t('conflict.intro', { when: who ? new Date(who.updatedAt).toLocaleString() : '' })}</p>
      {fields.length === 0 ? (
        <p>{t('conflict.noDifferences')}</p>
      ) : (
        <div className="table-wrap">
          <table className="conflict-table">
            <caption className="visually-hidden">{t('conflict.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('conflict.field')}</th>
                <th scope="col">{t('conflict.mine')}</th>
                <th scope="col">{t('conflict.theirs')}</th>
                <th scope="col">{t('conflict.keep')}</th>
              </tr>
            </thead>
            <tbody>
              {fields.map((k) => (
                <tr key={k}>
                  <th scope="row">{t(`field.${k}`, { defaultValue: k })}</th>
                  <td className="mine-value">{showValue(mineBody[k], labels, t)}</td>
                  <td className="theirs-value">{showValue(theirsBody[k], labels, t)}</td>
                  <td>
                    <fieldset className="plain">
                      <legend className="visually-hidden">{t('conflict.keepFor', { field: t(`field.${k}`, { defaultValue: k }) })}</legend>
                      <label className="check">
                        <input type="radio" name={`keep-${k}`} checked={choice[k] === 'mine'} onChange={() => setChoice({ ...choice, [k]: 'mine' })} />
                        {t('conflict.keepMine')}
                      </label>
                      <label className="check">
                        <input type="radio" name={`keep-${k}`} checked={choice[k] === 'theirs'} onChange={() => setChoice({ ...choice, [k]: 'theirs' })} />
                        {t('conflict.keepTheirs')}
                      </label>
                    </fieldset>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div className="row">
        <button type="button" className="primary" onClick={resolve}>{t('conflict.resolve')}</button>
        <button type="button" onClick={onCancel}>{t('conflict.cancel')}</button>
      </div>
    </section>
  );
}
