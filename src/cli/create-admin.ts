import readline from 'node:readline/promises';
import { stdin, stdout } from 'node:process';
import type { Db } from '../platform/db/database.js';
import type { RequestContext } from '../platform/actor.js';
import { ConfigError } from '../platform/config.js';
import { findInstitutionByCode } from '../modules/institutions/institutions.repository.js';
import { people } from '../modules/people/people.table.js';
import { hashPassword } from '../modules/auth/auth.service.js';
import { insertAccount } from '../modules/auth/auth.repository.js';
import { audit } from '../modules/audit/audit.service.js';

interface Options {
  login?: string;
  'given-name'?: string;
  'family-name'?: string;
  institution?: string;
  /** From ADMIN_PASSWORD (config.ts); prompted for when absent. */
  password?: string;
}

/** Creates a system administrator: the way the first account comes to be in production. */
export async function createAdmin(db: Db, ctx: RequestContext, o: Options): Promise<void> {
  if (!o.login || !o['given-name'] || !o['family-name'] || !o.institution) {
    throw new ConfigError('create-admin needs --login, --given-name, --family-name and --institution (the code of an existing institution)');
  }
  const institution = await findInstitutionByCode(db, o.institution);
  if (!institution) throw new ConfigError(`No institution with code ${o.institution}. Create it first or import the register.`);
  let password = o.password;
  if (!password) {
    const rl = readline.createInterface({ input: stdin, output: stdout });
    password = await rl.question('Password (at least 12 characters): ');
    rl.close();
  }
  if (!password || password.length < 12) throw new ConfigError('The password must have at least 12 characters.');
  const passwordHash = await hashPassword(password);
  const login = o.login.toLowerCase();
  // Person and account land together or not at all.
  await db.transaction(async (tx) => {
    const [person] = await tx
      .insert(people)
      .values({ givenName: o['given-name']!, familyName: o['family-name']!, email: login, institutionId: institution.id })
      .returning();
    await audit(tx, ctx, { action: 'person.create', entityType: 'person', entityId: person.id, after: person });
    const account = await insertAccount(tx, { personId: person.id, login, passwordHash, isSystemAdmin: true });
    await audit(tx, ctx, { action: 'account.create', entityType: 'account', entityId: account.id, after: { personId: person.id, login, isSystemAdmin: true } });
  });
  console.log(`Administrator ${o.login} created.`);
}
