import { holds, isAdmin, isPortfolioManagerOf, type Actor } from '../../platform/actor.js';

/** Structural changes (create, move, regroup) belong to administrators and the state lead. */
export const canManageInstitutions = (a: Actor): boolean => isAdmin(a) || holds(a, 'stateLead');

/** An institution's own portfolio manager may keep its names, contacts and core activity directions. */
export const canEditInstitutionProfile = (a: Actor, institutionId: string): boolean => canManageInstitutions(a) || isPortfolioManagerOf(a, institutionId);

export const STRUCTURAL_FIELDS = ['code', 'registrationNumber', 'groupCode', 'kind', 'parentId'] as const;
