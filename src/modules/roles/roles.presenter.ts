import { iso } from '../../platform/http/schemas.js';
import type { CardinalityCheck } from './roles.rules.js';
import type { Role } from '../../shared/enums.js';
import type { RoleAssignmentAction, RoleCollectionAction } from './roles.policy.js';
import type { RoleAssignmentView } from './roles.repository.js';

/** A role assignment with its holder, person and scope, as the API shows it. */
export function toRoleAssignmentResponse(r: RoleAssignmentView, allowedActions: RoleAssignmentAction[] = []) {
  return {
    id: r.id,
    role: r.role as never,
    institutionId: r.institutionId,
    institution: { id: r.institutionId, code: r.institutionCode, nameLv: r.institutionNameLv },
    personId: r.personId,
    person:
      r.personId && r.personGivenName !== null
        ? { id: r.personId, givenName: r.personGivenName, familyName: r.personFamilyName!, email: r.personEmail!, active: r.personActive! }
        : null,
    scopeType: r.scopeType as never,
    scopeId: r.scopeId,
    scopeCode: r.scopeCode,
    active: r.endedAt === null,
    createdAt: iso(r.createdAt)!,
    endedAt: iso(r.endedAt),
    version: r.rowVersion,
    allowedActions,
  };
}

/** The roles an institution holds now, grouped by role and scope, with the cardinality checks. */
export function toInstitutionRolesResponse(
  institution: { id: string; code: string; nameLv: string; kind: string },
  counts: { serviceCount: number; resourceCount: number },
  held: RoleAssignmentView[],
  checks: CardinalityCheck[],
  scopeCodes: Map<string, string>,
  view: { actionsOf: (a: RoleAssignmentView) => RoleAssignmentAction[]; allowedActions: RoleCollectionAction[]; appointableRoles: Role[] } = { actionsOf: () => [], allowedActions: [], appointableRoles: [] },
) {
  type Performer = { assignmentId: string; personId: string | null; name: string | null; since: string; version: number; allowedActions: RoleAssignmentAction[] };
  const groups = new Map<string, { role: never; scopeType: never; scopeId: string | null; scopeCode: string | null; performers: Performer[] }>();
  for (const a of held) {
    const key = `${a.role}|${a.scopeId ?? ''}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { role: a.role as never, scopeType: a.scopeType as never, scopeId: a.scopeId, scopeCode: a.scopeCode, performers: [] }));
    const name = a.personGivenName !== null ? `${a.personGivenName} ${a.personFamilyName}` : null;
    g.performers.push({ assignmentId: a.id, personId: a.personId, name, since: iso(a.createdAt)!, version: a.rowVersion, allowedActions: view.actionsOf(a) });
  }
  return {
    institution,
    ...counts,
    roles: [...groups.values()],
    checks: checks.map((c) => ({ ...c, scopeCode: scopeCodes.get(c.scopeId) ?? null })),
    compliant: checks.every((c) => c.status !== 'broken'),
    allowedActions: view.allowedActions,
    appointableRoles: view.appointableRoles,
  };
}
