import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { IdParams, problemResponses } from '../../platform/http/schemas.js';
import { toJobResponse } from './jobs.presenter.js';
import { JobListQuery, JobListResponse, JobResponse } from './jobs.schemas.js';
import * as jobs from './jobs.service.js';

const tags = ['jobs'];

/** Progress and failures of every background job (imports, clean-ups, recomputes) through one API. */
export const jobsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps.database;

  app.get(
    '/jobs',
    {
      schema: {
        tags,
        summary: 'Background jobs, newest first: all of them for the system administrator, otherwise the ones the caller asked for',
        querystring: JobListQuery,
        response: { 200: JobListResponse, ...problemResponses },
      },
    },
    async (req) => {
      const { rows, total } = await jobs.listJobsFor(db, req.actor, req.query);
      return { items: rows.map(toJobResponse), total, page: req.query.page, pageSize: req.query.pageSize };
    },
  );

  app.get(
    '/jobs/:id',
    { schema: { tags, summary: 'One background job: status, progress, result or the reason it failed', params: IdParams, response: { 200: JobResponse, ...problemResponses } } },
    async (req) => toJobResponse(await jobs.getJobFor(db, req.actor, req.params.id)),
  );
};
