import { holds, isAdmin, isUser, type Actor } from '../../platform/actor.js';
import type { ScopeType } from '../../shared/enums.js';

/** People are not public data: any signed-in user may read them, anonymous callers may not. */
export const canReadPeople = (a: Actor): boolean => isUser(a);

/**
 * Who keeps the people of an institution: system administrators, the state
 * lead anywhere, and the institution's own portfolio manager or
 * resource-portfolio manager (both roles are scoped to the institution itself, R17).
 */
export const canManagePeopleOf = (a: Actor, institutionId: string): boolean =>
  isAdmin(a) || holds(a, 'stateLead') || holds(a, 'portfolioOwner', institutionId) || holds(a, 'resourcePortfolioOwner', institutionId);

/** Whether the actor may manage people of at least one institution (a cheap first check before any lookup). */
export const managesAnyPeople = (a: Actor): boolean => isAdmin(a) || holds(a, 'stateLead') || holds(a, 'portfolioOwner') || holds(a, 'resourcePortfolioOwner');

/** Sign-in accounts (and so the right to act in the register) are handed out by system administrators only. */
export const canCreateAccounts = (a: Actor): boolean => isAdmin(a);

/** What a person holds that decides who may change them. */
export interface PersonReach {
  id: string;
  /** The employing institution. */
  institutionId: string;
  /** Whether their sign-in account carries system administrator rights (disabled or not: it can be re-enabled). */
  isSystemAdmin: boolean;
  /** The role assignments they perform now. */
  roles: readonly { institutionId: string; scopeType: ScopeType | string; scopeId: string | null }[];
}

/**
 * Who may change a person, from the narrowest sufficient reach:
 * - `systemAdmin`: the person is a system administrator, so only a system administrator covers them;
 * - `allInstitutions`: they perform a state-wide role, so a system administrator or the state lead;
 * - `institutions`: the keepers of every listed institution (its portfolio or resource-portfolio
 *   manager), the state lead or a system administrator.
 */
export type PersonKeepers = { level: 'systemAdmin' } | { level: 'allInstitutions' } | { level: 'institutions'; institutionIds: string[] };

/**
 * The institutions a person's record reaches into: the employer, every institution
 * that holds a role they perform, and every institution a role is scoped to
 * (institution, sector and municipality scopes name an institution; the state scope reaches everywhere).
 */
export function keepersOf(p: PersonReach): PersonKeepers {
  if (p.isSystemAdmin) return { level: 'systemAdmin' };
  if (p.roles.some((r) => r.scopeType === 'state')) return { level: 'allInstitutions' };
  const ids = new Set([p.institutionId]);
  for (const r of p.roles) {
    ids.add(r.institutionId);
    if (r.scopeId && (r.scopeType === 'institution' || r.scopeType === 'sector' || r.scopeType === 'municipality')) ids.add(r.scopeId);
  }
  return { level: 'institutions', institutionIds: [...ids] };
}

/**
 * Whether the actor may change a person (contact details, job title, institution,
 * active or not): only someone whose scope covers everything the person holds.
 * A system administrator covers everybody; the state lead every institution but
 * not a system administrator; an institution's manager only people who hold
 * nothing beyond the institutions they manage. Without this a portfolio manager
 * could deactivate the system administrator, the only account that creates accounts.
 */
export function canChangePerson(a: Actor, p: PersonReach): boolean {
  if (isAdmin(a)) return true;
  const k = keepersOf(p);
  if (k.level === 'systemAdmin') return false;
  if (holds(a, 'stateLead')) return true;
  if (k.level === 'allInstitutions') return false;
  return k.institutionIds.every((id) => canManagePeopleOf(a, id));
}

/**
 * Whether the actor sees a person's e-mail and phone: the person themself,
 * and whoever may change them (system administrators, the managers in scope).
 * Everybody else who is signed in sees the name, job title and institution only.
 */
export const canSeeContactsOf = (a: Actor, p: PersonReach): boolean => (isUser(a) && a.personId === p.id) || canChangePerson(a, p);

/** Actions a client may offer on a person; the same checks authorise the writes. */
export const PERSON_ACTIONS = ['edit', 'deactivate', 'createAccount'] as const;
export type PersonAction = (typeof PERSON_ACTIONS)[number];

/**
 * What the actor may do to a person: `edit` the details, `deactivate` (or
 * reactivate — the right to change whether they are active), `createAccount`.
 * Only authorisation decides the list; states such as roles still held or the
 * last active administrator are refused with 409 and a reason when tried.
 */
export function personActionsFor(a: Actor, p: PersonReach): PersonAction[] {
  const out: PersonAction[] = [];
  if (canChangePerson(a, p)) out.push('edit', 'deactivate');
  if (canCreateAccounts(a)) out.push('createAccount');
  return out;
}
