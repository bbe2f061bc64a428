import { iso } from '../../platform/http/schemas.js';
import type { ValidationReportBody } from '../services/services.presenter.js';
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

/** A managed service with the counts of its current version's publication check (null when the check could not be read). */
export function toManagedService(r: WorkRow, report: ValidationReportBody | null) {
  return {
    ...base(r),
    status: r.status ?? 'draft',
    versionNo: r.versionNo ?? 0,
    errorCount: report ? report.errors.length : null,
    warningCount: report ? report.warnings.length : null,
    publishable: report ? report.publishable : null,
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
