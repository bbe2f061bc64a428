import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

/** STUB: routes of the policy module, written by its owner. */
export const policyRoutes: FastifyPluginAsyncZod = async () => {};
