import { holds, isAdmin, isPortfolioManagerOf, type Actor } from '../../platform/actor.js';

/**
 * Who may add life situations and needs: administrators, the state, sector and
 * municipal leads, and any institution's portfolio manager (PU2-2: recipient
 * groups and their needs are every service-holding institution's task).
 */
export const canCreateLifeSituations = (a: Actor): boolean =>
  isAdmin(a) || holds(a, 'stateLead') || holds(a, 'sectorLead') || holds(a, 'municipalLead') || holds(a, 'portfolioOwner');

/** Who may change an existing life situation or need: its owner's portfolio manager, the state lead, administrators. */
export const canEditOwned = (a: Actor, ownerInstitutionId: string | null): boolean =>
  isAdmin(a) || holds(a, 'stateLead') || (ownerInstitutionId !== null && isPortfolioManagerOf(a, ownerInstitutionId));

/** Naming an owner other than one's own institution is for administrators and the state lead. */
export const canAssignAnyOwner = (a: Actor): boolean => isAdmin(a) || holds(a, 'stateLead');

/* Pre-checks for routes (`config.authorize`): the caller and raw path parameters only, before the body is read.
 * Each is a necessary condition of the full rule above, which the service still applies. */

/** Whether the actor may change any life situation or need at all (the owner is checked with the record). */
export const canEditSomeOwned = (a: Actor): boolean => isAdmin(a) || holds(a, 'stateLead') || holds(a, 'portfolioOwner');
