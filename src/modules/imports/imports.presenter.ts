import { iso } from '../../platform/http/schemas.js';
import type { RowReport } from './imports.engine.js';
import type { ImportRow } from './imports.repository.js';
import type { ImportResponse } from './imports.schemas.js';
import type { ImportAction } from './imports.policy.js';

/** An import with one page of its per-row report. */
export function toImportResponse(
  imp: ImportRow,
  notes: { code: string; message: { lv: string; en: string } }[],
  page: { rows: RowReport[]; total: number; page: number; pageSize: number },
  allowedActions: ImportAction[] = [],
): ImportResponse {
  return {
    id: imp.id,
    institutionId: imp.institutionId,
    format: imp.format as ImportResponse['format'],
    fileName: imp.fileName,
    fileSize: imp.fileSize,
    dryRun: imp.dryRun,
    skipRejected: imp.skipRejected,
    status: imp.status as ImportResponse['status'],
    totalRows: imp.totalRows,
    processedRows: imp.status === 'done' || imp.status === 'writing' ? imp.totalRows : imp.processedRows,
    counts: { create: imp.createCount, update: imp.updateCount, reject: imp.rejectCount, warnings: imp.warningCount },
    applied: imp.applied,
    failure: (imp.failure as ImportResponse['failure']) ?? null,
    notes,
    report: { items: page.rows, total: page.total, page: page.page, pageSize: page.pageSize },
    createdAt: iso(imp.createdAt)!,
    finishedAt: iso(imp.finishedAt),
    allowedActions,
  };
}
