import type { Db, Executor } from '../../platform/db/database.js';
import { holds, isAdmin, requireUser, type Actor, type RequestContext, type UserActor } from '../../platform/actor.js';
import { ConflictError, ForbiddenError, NotFoundError, UnauthenticatedError, ValidationError, type FieldIssue } from '../../platform/errors.js';
import { pgErrorOf, UNIQUE_VIOLATION } from '../../platform/db/pg-errors.js';
import { audit } from '../audit/audit.service.js';
import { hashPassword } from '../auth/auth.service.js';
import * as repo from './people.repository.js';
import {
  canChangePerson,
  canCreateAccounts,
  canManagePeopleOf,
  canReadPeople,
  canSeeContactsOf,
  keepersOf,
  managesAnyPeople,
  personActionsFor,
  type PersonKeepers,
  type PersonReach,
} from './people.policy.js';
import { toPersonRecord, toPersonResponse, toPersonSummary, type PersonRelations, type PersonView } from './people.presenter.js';
import type { AccountCreate, PersonCreate, PersonListQuery, PersonUpdate } from './people.schemas.js';
import './people.messages.js';

const emailTaken = (email: string): ConflictError =>
  new ConflictError('duplicate', { field: 'email' }, [{ path: 'email', code: 'duplicate', message: 'people.email.duplicate', params: { email } }]);

/**
 * Runs a write and turns the database's uniqueness refusals (a concurrent
 * writer won the race after our pre-check) into the same 409 the pre-check gives.
 * The mapping happens outside the transaction, which is already rolled back.
 */
async function mapUniqueViolations<T>(work: () => Promise<T>, map: Record<string, () => ConflictError>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    const pg = pgErrorOf(err);
    const mapped = pg?.code === UNIQUE_VIOLATION && pg.constraint ? map[pg.constraint] : undefined;
    throw mapped ? mapped() : err;
  }
}

/** Everything about a person that the response and the policy need. */
interface LoadedPerson {
  row: repo.PersonRow;
  rel: PersonRelations;
  reach: PersonReach;
}

async function loadPerson(ex: Executor, id: string): Promise<LoadedPerson> {
  const row = await repo.findPerson(ex, id);
  if (!row) throw new NotFoundError('person', id);
  // Sequential on purpose: a transaction runs on one connection, which takes one query at a time.
  const institution = (await repo.findInstitutionBrief(ex, row.institutionId))!;
  const activeRoles = await repo.activeRolesOfPerson(ex, id);
  const hasAccount = await repo.personHasAccount(ex, id);
  const isSystemAdmin = hasAccount && (await repo.isSystemAdminPerson(ex, id));
  return { row, rel: { institution, activeRoles, hasAccount }, reach: { id, institutionId: row.institutionId, isSystemAdmin, roles: activeRoles } };
}

const viewFor = (actor: Actor, reach: PersonReach): PersonView => ({ showContacts: canSeeContactsOf(actor, reach), allowedActions: personActionsFor(actor, reach) });

/** The person as this actor may see them. */
const present = (actor: Actor, p: LoadedPerson) => toPersonResponse(p.row, p.rel, viewFor(actor, p.reach));

/** One person with their institution and active roles, as the API shows it to this caller. */
export async function getPerson(ex: Executor, ctx: RequestContext, id: string) {
  if (!canReadPeople(ctx.actor)) throw new UnauthenticatedError();
  return present(ctx.actor, await loadPerson(ex, id));
}

/**
 * A page of people, each as this caller may see them: contacts only where
 * people.policy allows, and the actions the caller may take (one bulk lookup
 * of accounts and roles for the page, not one per person).
 */
export async function listPeople(ex: Executor, ctx: RequestContext, q: PersonListQuery) {
  const actor = ctx.actor;
  if (!canReadPeople(actor)) throw new UnauthenticatedError();
  requireUser(actor);
  const { rows, total } = await repo.listPeople(ex, q, emailSearchScopeOf(actor));
  const { admins, roles } = await repo.reachOfPeople(ex, rows.map((r) => r.id));
  const items = rows.map((r) => toPersonSummary(r, viewFor(actor, { id: r.id, institutionId: r.institutionId, isSystemAdmin: admins.has(r.id), roles: roles.get(r.id) ?? [] })));
  return { items, total };
}

/** Whose e-mail addresses the actor's search may match: those they may see (see canSeeContactsOf), by employer. */
function emailSearchScopeOf(a: UserActor): repo.EmailSearchScope {
  if (isAdmin(a)) return { all: true };
  if (holds(a, 'stateLead')) return { all: false, selfId: a.personId, institutionIds: 'any' };
  const managed = a.roles.filter((r) => (r.role === 'portfolioOwner' || r.role === 'resourcePortfolioOwner') && r.scopeId).map((r) => r.scopeId as string);
  return { all: false, selfId: a.personId, institutionIds: [...new Set(managed)] };
}

/**
 * A 403 that names who may change the person instead of the generic advice:
 * a system administrator, the state lead, or the keepers of the institutions listed.
 */
class PersonOutOfReachError extends ForbiddenError {
  constructor(action: string, level: PersonKeepers['level'], institutions: string) {
    super(action, { institutions });
    this.message = `people.forbidden.${level}`;
  }
}

async function outOfReach(ex: Executor, action: string, keepers: PersonKeepers, alsoInstitutionId?: string): Promise<PersonOutOfReachError> {
  if (keepers.level !== 'institutions') return new PersonOutOfReachError(action, keepers.level, '');
  const ids = [...new Set([...keepers.institutionIds, ...(alsoInstitutionId ? [alsoInstitutionId] : [])])];
  const codes = await repo.institutionCodes(ex, ids);
  return new PersonOutOfReachError(action, 'institutions', ids.map((id) => codes.get(id) ?? id).join(', '));
}

async function requireInstitution(ex: Executor, institutionId: string): Promise<void> {
  if (!(await repo.findInstitutionBrief(ex, institutionId))) {
    throw new ValidationError([{ path: 'institutionId', code: 'unknownReference', message: 'errors.unknownReference', params: {} }]);
  }
}

/** Registers a person employed by an institution. */
export async function createPerson(db: Db, ctx: RequestContext, input: PersonCreate) {
  requireUser(ctx.actor);
  if (!canManagePeopleOf(ctx.actor, input.institutionId)) throw new ForbiddenError('person.create');
  return mapUniqueViolations(
    () =>
      db.transaction(async (tx) => {
        await requireInstitution(tx, input.institutionId);
        if (await repo.findPersonByEmail(tx, input.email)) throw emailTaken(input.email);
        const row = await repo.insertPerson(tx, { ...input, phone: input.phone ?? null, jobTitle: input.jobTitle ?? null });
        const after = await loadPerson(tx, row.id);
        await audit(tx, ctx, { action: 'person.create', entityType: 'person', entityId: row.id, after: toPersonRecord(after.row, after.rel) });
        return present(ctx.actor, after);
      }),
    { people_email_uq: () => emailTaken(input.email) },
  );
}

/**
 * Changes a person (If-Match). `active: false` deactivates them: they can no
 * longer sign in, and their past role assignments and audit history stay.
 * Only someone whose scope covers everything the person holds may do it
 * (canChangePerson): a portfolio manager never edits or deactivates a system
 * administrator or a person with roles in other institutions.
 * A person still performing roles is neither deactivated nor moved to another
 * institution: the roles are ended or handed over first, by whoever may do that.
 * The last active system administrator is never deactivated, not even by themself.
 */
export async function updatePerson(db: Db, ctx: RequestContext, id: string, expectedVersion: number, input: PersonUpdate) {
  requireUser(ctx.actor);
  const actor = ctx.actor;
  // Without a role that keeps people anywhere, refuse before any lookup (a necessary condition of canChangePerson).
  if (!managesAnyPeople(actor)) throw new ForbiddenError('person.update');
  return mapUniqueViolations(
    () =>
      db.transaction(async (tx) => {
        const current = await repo.findPerson(tx, id);
        if (!current) throw new NotFoundError('person', id);
        const before = await loadPerson(tx, id);
        const movesTo = input.institutionId !== undefined && input.institutionId !== current.institutionId ? input.institutionId : null;
        const action = input.active === false && current.active ? 'person.deactivate' : input.active === true && !current.active ? 'person.reactivate' : 'person.update';
        // Nobody changes a person beyond their reach, nor moves people into an institution they do not keep.
        if (!canChangePerson(actor, before.reach) || (movesTo && !canManagePeopleOf(actor, movesTo))) {
          throw await outOfReach(tx, action, keepersOf(before.reach), movesTo ?? undefined);
        }
        if (current.rowVersion !== expectedVersion) throw new ConflictError('staleVersion', { given: expectedVersion, current: current.rowVersion }, [], present(actor, before));
        if (movesTo) await requireInstitution(tx, movesTo);
        const issues: FieldIssue[] = [];
        if ((input.active === false && current.active) || movesTo) {
          const held = before.rel.activeRoles.length;
          if (held > 0) {
            if (input.active === false) issues.push({ path: 'active', code: 'rolesHeld', message: 'people.active.rolesHeld', params: { count: held } });
            if (movesTo) issues.push({ path: 'institutionId', code: 'rolesHeld', message: 'people.institution.rolesHeld', params: { count: held } });
            throw new ConflictError('state', { state: 'activeRoles' }, issues, present(actor, before));
          }
        }
        if (input.active === false && current.active && before.reach.isSystemAdmin) {
          const activeAdmins = await repo.lockActiveSystemAdmins(tx);
          if (activeAdmins.length <= 1 && activeAdmins.includes(id)) {
            throw new ConflictError('state', { state: 'lastSystemAdmin' }, [{ path: 'active', code: 'lastSystemAdmin', message: 'people.active.lastSystemAdmin', params: {} }], present(actor, before));
          }
        }
        if (input.email !== undefined && input.email !== current.email) {
          const other = await repo.findPersonByEmail(tx, input.email);
          if (other && other.id !== id) throw emailTaken(input.email);
        }
        const updated = await repo.updatePerson(tx, id, expectedVersion, input);
        if (!updated) throw new ConflictError('staleVersion', { given: expectedVersion, current: current.rowVersion + 1 });
        const after = await loadPerson(tx, id);
        await audit(tx, ctx, { action, entityType: 'person', entityId: id, before: toPersonRecord(before.row, before.rel), after: toPersonRecord(after.row, after.rel) });
        return present(actor, after);
      }),
    { people_email_uq: () => emailTaken(input.email ?? '') },
  );
}

const accountExists = () => new ConflictError('duplicate', { field: 'personId' }, [{ path: 'personId', code: 'duplicate', message: 'people.account.exists', params: {} }]);
const loginTaken = (login: string) => new ConflictError('duplicate', { field: 'login' }, [{ path: 'login', code: 'duplicate', message: 'people.account.loginTaken', params: { login } }]);

/**
 * Gives a person a sign-in account with an initial password (system
 * administrators only). The password is hashed with argon2id; the hash never
 * leaves the server, nor does it enter the audit log.
 */
export async function createAccountForPerson(db: Db, ctx: RequestContext, personId: string, input: AccountCreate) {
  requireUser(ctx.actor);
  if (!canCreateAccounts(ctx.actor)) throw new ForbiddenError('account.create');
  const person = await repo.findPerson(db, personId);
  if (!person) throw new NotFoundError('person', personId);
  // Hash outside the transaction: argon2 is deliberately slow and must not hold a connection.
  const passwordHash = await hashPassword(input.password);
  return mapUniqueViolations(
    () =>
      db.transaction(async (tx) => {
        const current = await repo.findPerson(tx, personId);
        if (!current) throw new NotFoundError('person', personId);
        if (!current.active) throw new ConflictError('state', { state: 'inactive' }, [{ path: 'personId', code: 'inactive', message: 'people.account.inactive', params: {} }]);
        if (await repo.personHasAccount(tx, personId)) throw accountExists();
        if (await repo.loginTaken(tx, input.login)) throw loginTaken(input.login);
        const account = await repo.insertAccount(tx, { personId, login: input.login, passwordHash, isSystemAdmin: input.isSystemAdmin });
        await audit(tx, ctx, { action: 'account.create', entityType: 'account', entityId: account.id, after: { personId, login: account.login, isSystemAdmin: account.isSystemAdmin } });
        return account;
      }),
    { accounts_person_uq: accountExists, accounts_login_uq: () => loginTaken(input.login) },
  );
}
