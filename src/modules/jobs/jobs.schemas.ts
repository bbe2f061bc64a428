import { z } from 'zod';
import { IsoTimestamp, PageQuery } from '../../platform/http/schemas.js';

export const JOB_STATUSES = ['queued', 'running', 'done', 'failed'] as const;

export const JobListQuery = PageQuery.extend({
  kind: z.string().trim().min(1).max(100).optional().describe('Only jobs of this kind, e.g. imports.run'),
  status: z.enum(JOB_STATUSES).optional(),
});

export const JobResponse = z
  .object({
    id: z.uuid(),
    kind: z.string().describe('<module>.<what>, e.g. imports.run, auth.cleanup'),
    status: z.enum(JOB_STATUSES),
    progress: z.object({ done: z.number().int(), total: z.number().int() }).nullable(),
    result: z.unknown().nullable(),
    error: z.string().nullable().describe('Why the job failed (status failed)'),
    attempts: z.number().int(),
    periodKey: z.string().nullable().describe('Scheduled jobs: the start of the period they ran for'),
    requestedBy: z.uuid().nullable().describe('The person whose request queued it; null for the system and schedules'),
    runAfter: IsoTimestamp,
    createdAt: IsoTimestamp,
    updatedAt: IsoTimestamp,
  })
  .meta({ id: 'Job' });

export const JobListResponse = z.object({ items: z.array(JobResponse), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() }).meta({ id: 'JobList' });
