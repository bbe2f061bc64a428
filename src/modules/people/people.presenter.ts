import { iso } from '../../platform/http/schemas.js';
import type { PersonRoleRow, PersonRow } from './people.repository.js';

/** The fields of a person every signed-in user may see, as lists show them. */
export function toPersonSummary(r: PersonRow) {
  return {
    id: r.id,
    givenName: r.givenName,
    familyName: r.familyName,
    email: r.email,
    phone: r.phone,
    jobTitle: r.jobTitle,
    institutionId: r.institutionId,
    active: r.active,
    version: r.rowVersion,
  };
}

/** One person with their institution and the roles they perform now. */
export function toPersonResponse(r: PersonRow, rel: { institution: { id: string; code: string; nameLv: string }; activeRoles: PersonRoleRow[]; hasAccount: boolean }) {
  return {
    ...toPersonSummary(r),
    institution: rel.institution,
    activeRoles: rel.activeRoles.map((a) => ({
      id: a.id,
      role: a.role as never,
      institutionId: a.institutionId,
      scopeType: a.scopeType as never,
      scopeId: a.scopeId,
      since: iso(a.createdAt)!,
    })),
    hasAccount: rel.hasAccount,
    createdAt: iso(r.createdAt)!,
    updatedAt: iso(r.updatedAt)!,
  };
}
