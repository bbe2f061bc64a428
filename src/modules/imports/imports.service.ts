import type { Db } from '../../platform/db/database.js';
import { requireUser, SYSTEM_ACTOR, type Actor, type RequestContext, type UserActor } from '../../platform/actor.js';
import { DomainError, ForbiddenError, NotFoundError, ValidationError } from '../../platform/errors.js';
import { tBoth, type Locale } from '../../platform/i18n.js';
import { enqueueJob, failJobOfGoneWorker, requeueJobOfGoneWorker, type JobHandler } from '../jobs/jobs.service.js';
import { currentWorkerIds, jobRunnersIdle, wakeJobRunners, workerIsGone } from '../jobs/jobs.runner.js';
import { planImport, removeImportedDrafts, writePlan, type RowReport } from './imports.engine.js';
import type { ImportFormat } from './imports.limits.js';
import { parseImportFile, type ParsedFile } from './imports.parse.js';
import { canImportServices, canReadImport } from './imports.policy.js';
import * as repo from './imports.repository.js';
import './imports.messages.js';

export const IMPORT_JOB = 'imports.run';

/**
 * Files parsed at upload, kept for the job when it runs in the same process
 * (the usual case), so a big file is not parsed twice. Another instance, or a
 * restart, parses the stored bytes again.
 */
const parsedAtUpload = new Map<string, ParsedFile>();

export interface StartImportOptions {
  file: Buffer;
  format: ImportFormat;
  /** Institution id or code; the caller's institution when absent. */
  institution?: string;
  dryRun: boolean;
  skipRejected?: boolean;
  fileName?: string | null;
  locale: Locale;
}

/** The actor as stored in the job's payload (authorisation is decided at upload). */
type ActorSnapshot = Omit<UserActor, 'leadScopeInstitutionIds'> & { leadScopeInstitutionIds: string[] };
const snapshotActor = (a: UserActor): ActorSnapshot => ({ ...a, leadScopeInstitutionIds: [...a.leadScopeInstitutionIds] });
const restoreActor = (s: ActorSnapshot): UserActor => ({ ...s, leadScopeInstitutionIds: new Set(s.leadScopeInstitutionIds) });

interface JobPayload {
  importId: string;
  actor: ActorSnapshot;
  requestId: string;
  locale: Locale;
}

/**
 * Accepts an upload: checks who may import into the institution, reads the
 * whole file (a broken or hostile file is refused here, before anything is
 * stored), records the import and queues its job. Returns the import record.
 */
export async function startImport(db: Db, ctx: RequestContext, opts: StartImportOptions, queue = true) {
  requireUser(ctx.actor);
  const ref = opts.institution ?? ctx.actor.institutionId;
  const institution = await repo.findInstitutionByIdOrCode(db, ref);
  if (!institution) throw new ValidationError([{ path: 'institutionId', code: 'unknownReference', message: 'errors.unknownReference', params: { id: ref } }]);
  if (!canImportServices(ctx.actor, institution.id)) throw new ForbiddenError('import.services');
  const parsed = await parseImportFile(opts.file, opts.format);
  const imp = await repo.insertImport(db, {
    institutionId: institution.id,
    createdBy: ctx.actor.via === 'system' ? null : ctx.actor.personId,
    requestId: ctx.requestId,
    format: opts.format,
    fileName: opts.fileName ?? null,
    fileSize: opts.file.length,
    fileBase64: opts.file.toString('base64'),
    dryRun: opts.dryRun,
    skipRejected: opts.skipRejected ?? false,
    totalRows: parsed.rows.length,
  });
  parsedAtUpload.set(imp.id, parsed);
  setTimeout(() => parsedAtUpload.delete(imp.id), 15 * 60_000).unref();
  if (queue) {
    const payload: JobPayload = { importId: imp.id, actor: snapshotActor(ctx.actor), requestId: ctx.requestId, locale: opts.locale };
    await enqueueJob(db, IMPORT_JOB, payload, { requestedBy: ctx.actor.via === 'system' ? null : ctx.actor.personId });
  }
  return imp;
}

/**
 * Runs an import: plan (report per row, progress recorded every 500 rows),
 * then — unless it is a dry run or rows were rejected without
 * `skipRejected` — the write in one transaction. Never throws for a bad row:
 * the outcome is in the import record.
 */
export async function runImport(db: Db, ctx: RequestContext, importId: string, locale: Locale, onProgress?: (done: number, total: number, phase: string) => void): Promise<repo.ImportRow> {
  const imp = await repo.findImport(db, importId);
  if (!imp) throw new NotFoundError('import', importId);
  if (imp.status === 'done' || imp.status === 'failed') return imp;
  // A write interrupted by a crash (its job's lease ran out): take back what it wrote and say so, rather than write it twice.
  if (imp.status === 'writing') return failInterrupted(db, imp.id, ctx.requestId);
  let reports: RowReport[] = [];
  let notes: { code: string; message: { lv: string; en: string } }[] = [];
  try {
    const parsed = parsedAtUpload.get(imp.id) ?? (await parseImportFile(Buffer.from(imp.fileBase64 ?? '', 'base64'), imp.format as ImportFormat));
    parsedAtUpload.delete(imp.id);
    notes = parsed.notes.map((n) => ({ code: n.code, message: tBoth(n.key, n.params) }));
    await repo.updateImport(db, imp.id, { status: 'validating', totalRows: parsed.rows.length });
    const institution = (await repo.findInstitutionByIdOrCode(db, imp.institutionId))!;
    const plan = await planImport(db, ctx.actor, institution, parsed, async (done, total) => {
      onProgress?.(done, total, 'validating');
      await repo.updateImport(db, imp.id, { processedRows: done });
    });
    reports = plan.rows.map((r) => r.report);
    const counts = countsOf(reports);
    let failure: { code: string; message: { lv: string; en: string } } | null = null;
    let applied = false;
    if (!imp.dryRun) {
      if (counts.rejectCount > 0 && !imp.skipRejected) {
        failure = { code: 'rejectedRows', message: tBoth('imports.failure.rejectedRows', { count: counts.rejectCount }) };
      } else if (counts.createCount + counts.updateCount > 0) {
        await repo.updateImport(db, imp.id, { status: 'writing', ...counts });
        onProgress?.(parsed.rows.length, parsed.rows.length, 'writing');
        await writePlan(db, ctx, plan, imp.id, locale);
        applied = true;
      }
    }
    await repo.updateImport(db, imp.id, { status: failure ? 'failed' : 'done', ...counts, applied, failure, report: compactReport(notes, reports), fileBase64: null, finishedAt: new Date() });
  } catch (err) {
    const detail = err instanceof DomainError ? err.code : err instanceof Error ? err.message.slice(0, 300) : String(err);
    await repo.updateImport(db, imp.id, {
      status: 'failed',
      applied: false,
      ...countsOf(reports),
      failure: { code: 'writeFailed', message: tBoth('imports.failure.writeFailed', { detail }) },
      report: compactReport(notes, reports),
      fileBase64: null,
      finishedAt: new Date(),
    });
  }
  return (await repo.findImport(db, imp.id))!;
}

/** The report as stored: each distinct message once, rows refer to it by index (10,000 rows repeat the same few messages). */
interface StoredReport {
  notes: { code: string; message: { lv: string; en: string } }[];
  messages: { lv: string; en: string }[];
  rows: { row: number; action: RowReport['action']; code?: string; errors: StoredIssue[]; warnings: StoredIssue[] }[];
}
type StoredIssue = { column: string; code: string; m: number };

function compactReport(notes: StoredReport['notes'], rows: RowReport[]): StoredReport {
  const messages: StoredReport['messages'] = [];
  const index = new Map<string, number>();
  const ref = (m: { lv: string; en: string }) => {
    const k = `${m.lv}\u0000${m.en}`;
    let i = index.get(k);
    if (i === undefined) {
      i = messages.push(m) - 1;
      index.set(k, i);
    }
    return i;
  };
  const issues = (xs: RowReport['errors']) => xs.map((x) => ({ column: x.column, code: x.code, m: ref(x.message) }));
  return { notes, messages, rows: rows.map((r) => ({ ...r, errors: issues(r.errors), warnings: issues(r.warnings) })) };
}

/** Notes and rows of a stored report, with the messages put back. */
export function expandReport(stored: unknown): { notes: StoredReport['notes']; rows: RowReport[] } {
  const r = (stored ?? { notes: [], messages: [], rows: [] }) as StoredReport;
  const issues = (xs: StoredIssue[]) => xs.map((x) => ({ column: x.column, code: x.code, message: r.messages[x.m] }));
  return { notes: r.notes, rows: r.rows.map((x) => ({ ...x, errors: issues(x.errors), warnings: issues(x.warnings) })) };
}

function countsOf(rows: RowReport[]) {
  return {
    createCount: rows.filter((r) => r.action === 'create').length,
    updateCount: rows.filter((r) => r.action === 'update').length,
    rejectCount: rows.filter((r) => r.action === 'reject').length,
    warningCount: rows.reduce((n, r) => n + r.warnings.length, 0),
  };
}

/** The job handler: runs the import as the person who uploaded it. */
export const importJobHandler = (db: Db): JobHandler => async (payload, progress) => {
  const p = payload as JobPayload;
  const imp = await runImport(db, { actor: restoreActor(p.actor), requestId: p.requestId }, p.importId, p.locale, (done, total) => void progress(done, total).catch(() => undefined));
  return { importId: imp.id, status: imp.status };
};

/** Starts queued imports now in this process's job runner (instead of at its next poll); resolves when it is idle. */
export const kickImports = (db: Db): Promise<void> => wakeJobRunners(db);

/** Waits for this process's job runner (tests, shutdown). */
export const importsIdle = (db: Db): Promise<void> => jobRunnersIdle(db);

/** An import and one page of its report, as the actor may see it. */
export async function getImport(db: Db, actor: Actor, id: string, q: { page: number; pageSize: number; action?: RowReport['action'] }) {
  requireUser(actor);
  const imp = await repo.findImport(db, id);
  if (!imp || !canReadImport(actor, imp)) throw new NotFoundError('import', id);
  const report = expandReport(imp.report);
  const rows = q.action ? report.rows.filter((r) => r.action === q.action) : report.rows;
  return { imp, notes: report.notes, rows: rows.slice((q.page - 1) * q.pageSize, q.page * q.pageSize), total: rows.length };
}

/* ------------------------------------------------------------------ */
/* Start-up recovery                                                   */
/* ------------------------------------------------------------------ */

const interruptedFailure = () => ({ code: 'interrupted', message: tBoth('imports.failure.interrupted') });

/** Removes the drafts an interrupted import had committed and marks it failed with the reason; returns the import. */
async function failInterrupted(db: Db, importId: string, requestId: string): Promise<repo.ImportRow> {
  const ids = await repo.serviceIdsCreatedByImport(db, importId);
  await removeImportedDrafts(db, { actor: SYSTEM_ACTOR, requestId }, ids, importId, 'interrupted');
  await repo.updateImport(db, importId, { status: 'failed', applied: false, failure: interruptedFailure(), fileBase64: null, finishedAt: new Date() });
  return (await repo.findImport(db, importId))!;
}

/**
 * Start-up recovery of imports a crash interrupted, instead of leaving them
 * `writing` until their lease runs out: a write is failed visibly (reason
 * "interrupted by a restart; nothing was written", what it had committed
 * taken back); a validation, which wrote nothing, is queued again.
 * `exclusive`: no other process can run imports on this database (the
 * embedded one), so every unfinished import is interrupted; otherwise only
 * those whose job's lease has run out or whose worker is known gone.
 * Returns the ids of the imports it failed.
 */
export async function recoverInterruptedImports(db: Db, opts: { exclusive: boolean }): Promise<string[]> {
  const failed: string[] = [];
  for (const u of await repo.unfinishedImports(db)) {
    const gone = opts.exclusive || (u.jobId !== null && (u.leaseExpired || workerIsGone(u.lockedBy, currentWorkerIds(db))));
    if (!gone) continue;
    if (u.status === 'writing') {
      await failInterrupted(db, u.id, `recovery-${u.id}`);
      if (u.jobId) await failJobOfGoneWorker(db, u.jobId, 'interrupted by a restart');
      failed.push(u.id);
    } else if (u.jobId) {
      await repo.updateImport(db, u.id, { status: 'queued', processedRows: 0 });
      await requeueJobOfGoneWorker(db, u.jobId);
    }
  }
  return failed;
}
