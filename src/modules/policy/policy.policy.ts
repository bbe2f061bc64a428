import { holds, isAdmin, type Actor } from '../../platform/actor.js';

/** Drafting policy versions (create, replace a draft) belongs to the state lead and system administrators. */
export const canDraftPolicyVersions = (a: Actor): boolean => isAdmin(a) || holds(a, 'stateLead');

/** Putting a version into force is the state lead's decision (PU1-1: the state lead is "A"). */
export const canActivatePolicyVersion = (a: Actor): boolean => holds(a, 'stateLead');
