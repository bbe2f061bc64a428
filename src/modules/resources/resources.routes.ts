import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

/** STUB: routes of the resources module, written by its owner. */
export const resourcesRoutes: FastifyPluginAsyncZod = async () => {};
