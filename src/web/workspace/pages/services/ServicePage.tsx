import type { ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api, ApiError, unwrap, type Schemas } from '../../api/client.js';
import { localized } from '../../i18n.js';
import { usePageTitle } from '../../shell/usePageTitle.js';
import { QueryState } from '../../ui/QueryState.js';
import { ServiceActions } from './ServiceActions.js';
import { fieldLabel } from './diffFormat.js';
import { formatDateTime, serviceName, ServiceTabs, StatusBadges, useService, type Service, type ServiceRef } from './shared.js';
import { SafeLink } from '../../ui/SafeLink.js';

type TermsSet = NonNullable<Service['description']['serviceLevelTerms']>[number];

/** One service with every field and relation of its current version, its rule check and its actions. */
export default function ServicePage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation('services');
  const query = useService(id);
  const service = query.data?.service;
  usePageTitle(service ? serviceName(i18n.language, service.description) || service.code : t('view.notFoundTitle'));
  return (
    <QueryState isLoading={query.isLoading} error={query.error}>
      {service ? <ServiceView service={service} etag={query.data?.etag} /> : null}
    </QueryState>
  );
}

/** A definition list row that says "not given" instead of staying empty. */
function Prop({ label, children }: { label: string; children: ReactNode }) {
  const { t } = useTranslation('services');
  const empty = children === null || children === undefined || children === '' || (Array.isArray(children) && children.length === 0);
  return (
    <>
      <dt>{label}</dt>
      <dd>{empty ? <span className="muted">{t('view.none')}</span> : children}</dd>
    </>
  );
}

/** A list of links to other services, or "none". */
function RefList({ refs }: { refs: ServiceRef[] }) {
  const { t } = useTranslation('services');
  if (refs.length === 0) return <span className="muted">{t('view.empty')}</span>;
  return (
    <ul>
      {refs.map((r) => (
        <li key={r.id}>
          <Link to={`/pakalpojumi/${r.id}`}>{r.nameLv || r.code}</Link> <span className="muted">({r.code}, {t(`enum.status.${r.status}`)})</span>
        </li>
      ))}
    </ul>
  );
}

/** A PLVN set (named set of service level indicators) as a table. */
export function TermsTable({ set }: { set: TermsSet }) {
  const { t, i18n } = useTranslation('services');
  return (
    <div className="table-wrap">
      <table>
        <caption>
          {t('view.plvnSet')}: <strong>{localized(i18n.language, set.nameLv, set.nameEn)}</strong>
          {set.appliesToLv ? ` — ${t('view.appliesTo')}: ${set.appliesToLv}` : ''}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('view.indicator')}</th>
            <th scope="col">{t('view.kind')}</th>
            <th scope="col">{t('view.target')}</th>
          </tr>
        </thead>
        <tbody>
          {set.indicators.map((ind, i) => (
            <tr key={i}>
              <td>{localized(i18n.language, ind.nameLv, ind.nameEn)}</td>
              <td>{t(`enum.indicatorKind.${ind.kind}`, { defaultValue: ind.kind })}</td>
              <td>
                {ind.target !== null ? `${ind.target}${ind.unit ? ` ${ind.unit}` : ''}` : ''}
                {ind.values?.length ? ind.values.join(', ') : ''}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The publication check of the current version: errors (block) and warnings, each with its rule. */
function ValidationReport({ id, versionNo }: { id: string; versionNo: number }) {
  const { t } = useTranslation('services');
  const report = useQuery({
    queryKey: ['services', 'validation', id, versionNo],
    queryFn: async () => unwrap(await api.GET('/api/v1/services/{id}/validation', { params: { path: { id } } })),
  });
  const forbidden = report.error instanceof ApiError && (report.error.status === 403 || report.error.status === 404);
  return (
    <section className="svc-section" aria-labelledby="svc-validation">
      <h2 id="svc-validation">{t('validation.title')}</h2>
      {forbidden ? (
        <p className="muted">{t('validation.notAllowed')}</p>
      ) : (
        <QueryState isLoading={report.isLoading} error={report.error}>
          {report.data && <IssueLists report={report.data} />}
        </QueryState>
      )}
    </section>
  );
}

function IssueLists({ report }: { report: Schemas['ServiceValidationReport'] }) {
  const { t } = useTranslation('services');
  const issue = (i: Schemas['ServiceValidationIssue'], k: number) => (
    <li key={k}>
      <span className="rule">{i.rule}</span>
      {i.message}
      {i.path ? <span className="muted small"> ({t('validation.field', { path: fieldLabel(t, i.path) })})</span> : null}
    </li>
  );
  return (
    <>
      {report.errors.length === 0 ? (
        <p className="alert ok">{t('validation.ok')}</p>
      ) : (
        <div className="alert error">
          <h3>{t('validation.blocked', { count: report.errors.length })}</h3>
          <ul className="svc-issues">{report.errors.map(issue)}</ul>
        </div>
      )}
      {report.warnings.length > 0 && (
        <div className="alert warn">
          <h3>{t('validation.warningsCount', { count: report.warnings.length })}</h3>
          <ul className="svc-issues">{report.warnings.map(issue)}</ul>
        </div>
      )}
    </>
  );
}

function ServiceView({ service: s, etag }: { service: Service; etag: string | undefined }) {
  const { t, i18n } = useTranslation('services');
  const lang = i18n.language;
  const d = s.description;
  const name = serviceName(lang, d) || s.code;
  const en = (lv: string | null | undefined, enText: string | null | undefined) => localized(lang, lv, enText);
  const list = <T,>(items: T[] | null | undefined, render: (x: T, i: number) => ReactNode) =>
    items && items.length ? <ul>{items.map((x, i) => <li key={i}>{render(x, i)}</li>)}</ul> : null;
  const phases = ['request', 'processing', 'receipt'] as const;

  return (
    <article>
      <div className="svc-head">
        <h1>{name}</h1>
        <StatusBadges status={s.status} digitalStatus={s.digitalStatus} versionState={s.versionState} />
      </div>
      <p className="muted">
        <span lang="zxx">{s.code}</span> · {t('view.showing', { no: s.versionNo, state: t(`enum.versionState.${s.versionState}`) })}
        {s.publishedVersionNo !== null && s.publishedVersionNo !== s.versionNo ? ` · ${t('view.publishedVersion', { no: s.publishedVersionNo })}` : ''}
      </p>
      <ServiceTabs id={s.id} />
      <ServiceActions service={s} etag={etag} />
      <ValidationReport id={s.id} versionNo={s.versionNo} />

      <section className="svc-section" aria-labelledby="svc-overview">
        <h2 id="svc-overview">{t('view.overview')}</h2>
        <dl className="props">
          <Prop label={t('field.code')}>{s.code}</Prop>
          <Prop label={t('field.owner')}>{en(s.owner.nameLv, s.owner.nameEn)}</Prop>
          <Prop label={t('field.manager')}>
            {s.manager ? `${s.manager.givenName} ${s.manager.familyName}${s.manager.jobTitle ? `, ${s.manager.jobTitle}` : ''} (${s.manager.email})` : t('view.noManager')}
          </Prop>
          <Prop label={t('field.template')}>
            {s.isTemplate ? t('view.isTemplate', { count: s.instanceCount }) : s.template ? (
              <>
                {t('view.instanceOf')} <Link to={`/pakalpojumi/${s.template.id}`}>{s.template.nameLv || s.template.code}</Link>
              </>
            ) : null}
          </Prop>
          {s.inheritedFields.length > 0 && <Prop label={t('field.inherited')}>{s.inheritedFields.map((f) => t(`field.${f}`, { defaultValue: f })).join(', ')}</Prop>}
          <Prop label={t('field.createdAt')}>{formatDateTime(lang, s.createdAt)}</Prop>
          <Prop label={t('field.updatedAt')}>{formatDateTime(lang, s.updatedAt)}</Prop>
        </dl>
      </section>

      <section className="svc-section" aria-labelledby="svc-names">
        <h2 id="svc-names">{t('view.names')}</h2>
        <dl className="props">
          <Prop label={t('field.nameLv')}><span lang="lv">{d.nameLv}</span></Prop>
          <Prop label={t('field.nameEn')}>{d.nameEn ? <span lang="en">{d.nameEn}</span> : null}</Prop>
          <Prop label={t('field.nameParts')}>
            {d.nameParts ? `${t('field.namePartsObject')}: ${d.nameParts.object}; ${t('field.namePartsAction')}: ${d.nameParts.action}${d.nameParts.info ? `; ${t('field.namePartsInfo')}: ${d.nameParts.info}` : ''}` : null}
          </Prop>
          <Prop label={t('field.descriptionLv')}>{d.descriptionLv ? <span lang="lv">{d.descriptionLv}</span> : null}</Prop>
          <Prop label={t('field.descriptionEn')}>{d.descriptionEn ? <span lang="en">{d.descriptionEn}</span> : null}</Prop>
          <Prop label={t('field.resultLv')}>{d.resultLv ? <span lang="lv">{d.resultLv}</span> : null}</Prop>
          <Prop label={t('field.resultEn')}>{d.resultEn ? <span lang="en">{d.resultEn}</span> : null}</Prop>
          <Prop label={t('field.keywords')}>{d.keywords?.join(', ')}</Prop>
        </dl>
      </section>

      <section className="svc-section" aria-labelledby="svc-class">
        <h2 id="svc-class">{t('view.classification')}</h2>
        <dl className="props">
          <Prop label={t('field.recipientType')}>{d.recipientType ? t(`enum.recipientType.${d.recipientType}`) : null}</Prop>
          <Prop label={t('field.targetGroups')}>{d.targetGroups?.map((g) => t(`enum.targetGroup.${g}`)).join(', ')}</Prop>
          <Prop label={t('field.complexity')}>{d.complexity ? t(`enum.complexity.${d.complexity}`) : null}</Prop>
          <Prop label={t('field.lifecycleStage')}>{d.lifecycleStage ? t(`enum.lifecycleStage.${d.lifecycleStage}`) : null}</Prop>
          <Prop label={t('field.activityDirection')}>{s.activityDirection ? `${en(s.activityDirection.nameLv, s.activityDirection.nameEn)} (${s.activityDirection.code})` : null}</Prop>
          <Prop label={t('field.processingMode')}>{d.processingMode ? t(`enum.processingMode.${d.processingMode}`) : null}</Prop>
        </dl>
      </section>

      <section className="svc-section" aria-labelledby="svc-needs">
        <h2 id="svc-needs">{t('view.needs')}</h2>
        {list(s.needs, (n) => (
          <>
            <strong>{en(n.nameLv, n.nameEn)}</strong> <span className="muted">({n.code})</span>
            {n.lifeSituations.length > 0 && <> — {t('view.lifeSituations')}: {n.lifeSituations.map((ls) => en(ls.nameLv, ls.nameEn)).join(', ')}</>}
          </>
        )) ?? <p className="muted">{t('view.empty')}</p>}
      </section>

      <section className="svc-section" aria-labelledby="svc-channels">
        <h2 id="svc-channels">{t('view.channels')}</h2>
        <div className="table-wrap">
          <table>
            <caption>{t('view.byPhase')}: {t(`enum.digitalStatus.${s.digitalStatus}`)}</caption>
            <thead>
              <tr>{phases.map((p) => <th key={p} scope="col">{t(`enum.phase.${p}`)}</th>)}</tr>
            </thead>
            <tbody>
              <tr>{phases.map((p) => <td key={p}>{t(`enum.phaseMode.${s.digitalByPhase[p]}`)}</td>)}</tr>
            </tbody>
          </table>
        </div>
        {s.channelPoints.length === 0 ? (
          <p className="muted">{t('view.empty')}</p>
        ) : (
          <div className="table-wrap">
            <table>
              <caption>{t('field.channelPoints')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('view.phase')}</th>
                  <th scope="col">{t('view.channel')}</th>
                  <th scope="col">{t('view.environment')}</th>
                  <th scope="col">{t('view.contact')}</th>
                </tr>
              </thead>
              <tbody>
                {s.channelPoints.map((c) => (
                  <tr key={`${c.id}:${c.phase}`}>
                    <td>{t(`enum.phase.${c.phase}`)}</td>
                    <td>
                      {en(c.nameLv, c.nameEn)} <span className="muted">({c.code}, {c.channelType})</span>
                    </td>
                    <td>{c.environment ? t(`enum.environment.${c.environment}`) : ''}</td>
                    <td>{[c.url, c.address, c.phone, c.email].filter(Boolean).join(' · ')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section className="svc-section" aria-labelledby="svc-providers">
        <h2 id="svc-providers">{t('view.providers')}</h2>
        <h3>{t('view.ownerPlvn')}</h3>
        {d.serviceLevelTerms?.length ? d.serviceLevelTerms.map((set, i) => <TermsTable key={i} set={set} />) : <p className="muted">{t('view.empty')}</p>}
        <h3>{t('field.providers')}</h3>
        {s.providers.length === 0 ? (
          <p className="muted">{t('view.empty')}</p>
        ) : (
          s.providers.map((p) => (
            <div key={p.institution.id} className="card">
              <p><strong>{en(p.institution.nameLv, p.institution.nameEn)}</strong> <span className="muted">({p.institution.code})</span></p>
              {p.serviceLevelTerms?.length ? p.serviceLevelTerms.map((set, i) => <TermsTable key={i} set={set} />) : <p className="muted">{t('view.noPlvn')}</p>}
            </div>
          ))
        )}
      </section>

      <section className="svc-section" aria-labelledby="svc-relations">
        <h2 id="svc-relations">{t('view.relations')}</h2>
        <dl className="props">
          <Prop label={t('field.components')}><RefList refs={s.components} /></Prop>
          <Prop label={t('field.dependencies')}><RefList refs={s.dependencies} /></Prop>
          <Prop label={t('field.resources')}>
            {list(s.resources, (r) => (
              <>
                {en(r.nameLv, r.nameEn)} <span className="muted">({r.code}, {t(`enum.resourceKind.${r.kind}`, { defaultValue: r.kind })})</span>
              </>
            ))}
          </Prop>
          <Prop label={t('view.replaces')}><RefList refs={s.lineage.replaces} /></Prop>
          <Prop label={t('view.merges')}><RefList refs={s.lineage.merges} /></Prop>
          <Prop label={t('view.replacedBy')}><RefList refs={s.lineage.replacedBy} /></Prop>
          <Prop label={t('view.mergedInto')}><RefList refs={s.lineage.mergedInto} /></Prop>
        </dl>
      </section>

      <section className="svc-section" aria-labelledby="svc-legal">
        <h2 id="svc-legal">{t('view.legal')}</h2>
        <dl className="props">
          <Prop label={t('field.fee')}>
            {d.fee ? (
              <>
                {d.fee.free ? t('view.free') : d.fee.amountEur != null ? t('view.paid', { amount: d.fee.amountEur.toFixed(2) }) : t('view.paidNoAmount')}
                {en(d.fee.descriptionLv, d.fee.descriptionEn) ? ` — ${en(d.fee.descriptionLv, d.fee.descriptionEn)}` : ''}
              </>
            ) : null}
          </Prop>
          <Prop label={t('field.legalBasis')}>
            {list(d.legalBasis, (l) => (
              <>
                <SafeLink href={l.url}>{l.act}</SafeLink>
                {l.article ? `, ${l.article}` : ''}
              </>
            ))}
          </Prop>
          <Prop label={t('field.requiredDocuments')}>{list(d.requiredDocuments, (x) => en(x.lv, x.en))}</Prop>
          <Prop label={t('field.prerequisites')}>{list(d.prerequisites, (x) => en(x.lv, x.en))}</Prop>
        </dl>
      </section>

      <section className="svc-section" aria-labelledby="svc-contacts">
        <h2 id="svc-contacts">{t('view.contacts')}</h2>
        <dl className="props">
          <Prop label={t('view.phone')}>{d.contacts?.phone}</Prop>
          <Prop label={t('view.email')}>{d.contacts?.email ? <a href={`mailto:${d.contacts.email}`}>{d.contacts.email}</a> : null}</Prop>
          <Prop label={t('view.url')}>{d.contacts?.url ? <SafeLink href={d.contacts.url} /> : null}</Prop>
        </dl>
      </section>
    </article>
  );
}
