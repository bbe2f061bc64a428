import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

/** STUB: routes of the life-situations module, written by its owner. */
export const lifeSituationsRoutes: FastifyPluginAsyncZod = async () => {};
