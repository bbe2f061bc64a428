import type { ServiceUsageRow } from '../services/services.queries.js';

/** A service-usage row as the API shows it. */
export function toServiceUsage(r: ServiceUsageRow) {
  return {
    serviceId: r.serviceId,
    code: r.code,
    nameLv: r.nameLv,
    nameEn: r.nameEn,
    status: r.status as never,
    owner: { id: r.ownerInstitutionId, code: r.ownerCode, nameLv: r.ownerNameLv },
    matchedIds: r.matchedIds,
    phases: r.phases as never[],
    inPublishedVersion: r.inPublished,
    inCurrentVersion: r.inCurrent,
  };
}

/** A supplier service label as the API shows it. */
export function toServiceRef(s: { id: string; code: string; status: string; nameLv: string | null; nameEn: string | null; ownerInstitutionId: string; ownerCode: string; ownerNameLv: string }) {
  return {
    id: s.id,
    code: s.code,
    nameLv: s.nameLv,
    nameEn: s.nameEn,
    status: s.status as never,
    owner: { id: s.ownerInstitutionId, code: s.ownerCode, nameLv: s.ownerNameLv },
  };
}
