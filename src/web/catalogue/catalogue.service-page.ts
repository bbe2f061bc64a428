/**
 * The service page: what the service gives, who can receive it, how to request
 * and receive it per channel, fee, documents, legal basis, provider contacts,
 * the PLVN as the provider's promise, related services and (public catalogue)
 * the feedback form. Reads the published version only, as anonymous callers do.
 */
import type { Db } from '../../platform/db/database.js';
import { ANONYMOUS } from '../../platform/actor.js';
import { NotFoundError } from '../../platform/errors.js';
import { getService } from '../../modules/services/services.service.js';
import { INSTITUTION_READER } from '../../modules/services/services.visibility.js';
import { findInstitutionsByIds } from '../../modules/institutions/institutions.repository.js';
import { activePolicyVersion } from '../../modules/policy/policy.queries.js';
import { formTokenFor } from '../../modules/feedback/feedback.service.js';
import type { ServiceLevelTermsSet } from '../../modules/services/services.model.js';
import { INDICATOR_KINDS } from '../../shared/enums.js';
import { html, raw, safeUrl, type HtmlValue, type SafeHtml } from './html.js';
import { t } from './catalogue.messages.js';
import { channelPointsByIds, findCatalogueServiceByCode, listCatalogueServices, type CentreRow } from './catalogue.repository.js';
import { contactList, digitalBadge, formatDate, href, layout, openingHours, paragraphs, pick, type PageContext } from './catalogue.view.js';
import { serviceList, serviceUrl } from './catalogue.components.js';
import { feedbackForm, type FeedbackFormState } from './catalogue.feedback-view.js';

type Detail = Awaited<ReturnType<typeof getService>>;
export interface ChannelTypeLabel {
  nameLv: string;
  nameEn: string;
  environment: string;
}

/** Channel type code → names and environment, from the active policy. */
export async function channelTypeLabels(db: Db): Promise<Map<string, ChannelTypeLabel>> {
  const policy = await activePolicyVersion(db);
  return new Map((policy?.document.channelTypes ?? []).map((c) => [c.code, { nameLv: c.nameLv, nameEn: c.nameEn, environment: c.environment }]));
}

const capitalise = (s: string) => (s ? s[0].toLocaleUpperCase('lv') + s.slice(1) : s);

/** Units the seeds and institutions write, in English. */
const UNIT_EN: Record<string, string> = { 'darba dienas': 'working days', workingDays: 'working days', dienas: 'days', days: 'days', 'h nedēļā': 'hours a week', hoursPerWeek: 'hours a week', stundas: 'hours', hours: 'hours', minūtes: 'minutes' };
const UNIT_LV: Record<string, string> = { workingDays: 'darba dienas', days: 'dienas', hoursPerWeek: 'h nedēļā', hours: 'stundas' };

/** The indicators of a PLVN set as promises ("Processing time: at most 10 working days"). */
function promiseItems(ctx: PageContext, set: ServiceLevelTermsSet, types: Map<string, ChannelTypeLabel>): SafeHtml[] {
  return set.indicators.map((i) => {
    const name = pick(ctx, i.nameLv, i.nameEn);
    if (i.kind === 'supportChannels' || (i.target === null && i.values?.length)) {
      const values = (i.values ?? []).map((v) => {
        const type = types.get(v);
        return type ? pick(ctx, type.nameLv, type.nameEn) : v;
      });
      return html`<li>${t(ctx.locale, 'cat.promise.is', { name, target: values.join(', ') })}</li>`;
    }
    const unit = i.unit ? (ctx.locale === 'en' ? (UNIT_EN[i.unit] ?? i.unit) : (UNIT_LV[i.unit] ?? i.unit)) : '';
    const target = i.target === null ? '' : `${i.target.toLocaleString(ctx.locale === 'lv' ? 'lv-LV' : 'en-GB')}${unit === '%' ? '%' : unit ? ` ${unit}` : ''}`;
    const better = (INDICATOR_KINDS as Record<string, { better: string }>)[i.kind]?.better;
    const key = better === 'lower' ? 'cat.promise.atMost' : better === 'higher' ? 'cat.promise.atLeast' : 'cat.promise.is';
    return html`<li>${t(ctx.locale, key, { name, target })}</li>`;
  });
}

function promiseSets(ctx: PageContext, sets: ServiceLevelTermsSet[], types: Map<string, ChannelTypeLabel>): HtmlValue {
  return sets.map(
    (set) => html`<div class="promise-set">
      <h3>${pick(ctx, set.nameLv, set.nameEn)}</h3>
      ${set.appliesToLv ? html`<p class="applies">${set.appliesToLv}</p>` : ''}
      <ul>${promiseItems(ctx, set, types)}</ul>
    </div>`,
  );
}

/** One channel point as the service page shows it: type, name (link when online), contacts and hours. */
function channelBlock(ctx: PageContext, cp: Detail['channelPoints'][number], full: CentreRow | undefined, types: Map<string, ChannelTypeLabel>): SafeHtml {
  const type = types.get(cp.channelType);
  const name = pick(ctx, cp.nameLv, cp.nameEn);
  const centre = full && ['vpvkac', 'municipalCentre', 'institutionCentre'].includes(cp.channelType);
  return html`<li class="channel channel-${type?.environment ?? 'other'}">
    <p class="channel-type">${type ? capitalise(pick(ctx, type.nameLv, type.nameEn)) : cp.channelType}</p>
    <p class="channel-name">${centre ? html`<a href="${href(ctx, `/klientu-centri/${encodeURIComponent(cp.code)}`)}">${name}</a>` : cp.url ? html`<a href="${safeUrl(cp.url)}">${name}</a>` : name}</p>
    ${contactList(ctx, { address: cp.address, phone: cp.phone, email: cp.email, url: cp.url })}
    ${full?.opening_hours ? html`<details class="channel-hours"><summary>${t(ctx.locale, 'cat.contact.hours')}</summary>${openingHours(ctx, full.opening_hours)}</details>` : ''}
  </li>`;
}

export interface ServicePageResult {
  status: number;
  html: string;
  /** When the URL's slug is missing or outdated, the canonical URL to redirect to. */
  redirect?: string;
}

/** The service page for `code` (404 when it is not a published service of this catalogue). */
export async function renderServicePage(db: Db, ctx: PageContext, code: string, slug: string | undefined, fb: FeedbackFormState = {}): Promise<ServicePageResult> {
  const found = await findCatalogueServiceByCode(db, ctx.audience, code);
  if (!found) throw new NotFoundError('service', code);
  const canonical = serviceUrl(ctx, found.code, found.nameLv);
  if (slug !== undefined && `${href(ctx, `/pakalpojumi/${encodeURIComponent(found.code)}`)}/${slug}` !== canonical) return { status: 301, html: '', redirect: canonical };
  // The route has signed in the reader of the inter-institutional catalogue; the page shows the published description only.
  const s = await getService(db, ctx.audience === 'inter' ? INSTITUTION_READER : ANONYMOUS, found.id, 'published');
  const d = s.description;
  const types = await channelTypeLabels(db);
  const fullPoints = await channelPointsByIds(db, s.channelPoints.map((c) => c.id));
  const institutions = new Map((await findInstitutionsByIds(db, [s.owner.id, ...s.providers.map((p) => p.institution.id)])).map((i) => [i.id, i]));
  const owner = institutions.get(s.owner.id);
  const lifeSituations = [...new Map(s.needs.flatMap((n) => n.lifeSituations).map((l) => [l.id, l])).values()];
  const related = lifeSituations.length
    ? (await listCatalogueServices(db, ctx.audience, { lifeSituationIds: lifeSituations.map((l) => l.id), excludeServiceId: s.id }, 1, 8)).rows
    : [];
  const name = pick(ctx, d.nameLv, d.nameEn) || s.code;
  const L = (key: string, params?: Record<string, unknown>) => t(ctx.locale, key, params);
  const phases = (['request', 'receipt'] as const).map((phase) => ({ phase, points: s.channelPoints.filter((c) => c.phase === phase) })).filter((p) => p.points.length);
  const otherProviders = s.providers.filter((p) => p.institution.id !== s.owner.id);
  const ownerTerms = d.serviceLevelTerms ?? [];
  const providerTerms = otherProviders.filter((p) => p.serviceLevelTerms?.length);
  const fee = d.fee;
  const feeText = !fee || fee.free ? L('cat.fee.free') : fee.amountEur != null ? L('cat.fee.amount', { amount: fee.amountEur.toLocaleString(ctx.locale === 'lv' ? 'lv-LV' : 'en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 }) }) : L('cat.fee.paid');
  const published = s.versions.find((v) => v.versionNo === s.publishedVersionNo)?.publishedAt ?? s.updatedAt;
  const channelTypes = [...new Set(s.channelPoints.map((c) => c.channelType))];

  const body = html`<article class="service">
  <header class="service-header">
    <h1${ctx.locale === 'en' && !d.nameEn ? raw(' lang="lv"') : ''}>${name}</h1>
    <p class="service-meta">
      ${digitalBadge(ctx, s.digitalStatus)}
      <span>${L('cat.svc.owner')}: <a href="${href(ctx, `/iestades/${encodeURIComponent(s.owner.code)}`)}">${pick(ctx, s.owner.nameLv, s.owner.nameEn)}</a></span>
      <span>${L('cat.svc.code')}: ${s.code}</span>
    </p>
  </header>
  <nav class="toc" aria-label="${L('cat.svc.contents')}"><ul>
    <li><a href="#sniedz">${L('cat.svc.gives')}</a></li>
    <li><a href="#kas">${L('cat.svc.who')}</a></li>
    <li><a href="#ka">${L('cat.svc.how')}</a></li>
    <li><a href="#maksa">${L('cat.svc.fee')}</a></li>
    <li><a href="#apnemamies">${L('cat.svc.promise')}</a></li>
  </ul></nav>
  <section id="sniedz" aria-labelledby="sniedz-h"><h2 id="sniedz-h">${L('cat.svc.gives')}</h2>
    <div${ctx.locale === 'en' && !d.descriptionEn ? raw(' lang="lv"') : ''}>${paragraphs(pick(ctx, d.descriptionLv, d.descriptionEn))}</div>
    ${d.resultLv || d.resultEn ? html`<h3>${L('cat.svc.result')}</h3>${paragraphs(pick(ctx, d.resultLv, d.resultEn))}` : ''}
  </section>
  <section id="kas" aria-labelledby="kas-h"><h2 id="kas-h">${L('cat.svc.who')}</h2>
    <dl class="facts">
      ${d.recipientType ? html`<div><dt>${L('cat.svc.recipientType')}</dt><dd>${L(`cat.rt.${d.recipientType}`)}</dd></div>` : ''}
      ${d.targetGroups?.length ? html`<div><dt>${L('cat.svc.targetGroups')}</dt><dd>${d.targetGroups.map((g) => L(`cat.group.${g}`)).join(', ')}</dd></div>` : ''}
    </dl>
    ${d.prerequisites?.length ? html`<h3>${L('cat.svc.prerequisites')}</h3><ul>${d.prerequisites.map((p) => html`<li>${pick(ctx, p.lv, p.en)}</li>`)}</ul>` : ''}
  </section>
  <section id="ka" aria-labelledby="ka-h"><h2 id="ka-h">${L('cat.svc.how')}</h2>
    ${phases.length ? phases.map((p) => html`<h3>${L(`cat.phase.${p.phase}`)}</h3><ul class="channels">${p.points.map((c) => channelBlock(ctx, c, fullPoints.get(c.id), types))}</ul>`) : html`<p>${L('cat.svc.howNone')}</p>`}
    <h3>${L('cat.svc.documents')}</h3>
    ${d.requiredDocuments?.length ? html`<ul>${d.requiredDocuments.map((x) => html`<li>${pick(ctx, x.lv, x.en)}</li>`)}</ul>` : html`<p>${L('cat.svc.documentsNone')}</p>`}
  </section>
  <section id="maksa" aria-labelledby="maksa-h"><h2 id="maksa-h">${L('cat.svc.fee')}</h2>
    <p class="fee">${feeText}</p>
    ${fee ? paragraphs(pick(ctx, fee.descriptionLv, fee.descriptionEn)) : ''}
  </section>
  <section id="apnemamies" class="promise" aria-labelledby="apnemamies-h"><h2 id="apnemamies-h">${L('cat.svc.promise')}</h2>
    ${ownerTerms.length ? html`<p class="promise-lead">${L('cat.svc.promiseLead')}</p>${promiseSets(ctx, ownerTerms, types)}` : html`<p>${L('cat.svc.promiseNone')}</p>`}
    ${providerTerms.map((p) => html`<p class="promise-lead">${L('cat.svc.promiseOf', { institution: pick(ctx, p.institution.nameLv, p.institution.nameEn) })}</p>${promiseSets(ctx, p.serviceLevelTerms ?? [], types)}`)}
  </section>
  ${d.legalBasis?.length ? html`<section id="pamats" aria-labelledby="pamats-h"><h2 id="pamats-h">${L('cat.svc.legal')}</h2><ul>${d.legalBasis.map((b) => html`<li>${b.url ? html`<a href="${safeUrl(b.url)}">${b.act}</a>` : b.act}${b.article ? html`, ${b.article}` : ''}</li>`)}</ul></section>` : ''}
  <section id="sniedzejs" aria-labelledby="sniedzejs-h"><h2 id="sniedzejs-h">${L('cat.svc.provider')}</h2>
    <p><a href="${href(ctx, `/iestades/${encodeURIComponent(s.owner.code)}`)}">${pick(ctx, s.owner.nameLv, s.owner.nameEn)}</a></p>
    ${contactList(ctx, { phone: d.contacts?.phone, email: d.contacts?.email ?? owner?.email, url: d.contacts?.url ?? owner?.website })}
    ${otherProviders.length ? html`<h3>${L('cat.svc.providers')}</h3><ul>${otherProviders.map((p) => html`<li><a href="${href(ctx, `/iestades/${encodeURIComponent(p.institution.code)}`)}">${pick(ctx, p.institution.nameLv, p.institution.nameEn)}</a></li>`)}</ul>` : ''}
  </section>
  ${lifeSituations.length ? html`<section id="situacijas" aria-labelledby="situacijas-h"><h2 id="situacijas-h">${L('cat.svc.lifeSituations')}</h2><ul class="chips">${lifeSituations.map((l) => html`<li><a href="${href(ctx, `/dzives-situacijas/${encodeURIComponent(l.code)}`)}">${pick(ctx, l.nameLv, l.nameEn)}</a></li>`)}</ul></section>` : ''}
  ${related.length ? html`<section id="saistitie" class="related" aria-labelledby="saistitie-h"><h2 id="saistitie-h">${L('cat.svc.related')}</h2>${serviceList(ctx, related.map((r) => ({ code: r.code, nameLv: r.name_lv, nameEn: r.name_en, ownerNameLv: r.owner_name_lv, ownerNameEn: r.owner_name_en, digitalStatus: r.digital_status })), 3)}</section>` : ''}
  <p class="updated">${L('cat.svc.updated', { date: formatDate(ctx, published) })}</p>
  ${ctx.audience === 'public' ? feedbackForm(ctx, { serviceCode: s.code, token: formTokenFor(s.id), channels: channelTypes, types }, fb) : ''}
</article>`;
  return {
    status: fb.errors?.length ? 400 : 200,
    html: layout(ctx, {
      title: name,
      description: (pick(ctx, d.descriptionLv, d.descriptionEn) ?? '').slice(0, 160),
      section: 'services',
      crumbs: [{ label: L('cat.nav.services'), href: href(ctx, '/pakalpojumi') }, { label: name }],
      body,
    }),
  };
}
