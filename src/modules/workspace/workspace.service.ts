import type { Executor } from '../../platform/db/database.js';
import { requireUser, type Actor, type UserActor } from '../../platform/actor.js';
import { canReadServiceInternal } from '../services/services.policy.js';
import { currentRuleCounts } from '../services/services.queries.js';
import * as repo from './workspace.repository.js';
import { workScope } from './workspace.policy.js';
import { toAwaitingPublication, toDraft, toManagedService, toReviewOverdue, toWithoutManager } from './workspace.presenter.js';
import type { MyWorkBody, WorkSection } from './workspace.schemas.js';

/** A description not reviewed for longer than this is listed as overdue. */
export const REVIEW_INTERVAL_DAYS = 365;

const reviewCutoff = (now = new Date()): Date => new Date(now.getTime() - REVIEW_INTERVAL_DAYS * 24 * 3600 * 1000);

/**
 * Rule counts of the current version of each managed service, read from the
 * stored rule results for the whole page at once (the services module keeps
 * them; the counts equal its publication check, GET /services/{id}/validation,
 * so the rules are never restated here).
 */
async function withRuleCounts(ex: Executor, actor: UserActor, page: repo.WorkPage) {
  // A manager appointed by another institution may lack internal read access to the owner: no counts then.
  const readable = page.rows.filter((r) => canReadServiceInternal(actor, { ownerInstitutionId: r.ownerId })).map((r) => r.id);
  const counts = await currentRuleCounts(ex, readable);
  return page.rows.map((r) => toManagedService(r, counts.get(r.id) ?? null));
}

type Section<T> = (ex: Executor, actor: UserActor, limit: number, offset: number) => Promise<{ items: T[]; total: number }>;

/** Each list of "my work": its query in the caller's scope and its presenter. */
const SECTIONS = {
  managedServices: async (ex, actor, limit, offset) => {
    const page = await repo.managedServices(ex, actor.personId, limit, offset);
    return { items: await withRuleCounts(ex, actor, page), total: page.total };
  },
  awaitingPublication: async (ex, actor, limit, offset) => {
    const page = await repo.awaitingPublication(ex, workScope(actor).approve, limit, offset);
    return { items: page.rows.map(toAwaitingPublication), total: page.total };
  },
  drafts: async (ex, actor, limit, offset) => {
    const page = await repo.drafts(ex, actor.personId, limit, offset);
    return { items: page.rows.map(toDraft), total: page.total };
  },
  servicesWithoutManager: async (ex, actor, limit, offset) => {
    const page = await repo.servicesWithoutManager(ex, workScope(actor).keepServices, limit, offset);
    return { items: page.rows.map((r) => toWithoutManager(r, 'service')), total: page.total };
  },
  resourcesWithoutManager: async (ex, actor, limit, offset) => {
    const page = await repo.resourcesWithoutManager(ex, workScope(actor).keepResources, limit, offset);
    return { items: page.rows.map((r) => toWithoutManager(r, 'resource')), total: page.total };
  },
  reviewOverdue: async (ex, actor, limit, offset) => {
    const page = await repo.reviewOverdue(ex, workScope(actor).keepServices, actor.personId, reviewCutoff(), limit, offset);
    return { items: page.rows.map(toReviewOverdue), total: page.total };
  },
} satisfies Record<WorkSection, Section<unknown>>;

/**
 * "My work" of the signed-in person (401 for anonymous callers): the first
 * `limit` items of every list with its total. Only the person's own work and
 * that of the institutions they keep is listed, never another institution's.
 */
export async function myWork(ex: Executor, actor: Actor, limit: number): Promise<MyWorkBody> {
  requireUser(actor);
  return {
    managedServices: await SECTIONS.managedServices(ex, actor, limit, 0),
    awaitingPublication: await SECTIONS.awaitingPublication(ex, actor, limit, 0),
    drafts: await SECTIONS.drafts(ex, actor, limit, 0),
    servicesWithoutManager: await SECTIONS.servicesWithoutManager(ex, actor, limit, 0),
    resourcesWithoutManager: await SECTIONS.resourcesWithoutManager(ex, actor, limit, 0),
    reviewOverdue: await SECTIONS.reviewOverdue(ex, actor, limit, 0),
    limit,
  };
}

/** One list of "my work", paged with its total. */
export async function myWorkSection<S extends WorkSection>(ex: Executor, actor: Actor, section: S, page: number, pageSize: number) {
  requireUser(actor);
  const { items, total } = await SECTIONS[section](ex, actor, pageSize, (page - 1) * pageSize);
  return { items: items as Awaited<ReturnType<(typeof SECTIONS)[S]>>['items'], total, page, pageSize };
}
