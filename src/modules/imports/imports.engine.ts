import type { Db, Executor } from '../../platform/db/database.js';
import type { Actor, RequestContext } from '../../platform/actor.js';
import type { Locale } from '../../platform/i18n.js';
import { audit, auditMany } from '../audit/audit.service.js';
import { activePolicyVersion, channelTypeMap } from '../policy/policy.queries.js';
import * as rolesRepo from '../roles/roles.repository.js';
import * as servicesRepo from '../services/services.repository.js';
import { createDrafts, updateDrafts } from '../services/services.bulk.js';
import { applyInput, emptyDescription } from '../services/services.fields.js';
import { checkServiceRules } from '../services/services.rules.js';
import type { ChannelTypeInfo, RuleContext, ServiceDescription } from '../services/services.model.js';
import { canCreateService, canEditService } from '../services/services.policy.js';
import { ServiceCreate, ServiceUpdate, type DescriptionInput } from '../services/services.schemas.js';
import { columnOfField } from './imports.columns.js';
import type { ParsedFile } from './imports.parse.js';
import * as repo from './imports.repository.js';
import { issue, readRow, type RowIssue } from './imports.rules.js';

/** What an import does with one row, and why. */
export interface RowReport {
  row: number;
  action: 'create' | 'update' | 'reject';
  code?: string;
  errors: RowIssue[];
  warnings: RowIssue[];
}

interface PlannedRow {
  report: RowReport;
  /** For create/update: the parsed input and the resulting own description. */
  input?: DescriptionInput;
  description?: ServiceDescription;
  existing?: repo.ExistingService;
}

export interface ImportPlan {
  institution: { id: string; code: string };
  rows: PlannedRow[];
  channelInfo: Map<string, ChannelTypeInfo>;
}

/** Draft-mode rule findings per row in the report (the full check is on the service page after import). */
const MAX_RULE_WARNINGS = 3;
/** Channel point id → meaning of its channel type in the active policy. */
async function channelInfoOf(ex: Executor, ids: string[]): Promise<Map<string, ChannelTypeInfo>> {
  const info = new Map<string, ChannelTypeInfo>();
  if (ids.length === 0) return info;
  const active = await activePolicyVersion(ex);
  const types = active ? channelTypeMap(active.document) : new Map<string, ChannelTypeInfo>();
  for (const part of repo.chunks(ids)) for (const cp of await servicesRepo.findChannelPoints(ex, part)) {
    const t = types.get(cp.channelType);
    if (t) info.set(cp.id, t);
  }
  return info;
}

/**
 * Decides what happens to every row, reading the register but writing
 * nothing: codes resolved, the register's service contract (Zod schema) and
 * authorisation (services policy) applied, the policy rules checked in draft
 * mode (as warnings, the way a saved draft reports them).
 */
export async function planImport(ex: Executor, actor: Actor, institution: { id: string; code: string }, file: ParsedFile, progress?: (done: number, total: number) => Promise<void>): Promise<ImportPlan> {
  const drafts: ReturnType<typeof readRow>[] = [];
  for (let i = 0; i < file.rows.length; i++) {
    drafts.push(readRow(file.rows[i]));
    if ((i + 1) % PLAN_CHUNK_ROWS === 0) await yieldToOthers();
  }
  const total = drafts.length;
  const up = (xs: string[]) => [...new Set(xs)];
  const needIds = await repo.needIdsByCode(ex, up(drafts.flatMap((d) => d.needCodes)));
  const cpIds = await repo.channelPointIdsByCode(ex, up(drafts.flatMap((d) => d.channelCodes.map((c) => c.code))));
  const existing = await repo.servicesByCode(ex, up(drafts.map((d) => d.code).filter((c): c is string => !!c)));
  const ours = [...existing.values()].filter((s) => s.ownerInstitutionId === institution.id && s.currentVersionId);
  const versions = await repo.versionsByIds(ex, ours.map((s) => s.currentVersionId!));
  const currentDescs = new Map<string, ServiceDescription>();
  for (const part of repo.chunks(versions)) for (const [id, d] of await servicesRepo.loadDescriptions(ex, part)) currentDescs.set(id, d);
  const channelInfo = await channelInfoOf(ex, [...cpIds.values()]);
  const needLifeSituations = await servicesRepo.lifeSituationsOfNeeds(ex, [...needIds.values()]);
  const owner = {
    id: institution.id,
    activityDirectionIds: await servicesRepo.activityDirectionIdsOf(ex, institution.id),
    portfolioManagerPersonId: (await rolesRepo.portfolioManagerOf(ex, institution.id))?.personId ?? null,
  };
  const mayCreate = canCreateService(actor, institution.id);
  const firstRowOfCode = new Map<string, number>();
  const rows: PlannedRow[] = [];
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i];
    const errors = [...d.errors];
    const report: RowReport = { row: d.row, action: 'reject', ...(d.code ? { code: d.code } : {}), errors, warnings: d.warnings };
    rows.push({ report });
    if (progress && (i + 1) % 500 === 0) await progress(i + 1, total);
    if ((i + 1) % PLAN_CHUNK_ROWS === 0) await yieldToOthers();
    if (errors.length) continue;
    let target: repo.ExistingService | undefined;
    if (d.code) {
      const earlier = firstRowOfCode.get(d.code);
      if (earlier !== undefined) {
        errors.push(issue('kods', 'duplicateCode', 'imports.row.duplicateCode', { code: d.code, row: earlier }));
        continue;
      }
      firstRowOfCode.set(d.code, d.row);
      target = existing.get(d.code);
      if (target && target.ownerInstitutionId !== institution.id) errors.push(issue('kods', 'codeOtherInstitution', 'imports.row.codeOtherInstitution', { code: d.code }));
      else if (target?.templateServiceId) errors.push(issue('kods', 'instanceNotSupported', 'imports.row.instanceNotSupported', { code: target.code }));
      else if (target?.status === 'archived') errors.push(issue('kods', 'archived', 'imports.row.archived', { code: target.code }));
      else if (target && !canEditService(actor, { id: target.id, ownerInstitutionId: target.ownerInstitutionId })) errors.push(issue('kods', 'updateForbidden', 'imports.row.updateForbidden', { code: target.code }));
    }
    if (!target && !mayCreate) errors.push(issue('kods', 'createForbidden', 'imports.row.createForbidden'));
    if (!target && !d.input.nameLv) errors.push(issue('nosaukums', 'nameRequired', 'imports.row.nameRequired'));
    const raw: Record<string, unknown> = { ...d.input };
    if (d.needCodes.length) {
      raw.needIds = d.needCodes.map((c) => needIds.get(c)).filter(Boolean);
      for (const c of d.needCodes) if (!needIds.has(c)) errors.push(issue('vajadzības', 'unknownReference', 'imports.row.unknownNeed', { code: c }));
    }
    if (d.channelCodes.length) {
      raw.channelPoints = d.channelCodes.filter((c) => cpIds.has(c.code)).map((c) => ({ channelPointId: cpIds.get(c.code)!, phase: c.phase }));
      for (const c of d.channelCodes) if (!cpIds.has(c.code)) errors.push(issue(c.column, 'unknownReference', 'imports.row.unknownChannel', { code: c.code }));
    }
    const parsed = target ? ServiceUpdate.safeParse(raw) : ServiceCreate.safeParse({ ...raw, ownerInstitutionId: institution.id, isTemplate: false, ...(d.code ? { code: d.code } : {}) });
    if (!parsed.success) {
      for (const zi of parsed.error.issues) {
        const path = zi.path.map(String).join('.');
        errors.push(issue(columnOfField(path) || path, zi.code, 'imports.row.invalid', { detail: `${path}: ${zi.message}` }));
      }
    }
    if (errors.length || !parsed.success) continue;
    const { ownerInstitutionId: _o, code: _c, isTemplate: _t, templateServiceId: _ts, ...fields } = parsed.data as Record<string, unknown>;
    const input = fields as DescriptionInput;
    const base = target ? (currentDescs.get(target.currentVersionId!) ?? emptyDescription()) : emptyDescription();
    const description = applyInput(base, input);
    const ctx: RuleContext = {
      service: { id: target?.id ?? null, ownerInstitutionId: institution.id, isTemplate: target?.isTemplate ?? false, templateServiceId: null },
      owner,
      serviceManagerCount: target ? (await servicesRepo.activeServiceManagers(ex, target.id)).length : 0,
      channelPoints: channelInfo,
      needLifeSituations,
      providerPeople: new Map(),
      componentGraph: new Map(),
      dependencyRecipientTypes: new Map(),
    };
    for (const v of checkServiceRules(description, ctx, 'draft').slice(0, MAX_RULE_WARNINGS)) {
      report.warnings.push({ column: columnOfField(v.path) || v.path, code: v.code, message: v.message });
    }
    report.action = target ? 'update' : 'create';
    if (target) report.code = target.code;
    rows[rows.length - 1] = { report, input, description, existing: target };
  }
  if (progress) await progress(total, total);
  return { institution, rows, channelInfo };
}

export interface WriteResult {
  created: number;
  updated: number;
  serviceIds: string[];
}

/**
 * How long one write transaction may hold the database: the embedded
 * database has one connection, so every other request waits for it. The
 * chunk size adapts to reach this (a fast PostgreSQL writes big chunks, a
 * busy embedded database small ones).
 */
export const WRITE_CHUNK_TARGET_MS = 40;
const FIRST_CHUNK_ROWS = 100;
const MIN_CHUNK_ROWS = 20;
const MAX_CHUNK_ROWS = 1000;
/** Rows planned between two pauses that let other requests in. */
const PLAN_CHUNK_ROWS = 100;

/**
 * Lets queued I/O (other requests) run: the embedded database answers in
 * microtasks, so a loop of queries alone would never give the event loop back.
 */
export const yieldToOthers = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Writes a plan as one logical all-or-nothing import without holding the
 * database for its whole length: new drafts are committed in chunks of
 * WRITE_CHUNK_TARGET_MS (each with its list read model and per-service audit
 * entry, the same as a single create), other requests run between chunks;
 * then the updates (through the services module's own update path) and the
 * import's audit entry in one final transaction. If anything fails, the
 * drafts already committed are removed again (and audited as removed), so a
 * failed import leaves no service behind. Rejected rows must have been dealt
 * with by the caller.
 */
export async function writePlan(db: Db, ctx: RequestContext, plan: ImportPlan, importId: string, locale: Locale): Promise<WriteResult> {
  const creates = plan.rows.filter((r) => r.report.action === 'create');
  const updates = plan.rows.filter((r) => r.report.action === 'update');
  const written: string[] = [];
  const reservedCodes = new Set(creates.map((r) => r.report.code).filter((c): c is string => !!c));
  try {
    let size = FIRST_CHUNK_ROWS;
    for (let at = 0; at < creates.length; ) {
      const part = creates.slice(at, at + size);
      at += part.length;
      const began = performance.now();
      // The services module's bulk create, one transaction per chunk: rows, list read model, one audit entry per service.
      const made = await createDrafts(
        db,
        ctx,
        part.map((r) => ({ ownerInstitutionId: plan.institution.id, ...(r.report.code ? { code: r.report.code } : {}), input: r.input! })),
        { reservedCodes, auditAfter: { importId } },
      );
      made.forEach((m, i) => (part[i].report.code = m.code));
      written.push(...made.map((m) => m.id));
      const took = Math.max(1, performance.now() - began);
      size = Math.round(Math.min(MAX_CHUNK_ROWS, Math.max(MIN_CHUNK_ROWS, (part.length * WRITE_CHUNK_TARGET_MS) / took, size / 2), size * 2));
      await yieldToOthers();
    }
    const serviceIds = [...written];
    await db.transaction(async (tx) => {
      // The services module's own update for each: the same checks, new draft version of a published service, audit with before/after.
      serviceIds.push(...(await updateDrafts(tx, ctx, updates.map((r) => ({ id: r.existing!.id, expectedVersion: r.existing!.rowVersion, input: r.input! })), locale)));
      // One entry for the import itself, in the institution's trail.
      await audit(tx, ctx, { action: 'import.services', entityType: 'institution', entityId: plan.institution.id, after: { importId, created: creates.length, updated: updates.length, codes: plan.rows.filter((r) => r.report.action !== 'reject').length } });
    });
    return { created: creates.length, updated: updates.length, serviceIds };
  } catch (err) {
    await removeImportedDrafts(db, ctx, written, importId);
    throw err;
  }
}

/**
 * Takes back the drafts an unfinished import had committed (chunk by chunk,
 * each removal audited with the import's id). Used when a later chunk fails
 * and at start-up for an import interrupted by a restart.
 */
export async function removeImportedDrafts(db: Db, ctx: RequestContext, serviceIds: string[], importId: string, reason = 'importFailed'): Promise<number> {
  let removed = 0;
  for (const part of repo.chunks(serviceIds, FIRST_CHUNK_ROWS)) {
    await db.transaction(async (tx) => {
      const gone = await repo.deleteServices(tx, part);
      removed += gone.length;
      await auditMany(
        tx,
        ctx,
        gone.map((s) => ({ action: 'service.delete', entityType: 'service', entityId: s.id, before: { id: s.id, code: s.code, status: s.status, importId }, after: { reason, importId } })),
      );
    });
    await yieldToOthers();
  }
  return removed;
}
