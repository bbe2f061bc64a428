import { holds, isAdmin, isPortfolioManagerOf, type Actor } from '../../platform/actor.js';

/** Structural changes (create, move, regroup) belong to administrators and the state lead. */
export const canManageInstitutions = (a: Actor): boolean => isAdmin(a) || holds(a, 'stateLead');

/** An institution's own portfolio manager may keep its names, contacts and core activity directions. */
export const canEditInstitutionProfile = (a: Actor, institutionId: string): boolean => canManageInstitutions(a) || isPortfolioManagerOf(a, institutionId);

export const STRUCTURAL_FIELDS = ['code', 'registrationNumber', 'groupCode', 'kind', 'parentId'] as const;

/* Pre-checks for routes (`config.authorize`): the caller and raw path parameters only, before the body is read.
 * Each is a necessary condition of the full rule above, which the service still applies. */

/** Whether the actor may change the institution `:id` at all (its profile; structural fields are checked with the body). */
export const mayEditInstitutionAt = (a: Actor, p: { id?: string }): boolean => canEditInstitutionProfile(a, (p.id ?? '').toLowerCase());
