import { allowedActionsOf, holds, isAdmin, isPortfolioManagerOf, type ActionRules, type Actor } from '../../platform/actor.js';
import { canWriteChannelPoints } from '../channel-points/channel-points.policy.js';
import { canImportServices } from '../imports/imports.policy.js';
import { canManagePeopleOf } from '../people/people.policy.js';
import { canApprovePortfolio } from '../portfolio/portfolio.policy.js';
import { canWriteResourcePortfolio } from '../resources/resources.policy.js';
import { appointableRolesAt } from '../roles/roles.policy.js';
import { canCreateService } from '../services/services.policy.js';

/** Structural changes (create, move, regroup) belong to administrators and the state lead. */
export const canManageInstitutions = (a: Actor): boolean => isAdmin(a) || holds(a, 'stateLead');

/** An institution's own portfolio manager may keep its names, contacts and core activity directions. */
export const canEditInstitutionProfile = (a: Actor, institutionId: string): boolean => canManageInstitutions(a) || isPortfolioManagerOf(a, institutionId);

export const STRUCTURAL_FIELDS = ['code', 'registrationNumber', 'groupCode', 'kind', 'parentId'] as const;

/* Pre-checks for routes (`config.authorize`): the caller and raw path parameters only, before the body is read.
 * Each is a necessary condition of the full rule above, which the service still applies. */

/** Whether the actor may change the institution `:id` at all (its profile; structural fields are checked with the body). */
export const mayEditInstitutionAt = (a: Actor, p: { id?: string }): boolean => canEditInstitutionProfile(a, (p.id ?? '').toLowerCase());

/**
 * Actions a client may offer on an institution, each decided by the rule of
 * the module that authorises the write: `edit` its profile, `editStructure`
 * (code, group, kind, parent), `appoint` some of its people to roles (roles),
 * `createService` and `importServices` (services, imports), `createResource`
 * (resources), `createChannelPoint` (channel points), `approvePortfolio`
 * (its service list, R10), `managePeople` (people).
 */
export const INSTITUTION_ACTIONS = [
  'edit',
  'editStructure',
  'appoint',
  'createService',
  'importServices',
  'createResource',
  'createChannelPoint',
  'approvePortfolio',
  'managePeople',
] as const;
export type InstitutionAction = (typeof INSTITUTION_ACTIONS)[number];

export const INSTITUTION_RULES: ActionRules<InstitutionAction, string> = {
  edit: canEditInstitutionProfile,
  editStructure: canManageInstitutions,
  appoint: (a, id) => appointableRolesAt(a, id).length > 0,
  createService: canCreateService,
  importServices: canImportServices,
  createResource: canWriteResourcePortfolio,
  createChannelPoint: canWriteChannelPoints,
  approvePortfolio: canApprovePortfolio,
  managePeople: canManagePeopleOf,
};

/** What the actor may do in the institution `institutionId` now. */
export const institutionActionsFor = (a: Actor, institutionId: string): InstitutionAction[] => allowedActionsOf(INSTITUTION_ACTIONS, INSTITUTION_RULES, a, institutionId);

/** Actions on the institution list: registering an institution. */
export const INSTITUTION_COLLECTION_ACTIONS = ['createInstitution'] as const;
export type InstitutionCollectionAction = (typeof INSTITUTION_COLLECTION_ACTIONS)[number];

export const institutionCollectionActionsFor = (a: Actor): InstitutionCollectionAction[] => (canManageInstitutions(a) ? ['createInstitution'] : []);

/** An institution id that names no institution: a rule that allows it allows every institution. */
const ANY_INSTITUTION = '00000000-0000-4000-8000-000000000000';

/**
 * The institutions where the actor may perform `action`: all of them (a
 * system administrator, the state lead), or the ones among those the actor is
 * tied to (employer, role holders and scopes, lead scopes) that the rule
 * allows. Every rule grants an institution only through such a tie, so no
 * institution is missed.
 */
export function institutionsAllowing(a: Actor, action: InstitutionAction): { all: true } | { all: false; ids: string[] } {
  const rule = INSTITUTION_RULES[action];
  if (rule(a, ANY_INSTITUTION)) return { all: true };
  if (a.kind !== 'user') return { all: false, ids: [] };
  const tied = new Set<string>([a.institutionId, ...a.leadScopeInstitutionIds]);
  for (const r of a.roles) {
    tied.add(r.institutionId);
    if (r.scopeId) tied.add(r.scopeId);
  }
  return { all: false, ids: [...tied].filter((id) => rule(a, id)) };
}
