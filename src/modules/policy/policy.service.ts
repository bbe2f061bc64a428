import type { Db, Executor } from '../../platform/db/database.js';
import type { RequestContext } from '../../platform/actor.js';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../platform/errors.js';
import { audit } from '../audit/audit.service.js';
import * as repo from './policy.repository.js';
import { canActivatePolicyVersion, canDraftPolicyVersions } from './policy.policy.js';
import { toPolicyVersionResponse } from './policy.presenter.js';
import { diffPolicyDocuments, policyDocumentIssues } from './policy.rules.js';
import type { PolicyDiff, PolicyDocument, PolicyVersionListQuery } from './policy.schemas.js';
import './policy.messages.js';

/** The cross-reference checks of a document as a 400 with field paths and localised messages. */
function assertConsistent(doc: PolicyDocument): void {
  const issues = policyDocumentIssues(doc);
  if (issues.length) throw new ValidationError(issues.map(({ path, code, message, params }) => ({ path, code, message, params })));
}

export async function listPolicyVersions(ex: Executor, q: PolicyVersionListQuery) {
  return repo.listPolicyVersions(ex, q);
}

/** One version with its document; 404 when unknown. */
export async function getPolicyVersionResponse(ex: Executor, id: string) {
  const row = await repo.findPolicyVersion(ex, id);
  if (!row) throw new NotFoundError('policyVersion', id);
  return toPolicyVersionResponse(row);
}

/** The version in force, with its document. */
export async function getActivePolicyResponse(ex: Executor) {
  const row = await repo.findActivePolicyVersion(ex);
  if (!row) throw new NotFoundError('policyVersion', 'active');
  return toPolicyVersionResponse(row);
}

/** What changed from version `id` to version `otherId`. */
export async function diffPolicyVersions(ex: Executor, id: string, otherId: string): Promise<PolicyDiff> {
  const from = await getPolicyVersionResponse(ex, id);
  const to = await getPolicyVersionResponse(ex, otherId);
  return diffPolicyDocuments(from.document, to.document);
}

/** Creates a draft version from a full document (state lead or system administrator). */
export async function createPolicyVersion(db: Db, ctx: RequestContext, doc: PolicyDocument) {
  if (!canDraftPolicyVersions(ctx.actor)) throw new ForbiddenError('policyVersion.create');
  assertConsistent(doc);
  return db.transaction(async (tx) => {
    const row = await repo.insertPolicyVersion(tx, {
      id: doc.id,
      titleLv: doc.titleLv,
      titleEn: doc.titleEn,
      status: 'draft',
      effectiveFrom: doc.effectiveFrom,
      document: doc,
      createdBy: ctx.actor.kind === 'user' && ctx.actor.via !== 'system' ? ctx.actor.personId : null,
    });
    if (!row) throw new ConflictError('duplicate', { field: 'id' }, [{ path: 'id', code: 'duplicate', message: 'policy.id.duplicate', params: { id: doc.id } }]);
    const after = toPolicyVersionResponse(row);
    await audit(tx, ctx, { action: 'policyVersion.create', entityType: 'policyVersion', entityId: row.id, after });
    return after;
  });
}

/**
 * Replaces the document of a draft. Active and superseded versions are
 * immutable (409 `state`): a change to the policy in force is a new version.
 */
export async function replacePolicyVersion(db: Db, ctx: RequestContext, id: string, expectedVersion: number, doc: PolicyDocument) {
  if (!canDraftPolicyVersions(ctx.actor)) throw new ForbiddenError('policyVersion.update');
  if (doc.id !== id) throw new ValidationError([{ path: 'id', code: 'mismatch', message: 'policy.id.mismatch', params: { id } }]);
  assertConsistent(doc);
  return db.transaction(async (tx) => {
    const current = await repo.findPolicyVersion(tx, id);
    if (!current) throw new NotFoundError('policyVersion', id);
    const before = toPolicyVersionResponse(current);
    if (current.status !== 'draft') throw new ConflictError('state', { state: current.status }, [], before);
    if (current.rowVersion !== expectedVersion) throw new ConflictError('staleVersion', { given: expectedVersion, current: current.rowVersion }, [], before);
    const row = await repo.updateDraftPolicyVersion(tx, id, expectedVersion, { titleLv: doc.titleLv, titleEn: doc.titleEn, effectiveFrom: doc.effectiveFrom, document: doc });
    if (!row) throw new ConflictError('staleVersion', { given: expectedVersion, current: current.rowVersion + 1 });
    const after = toPolicyVersionResponse(row);
    await audit(tx, ctx, { action: 'policyVersion.update', entityType: 'policyVersion', entityId: id, before, after });
    return after;
  });
}

/**
 * Puts a draft into force (state lead only): the previously active version
 * becomes superseded in the same transaction, so exactly one stays active.
 */
export async function activatePolicyVersion(db: Db, ctx: RequestContext, id: string, expectedVersion: number) {
  if (!canActivatePolicyVersion(ctx.actor)) throw new ForbiddenError('policyVersion.activate');
  return db.transaction(async (tx) => {
    const current = await repo.findPolicyVersion(tx, id);
    if (!current) throw new NotFoundError('policyVersion', id);
    const before = toPolicyVersionResponse(current);
    if (current.status !== 'draft') throw new ConflictError('state', { state: current.status }, [], before);
    if (current.rowVersion !== expectedVersion) throw new ConflictError('staleVersion', { given: expectedVersion, current: current.rowVersion }, [], before);
    // Supersede first: the partial unique index allows only one active row at any moment.
    const previous = await repo.findActivePolicyVersion(tx);
    if (previous) {
      const superseded = await repo.setPolicyVersionStatus(tx, previous.id, 'active', 'superseded');
      if (superseded) {
        await audit(tx, ctx, {
          action: 'policyVersion.supersede',
          entityType: 'policyVersion',
          entityId: previous.id,
          before: { status: previous.status, version: previous.rowVersion },
          after: { status: superseded.status, version: superseded.rowVersion, supersededBy: id },
        });
      }
    }
    const row = await repo.setPolicyVersionStatus(tx, id, 'draft', 'active', expectedVersion);
    if (!row) throw new ConflictError('staleVersion', { given: expectedVersion, current: current.rowVersion + 1 });
    const after = toPolicyVersionResponse(row);
    await audit(tx, ctx, { action: 'policyVersion.activate', entityType: 'policyVersion', entityId: id, before: { status: before.status, version: before.version, previousActive: previous?.id ?? null }, after: { status: after.status, version: after.version } });
    return after;
  });
}
