import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

/** STUB: routes of the people module, written by its owner. */
export const peopleRoutes: FastifyPluginAsyncZod = async () => {};
