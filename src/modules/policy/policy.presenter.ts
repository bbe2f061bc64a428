import { iso } from '../../platform/http/schemas.js';
import type { PolicyVersionHeadRow, PolicyVersionRow } from './policy.repository.js';
import type { PolicyDocument, PolicyVersionStatus } from './policy.schemas.js';

/** A version as lists show it. */
export function toPolicyVersionSummary(r: PolicyVersionHeadRow) {
  return {
    id: r.id,
    titleLv: r.titleLv,
    titleEn: r.titleEn,
    status: r.status as PolicyVersionStatus,
    effectiveFrom: r.effectiveFrom,
    createdAt: iso(r.createdAt)!,
    version: r.rowVersion,
  };
}

/** A version with its whole document. */
export function toPolicyVersionResponse(r: PolicyVersionRow) {
  return { ...toPolicyVersionSummary(r), createdBy: r.createdBy, document: r.document as PolicyDocument };
}
export type PolicyVersionResponse = ReturnType<typeof toPolicyVersionResponse>;
