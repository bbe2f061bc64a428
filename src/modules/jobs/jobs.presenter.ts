import type { z } from 'zod';
import type { JobRow } from './jobs.repository.js';
import type { JobResponse } from './jobs.schemas.js';

export function toJobResponse(j: JobRow): z.infer<typeof JobResponse> {
  return {
    id: j.id,
    kind: j.kind,
    status: j.status as z.infer<typeof JobResponse>['status'],
    progress: j.progress ?? null,
    result: j.result ?? null,
    error: j.error,
    attempts: j.attempts,
    periodKey: j.periodKey,
    requestedBy: j.requestedBy,
    runAfter: j.runAfter.toISOString(),
    createdAt: j.createdAt.toISOString(),
    updatedAt: j.updatedAt.toISOString(),
  };
}
