import { canReadInternal, type Actor } from '../../platform/actor.js';

/** Ratings of a service are read by the owner institution's people (and those who lead or administer it). */
export const canReadFeedbackSummary = (a: Actor, ownerInstitutionId: string): boolean => canReadInternal(a, ownerInstitutionId);
