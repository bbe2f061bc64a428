import { UnauthenticatedError } from './errors.js';
import type { Role, ScopeType } from '../shared/enums.js';

/** A role the signed-in person performs. */
export interface RoleGrant {
  assignmentId: string;
  role: Role;
  institutionId: string;
  scopeType: ScopeType;
  scopeId: string | null;
}

export interface AnonymousActor {
  kind: 'anonymous';
}

export interface UserActor {
  kind: 'user';
  accountId: string;
  personId: string;
  /** The institution that employs the person. */
  institutionId: string;
  isSystemAdmin: boolean;
  roles: RoleGrant[];
  /** Institutions inside the sectors and municipalities this person leads (read scope). */
  leadScopeInstitutionIds: ReadonlySet<string>;
  via: 'session' | 'token' | 'system';
}

/** Who is acting: the input of every policy check. */
export type Actor = AnonymousActor | UserActor;

export const ANONYMOUS: AnonymousActor = { kind: 'anonymous' };

/** The actor of CLI commands (seed, import): everything is allowed and audited as "system". */
export const SYSTEM_ACTOR: UserActor = {
  kind: 'user',
  accountId: '00000000-0000-0000-0000-000000000000',
  personId: '00000000-0000-0000-0000-000000000000',
  institutionId: '00000000-0000-0000-0000-000000000000',
  isSystemAdmin: true,
  roles: [],
  leadScopeInstitutionIds: new Set(),
  via: 'system',
};

/** Context passed from the edge (HTTP, CLI) into services. */
export interface RequestContext {
  actor: Actor;
  requestId: string;
}

export const isUser = (a: Actor): a is UserActor => a.kind === 'user';
export const isAdmin = (a: Actor): boolean => a.kind === 'user' && a.isSystemAdmin;

/** Whether the actor performs `role`, optionally in the given scope. */
export function holds(a: Actor, role: Role, scopeId?: string | null): boolean {
  if (a.kind !== 'user') return false;
  return a.roles.some((r) => r.role === role && (scopeId === undefined || r.scopeId === scopeId));
}

/** Whether the actor is the portfolio manager of an institution. */
export const isPortfolioManagerOf = (a: Actor, institutionId: string): boolean => holds(a, 'portfolioOwner', institutionId);

/** Whether the actor may read non-public data of an institution: staff, leads over it, admins. */
export function canReadInternal(a: Actor, institutionId: string): boolean {
  if (a.kind !== 'user') return false;
  return (
    a.isSystemAdmin ||
    a.institutionId === institutionId ||
    holds(a, 'stateLead') ||
    a.leadScopeInstitutionIds.has(institutionId) ||
    a.roles.some((r) => r.institutionId === institutionId)
  );
}

/** Refuses an anonymous caller with 401 (writes and internal reads need a signed-in user). */
export function requireUser(a: Actor): asserts a is UserActor {
  if (a.kind !== 'user') throw new UnauthenticatedError();
}

/** The person acting, for "created by"/"published by" columns; null for anonymous callers and the system. */
export const personOf = (a: Actor): string | null => (a.kind === 'user' && a.via !== 'system' ? a.personId : null);

/**
 * A module's authorisation rules, one function per action: the same function
 * authorises the write in the service layer and lists the action in the
 * resource's `allowedActions`, so the two never disagree.
 */
export type ActionRules<A extends string, T> = Readonly<Record<A, (a: Actor, target: T) => boolean>>;

/** The actions of `actions` (in that order) whose rule allows the actor on the target. */
export function allowedActionsOf<A extends string, T>(actions: readonly A[], rules: ActionRules<A, T>, a: Actor, target: T): A[] {
  return actions.filter((x) => rules[x](a, target));
}
