import { z } from 'zod';
import { allowedActions, PageQuery } from '../../platform/http/schemas.js';
import { IMPORT_ACTIONS } from './imports.policy.js';

const Bool = z.enum(['true', 'false']).transform((v) => v === 'true');

export const ImportStartQuery = z.object({
  /** Institution id or code; the caller's institution when absent. */
  institutionId: z.string().trim().min(1).max(100).optional(),
  dryRun: Bool.default(true),
  /** Import the valid rows even when some are rejected (default: all or nothing). */
  skipRejected: Bool.default(false),
  /** csv | xlsx | jsonld; taken from Content-Type when absent. */
  format: z.enum(['csv', 'xlsx', 'jsonld']).optional(),
  fileName: z.string().trim().max(255).optional(),
});

export const ImportReportQuery = PageQuery.extend({ action: z.enum(['create', 'update', 'reject']).optional() });

const Text2 = z.object({ lv: z.string(), en: z.string() });
const RowIssue = z.object({ column: z.string(), code: z.string(), message: Text2 });

export const ImportRowReport = z
  .object({ row: z.number().int(), action: z.enum(['create', 'update', 'reject']), code: z.string().optional(), errors: z.array(RowIssue), warnings: z.array(RowIssue) })
  .meta({ id: 'ImportRowReport' });

export const ImportResponse = z
  .object({
    id: z.uuid(),
    institutionId: z.uuid(),
    format: z.enum(['csv', 'xlsx', 'jsonld']),
    fileName: z.string().nullable(),
    fileSize: z.number().int(),
    dryRun: z.boolean(),
    skipRejected: z.boolean(),
    /** queued → validating → writing → done | failed */
    status: z.enum(['queued', 'validating', 'writing', 'done', 'failed']),
    totalRows: z.number().int(),
    processedRows: z.number().int(),
    counts: z.object({ create: z.number().int(), update: z.number().int(), reject: z.number().int(), warnings: z.number().int() }),
    /** Whether services were written. */
    applied: z.boolean(),
    failure: z.object({ code: z.string(), message: Text2 }).nullable(),
    notes: z.array(z.object({ code: z.string(), message: Text2 })),
    report: z.object({ items: z.array(ImportRowReport), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() }),
    createdAt: z.string(),
    finishedAt: z.string().nullable(),
    allowedActions: allowedActions(IMPORT_ACTIONS, 'What the caller may do with the import now (imports.policy).'),
  })
  .meta({ id: 'Import' });
export type ImportResponse = z.infer<typeof ImportResponse>;
