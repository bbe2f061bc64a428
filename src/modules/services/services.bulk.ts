/**
 * Bulk use cases of the services module: many services in a few statements,
 * for the import and the seed. They own what a single create owns — the
 * mapping of a description to columns and link tables (services.fields.ts),
 * the list read model and search documents, the audit entries — so a caller
 * never writes the services tables itself. Each joins the caller's
 * transaction when given one (`inTransaction`).
 */
import crypto from 'node:crypto';
import { inTransaction, type Executor } from '../../platform/db/database.js';
import { personOf, requireUser, type RequestContext } from '../../platform/actor.js';
import { ForbiddenError, ValidationError } from '../../platform/errors.js';
import type { Locale } from '../../platform/i18n.js';
import { auditMany } from '../audit/audit.service.js';
import { activePolicyVersion, channelTypeMap } from '../policy/policy.queries.js';
import { applyInput, emptyDescription } from './services.fields.js';
import { versionColumnsOf, type ChannelTypeInfo, type ServiceDescription } from './services.model.js';
import { canCreateService } from './services.policy.js';
import * as repo from './services.repository.js';
import type { NewServiceRow, NewVersionRow } from './services.repository.js';
import { deriveDigitalStatus } from './services.rules.js';
import type { DescriptionInput } from './services.schemas.js';
import { updateService } from './services.service.js';

/** Rows refreshed in the list read model per statement. */
const REFRESH_BATCH = 5000;

/* ------------------------------------------------------------------ */
/* Whole services, as loaded by the seed                               */
/* ------------------------------------------------------------------ */

/** The version columns a description fills: they come from the description, never from the version's metadata. */
type DescriptionColumn = keyof ReturnType<typeof versionColumnsOf>;

/** One version of a service to write: its metadata (state, dates, people, optionally its digital status) and its own description. */
export type VersionRecord = Omit<NewVersionRow, 'serviceId' | DescriptionColumn> & { description: ServiceDescription };

/** A service with every version it has, as a loader writes it. */
export interface ServiceRecord {
  service: NewServiceRow;
  versions: VersionRecord[];
}

/**
 * Writes whole services — their rows, versions and link tables — set-based,
 * then refreshes their list read model and search documents. No
 * authorisation and no audit entries: for loaders that audit the load
 * themselves (the seed), and the ground `createDrafts` stands on. A version
 * without a digital status gets the one derived from its own description (R27).
 */
export async function writeServiceRecords(ex: Executor, records: ServiceRecord[]): Promise<void> {
  if (records.length === 0) return;
  await inTransaction(ex, async (tx) => {
    const needDigital = records.flatMap((r) => r.versions).filter((v) => v.digitalStatus === undefined);
    const info = await channelTypesOf(tx, needDigital.flatMap((v) => v.description.channelPoints.map((c) => c.channelPointId)));
    const versions = records.flatMap((r) =>
      r.versions.map(({ description, ...meta }) => {
        const digital = meta.digitalStatus === undefined ? deriveDigitalStatus(description, info) : null;
        const row: NewVersionRow = {
          ...meta,
          serviceId: r.service.id,
          ...versionColumnsOf(description),
          ...(digital ? { digitalStatus: digital.status, digitalByPhase: digital.byPhase } : {}),
        };
        return { row, description };
      }),
    );
    await repo.insertServiceRecords(
      tx,
      records.map((r) => r.service),
      versions,
    );
    const ids = records.map((r) => r.service.id);
    for (let i = 0; i < ids.length; i += REFRESH_BATCH) await repo.refreshServiceListings(tx, ids.slice(i, i + REFRESH_BATCH));
  });
}

/** Channel point id → meaning of its channel type under the active policy (R27). */
async function channelTypesOf(ex: Executor, channelPointIds: string[]): Promise<Map<string, ChannelTypeInfo>> {
  const info = new Map<string, ChannelTypeInfo>();
  const ids = [...new Set(channelPointIds)];
  if (ids.length === 0) return info;
  const active = await activePolicyVersion(ex);
  const types = active ? channelTypeMap(active.document) : new Map<string, ChannelTypeInfo>();
  for (let i = 0; i < ids.length; i += 1000) {
    for (const cp of await repo.findChannelPoints(ex, ids.slice(i, i + 1000))) {
      const t = types.get(cp.channelType);
      if (t) info.set(cp.id, t);
    }
  }
  return info;
}

/* ------------------------------------------------------------------ */
/* New drafts                                                          */
/* ------------------------------------------------------------------ */

/** One new draft: its owner, its code (generated when absent) and the description as the editor would send it. */
export interface DraftInput {
  ownerInstitutionId: string;
  code?: string;
  isTemplate?: boolean;
  /** Already checked against the `ServiceCreate` contract; references must exist (foreign keys). */
  input: DescriptionInput;
}

export interface CreatedDraft {
  id: string;
  code: string;
  versionId: string;
  description: ServiceDescription;
}

export interface CreateDraftsOptions {
  /** Codes not to generate (given to other drafts of the same logical operation, e.g. later chunks of an import). */
  reservedCodes?: ReadonlySet<string>;
  /** Added to each service's audit entry (e.g. `{ importId }`, so the import's drafts can be found again). */
  auditAfter?: Record<string, unknown>;
}

/**
 * Creates many services as drafts (version 1), set-based: the same rows,
 * digital status, list read model and audit entry (`service.create`, one per
 * service) as one create each, in a few statements. Refuses with 403 when the
 * actor may not create services for one of the owners. Generated codes
 * continue each owner's sequence under the same advisory lock as a single
 * create. Instances of unified services are not created here (createService).
 * Returns the drafts in input order.
 */
export async function createDrafts(ex: Executor, ctx: RequestContext, drafts: DraftInput[], opts: CreateDraftsOptions = {}): Promise<CreatedDraft[]> {
  requireUser(ctx.actor);
  if (drafts.length === 0) return [];
  return inTransaction(ex, async (tx) => {
    const owners = new Map<string, { id: string; code: string }>();
    for (const ownerId of new Set(drafts.map((d) => d.ownerInstitutionId))) {
      const owner = await repo.findInstitution(tx, ownerId);
      if (!owner) throw new ValidationError([{ path: 'ownerInstitutionId', code: 'unknownReference', message: 'services.api.unknownReference', params: { id: ownerId } }]);
      if (!canCreateService(ctx.actor, owner.id)) throw new ForbiddenError('service.create');
      owners.set(owner.id, owner);
    }
    const given = new Set([...(opts.reservedCodes ?? []), ...drafts.map((d) => d.code).filter((c): c is string => !!c)]);
    const generators = new Map<string, () => string>();
    const nextCode = async (ownerId: string): Promise<string> => {
      let gen = generators.get(ownerId);
      if (!gen) {
        const prefix = `${owners.get(ownerId)!.code}-`;
        let n = Number((await repo.nextServiceCode(tx, owners.get(ownerId)!.code)).slice(prefix.length));
        gen = () => {
          let c: string;
          do c = `${prefix}${String(n++).padStart(4, '0')}`;
          while (given.has(c));
          return c;
        };
        generators.set(ownerId, gen);
      }
      return gen();
    };
    const createdBy = personOf(ctx.actor);
    const created: CreatedDraft[] = [];
    const records: ServiceRecord[] = [];
    for (const d of drafts) {
      const id = crypto.randomUUID();
      const versionId = crypto.randomUUID();
      const code = d.code ?? (await nextCode(d.ownerInstitutionId));
      const description = applyInput(emptyDescription(), d.input);
      created.push({ id, code, versionId, description });
      records.push({
        service: { id, code, ownerInstitutionId: d.ownerInstitutionId, isTemplate: d.isTemplate ?? false, templateServiceId: null, status: 'draft', draftVersionId: versionId, latestVersionNo: 1 },
        versions: [{ id: versionId, versionNo: 1, state: 'draft', createdBy, description }],
      });
    }
    await writeServiceRecords(tx, records);
    await auditMany(
      tx,
      ctx,
      created.map((c, i) => ({
        action: 'service.create',
        entityType: 'service',
        entityId: c.id,
        after: { id: c.id, code: c.code, status: 'draft', versionNo: 1, ownerInstitutionId: drafts[i].ownerInstitutionId, description: c.description, ...opts.auditAfter },
      })),
    );
    return created;
  });
}

/* ------------------------------------------------------------------ */
/* Changes to existing services                                        */
/* ------------------------------------------------------------------ */

/** One change to an existing service: its id, the ETag it was read at, and the fields to change. */
export interface DraftUpdate {
  id: string;
  expectedVersion: number;
  input: DescriptionInput;
}

/**
 * Applies many changes, each through `updateService` (the same checks, a new
 * draft version of a published service, the audit entry with before and
 * after), all in one transaction: the caller's when given one. Not
 * set-based: each change reads the service as it stands.
 */
export async function updateDrafts(ex: Executor, ctx: RequestContext, updates: DraftUpdate[], locale: Locale): Promise<string[]> {
  requireUser(ctx.actor);
  return inTransaction(ex, async (tx) => {
    for (const u of updates) await updateService(tx, ctx, u.id, u.expectedVersion, u.input, locale);
    return updates.map((u) => u.id);
  });
}
