import { iso } from '../../platform/http/schemas.js';
import type { CapabilityWithLabels, ResourceWithLabels, RoleHolderRow } from './resources.repository.js';
import { deriveVirtual, isManagerMissing } from './resources.rules.js';
import type { ResourceAction } from './resources.policy.js';

type ServiceRefOut = { id: string; code: string; nameLv: string | null; nameEn: string | null; status: never; owner: { id: string; code: string; nameLv: string } };

export const toRoleHolder = (h: RoleHolderRow) => ({
  assignmentId: h.assignmentId,
  personId: h.personId,
  givenName: h.givenName,
  familyName: h.familyName,
  email: h.email,
  institutionId: h.institutionId,
});

export function toResourceSummary(r: ResourceWithLabels, allowedActions: ResourceAction[] = []) {
  return {
    id: r.id,
    code: r.code,
    institution: { id: r.institutionId, code: r.institutionCode, nameLv: r.institutionNameLv },
    kind: r.kind as never,
    nameLv: r.nameLv,
    nameEn: r.nameEn,
    lifecycleStage: r.lifecycleStage as never,
    virtual: deriveVirtual(r.supplierServiceId),
    supplierServiceId: r.supplierServiceId,
    managerMissing: isManagerMissing(r.managerCount),
    version: r.rowVersion,
    allowedActions,
  };
}

export function toResourceResponse(r: ResourceWithLabels, rel: { supplierService: ServiceRefOut | null; manager: RoleHolderRow | null; serviceCount: number }, allowedActions: ResourceAction[] = []) {
  return {
    ...toResourceSummary(r, allowedActions),
    descriptionLv: r.descriptionLv,
    descriptionEn: r.descriptionEn,
    supplierService: rel.supplierService,
    manager: rel.manager ? toRoleHolder(rel.manager) : null,
    serviceCount: rel.serviceCount,
    createdAt: iso(r.createdAt)!,
    updatedAt: iso(r.updatedAt)!,
  };
}

export function toCapabilitySummary(c: CapabilityWithLabels) {
  return {
    id: c.id,
    institution: { id: c.institutionId, code: c.institutionCode, nameLv: c.institutionNameLv },
    kind: c.kind as never,
    nameLv: c.nameLv,
    nameEn: c.nameEn,
    virtual: deriveVirtual(c.supplierServiceId),
    supplierServiceId: c.supplierServiceId,
    version: c.rowVersion,
  };
}

export function toCapabilityResponse(c: CapabilityWithLabels, rel: { supplierService: ServiceRefOut | null }) {
  return {
    ...toCapabilitySummary(c),
    descriptionLv: c.descriptionLv,
    supplierService: rel.supplierService,
    createdAt: iso(c.createdAt)!,
    updatedAt: iso(c.updatedAt)!,
  };
}
