import type { ApprovalWithPerson } from './portfolio.repository.js';
import type { PublishedServiceOfInstitutionRow } from '../services/services.queries.js';

const toIso = (d: Date | string | null): string | null => (d === null ? null : (d instanceof Date ? d : new Date(d)).toISOString());

export function toApprovalEntry(a: ApprovalWithPerson) {
  return {
    id: a.id,
    kind: a.kind as never,
    approvedAt: toIso(a.approvedAt)!,
    approvedBy: { id: a.approvedBy, givenName: a.givenName, familyName: a.familyName },
    serviceCount: a.serviceIds.length,
    serviceIds: a.serviceIds,
    change: a.change ? { added: a.change.added ?? [], removed: a.change.removed ?? [] } : null,
    note: a.note,
  };
}

export function toPortfolioService(r: PublishedServiceOfInstitutionRow) {
  return {
    id: r.id,
    code: r.code,
    nameLv: r.name_lv,
    nameEn: r.name_en,
    recipientType: r.recipient_type as never,
    complexity: r.complexity as never,
    digitalStatus: r.digital_status as never,
    versionNo: Number(r.version_no),
    publishedAt: toIso(r.published_at),
    isTemplate: r.is_template,
    templateServiceId: r.template_service_id,
  };
}
