import type { FastifyPluginAsync } from 'fastify';
import { authRoutes } from '../modules/auth/auth.routes.js';
import { institutionsRoutes } from '../modules/institutions/institutions.routes.js';
import { peopleRoutes } from '../modules/people/people.routes.js';
import { roleAssignmentsRoutes } from '../modules/roles/roles.routes.js';
import { policyRoutes } from '../modules/policy/policy.routes.js';
import { channelPointsRoutes } from '../modules/channel-points/channel-points.routes.js';
import { lifeSituationsRoutes } from '../modules/life-situations/life-situations.routes.js';
import { resourcesRoutes } from '../modules/resources/resources.routes.js';
import { servicesRoutes } from '../modules/services/services.routes.js';
import { portfolioRoutes } from '../modules/portfolio/portfolio.routes.js';
import { auditRoutes } from '../modules/audit/audit.routes.js';
import { importsRoutes } from '../modules/imports/imports.routes.js';
import { openDataRoutes } from '../modules/open-data/open-data.routes.js';
import { dependenciesRoutes } from '../modules/dependencies/dependencies.routes.js';
import { workspaceRoutes } from '../modules/workspace/workspace.routes.js';
import { feedbackRoutes } from '../modules/feedback/feedback.routes.js';
import { searchRoutes } from '../modules/search/search.routes.js';
import { jobsRoutes } from '../modules/jobs/jobs.routes.js';
import { catalogueRoutes } from '../web/catalogue/catalogue.routes.js';
import { workspacePlugin } from '../web/workspace.plugin.js';

/** Route plugins of every API module, mounted under /api/v1. */
export const apiModules: FastifyPluginAsync[] = [
  authRoutes,
  institutionsRoutes,
  peopleRoutes,
  roleAssignmentsRoutes,
  policyRoutes,
  channelPointsRoutes,
  lifeSituationsRoutes,
  resourcesRoutes,
  servicesRoutes,
  portfolioRoutes,
  auditRoutes,
  importsRoutes,
  dependenciesRoutes,
  workspaceRoutes,
  feedbackRoutes,
  openDataRoutes,
  searchRoutes,
  jobsRoutes,
];

/** Pages outside the API: the public and inter-institutional catalogues (HTML at /, /pakalpojumi…), and the React workspace (/darbvieta/). */
export const pagePlugins: FastifyPluginAsync[] = [catalogueRoutes, workspacePlugin];
