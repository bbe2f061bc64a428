import { z } from 'zod';
import { MAX_COMMENT_LENGTH, MAX_RATING, MIN_RATING } from './feedback.rules.js';

export const ServiceCodeParams = z.object({ code: z.string().trim().min(1).max(100) });

export const FeedbackFormResponse = z
  .object({
    serviceId: z.uuid(),
    serviceCode: z.string(),
    formToken: z.string().meta({ description: 'Signed token with its issue time; send it back with the rating (not sooner than 3 s, not later than 2 h).' }),
    channels: z.array(z.string()).meta({ description: 'Channel type codes of the service, plus "other".' }),
    maxCommentLength: z.number().int(),
  })
  .meta({ id: 'FeedbackForm' });

/** The JSON body of a rating; the rules check values so that errors name the field in the caller's language. */
export const FeedbackCreate = z
  .object({
    rating: z.number().int().min(MIN_RATING).max(MAX_RATING),
    comment: z.string().max(MAX_COMMENT_LENGTH * 2).nullish(),
    channel: z.string().max(100).optional().meta({ description: 'A channel type code of the service, or "other" (the default).' }),
    formToken: z.string().max(200),
    website: z.string().max(500).optional().meta({ description: 'Must stay empty (honeypot).' }),
  })
  .strict()
  .meta({ id: 'FeedbackCreate' });

export const FeedbackCreated = z.object({ id: z.uuid(), serviceId: z.uuid(), createdAt: z.string() }).meta({ id: 'FeedbackCreated' });

export const FeedbackSummaryQuery = z.object({ since: z.iso.date().optional().meta({ description: 'Only ratings from this day on (YYYY-MM-DD).' }) });

export const FeedbackSummaryResponse = z
  .object({
    serviceId: z.uuid(),
    count: z.number().int(),
    average: z.number().nullable(),
    distribution: z.record(z.string(), z.number().int()).meta({ description: 'Rating 1…10 → number of ratings.' }),
  })
  .meta({ id: 'FeedbackSummary' });
