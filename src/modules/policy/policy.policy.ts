import { allowedActionsOf, holds, isAdmin, type ActionRules, type Actor } from '../../platform/actor.js';

/** Drafting policy versions (create, replace a draft) belongs to the state lead and system administrators. */
export const canDraftPolicyVersions = (a: Actor): boolean => isAdmin(a) || holds(a, 'stateLead');

/** Putting a version into force is the state lead's decision (PU1-1: the state lead is "A"). */
export const canActivatePolicyVersion = (a: Actor): boolean => holds(a, 'stateLead');

/**
 * Actions a client may offer on a policy version: `edit` (replace a draft's
 * document), `activate` (put it into force). Authorisation only: an active or
 * superseded version is immutable and answers 409.
 */
export const POLICY_VERSION_ACTIONS = ['edit', 'activate'] as const;
export type PolicyVersionAction = (typeof POLICY_VERSION_ACTIONS)[number];

export const POLICY_VERSION_RULES: ActionRules<PolicyVersionAction, unknown> = { edit: canDraftPolicyVersions, activate: canActivatePolicyVersion };

export const policyVersionActionsFor = (a: Actor): PolicyVersionAction[] => allowedActionsOf(POLICY_VERSION_ACTIONS, POLICY_VERSION_RULES, a, null);

/** Actions on the version list: drafting a new version. */
export const POLICY_COLLECTION_ACTIONS = ['createPolicyVersion'] as const;
export type PolicyCollectionAction = (typeof POLICY_COLLECTION_ACTIONS)[number];

export const policyCollectionActionsFor = (a: Actor): PolicyCollectionAction[] => (canDraftPolicyVersions(a) ? ['createPolicyVersion'] : []);
