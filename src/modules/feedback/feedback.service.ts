/**
 * Service feedback: anonymous satisfaction ratings from the public catalogue.
 *
 * Audit: ratings are anonymous public input, not changes to the register, so no
 * audit line is written per rating; the `service_feedback` rows are their own
 * record (service, rating, optional comment, channel, locale, time — never who).
 * Abuse resistance lives at the edges: a signed form token with its issue time
 * (no cookies needed), a honeypot field, and a per-address rate limit on the routes.
 */
import crypto from 'node:crypto';
import type { Db, Executor } from '../../platform/db/database.js';
import type { Actor } from '../../platform/actor.js';
import { ForbiddenError, NotFoundError, UnauthenticatedError, ValidationError } from '../../platform/errors.js';
import type { Locale } from '../../platform/i18n.js';
import * as repo from './feedback.repository.js';
import { findPublishedService, findServiceOwner, publishedChannelPointIds } from '../services/services.queries.js';
import { channelTypesOf } from '../channel-points/channel-points.queries.js';

/** A published public service by code, as the feedback form needs it (null otherwise). */
const findRateableService = (ex: Executor, code: string) => findPublishedService(ex, 'public', code);

/** Channel types of the published version's channel points (the template's when an instance has none of its own). */
const publishedChannelTypes = async (ex: Executor, serviceId: string): Promise<Set<string>> => channelTypesOf(ex, await publishedChannelPointIds(ex, serviceId));
import { canReadFeedbackSummary } from './feedback.policy.js';
import { checkFeedback, checkFormToken, MAX_COMMENT_LENGTH, OTHER_CHANNEL, signFormToken, summarise, type FeedbackInput, type FeedbackSummary } from './feedback.rules.js';
import './feedback.messages.js';

/**
 * The key that signs form tokens, from `FEEDBACK_FORM_SECRET` (config.ts: 32+
 * characters, required in production so that instances accept each other's
 * forms). Without it (development, tests) each process makes its own, and a
 * restart only invalidates forms that are open.
 */
let formSecret: Buffer = crypto.randomBytes(32);

/** Sets the form-signing key from the configuration; called once when the routes are registered. */
export function configureFormSecret(secret: string | undefined): void {
  formSecret = secret ? crypto.createHash('sha256').update(secret).digest() : formSecret;
}

/** What a client needs to show the form for one service. */
export interface FeedbackForm {
  serviceId: string;
  serviceCode: string;
  formToken: string;
  /** Channel types the person may say they used (the service's own), plus "other". */
  channels: string[];
  maxCommentLength: number;
}

/** A new form for a published public service (404 for anything else). */
export async function feedbackForm(ex: Executor, serviceCode: string, now = Date.now()): Promise<FeedbackForm> {
  const s = await findRateableService(ex, serviceCode);
  if (!s) throw new NotFoundError('service', serviceCode);
  const channels = [...(await publishedChannelTypes(ex, s.id))].sort();
  return { serviceId: s.id, serviceCode: s.code, formToken: signFormToken(formSecret, s.id, now), channels: [...channels, OTHER_CHANNEL], maxCommentLength: MAX_COMMENT_LENGTH };
}

/** A token for a known service id (the service page already has the service). */
export const formTokenFor = (serviceId: string, now = Date.now()): string => signFormToken(formSecret, serviceId, now);

export interface FeedbackSubmission extends FeedbackInput {
  formToken?: string;
  /** The honeypot: a field people never see or fill in. */
  website?: string;
}

/**
 * Stores one rating of a published public service. Refuses (400, naming the
 * field) a bad rating, comment or channel, a missing, forged, expired or
 * too-fresh form token, and a filled honeypot.
 */
export async function submitFeedback(db: Db, serviceCode: string, input: FeedbackSubmission, locale: Locale, now = Date.now()): Promise<{ id: string; serviceId: string; createdAt: string }> {
  const s = await findRateableService(db, serviceCode);
  if (!s) throw new NotFoundError('service', serviceCode);
  if (typeof input.website === 'string' && input.website.trim() !== '') {
    throw new ValidationError([{ path: 'website', code: 'honeypot', message: 'feedback.honeypot', params: {} }]);
  }
  const token = checkFormToken(formSecret, s.id, typeof input.formToken === 'string' ? input.formToken : undefined, now);
  if (token !== 'ok') throw new ValidationError([{ path: 'formToken', code: token, message: `feedback.formToken.${token}`, params: {} }]);
  const { value, issues } = checkFeedback(input, await publishedChannelTypes(db, s.id));
  if (!value) throw new ValidationError(issues);
  const row = await repo.insertFeedback(db, { serviceId: s.id, rating: value.rating, comment: value.comment, channel: value.channel, locale });
  return { id: row.id, serviceId: s.id, createdAt: new Date(row.createdAt).toISOString() };
}

/** Count, average and distribution of a service's ratings, for the owner institution's people. */
export async function feedbackSummary(ex: Executor, actor: Actor, serviceId: string, since?: Date): Promise<FeedbackSummary & { serviceId: string }> {
  if (actor.kind !== 'user') throw new UnauthenticatedError();
  const owner = await findServiceOwner(ex, serviceId);
  if (!owner) throw new NotFoundError('service', serviceId);
  if (!canReadFeedbackSummary(actor, owner)) throw new ForbiddenError('feedback.summary');
  return { serviceId, ...summarise(await repo.ratingCounts(ex, serviceId, since)) };
}

/** Ids of the services rated most often lately (the catalogue's "popular services"). */
export const popularServiceIds = (ex: Executor, limit: number): Promise<string[]> => repo.mostRatedServiceIds(ex, 90, limit);
