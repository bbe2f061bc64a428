import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { problemResponses } from '../../platform/http/schemas.js';
import * as workspace from './workspace.service.js';
import {
  AwaitingPublicationPage,
  DraftPage,
  ManagedServicePage,
  MyWork,
  MyWorkQuery,
  ReviewOverduePage,
  WithoutManagerPage,
  WorkPageQuery,
  type WorkSection,
} from './workspace.schemas.js';

const tags = ['workspace'];

/** Each list of "my work" on its own paged route: path, section, response and summary. */
const LISTS: { path: string; section: WorkSection; response: z.ZodType; summary: string }[] = [
  { path: 'managed-services', section: 'managedServices', response: ManagedServicePage, summary: 'Services I manage, with the error and warning counts of their current version' },
  { path: 'awaiting-publication', section: 'awaitingPublication', response: AwaitingPublicationPage, summary: 'Versions submitted for publication that I approve (portfolio manager; administrators all)' },
  { path: 'drafts', section: 'drafts', response: DraftPage, summary: 'Drafts I wrote or of services I manage, last edited first' },
  { path: 'services-without-manager', section: 'servicesWithoutManager', response: WithoutManagerPage, summary: 'Services of the institutions I keep that have no service manager (R13)' },
  { path: 'resources-without-manager', section: 'resourcesWithoutManager', response: WithoutManagerPage, summary: 'Resources of the institutions I keep that have no resource manager (R16)' },
  { path: 'review-overdue', section: 'reviewOverdue', response: ReviewOverduePage, summary: 'Published services in my scope whose description was not reviewed for over a year' },
];

/** "My work": the signed-in person's landing page in the workspace (401 for anonymous callers). */
export const workspaceRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps.database;

  app.get(
    '/me/work',
    {
      schema: {
        tags,
        summary: 'My work: the first items and the total of each of my lists (managed services, approvals, drafts, missing managers, overdue reviews)',
        querystring: MyWorkQuery,
        response: { 200: MyWork, ...problemResponses },
      },
    },
    async (req) => workspace.myWork(db, req.actor, req.query.limit),
  );

  for (const list of LISTS) {
    app.get(
      `/me/work/${list.path}`,
      { schema: { tags, summary: list.summary, querystring: WorkPageQuery, response: { 200: list.response, ...problemResponses } } },
      async (req) => workspace.myWorkSection(db, req.actor, list.section, req.query.page, req.query.pageSize),
    );
  }
};
