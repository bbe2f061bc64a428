import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

/** STUB: routes of the portfolio module, written by its owner. */
export const portfolioRoutes: FastifyPluginAsyncZod = async () => {};
