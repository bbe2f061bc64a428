import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { localized } from '../../i18n.js';
import { usePageTitle } from '../../shell/usePageTitle.js';
import { QueryState } from '../../ui/QueryState.js';
import { useActivePolicy, type PolicyDocument } from './usePolicy.js';

const SECTIONS = ['roles', 'tasks', 'conditions', 'channels', 'groups', 'recipients', 'complexities', 'lifecycle', 'maturity'] as const;

/** The reference data of the policy version in force, readable by everyone signed in. */
export default function PolicyPage() {
  const { t } = useTranslation('policy');
  usePageTitle(t('title'));
  const query = useActivePolicy();
  const v = query.data;
  return (
    <section>
      <h1>{t('title')}</h1>
      <QueryState isLoading={query.isLoading} error={query.error}>
        {v && (
          <>
            <p>
              {t('activeVersion', { id: v.id, title: v.titleLv })}
              {v.effectiveFrom ? ` ${t('effectiveFrom', { date: v.effectiveFrom })}` : ''}{' '}
              <Link to="/politika/versijas">{t('versionsLink')}</Link>
            </p>
            <nav aria-label={t('contents')}>
              <ul className="row" style={{ listStyle: 'none', padding: 0 }}>
                {SECTIONS.map((s) => (
                  <li key={s}><a href={`#policy-${s}`}>{t(`section.${s}`)}</a></li>
                ))}
              </ul>
            </nav>
            <PolicyDocumentView doc={v.document} />
          </>
        )}
      </QueryState>
    </section>
  );
}

function H2({ id, children }: { id: string; children: string }) {
  return <h2 id={`policy-${id}`} tabIndex={-1}>{children}</h2>;
}

/** Every section of a policy document as headings, tables and lists. */
export function PolicyDocumentView({ doc }: { doc: PolicyDocument }) {
  const { t, i18n } = useTranslation('policy');
  const L = (lv: string | null | undefined, en: string | null | undefined) => localized(i18n.language, lv, en);
  const roleName = (code: string) => {
    const r = doc.roles.find((x) => x.code === code);
    return r ? L(r.nameLv, r.nameEn) : code;
  };
  const scaleName = (code: string) => {
    const s = doc.scales.find((x) => x.code === code);
    return s ? L(s.nameLv, s.nameEn) : code;
  };
  const envName = (code: string) => {
    const e = doc.channelEnvironments.find((x) => x.code === code);
    return e ? L(e.nameLv, e.nameEn) : code;
  };
  const legend = doc.responsibilityMatrix.legend;
  return (
    <>
      <H2 id="roles">{t('sectionCount.roles', { n: doc.roles.length })}</H2>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('col.number')}</th>
              <th scope="col">{t('col.role')}</th>
              <th scope="col">{t('col.scale')}</th>
              <th scope="col">{t('col.performedBy')}</th>
              <th scope="col">{t('col.singleHolder')}</th>
            </tr>
          </thead>
          <tbody>
            {doc.roles.map((r) => (
              <tr key={r.code}>
                <td>{r.number}</td>
                <th scope="row">{L(r.nameLv, r.nameEn)}{r.performerTitleLv ? <div className="muted small">{L(r.performerTitleLv, r.performerTitleEn)}</div> : null}</th>
                <td>{scaleName(r.scale)}</td>
                <td>{L(r.performedByLv, r.performedByEn)}</td>
                <td>{r.singleHolder ? t('singleHolder.yes') : t('singleHolder.no')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <H2 id="tasks">{t('sectionCount.tasks', { n: doc.tasks.length })}</H2>
      <p className="muted small">{t('matrixLegend', { a: L(legend.A.nameLv, legend.A.nameEn), l: L(legend.L.nameLv, legend.L.nameEn) })}</p>
      {doc.taskGroups.map((g) => {
        const tasks = doc.tasks.filter((x) => x.group === g.code);
        return (
          <section key={g.code} aria-labelledby={`group-${g.code}`}>
            <h3 id={`group-${g.code}`}>{g.code}. {L(g.nameLv, g.nameEn)} ({tasks.length})</h3>
            <div className="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('col.code')}</th>
                    <th scope="col">{t('col.task')}</th>
                    <th scope="col">{t('col.responsible')}</th>
                    <th scope="col">{t('col.coResponsible')}</th>
                  </tr>
                </thead>
                <tbody>
                  {tasks.map((task) => {
                    const marks = Object.entries(doc.responsibilityMatrix.rows[task.code] ?? {});
                    return (
                      <tr key={task.code} data-task={task.code}>
                        <th scope="row">{task.code}</th>
                        <td>{L(task.titleLv, task.titleEn)}{task.shortNameLv ? <span className="muted"> ({L(task.shortNameLv, task.shortNameEn)})</span> : null}</td>
                        <td>{marks.filter(([, m]) => m === 'A').map(([r]) => roleName(r)).join('; ')}</td>
                        <td>{marks.filter(([, m]) => m === 'L').map(([r]) => roleName(r)).join('; ')}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          </section>
        );
      })}

      <H2 id="conditions">{t('sectionCount.conditions', { n: doc.conditions.length })}</H2>
      <ol className="conditions">
        {doc.conditions.map((c) => (
          <li key={c.code} data-condition={c.code}>
            <strong>{L(c.nameLv, c.nameEn)}</strong> — <span>{L(c.definingClauseLv, c.definingClauseEn)}</span>
            <ul>
              {c.criteria.map((cr) => (
                <li key={cr.code}>
                  {cr.code} {L(cr.nameLv, cr.nameEn)}
                  {cr.criteria.length > 0 && (
                    <ul>
                      {cr.criteria.map((leaf) => (
                        <li key={leaf.code}>{leaf.code} {L(leaf.nameLv, leaf.nameEn)}</li>
                      ))}
                    </ul>
                  )}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>

      <H2 id="channels">{t('sectionCount.channels', { n: doc.channelTypes.length })}</H2>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('col.environment')}</th>
              <th scope="col">{t('col.channelType')}</th>
              <th scope="col">{t('col.digital')}</th>
            </tr>
          </thead>
          <tbody>
            {[...doc.channelTypes].sort((a, b) => a.order - b.order).map((c) => (
              <tr key={c.code}>
                <td>{envName(c.environment)}</td>
                <th scope="row">{L(c.nameLv, c.nameEn)}</th>
                <td>{c.digital ? t('digital.yes') : t('digital.no')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <H2 id="groups">{t('sectionCount.groups', { n: doc.institutionGroups.length })}</H2>
      <ol>
        {doc.institutionGroups.map((g) => (
          <li key={g.code}>
            <strong>{L(g.nameLv, g.nameEn)}</strong>
            {g.qualifierLv ? <span className="muted"> — {L(g.qualifierLv, g.qualifierEn)}</span> : null}
            {g.members.length > 0 && (
              <ul>
                {g.members.map((m, i) => <li key={i}>{L(m.nameLv, m.nameEn)}</li>)}
              </ul>
            )}
          </li>
        ))}
      </ol>

      <H2 id="recipients">{t('section.recipients')}</H2>
      <ul>
        {doc.recipientTypes.map((r) => (
          <li key={r.code}>
            <strong>{L(r.nameLv, r.nameEn)}</strong> <span className="muted">({L(r.orientationLv, r.orientationEn)})</span>
            <ul>
              {r.children.map((c) => (
                <li key={c.code}>{L(c.nameLv, c.nameEn)}{c.newType ? ` — ${t('newType')}` : ''}</li>
              ))}
            </ul>
          </li>
        ))}
      </ul>

      <H2 id="complexities">{t('section.complexities')}</H2>
      <dl className="props">
        {doc.complexities.map((c) => (
          <div key={c.code} style={{ display: 'contents' }}>
            <dt>{L(c.nameLv, c.nameEn)}</dt>
            <dd>{L(c.definitionLv, c.definitionEn)} <span className="muted">({t('needsRange', { min: c.needs.min, max: c.needs.max ?? '∞' })})</span></dd>
          </div>
        ))}
      </dl>

      <H2 id="lifecycle">{t('section.lifecycle')}</H2>
      <ol>
        {[...doc.lifecycleStages].sort((a, b) => a.order - b.order).map((s) => <li key={s.code}>{L(s.nameLv, s.nameEn)}</li>)}
      </ol>

      <H2 id="maturity">{t('section.maturity')}</H2>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('col.level')}</th>
              <th scope="col">{t('col.focus')}</th>
              <th scope="col">{t('col.result')}</th>
            </tr>
          </thead>
          <tbody>
            {doc.maturityLevels.map((m) => (
              <tr key={m.code}>
                <th scope="row">{L(m.nameLv, m.nameEn)}</th>
                <td>{L(m.focusLv, m.focusEn)}</td>
                <td>{L(m.resultLv, m.resultEn)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
