import { allowedActionsOf, holds, isAdmin, isUser, type ActionRules, type Actor } from '../../platform/actor.js';
import { ROLES, type Role } from '../../shared/enums.js';

/** Role assignments name people, so like people they are for signed-in users only. */
export const canReadRoles = (a: Actor): boolean => isUser(a);

/** Administrators and the state lead appoint to any role anywhere. */
const appointsAnything = (a: Actor): boolean => isAdmin(a) || holds(a, 'stateLead');

/** Whether the actor may appoint to at least some roles (a cheap first check before any lookup). */
export const appointsAnyRoles = (a: Actor): boolean => appointsAnything(a) || holds(a, 'portfolioOwner') || holds(a, 'resourcePortfolioOwner');

/** What an appointment (or ending, or replacement) touches. */
export interface AppointmentTarget {
  role: Role;
  /** The institution that holds the role. */
  holderInstitutionId: string;
  /** The institution the scope belongs to (the service's owner, the resource's institution, the institution itself); null for the state or an unknown scope. */
  scopeInstitutionId: string | null;
}

/**
 * Who may appoint, end or replace a role assignment:
 * - system administrators and the state lead: anything;
 * - an institution's portfolio manager: service managers (serviceOwner) and
 *   the institution's own provider people (serviceProvider) for its own services;
 * - its resource-portfolio manager: resource managers (resourceOwner) for its
 *   own resources (a portfolio manager only when also resource-portfolio manager);
 * - nobody else. A user of one institution never changes anything of another:
 *   both the holder and the scope must be the actor's own institution.
 */
export function canAppoint(a: Actor, t: AppointmentTarget): boolean {
  if (appointsAnything(a)) return true;
  if (!isUser(a)) return false;
  const own = t.holderInstitutionId;
  if (a.institutionId !== own || t.scopeInstitutionId !== own) return false;
  switch (t.role) {
    case 'serviceOwner':
    case 'serviceProvider':
      return holds(a, 'portfolioOwner', own);
    case 'resourceOwner':
      return holds(a, 'resourcePortfolioOwner', own);
    default:
      return false;
  }
}

/** Actions a client may offer on a role assignment; the same rule (canAppoint) authorises ending and replacing it. */
export const ROLE_ASSIGNMENT_ACTIONS = ['end', 'replace'] as const;
export type RoleAssignmentAction = (typeof ROLE_ASSIGNMENT_ACTIONS)[number];

export const ROLE_ASSIGNMENT_RULES: ActionRules<RoleAssignmentAction, AppointmentTarget> = { end: canAppoint, replace: canAppoint };

/** What the actor may do to an assignment (authorisation only: an ended one answers 409). */
export const roleAssignmentActionsFor = (a: Actor, t: AppointmentTarget): RoleAssignmentAction[] => allowedActionsOf(ROLE_ASSIGNMENT_ACTIONS, ROLE_ASSIGNMENT_RULES, a, t);

/** Actions on the role-assignment list. */
export const ROLE_COLLECTION_ACTIONS = ['appoint'] as const;
export type RoleCollectionAction = (typeof ROLE_COLLECTION_ACTIONS)[number];

export const roleCollectionActionsFor = (a: Actor): RoleCollectionAction[] => (appointsAnyRoles(a) ? ['appoint'] : []);

/** The roles the actor may appoint an institution's people to, for the institution's own scope (its services and resources). */
export const appointableRolesAt = (a: Actor, institutionId: string): Role[] =>
  ROLES.filter((role) => canAppoint(a, { role, holderInstitutionId: institutionId, scopeInstitutionId: institutionId }));
