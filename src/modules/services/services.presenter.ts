import { iso } from '../../platform/http/schemas.js';
import type { RuleViolation } from '../../platform/errors.js';
import type { Locale } from '../../platform/i18n.js';
import { copyDescription } from './services.fields.js';
import type { ChannelTypeInfo, DigitalStatusResult, ServiceDescription } from './services.model.js';
import type { InstitutionRefRow, InstanceRow, PersonRow, ServiceListRow, ServiceRefRow, ServiceRow, VersionRow } from './services.repository.js';
import type { ServiceAction, ServiceVersionAction } from './services.policy.js';

type NeedRow = { id: string; code: string; nameLv: string; nameEn: string | null };
type ChannelPointRow = {
  id: string;
  code: string;
  nameLv: string;
  nameEn: string | null;
  channelType: string;
  institutionId: string;
  url: string | null;
  address: string | null;
  phone: string | null;
  email: string | null;
};
type ResourceRow = { id: string; code: string; kind: string; nameLv: string; nameEn: string | null; institutionId: string };
type DirectionRow = { id: string; code: string; nameLv: string; nameEn: string | null };

/** Everything around a version that the full representation shows. */
export interface ServiceRelations {
  description: ServiceDescription;
  inheritedFields: string[];
  digital: DigitalStatusResult;
  owner: InstitutionRefRow;
  manager: PersonRow | null;
  template: ServiceRefRow | null;
  instanceCount: number;
  activityDirection: DirectionRow | null;
  needs: NeedRow[];
  needLifeSituations: Map<string, NeedRow[]>;
  channelPoints: Map<string, ChannelPointRow>;
  channelTypes: Map<string, ChannelTypeInfo>;
  providerInstitutions: Map<string, InstitutionRefRow>;
  resources: ResourceRow[];
  refs: Map<string, ServiceRefRow>;
  replacedBy: string[];
  mergedInto: string[];
  versions: VersionRow[];
  publishedVersionNo: number | null;
  draftVersionNo: number | null;
}

const byName = <T extends { nameLv: string | null; id: string }>(a: T, b: T) => (a.nameLv ?? '').localeCompare(b.nameLv ?? '', 'lv') || a.id.localeCompare(b.id);

const institutionRef = (i: InstitutionRefRow) => ({ id: i.id, code: i.code, nameLv: i.nameLv, nameEn: i.nameEn });

export function toServiceRef(r: ServiceRefRow) {
  return { id: r.id, code: r.code, nameLv: r.nameLv, status: r.status as never, ownerInstitutionId: r.ownerInstitutionId };
}

export function toVersionSummary(v: VersionRow, allowedActions: ServiceVersionAction[] = []) {
  return {
    versionNo: v.versionNo,
    state: v.state as never,
    nameLv: v.nameLv,
    digitalStatus: v.digitalStatus as never,
    createdAt: iso(v.createdAt)!,
    updatedAt: iso(v.updatedAt)!,
    submittedAt: iso(v.submittedAt),
    publishedAt: iso(v.publishedAt),
    allowedActions,
  };
}

/** The description as sent out: an explicit copy, so nothing else on the object leaks. */
export function toDescription(d: ServiceDescription): ServiceDescription {
  return copyDescription(d);
}

/** What the caller may do (services.policy), passed in so the presenter stays free of policy. */
export interface ServiceView {
  allowedActions: ServiceAction[];
  /** The actions on the current draft version; other versions get none. */
  draftActions: ServiceVersionAction[];
}

/** The full representation of a service at one version. */
export function toServiceResponse(s: ServiceRow, v: VersionRow, rel: ServiceRelations, view: ServiceView = { allowedActions: [], draftActions: [] }) {
  const d = rel.description;
  const refs = (ids: string[]) =>
    ids
      .map((id) => rel.refs.get(id))
      .filter((r): r is ServiceRefRow => !!r)
      .map(toServiceRef);
  return {
    id: s.id,
    code: s.code,
    status: s.status as never,
    isTemplate: s.isTemplate,
    template: rel.template ? toServiceRef(rel.template) : null,
    instanceCount: rel.instanceCount,
    owner: institutionRef(rel.owner),
    manager: rel.manager ? { id: rel.manager.id, givenName: rel.manager.givenName, familyName: rel.manager.familyName, email: rel.manager.email, jobTitle: rel.manager.jobTitle } : null,
    versionNo: v.versionNo,
    versionState: v.state as never,
    publishedVersionNo: rel.publishedVersionNo,
    draftVersionNo: rel.draftVersionNo,
    description: toDescription(d),
    inheritedFields: rel.inheritedFields,
    digitalStatus: rel.digital.status,
    digitalByPhase: rel.digital.byPhase,
    activityDirection: rel.activityDirection
      ? { id: rel.activityDirection.id, code: rel.activityDirection.code, nameLv: rel.activityDirection.nameLv, nameEn: rel.activityDirection.nameEn }
      : null,
    needs: [...rel.needs].sort(byName).map((n) => ({
      id: n.id,
      code: n.code,
      nameLv: n.nameLv,
      nameEn: n.nameEn,
      lifeSituations: [...(rel.needLifeSituations.get(n.id) ?? [])].sort(byName).map((l) => ({ id: l.id, code: l.code, nameLv: l.nameLv, nameEn: l.nameEn })),
    })),
    channelPoints: d.channelPoints
      .map((use) => ({ use, cp: rel.channelPoints.get(use.channelPointId) }))
      .filter((x): x is { use: (typeof d.channelPoints)[number]; cp: ChannelPointRow } => !!x.cp)
      .map(({ use, cp }) => {
        const info = rel.channelTypes.get(cp.id);
        return {
          id: cp.id,
          code: cp.code,
          phase: use.phase,
          nameLv: cp.nameLv,
          nameEn: cp.nameEn,
          channelType: cp.channelType,
          environment: info?.environment ?? null,
          digital: info ? info.digital : null,
          institutionId: cp.institutionId,
          url: cp.url,
          address: cp.address,
          phone: cp.phone,
          email: cp.email,
        };
      }),
    providers: d.providers
      .filter((p) => rel.providerInstitutions.has(p.institutionId))
      .map((p) => ({ institution: institutionRef(rel.providerInstitutions.get(p.institutionId)!), serviceLevelTerms: p.serviceLevelTerms })),
    resources: [...rel.resources].sort(byName).map((r) => ({ id: r.id, code: r.code, kind: r.kind, nameLv: r.nameLv, nameEn: r.nameEn, institutionId: r.institutionId })),
    components: refs(d.componentIds),
    dependencies: refs(d.dependsOnIds),
    lineage: { replaces: refs(d.replacesIds), merges: refs(d.mergesIds), replacedBy: refs(rel.replacedBy), mergedInto: refs(rel.mergedInto) },
    versions: rel.versions.map((x) => toVersionSummary(x, x.id === s.draftVersionId ? view.draftActions : [])),
    createdAt: iso(s.createdAt)!,
    updatedAt: iso(s.updatedAt)!,
    version: s.rowVersion,
    allowedActions: view.allowedActions,
  };
}
export type ServiceResponseBody = ReturnType<typeof toServiceResponse> & { validation?: ValidationReportBody };

const toIso = (d: Date | string): string => (d instanceof Date ? d : new Date(d)).toISOString();

export function toServiceSummary(r: ServiceListRow, allowedActions: ServiceAction[] = []) {
  return {
    id: r.id,
    code: r.code,
    status: r.status as never,
    isTemplate: r.is_template,
    templateServiceId: r.template_service_id,
    owner: { id: r.owner_institution_id, code: r.owner_code, nameLv: r.owner_name_lv },
    nameLv: r.name_lv,
    nameEn: r.name_en,
    recipientType: r.recipient_type as never,
    complexity: r.complexity as never,
    lifecycleStage: r.lifecycle_stage as never,
    digitalStatus: r.digital_status as never,
    versionNo: Number(r.version_no),
    versionState: r.state as never,
    updatedAt: toIso(r.updated_at),
    version: Number(r.row_version),
    allowedActions,
  };
}

export function toInstanceSummary(r: InstanceRow) {
  return {
    id: r.id,
    code: r.code,
    status: r.status as never,
    owner: { id: r.owner_id, code: r.owner_code, nameLv: r.owner_name_lv },
    digitalStatus: (r.digital_status ?? 'none') as never,
    versionNo: Number(r.version_no ?? 0),
  };
}

/** Rule results in the caller's language: errors block publication, warnings do not. */
export function toValidationReport(violations: RuleViolation[], mode: 'draft' | 'publish', versionNo: number, locale: Locale) {
  const issue = (v: RuleViolation) => ({ rule: v.rule, code: v.code, severity: v.severity, path: v.path, message: v.message[locale] });
  const errors = violations.filter((v) => v.severity === 'error').map(issue);
  return { mode, versionNo, publishable: errors.length === 0, errors, warnings: violations.filter((v) => v.severity !== 'error').map(issue) };
}
export type ValidationReportBody = ReturnType<typeof toValidationReport>;
