import { holds, isAdmin, isUser, type Actor } from '../../platform/actor.js';

/** Resources and capabilities are internal data of the public sector: signed-in users read them. */
export const canReadResources = (a: Actor): boolean => isUser(a);

/** The institution's resource-portfolio manager (R15) keeps its resources and capabilities; administrators any. */
export const canWriteResourcePortfolio = (a: Actor, institutionId: string): boolean => isAdmin(a) || holds(a, 'resourcePortfolioOwner', institutionId);

/** A resource's own manager (R16) may also edit that resource, but not move it to another institution. */
export const canEditResource = (a: Actor, r: { id: string; institutionId: string }): boolean =>
  canWriteResourcePortfolio(a, r.institutionId) || holds(a, 'resourceOwner', r.id);

/** Who may see an institution's R15/R16 status: any signed-in user (transparency of provisioning). */
export const canReadResourceValidation = (a: Actor): boolean => isUser(a);
