import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

/** STUB: routes of the audit module, written by its owner. */
export const auditRoutes: FastifyPluginAsyncZod = async () => {};
