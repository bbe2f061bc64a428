import { iso } from '../../platform/http/schemas.js';
import type { ActivityDirectionRow, InstitutionRow } from './institutions.repository.js';
import type { InstitutionAction } from './institutions.policy.js';

export function toInstitutionSummary(r: InstitutionRow, allowedActions: InstitutionAction[] = []) {
  return {
    id: r.id,
    code: r.code,
    registrationNumber: r.registrationNumber,
    nameLv: r.nameLv,
    nameEn: r.nameEn,
    shortName: r.shortName,
    groupCode: r.groupCode as never,
    kind: r.kind as never,
    parentId: r.parentId,
    version: r.rowVersion,
    allowedActions,
  };
}

export function toInstitutionResponse(r: InstitutionRow, rel: { ancestors: InstitutionRow[]; directions: ActivityDirectionRow[]; childCount: number }, allowedActions: InstitutionAction[] = []) {
  const byId = new Map(rel.ancestors.map((a) => [a.id, a]));
  return {
    ...toInstitutionSummary(r, allowedActions),
    ancestors: r.ancestorIds.map((id) => byId.get(id)).filter((a): a is InstitutionRow => !!a).map((a) => ({ id: a.id, code: a.code, nameLv: a.nameLv })),
    formerNames: r.formerNames.map((f) => ({ nameLv: f.nameLv, nameEn: f.nameEn ?? null, until: f.until })),
    activityDirections: rel.directions.map((d) => ({ id: d.id, code: d.code, nameLv: d.nameLv, nameEn: d.nameEn })),
    website: r.website,
    email: r.email,
    childCount: rel.childCount,
    createdAt: iso(r.createdAt)!,
    updatedAt: iso(r.updatedAt)!,
  };
}
