import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

/** STUB: routes of the roles module, written by its owner. */
export const roleAssignmentsRoutes: FastifyPluginAsyncZod = async () => {};
