import { allowedActionsOf, canReadInternal, holds, type ActionRules, type Actor } from '../../platform/actor.js';
import { canCreateService, canCreateSomeService } from '../services/services.policy.js';

/**
 * Who may import a service list into an institution: whoever may create its
 * services (its portfolio manager, the command line), or a service manager of
 * one of its services (whose rows may then only update the services they
 * manage: each row is checked with the services policy).
 */
export const canImportServices = (a: Actor, institutionId: string): boolean =>
  canCreateService(a, institutionId) || (a.kind === 'user' && a.roles.some((r) => r.institutionId === institutionId && holds(a, 'serviceOwner', r.scopeId)));

/** Who may see an import and its report: internal readers of the institution. */
export const canReadImport = (a: Actor, imp: { institutionId: string; createdBy: string | null }): boolean =>
  canReadInternal(a, imp.institutionId) || (a.kind === 'user' && a.personId === imp.createdBy);

/* Pre-checks for routes (`config.authorize`): the caller and raw path parameters only, before the body is read.
 * Each is a necessary condition of the full rule above, which the service still applies. */

/** Whether the actor may import into any institution at all (the institution, a query parameter, is checked by the service). */
export const canImportSomewhere = (a: Actor): boolean => canCreateSomeService(a) || holds(a, 'serviceOwner');

/** Actions a client may offer on an import: `read` it and its report (an import is never cancelled or changed once started). */
export const IMPORT_ACTIONS = ['read'] as const;
export type ImportAction = (typeof IMPORT_ACTIONS)[number];

export const IMPORT_RULES: ActionRules<ImportAction, { institutionId: string; createdBy: string | null }> = { read: canReadImport };

export const importActionsFor = (a: Actor, imp: { institutionId: string; createdBy: string | null }): ImportAction[] => allowedActionsOf(IMPORT_ACTIONS, IMPORT_RULES, a, imp);
