import { iso } from '../../platform/http/schemas.js';
import type { RuleCounts } from '../services/services.queries.js';
import type { WorkRow } from './workspace.repository.js';

/** The fields every item of "my work" has: what it is and who owns it. */
function base(r: WorkRow) {
  return {
    id: r.id,
    code: r.code,
    nameLv: r.nameLv,
    nameEn: r.nameEn,
    ownerInstitution: { id: r.ownerId, code: r.ownerCode, nameLv: r.ownerNameLv },
  };
}

/**
 * A managed service with the counts of its current version's publication check
 * (hard findings are its errors, soft ones its warnings; null when the caller may not read them).
 */
export function toManagedService(r: WorkRow, counts: Pick<RuleCounts, 'hardCount' | 'softCount'> | null) {
  return {
    ...base(r),
    status: r.status ?? 'draft',
    versionNo: r.versionNo ?? 0,
    errorCount: counts ? counts.hardCount : null,
    warningCount: counts ? counts.softCount : null,
    publishable: counts ? counts.hardCount === 0 : null,
  };
}

export function toAwaitingPublication(r: WorkRow) {
  return { ...base(r), versionNo: r.versionNo ?? 0, submittedAt: iso(r.since) };
}

export function toDraft(r: WorkRow) {
  return { ...base(r), status: r.status ?? 'draft', versionNo: r.versionNo ?? 0, updatedAt: iso(r.since) };
}

export function toWithoutManager(r: WorkRow, kind: 'service' | 'resource') {
  return { ...base(r), kind, missingSince: iso(r.since) };
}

export function toReviewOverdue(r: WorkRow) {
  return { ...base(r), lastReviewedAt: iso(r.since) };
}
