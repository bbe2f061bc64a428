import { holds, isAdmin, isUser, type Actor } from '../../platform/actor.js';

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
