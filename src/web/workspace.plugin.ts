import fs from 'node:fs';
import path from 'node:path';
import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import fastifyStatic from '@fastify/static';
import { WORKSPACE_DIST } from './workspace-build.js';

export const WORKSPACE_PREFIX = '/darbvieta';

/**
 * Serves the built React workspace at /darbvieta/: hashed assets cached for a year,
 * every other path answered with index.html so the browser router can take over.
 */
export const workspacePlugin: FastifyPluginAsync = async (app) => {
  const indexFile = path.join(WORKSPACE_DIST, 'index.html');
  const assets = path.join(WORKSPACE_DIST, 'assets');
  fs.mkdirSync(assets, { recursive: true });
  await app.register(fastifyStatic, {
    root: assets,
    prefix: `${WORKSPACE_PREFIX}/assets/`,
    index: false,
    decorateReply: false,
    // The build wrote .br and .gz beside each asset (workspace-build.ts): sent as they are.
    preCompressed: true,
    // File names carry a content hash, so they never change.
    setHeaders: (reply) => void reply.header('cache-control', 'public, max-age=31536000, immutable'),
  });

  const sendIndex = async (_req: unknown, reply: FastifyReply) => {
    let html: string;
    try {
      html = await fs.promises.readFile(indexFile, 'utf8');
    } catch {
      return reply.status(503).type('text/plain; charset=utf-8').send('Darbvieta vēl nav uzbūvēta: palaidiet `npm run build:web`. / The workspace is not built yet: run `npm run build:web`.');
    }
    return reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(html);
  };
  app.get(`${WORKSPACE_PREFIX}/`, { schema: { hide: true } }, sendIndex);
  app.get(`${WORKSPACE_PREFIX}/*`, { schema: { hide: true } }, sendIndex);
};
