import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

/** STUB: routes of the channel-points module, written by its owner. */
export const channelPointsRoutes: FastifyPluginAsyncZod = async () => {};
