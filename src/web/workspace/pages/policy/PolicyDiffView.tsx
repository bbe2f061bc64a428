import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../api/client.js';

type Diff = Schemas['PolicyDiff'];

/** A value of the diff as short readable text (objects as compact JSON). */
function show(v: unknown): string {
  if (v === undefined || v === null) return '—';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return JSON.stringify(v);
}

/** The name of an added or removed entry, in the page's language. */
function entryName(entry: unknown, lang: string): string {
  if (!entry || typeof entry !== 'object') return show(entry);
  const e = entry as Record<string, unknown>;
  const lv = (e.nameLv ?? e.titleLv) as string | undefined;
  const en = (e.nameEn ?? e.titleEn) as string | undefined;
  return (lang === 'en' ? en || lv : lv || en) ?? '';
}

/** What changed between two policy versions, per section, with before and after side by side. */
export function PolicyDiffView({ diff }: { diff: Diff }) {
  const { t, i18n } = useTranslation('policy');
  if (diff.identical) return <p className="alert ok">{t('diff.identical', { from: diff.from, to: diff.to })}</p>;
  const head = (
    <thead>
      <tr>
        <th scope="col">{t('diff.code')}</th>
        <th scope="col">{t('diff.change')}</th>
        <th scope="col">{t('diff.field')}</th>
        <th scope="col">{t('diff.before', { id: diff.from })}</th>
        <th scope="col">{t('diff.after', { id: diff.to })}</th>
      </tr>
    </thead>
  );
  return (
    <div aria-label={t('diff.title', { from: diff.from, to: diff.to })} role="region">
      {diff.document.length > 0 && (
        <section aria-labelledby="diff-document">
          <h3 id="diff-document">{t('diff.document')}</h3>
          <div className="table-wrap">
            <table>
              {head}
              <tbody>
                {diff.document.map((c) => (
                  <tr key={c.path}>
                    <th scope="row">—</th>
                    <td>{t('diff.changed')}</td>
                    <td><code>{c.path}</code></td>
                    <td className="diff-before">{show(c.before)}</td>
                    <td className="diff-after">{show(c.after)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
      {diff.sections.map((s) => (
        <section key={s.section} aria-labelledby={`diff-${s.section}`}>
          <h3 id={`diff-${s.section}`}>{t(`docSection.${s.section}`, { defaultValue: s.section })}</h3>
          <div className="table-wrap">
            <table>
              {head}
              <tbody>
                {s.added.map((a) => (
                  <tr key={`a-${a.code}`}>
                    <th scope="row">{a.code}</th>
                    <td><span aria-hidden="true">+ </span>{t('diff.added')}</td>
                    <td>—</td>
                    <td>—</td>
                    <td>{entryName(a.entry, i18n.language)}</td>
                  </tr>
                ))}
                {s.removed.map((r) => (
                  <tr key={`r-${r.code}`}>
                    <th scope="row">{r.code}</th>
                    <td><span aria-hidden="true">− </span>{t('diff.removed')}</td>
                    <td>—</td>
                    <td>{entryName(r.entry, i18n.language)}</td>
                    <td>—</td>
                  </tr>
                ))}
                {s.changed.flatMap((c) =>
                  c.changes.map((f) => (
                    <tr key={`c-${c.code}-${f.path}`}>
                      <th scope="row">{c.code}</th>
                      <td><span aria-hidden="true">~ </span>{t('diff.changed')}</td>
                      <td><code>{f.path}</code></td>
                      <td>{show(f.before)}</td>
                      <td>{show(f.after)}</td>
                    </tr>
                  )),
                )}
              </tbody>
            </table>
          </div>
        </section>
      ))}
    </div>
  );
}
