import type { Db, Executor } from '../../platform/db/database.js';
import { requireUser, isUser, type RequestContext } from '../../platform/actor.js';
import { ConflictError, ForbiddenError, NotFoundError, UnauthenticatedError, ValidationError, type FieldIssue } from '../../platform/errors.js';
import { pgErrorOf, UNIQUE_VIOLATION } from '../../platform/db/pg-errors.js';
import { audit } from '../audit/audit.service.js';
import { hashPassword } from '../auth/auth.service.js';
import * as repo from './people.repository.js';
import { canCreateAccounts, canManagePeopleOf, canReadPeople, managesAnyPeople } from './people.policy.js';
import { toPersonResponse } from './people.presenter.js';
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

/** One person with their institution and active roles, as the API shows it. */
export async function getPerson(ex: Executor, ctx: RequestContext, id: string) {
  if (!canReadPeople(ctx.actor)) throw new UnauthenticatedError();
  return loadPerson(ex, id);
}

async function loadPerson(ex: Executor, id: string) {
  const row = await repo.findPerson(ex, id);
  if (!row) throw new NotFoundError('person', id);
  // Sequential on purpose: a transaction runs on one connection, which takes one query at a time.
  const institution = (await repo.findInstitutionBrief(ex, row.institutionId))!;
  const activeRoles = await repo.activeRolesOfPerson(ex, id);
  const hasAccount = await repo.personHasAccount(ex, id);
  return toPersonResponse(row, { institution, activeRoles, hasAccount });
}

export async function listPeople(ex: Executor, ctx: RequestContext, q: PersonListQuery) {
  if (!canReadPeople(ctx.actor)) throw new UnauthenticatedError();
  return repo.listPeople(ex, q);
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
        await audit(tx, ctx, { action: 'person.create', entityType: 'person', entityId: row.id, after });
        return after;
      }),
    { people_email_uq: () => emailTaken(input.email) },
  );
}

/**
 * Changes a person (If-Match). `active: false` deactivates them: they can no
 * longer sign in, and their past role assignments and audit history stay.
 * A person still performing roles is neither deactivated nor moved to another
 * institution: the roles are ended or handed over first, by whoever may do that.
 */
export async function updatePerson(db: Db, ctx: RequestContext, id: string, expectedVersion: number, input: PersonUpdate) {
  requireUser(ctx.actor);
  if (!managesAnyPeople(ctx.actor)) throw new ForbiddenError('person.update');
  return mapUniqueViolations(
    () =>
      db.transaction(async (tx) => {
        const current = await repo.findPerson(tx, id);
        if (!current) throw new NotFoundError('person', id);
        const movesTo = input.institutionId !== undefined && input.institutionId !== current.institutionId ? input.institutionId : null;
        // A user of one institution never changes another's people, nor moves people into it.
        if (!canManagePeopleOf(ctx.actor, current.institutionId) || (movesTo && !canManagePeopleOf(ctx.actor, movesTo))) throw new ForbiddenError('person.update');
        const before = await loadPerson(tx, id);
        if (current.rowVersion !== expectedVersion) throw new ConflictError('staleVersion', { given: expectedVersion, current: current.rowVersion }, [], before);
        if (movesTo) await requireInstitution(tx, movesTo);
        const issues: FieldIssue[] = [];
        if ((input.active === false && current.active) || movesTo) {
          const held = before.activeRoles.length;
          if (held > 0) {
            if (input.active === false) issues.push({ path: 'active', code: 'rolesHeld', message: 'people.active.rolesHeld', params: { count: held } });
            if (movesTo) issues.push({ path: 'institutionId', code: 'rolesHeld', message: 'people.institution.rolesHeld', params: { count: held } });
            throw new ConflictError('state', { state: 'activeRoles' }, issues, before);
          }
        }
        if (input.email !== undefined && input.email !== current.email) {
          const other = await repo.findPersonByEmail(tx, input.email);
          if (other && other.id !== id) throw emailTaken(input.email);
        }
        const updated = await repo.updatePerson(tx, id, expectedVersion, input);
        if (!updated) throw new ConflictError('staleVersion', { given: expectedVersion, current: current.rowVersion + 1 });
        const after = await loadPerson(tx, id);
        const action = input.active === false && current.active ? 'person.deactivate' : input.active === true && !current.active ? 'person.reactivate' : 'person.update';
        await audit(tx, ctx, { action, entityType: 'person', entityId: id, before, after });
        return after;
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
