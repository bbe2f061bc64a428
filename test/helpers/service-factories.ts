import crypto from 'node:crypto';
import type { Db } from '../../src/platform/db/database.js';
import { SYSTEM_ACTOR } from '../../src/platform/actor.js';
import { lifeSituationNeeds, lifeSituations, needs } from '../../src/modules/life-situations/life-situations.table.js';
import { channelPoints } from '../../src/modules/channel-points/channel-points.table.js';
import { resources } from '../../src/modules/resources/resources.table.js';
import { createService, publishService } from '../../src/modules/services/services.service.js';
import type { z } from 'zod';
import { ServiceCreate } from '../../src/modules/services/services.schemas.js';
import { assignRole, buildInstitution, buildUser } from './factories.js';

const uniq = () => crypto.randomBytes(4).toString('hex').toUpperCase();
const SYSTEM = { actor: SYSTEM_ACTOR, requestId: 'test-factory' };

/** A life situation (need group). */
export async function buildLifeSituation(db: Db, over: Partial<typeof lifeSituations.$inferInsert> = {}) {
  const code = over.code ?? `LS-${uniq()}`;
  const [row] = await db.insert(lifeSituations).values({ code, nameLv: `Dzīves situācija ${code}`, audience: 'residents', ...over }).returning();
  return row;
}

/** A need, optionally in life situations (R40). */
export async function buildNeed(db: Db, opts: { lifeSituationIds?: string[]; nameLv?: string } = {}) {
  const code = `N-${uniq()}`;
  const [row] = await db.insert(needs).values({ code, nameLv: opts.nameLv ?? `Vajadzība ${code}` }).returning();
  for (const lifeSituationId of opts.lifeSituationIds ?? []) await db.insert(lifeSituationNeeds).values({ lifeSituationId, needId: row.id });
  return row;
}

/** A channel point of a policy channel type, e.g. "institutionPortal" (electronic) or "institutionCentre" (in person). */
export async function buildChannelPoint(db: Db, institutionId: string, channelType: string) {
  const code = `CP-${uniq()}`;
  const [row] = await db.insert(channelPoints).values({ code, institutionId, channelType, nameLv: `Kanāls ${code}` }).returning();
  return row;
}

export async function buildResource(db: Db, institutionId: string) {
  const code = `R-${uniq()}`;
  const [row] = await db.insert(resources).values({ code, institutionId, kind: 'digitalTechnology', nameLv: `Resurss ${code}` }).returning();
  return row;
}

/**
 * An institution that holds services, with its portfolio manager and a service
 * manager (both signed-in users with tokens).
 */
export async function buildServiceOwner(db: Db, over: Parameters<typeof buildInstitution>[1] = {}) {
  const institution = await buildInstitution(db, over);
  const pm = await buildUser(db, institution.id);
  await assignRole(db, 'portfolioOwner', institution.id, pm.person.id, institution.id);
  const manager = await buildUser(db, institution.id);
  return { institution, pm, manager };
}

/** A complete description that passes the publication rules, for an owner with the given activity direction. */
export async function publishableFields(db: Db, owner: { id: string; direction: { id: string } }) {
  const ls = await buildLifeSituation(db);
  const need = await buildNeed(db, { lifeSituationIds: [ls.id] });
  const web = await buildChannelPoint(db, owner.id, 'institutionPortal');
  const desk = await buildChannelPoint(db, owner.id, 'institutionCentre');
  return {
    nameLv: 'Būvatļaujas izsniegšana privātpersonām',
    nameParts: { object: 'Būvatļaujas', action: 'izsniegšana', info: 'privātpersonām' },
    descriptionLv: 'Būvvalde izsniedz būvatļauju.',
    recipientType: 'publicIndividual' as const,
    targetGroups: ['residents' as const, 'businesses' as const],
    complexity: 'simple' as const,
    lifecycleStage: 'provide' as const,
    activityDirectionId: owner.direction.id,
    processingMode: 'electronic' as const,
    serviceLevelTerms: [
      {
        nameLv: 'Visiem saņēmējiem',
        indicators: [
          { kind: 'processingTime', nameLv: 'Izskatīšanas laiks', target: 10, unit: 'workingDays' },
          { kind: 'supportHours', nameLv: 'Atbalsta laiks', target: 40, unit: 'hoursPerWeek' },
        ],
      },
    ],
    needIds: [need.id],
    channelPoints: [
      { channelPointId: web.id, phase: 'request' as const },
      { channelPointId: web.id, phase: 'receipt' as const },
      { channelPointId: desk.id, phase: 'request' as const },
      { channelPointId: desk.id, phase: 'receipt' as const },
    ],
    extras: { need, lifeSituation: ls, web, desk },
  };
}

/**
 * A service created through the service layer as the system (imports do the
 * same). `managerPersonId` appoints its service manager (R13); `publish: true`
 * publishes it too, which needs a complete description and a manager.
 */
export async function buildService(
  db: Db,
  input: Partial<z.input<typeof ServiceCreate>> & { ownerInstitutionId: string },
  opts: { publish?: boolean; managerPersonId?: string } = {},
) {
  // Parsed by the API contract, so factories store exactly what the API would.
  const created = await createService(db, SYSTEM, ServiceCreate.parse(input), 'lv');
  if (opts.managerPersonId) await assignRole(db, 'serviceOwner', input.ownerInstitutionId, opts.managerPersonId, created.id);
  if (!opts.publish) return created;
  return publishService(db, SYSTEM, created.id, created.version);
}
