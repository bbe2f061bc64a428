import { iso } from '../../platform/http/schemas.js';
import type { LifeSituationRow, LifeSituationWithOwner, NeedRow, NeedWithOwner, OwnerLabel } from './life-situations.repository.js';
import type { OwnedAction } from './life-situations.policy.js';

const ownerOf = (ownerId: string | null, o: OwnerLabel) => (ownerId && o.ownerCode ? { id: ownerId, code: o.ownerCode, nameLv: o.ownerNameLv ?? '' } : null);

export const toNeedRef = (n: NeedRow) => ({ id: n.id, code: n.code, nameLv: n.nameLv, nameEn: n.nameEn });
export const toLifeSituationRef = (l: LifeSituationRow) => ({ id: l.id, code: l.code, nameLv: l.nameLv, nameEn: l.nameEn, audience: l.audience as never });

export function toLifeSituationSummary(r: LifeSituationWithOwner, allowedActions: OwnedAction[] = []) {
  return {
    id: r.id,
    code: r.code,
    nameLv: r.nameLv,
    nameEn: r.nameEn,
    audience: r.audience as never,
    owner: ownerOf(r.ownerInstitutionId, r),
    needCount: r.needCount,
    version: r.rowVersion,
    allowedActions,
  };
}

export function toLifeSituationResponse(r: LifeSituationWithOwner, rel: { needs: NeedRow[] }, allowedActions: OwnedAction[] = []) {
  return {
    ...toLifeSituationSummary(r, allowedActions),
    descriptionLv: r.descriptionLv,
    descriptionEn: r.descriptionEn,
    needs: rel.needs.map(toNeedRef),
    createdAt: iso(r.createdAt)!,
    updatedAt: iso(r.updatedAt)!,
  };
}

export function toNeedSummary(r: NeedWithOwner, allowedActions: OwnedAction[] = []) {
  return {
    id: r.id,
    code: r.code,
    nameLv: r.nameLv,
    nameEn: r.nameEn,
    owner: ownerOf(r.ownerInstitutionId, r),
    lifeSituationCount: r.lifeSituationCount,
    version: r.rowVersion,
    allowedActions,
  };
}

export function toNeedResponse<S>(r: NeedWithOwner, rel: { lifeSituations: LifeSituationRow[]; services: S[]; serviceCount: number }, allowedActions: OwnedAction[] = []) {
  return {
    ...toNeedSummary(r, allowedActions),
    descriptionLv: r.descriptionLv,
    descriptionEn: r.descriptionEn,
    lifeSituations: rel.lifeSituations.map(toLifeSituationRef),
    services: rel.services,
    serviceCount: rel.serviceCount,
    createdAt: iso(r.createdAt)!,
    updatedAt: iso(r.updatedAt)!,
  };
}
