import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

/** STUB: routes of the services module, written by its owner. */
export const servicesRoutes: FastifyPluginAsyncZod = async () => {};
