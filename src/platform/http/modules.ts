import type { FastifyPluginAsync } from 'fastify';
import { authRoutes } from '../../modules/auth/auth.routes.js';
import { institutionsRoutes } from '../../modules/institutions/institutions.routes.js';

/** Route plugins of every API module, mounted under /api/v1. */
export const apiModules: FastifyPluginAsync[] = [authRoutes, institutionsRoutes];
