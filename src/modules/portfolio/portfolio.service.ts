import { portfolioManagerOf } from '../roles/roles.repository.js';
import type { Db, Executor } from '../../platform/db/database.js';
import { isUser, type Actor, type RequestContext } from '../../platform/actor.js';
import { ForbiddenError, NotFoundError, UnauthenticatedError } from '../../platform/errors.js';
import { audit } from '../audit/audit.service.js';
import * as servicesRepo from '../services/services.repository.js';
import * as repo from './portfolio.repository.js';
import { publishedServiceIdsOf, publishedServicesOf } from '../services/services.queries.js';
import { canApprovePortfolio, canReadPortfolio } from './portfolio.policy.js';
import { toApprovalEntry, toPortfolioService } from './portfolio.presenter.js';
import type { PortfolioApproveBody, PortfolioQuery } from './portfolio.schemas.js';

const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x));

/**
 * An institution's approved service list (its published services) with the
 * approval history (R10, R11). The list is an internal document.
 */
export async function getPortfolio(ex: Executor, actor: Actor, institutionId: string, q: PortfolioQuery) {
  const inst = await servicesRepo.findInstitution(ex, institutionId);
  if (!inst) throw new NotFoundError('institution', institutionId);
  if (!canReadPortfolio(actor, institutionId)) {
    if (!isUser(actor)) throw new UnauthenticatedError();
    throw new ForbiddenError('portfolio.read');
  }
  const services = await publishedServicesOf(ex, institutionId);
  const pmId = (await portfolioManagerOf(ex, institutionId))?.personId ?? null;
  const pm = pmId ? (await servicesRepo.findPeopleByIds(ex, [pmId]))[0] : null;
  const last = await repo.latestApproval(ex, institutionId);
  const { rows, total } = await repo.listApprovals(ex, institutionId, q.page, q.pageSize);
  return {
    institution: { id: inst.id, code: inst.code, nameLv: inst.nameLv, nameEn: inst.nameEn },
    portfolioManager: pm ? { id: pm.id, givenName: pm.givenName, familyName: pm.familyName, email: pm.email } : null,
    services: services.map(toPortfolioService),
    matchesLastApproval: last
      ? sameSet(
          last.serviceIds,
          services.map((s) => s.id),
        )
      : services.length === 0,
    approvals: { items: rows.map(toApprovalEntry), total, page: q.page, pageSize: q.pageSize },
  };
}

/**
 * The portfolio manager approves the current list as a whole (R10, R11): a
 * snapshot with the change since the previous approval, who and when.
 */
export async function approvePortfolio(db: Db, ctx: RequestContext, institutionId: string, input: PortfolioApproveBody) {
  if (!isUser(ctx.actor)) throw new UnauthenticatedError();
  const actor = ctx.actor;
  return db.transaction(async (tx) => {
    const inst = await servicesRepo.findInstitution(tx, institutionId);
    if (!inst) throw new NotFoundError('institution', institutionId);
    if (!canApprovePortfolio(actor, institutionId)) throw new ForbiddenError('portfolio.approve');
    const ids = await publishedServiceIdsOf(tx, institutionId);
    const last = await repo.latestApproval(tx, institutionId);
    const previous = last?.serviceIds ?? [];
    const approval = await repo.insertApproval(tx, {
      institutionId,
      approvedBy: actor.personId,
      kind: 'list',
      serviceIds: ids,
      change: { added: ids.filter((x) => !previous.includes(x)), removed: previous.filter((x) => !ids.includes(x)) },
      note: input.note,
    });
    await audit(tx, ctx, { action: 'portfolio.approve', entityType: 'institution', entityId: institutionId, after: approval });
    return getPortfolio(tx, actor, institutionId, { page: 1, pageSize: 20 });
  });
}
