import type { Db, Executor } from '../../platform/db/database.js';
import { requireUser, type Actor, type RequestContext } from '../../platform/actor.js';
import { ConflictError, ForbiddenError, NotFoundError, RuleViolationError, UnauthenticatedError, ValidationError, type FieldIssue, type RuleViolation } from '../../platform/errors.js';
import { pgErrorOf, UNIQUE_VIOLATION } from '../../platform/db/pg-errors.js';
import type { Role, ScopeType } from '../../shared/enums.js';
import { audit } from '../audit/audit.service.js';
import * as repo from './roles.repository.js';
import { checkAppointment, checkAppointmentShape, checkSingleHolder, evaluateInstitutionRoles, scopeTypeOf, type AppointmentFacts, type ScopeFacts } from './roles.rules.js';
import { appointableRolesAt, appointsAnyRoles, canAppoint, canReadRoles, roleAssignmentActionsFor, roleCollectionActionsFor } from './roles.policy.js';
import { toInstitutionRolesResponse, toRoleAssignmentResponse } from './roles.presenter.js';
import type { RoleAssignmentCreate, RoleAssignmentListQuery, RoleAssignmentReplace } from './roles.schemas.js';
import './roles.messages.js';

/**
 * A single-holder rule (R13–R17) refusing a second active person in a scope.
 * It is a conflict with the current state (409), not a malformed request: the
 * holder can be replaced. The body carries the rule and its explanation like
 * any rule violation.
 */
export class SingleHolderConflictError extends RuleViolationError {
  constructor(violations: RuleViolation[]) {
    super(violations);
    // RuleViolationError fixes its status at 422; the error handler reads `status`, so override it here.
    Object.defineProperty(this, 'status', { value: 409 });
  }
}

/** The database index behind the single-holder rules (migrations/0001_constraints.sql). */
const SINGLE_HOLDER_INDEX = 'role_assignments_single_holder_uq';

const unknownRef = (path: string): FieldIssue => ({ path, code: 'unknownReference', message: 'errors.unknownReference', params: {} });

/**
 * Runs a write and, when a concurrent appointment won the race for a
 * single-holder role (the partial unique index refused ours), answers with the
 * same 409 as the pre-check instead of a 500. Runs after the rollback.
 */
async function mapSingleHolderRace<T>(db: Db, role: Role, scopeId: string | null, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    const pg = pgErrorOf(err);
    if (pg?.code !== UNIQUE_VIOLATION || pg.constraint !== SINGLE_HOLDER_INDEX) throw err;
    const winners = await repo.activeInScope(db, role, scopeId);
    throw new SingleHolderConflictError(checkSingleHolder(role, winners.length ? winners : [{ id: '' }]));
  }
}

/** An assignment with what the actor may do to it (roles.policy, the rule that authorises ending and replacing). */
const viewFor = (actor: Actor, v: repo.RoleAssignmentView) =>
  toRoleAssignmentResponse(v, roleAssignmentActionsFor(actor, { role: v.role as Role, holderInstitutionId: v.institutionId, scopeInstitutionId: v.scopeInstitutionId }));

async function loadView(ex: Executor, id: string, actor: Actor) {
  const v = await repo.findAssignmentView(ex, id);
  if (!v) throw new NotFoundError('roleAssignment', id);
  return viewFor(actor, v);
}

/** What a scope id points at, and the institution it belongs to; null when it does not exist. */
async function loadScope(ex: Executor, scopeType: ScopeType, scopeId: string | null): Promise<{ facts: ScopeFacts; institutionId: string | null } | null> {
  if (scopeType === 'state') return { facts: { type: 'state' }, institutionId: null };
  if (!scopeId) return null;
  if (scopeType === 'service') {
    const s = await repo.findServiceFacts(ex, scopeId);
    return s ? { facts: { type: 'service', id: s.id, ownerInstitutionId: s.ownerInstitutionId }, institutionId: s.ownerInstitutionId } : null;
  }
  if (scopeType === 'resource') {
    const r = await repo.findResourceFacts(ex, scopeId);
    return r ? { facts: { type: 'resource', id: r.id, institutionId: r.institutionId }, institutionId: r.institutionId } : null;
  }
  const i = await repo.findInstitutionFacts(ex, scopeId);
  return i ? { facts: { type: scopeType, institution: { id: i.id, kind: i.kind } }, institutionId: i.id } : null;
}

/** Loads the holder, scope and person of an appointment; unknown references are a 400 naming the field. */
async function loadAppointmentFacts(ex: Executor, a: { role: Role; institutionId: string; scopeId: string | null; personId: string | null }) {
  const issues: FieldIssue[] = [];
  const holder = await repo.findInstitutionFacts(ex, a.institutionId);
  if (!holder) issues.push(unknownRef('institutionId'));
  const scope = await loadScope(ex, scopeTypeOf(a.role), a.scopeId);
  if (!scope) issues.push(unknownRef('scopeId'));
  const person = a.personId ? await repo.findPersonFacts(ex, a.personId) : null;
  if (a.personId && !person) issues.push(unknownRef('personId'));
  if (issues.length) throw new ValidationError(issues);
  const facts: AppointmentFacts = { role: a.role, holder: { id: holder!.id, kind: holder!.kind }, scope: scope!.facts, person };
  return { facts, scopeInstitutionId: scope!.institutionId };
}

export async function getAssignment(ex: Executor, ctx: RequestContext, id: string) {
  if (!canReadRoles(ctx.actor)) throw new UnauthenticatedError();
  return loadView(ex, id, ctx.actor);
}

export async function listAssignments(ex: Executor, ctx: RequestContext, q: RoleAssignmentListQuery) {
  if (!canReadRoles(ctx.actor)) throw new UnauthenticatedError();
  const { rows, total } = await repo.listAssignmentViews(ex, q);
  return { items: rows.map((v) => viewFor(ctx.actor, v)), total, allowedActions: roleCollectionActionsFor(ctx.actor) };
}

/**
 * Appoints a person to a role held by an institution in a scope. Checks, in
 * order: the request's shape (400), that the references exist (400), who may
 * appoint (403), the holder and performer rules R12/R17/R19/B5 (422), an
 * identical active appointment (409), and the single-holder rules R13–R17 (409).
 */
export async function appoint(db: Db, ctx: RequestContext, input: RoleAssignmentCreate) {
  requireUser(ctx.actor);
  if (!appointsAnyRoles(ctx.actor)) throw new ForbiddenError('roleAssignment.appoint', { role: input.role });
  const shape = checkAppointmentShape(input.role, input.personId, input.scopeId);
  if (shape.length) throw new ValidationError(shape);
  return mapSingleHolderRace(db, input.role, input.scopeId, () =>
    db.transaction(async (tx) => {
      const { facts, scopeInstitutionId } = await loadAppointmentFacts(tx, input);
      if (!canAppoint(ctx.actor, { role: input.role, holderInstitutionId: input.institutionId, scopeInstitutionId })) throw new ForbiddenError('roleAssignment.appoint', { role: input.role });
      const violations = checkAppointment(facts);
      if (violations.length) throw new RuleViolationError(violations);
      if (await repo.findActiveDuplicate(tx, input)) {
        throw new ConflictError('duplicate', { field: 'personId' }, [{ path: 'personId', code: 'duplicate', message: 'roles.duplicate', params: {} }]);
      }
      const single = checkSingleHolder(input.role, await repo.activeInScope(tx, input.role, input.scopeId));
      if (single.length) throw new SingleHolderConflictError(single);
      const row = await repo.insertAssignment(tx, { role: input.role, institutionId: input.institutionId, personId: input.personId, scopeType: scopeTypeOf(input.role), scopeId: input.scopeId });
      const after = await loadView(tx, row.id, ctx.actor);
      await audit(tx, ctx, { action: 'roleAssignment.appoint', entityType: 'roleAssignment', entityId: row.id, after });
      return after;
    }),
  );
}

/** Loads an assignment for a change and checks who may change it and that the client saw its latest version. */
async function loadForChange(tx: Executor, ctx: RequestContext, id: string, expectedVersion: number, action: string) {
  const current = await repo.findAssignment(tx, id);
  if (!current) throw new NotFoundError('roleAssignment', id);
  const role = current.role as Role;
  const scope = await loadScope(tx, current.scopeType as ScopeType, current.scopeId);
  if (!canAppoint(ctx.actor, { role, holderInstitutionId: current.institutionId, scopeInstitutionId: scope?.institutionId ?? null })) throw new ForbiddenError(action, { role });
  const before = await loadView(tx, id, ctx.actor);
  if (current.rowVersion !== expectedVersion) throw new ConflictError('staleVersion', { given: expectedVersion, current: current.rowVersion }, [], before);
  if (current.endedAt) throw new ConflictError('state', { state: 'ended' }, [{ path: 'endedAt', code: 'ended', message: 'roles.ended', params: {} }], before);
  return { current, role, before };
}

/** Ends an active assignment (If-Match); it stays in the history with its end time. */
export async function endAssignment(db: Db, ctx: RequestContext, id: string, expectedVersion: number) {
  requireUser(ctx.actor);
  return db.transaction(async (tx) => {
    const { current, before } = await loadForChange(tx, ctx, id, expectedVersion, 'roleAssignment.end');
    const ended = await repo.endAssignment(tx, id, expectedVersion);
    if (!ended) throw new ConflictError('staleVersion', { given: expectedVersion, current: current.rowVersion + 1 });
    const after = await loadView(tx, id, ctx.actor);
    await audit(tx, ctx, { action: 'roleAssignment.end', entityType: 'roleAssignment', entityId: id, before, after });
    return after;
  });
}

/**
 * Hands a role over to another person of the holding institution in one
 * transaction: the current assignment ends and a new one starts, so a
 * single-holder role (R13–R17) is never vacant and never doubly held.
 */
export async function replaceAssignment(db: Db, ctx: RequestContext, id: string, expectedVersion: number, input: RoleAssignmentReplace) {
  requireUser(ctx.actor);
  if (!appointsAnyRoles(ctx.actor)) throw new ForbiddenError('roleAssignment.replace');
  const existing = await repo.findAssignment(db, id);
  return mapSingleHolderRace(db, (existing?.role ?? 'serviceOwner') as Role, existing?.scopeId ?? null, () =>
    db.transaction(async (tx) => {
      const { current, role, before } = await loadForChange(tx, ctx, id, expectedVersion, 'roleAssignment.replace');
      if (current.personId === input.personId) throw new ValidationError([{ path: 'personId', code: 'samePerson', message: 'roles.person.samePerson', params: {} }]);
      const { facts } = await loadAppointmentFacts(tx, { role, institutionId: current.institutionId, scopeId: current.scopeId, personId: input.personId });
      const violations = checkAppointment(facts);
      if (violations.length) throw new RuleViolationError(violations);
      const ended = await repo.endAssignment(tx, id, expectedVersion);
      if (!ended) throw new ConflictError('staleVersion', { given: expectedVersion, current: current.rowVersion + 1 });
      const row = await repo.insertAssignment(tx, { role, institutionId: current.institutionId, personId: input.personId, scopeType: current.scopeType, scopeId: current.scopeId });
      const endedView = await loadView(tx, id, ctx.actor);
      const appointed = await loadView(tx, row.id, ctx.actor);
      await audit(tx, ctx, { action: 'roleAssignment.replace', entityType: 'roleAssignment', entityId: id, before, after: { ...endedView, replacedById: row.id } });
      await audit(tx, ctx, { action: 'roleAssignment.appoint', entityType: 'roleAssignment', entityId: row.id, after: { ...appointed, replacesId: id } });
      return { ended: endedView, appointed };
    }),
  );
}

/**
 * The roles an institution holds now and who performs each, with the
 * cardinality rules met or broken: R14 (portfolio manager when it holds
 * services), R15 (resource-portfolio manager when it holds resources), R13 per
 * owned service, R16 per resource, R19 per service it provides.
 */
export async function institutionRoles(ex: Executor, ctx: RequestContext, institutionId: string) {
  if (!canReadRoles(ctx.actor)) throw new UnauthenticatedError();
  const inst = await repo.findInstitutionFacts(ex, institutionId);
  if (!inst) throw new NotFoundError('institution', institutionId);
  // Sequential on purpose: one connection takes one query at a time.
  const serviceCount = await repo.countActiveServicesOf(ex, institutionId);
  const resourceCount = await repo.countResourcesOf(ex, institutionId);
  const held = await repo.activeViewsHeldBy(ex, institutionId);
  const services = await repo.servicesWithManagerCounts(ex, institutionId);
  const resources = await repo.resourcesWithManagerCounts(ex, institutionId);
  const provided = await repo.providedServicesWithPeople(ex, institutionId);
  const performing = (role: Role) => held.filter((a) => a.role === role && a.scopeId === institutionId && a.personId !== null).length;
  const checks = evaluateInstitutionRoles({
    institutionId,
    serviceCount,
    resourceCount,
    portfolioManagers: performing('portfolioOwner'),
    resourcePortfolioManagers: performing('resourcePortfolioOwner'),
    services,
    resources,
    providedServices: provided,
  });
  const scopeCodes = new Map<string, string>([[inst.id, inst.code], ...[...services, ...resources, ...provided].map((s) => [s.id, s.code] as [string, string])]);
  const appointableRoles = appointableRolesAt(ctx.actor, institutionId);
  return toInstitutionRolesResponse(inst, { serviceCount, resourceCount }, held, checks, scopeCodes, {
    actionsOf: (a) => roleAssignmentActionsFor(ctx.actor, { role: a.role as Role, holderInstitutionId: a.institutionId, scopeInstitutionId: a.scopeInstitutionId }),
    allowedActions: appointableRoles.length ? ['appoint'] : [],
    appointableRoles,
  });
}
