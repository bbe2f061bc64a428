import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyRequest } from 'fastify';
import { IdParams, problemResponses } from '../../platform/http/schemas.js';
import * as feedback from './feedback.service.js';
import { FeedbackCreate, FeedbackCreated, FeedbackFormResponse, FeedbackSummaryQuery, FeedbackSummaryResponse, ServiceCodeParams } from './feedback.schemas.js';

const tags = ['feedback'];

/** Per-address limit on sending ratings, shared by the JSON API and the catalogue's HTML form. */
export const FEEDBACK_RATE_LIMIT = {
  max: 20,
  timeWindow: '10 minutes',
  keyGenerator: (req: FastifyRequest) => `feedback:${req.ip}`,
};

/**
 * Service ratings: a public form descriptor and submission for published public
 * services (anonymous, rate-limited, signed form token, honeypot), and the
 * aggregate for the owner institution's people.
 */
export const feedbackRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps.database;
  feedback.configureFormSecret(app.deps.config.FEEDBACK_FORM_SECRET);

  app.get(
    '/catalogue/services/:code/feedback/form',
    { schema: { tags, summary: 'A feedback form for a published public service: signed token and the channels to choose from', params: ServiceCodeParams, response: { 200: FeedbackFormResponse, ...problemResponses } } },
    async (req, reply) => {
      reply.header('cache-control', 'no-store');
      return feedback.feedbackForm(db, req.params.code);
    },
  );

  app.post(
    '/catalogue/services/:code/feedback',
    {
      config: { public: true, rateLimit: FEEDBACK_RATE_LIMIT },
      schema: {
        tags,
        summary: 'Rate a published public service (1–10, optional comment, channel used); anonymous, no personal data',
        params: ServiceCodeParams,
        body: FeedbackCreate,
        response: { 201: FeedbackCreated, 429: problemResponses[400], ...problemResponses },
      },
    },
    async (req, reply) => {
      const created = await feedback.submitFeedback(db, req.params.code, req.body, req.locale);
      return reply.status(201).send(created);
    },
  );

  app.get(
    '/services/:id/feedback/summary',
    {
      schema: {
        tags,
        summary: 'Count, average and distribution of a service’s ratings (people of the owner institution)',
        params: IdParams,
        querystring: FeedbackSummaryQuery,
        response: { 200: FeedbackSummaryResponse, ...problemResponses },
      },
    },
    async (req) => feedback.feedbackSummary(db, req.actor, req.params.id, req.query.since ? new Date(`${req.query.since}T00:00:00Z`) : undefined),
  );
};
