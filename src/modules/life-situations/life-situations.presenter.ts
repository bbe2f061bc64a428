import { iso } from '../../platform/http/schemas.js';
import type { LifeSituationRow, LifeSituationWithOwner, NeedRow, NeedWithOwner, OwnerLabel } from './life-situations.repository.js';

const ownerOf = (ownerId: string | null, o: OwnerLabel) => (ownerId && o.ownerCode ? { id: ownerId, code: o.ownerCode, nameLv: o.ownerNameLv ?? '' } : null);

export const toNeedRef = (n: NeedRow) => ({ id: n.id, code: n.code, nameLv: n.nameLv, nameEn: n.nameEn });
export const toLifeSituationRef = (l: LifeSituationRow) => ({ id: l.id, code: l.code, nameLv: l.nameLv, nameEn: l.nameEn, audience: l.audience as never });

export function toLifeSituationSummary(r: LifeSituationWithOwner) {
  return {
    id: r.id,
    code: r.code,
    nameLv: r.nameLv,
    nameEn: r.nameEn,
    audience: r.audience as never,
    owner: ownerOf(r.ownerInstitutionId, r),
    needCount: r.needCount,
    version: r.rowVersion,
  };
}

export function toLifeSituationResponse(r: LifeSituationWithOwner, rel: { needs: NeedRow[] }) {
  return {
    ...toLifeSituationSummary(r),
    descriptionLv: r.descriptionLv,
    descriptionEn: r.descriptionEn,
    needs: rel.needs.map(toNeedRef),
    createdAt: iso(r.createdAt)!,
    updatedAt: iso(r.updatedAt)!,
  };
}

export function toNeedSummary(r: NeedWithOwner) {
  return {
    id: r.id,
    code: r.code,
    nameLv: r.nameLv,
    nameEn: r.nameEn,
    owner: ownerOf(r.ownerInstitutionId, r),
    lifeSituationCount: r.lifeSituationCount,
    version: r.rowVersion,
  };
}

export function toNeedResponse<S>(r: NeedWithOwner, rel: { lifeSituations: LifeSituationRow[]; services: S[]; serviceCount: number }) {
  return {
    ...toNeedSummary(r),
    descriptionLv: r.descriptionLv,
    descriptionEn: r.descriptionEn,
    lifeSituations: rel.lifeSituations.map(toLifeSituationRef),
    services: rel.services,
    serviceCount: rel.serviceCount,
    createdAt: iso(r.createdAt)!,
    updatedAt: iso(r.updatedAt)!,
  };
}
