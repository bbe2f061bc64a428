import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { IdParams, problemResponses } from '../../platform/http/schemas.js';
import * as portfolio from './portfolio.service.js';
import { PortfolioApproveBody, PortfolioQuery, PortfolioResponse } from './portfolio.schemas.js';
import { mayApprovePortfolioAt } from './portfolio.policy.js';

const tags = ['portfolio'];

/** An institution's service list (pakalpojumu kopums) and its approvals by the portfolio manager (R10, R11). */
export const portfolioRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps.database;

  app.get(
    '/institutions/:id/portfolio',
    { schema: { tags, summary: 'The approved service list of an institution with its approval history', params: IdParams, querystring: PortfolioQuery, response: { 200: PortfolioResponse, ...problemResponses } } },
    async (req) => portfolio.getPortfolio(db, req.actor, req.params.id, req.query),
  );

  app.post(
    '/institutions/:id/portfolio/approve',
    { config: { authorize: { action: 'portfolio.approve', allows: mayApprovePortfolioAt } }, schema: { tags, summary: 'Approve the current service list as a whole (portfolio manager only)', params: IdParams, body: PortfolioApproveBody, response: { 201: PortfolioResponse, ...problemResponses } } },
    async (req, reply) => reply.status(201).send(await portfolio.approvePortfolio(db, req.ctx, req.params.id, req.body ?? { note: null })),
  );
};
