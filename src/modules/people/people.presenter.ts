import { iso } from '../../platform/http/schemas.js';
import type { PersonAction } from './people.policy.js';
import type { PersonRoleRow, PersonRow } from './people.repository.js';

/** What the caller may see of and do to a person, decided by people.policy. */
export interface PersonView {
  /** Whether e-mail and phone go out; when not, both fields are left out (not null: null means "no phone"). */
  showContacts: boolean;
  allowedActions: PersonAction[];
}

/** Relations of one person, as loaded with them. */
export interface PersonRelations {
  institution: { id: string; code: string; nameLv: string };
  activeRoles: PersonRoleRow[];
  hasAccount: boolean;
}

/** The fields of a person every signed-in user may see, plus their contacts for those who may see them, as lists show them. */
export function toPersonSummary(r: PersonRow, view: PersonView) {
  return {
    id: r.id,
    givenName: r.givenName,
    familyName: r.familyName,
    ...(view.showContacts ? { email: r.email, phone: r.phone } : {}),
    jobTitle: r.jobTitle,
    institutionId: r.institutionId,
    active: r.active,
    version: r.rowVersion,
    allowedActions: view.allowedActions,
  };
}

/** One person with their institution and the roles they perform now. */
export function toPersonResponse(r: PersonRow, rel: PersonRelations, view: PersonView) {
  return {
    ...toPersonSummary(r, view),
    ...relationsOf(r, rel),
  };
}

/**
 * The whole record, for the audit trail: every field, and no caller-specific
 * `allowedActions` (the trail is read later, by other people).
 */
export function toPersonRecord(r: PersonRow, rel: PersonRelations) {
  const { allowedActions: _, ...summary } = toPersonSummary(r, { showContacts: true, allowedActions: [] });
  return { ...summary, ...relationsOf(r, rel) };
}

function relationsOf(r: PersonRow, rel: PersonRelations) {
  return {
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
