/**
 * Pure rules of service feedback: the signed form token that replaces CSRF
 * cookies for anonymous visitors, and the checks of one submitted rating.
 */
import crypto from 'node:crypto';
import type { FieldIssue } from '../../platform/errors.js';

export const MIN_RATING = 1;
export const MAX_RATING = 10;
export const MAX_COMMENT_LENGTH = 1000;
/** A person needs at least this long to read the form and choose a rating. */
export const MIN_FILL_MS = 3_000;
/** A form older than this must be reloaded (the token expires). */
export const MAX_FORM_AGE_MS = 2 * 60 * 60 * 1000;
/** The channel answer for "some other way". */
export const OTHER_CHANNEL = 'other';

const mac = (secret: Buffer, payload: string) => crypto.createHmac('sha256', secret).update(payload).digest('base64url');

/** A form token for one service: issue time and an HMAC over it and the service id. */
export function signFormToken(secret: Buffer, serviceId: string, issuedAtMs: number): string {
  const payload = `${issuedAtMs}.${serviceId}`;
  return `${issuedAtMs}.${mac(secret, payload)}`;
}

export type TokenCheck = 'ok' | 'invalid' | 'tooFast' | 'expired';

/** Whether a token was issued by us for this service, not too recently and not too long ago. */
export function checkFormToken(secret: Buffer, serviceId: string, token: string | undefined, nowMs: number): TokenCheck {
  if (!token || token.length > 200) return 'invalid';
  const m = /^(\d{10,16})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!m) return 'invalid';
  const issuedAt = Number(m[1]);
  const expected = Buffer.from(mac(secret, `${issuedAt}.${serviceId}`));
  const given = Buffer.from(m[2]);
  if (expected.length !== given.length || !crypto.timingSafeEqual(expected, given)) return 'invalid';
  const age = nowMs - issuedAt;
  if (age < 0 || age > MAX_FORM_AGE_MS) return 'expired';
  if (age < MIN_FILL_MS) return 'tooFast';
  return 'ok';
}

export interface FeedbackInput {
  rating: unknown;
  comment?: unknown;
  channel?: unknown;
}

export interface CleanFeedback {
  rating: number;
  comment: string | null;
  channel: string;
}

/**
 * Checks one rating against the service's channel types: rating 1–10, comment
 * at most MAX_COMMENT_LENGTH characters (blank means none), channel one of the
 * service's channel types or "other". Returns the cleaned values or the issues.
 */
export function checkFeedback(input: FeedbackInput, allowedChannels: ReadonlySet<string>): { value: CleanFeedback | null; issues: FieldIssue[] } {
  const issues: FieldIssue[] = [];
  const rating = typeof input.rating === 'number' ? input.rating : typeof input.rating === 'string' && /^\d{1,2}$/.test(input.rating) ? Number(input.rating) : NaN;
  if (!Number.isInteger(rating) || rating < MIN_RATING || rating > MAX_RATING) {
    issues.push({ path: 'rating', code: 'range', message: 'feedback.rating.range', params: { min: MIN_RATING, max: MAX_RATING } });
  }
  let comment: string | null = null;
  if (input.comment !== undefined && input.comment !== null) {
    if (typeof input.comment !== 'string') issues.push({ path: 'comment', code: 'type', message: 'feedback.comment.type', params: {} });
    else {
      const trimmed = input.comment.replace(/\r\n/g, '\n').trim();
      if ([...trimmed].length > MAX_COMMENT_LENGTH) issues.push({ path: 'comment', code: 'tooLong', message: 'feedback.comment.tooLong', params: { max: MAX_COMMENT_LENGTH } });
      comment = trimmed === '' ? null : trimmed;
    }
  }
  const channel = typeof input.channel === 'string' && input.channel !== '' ? input.channel : OTHER_CHANNEL;
  if (channel !== OTHER_CHANNEL && !allowedChannels.has(channel)) {
    issues.push({ path: 'channel', code: 'unknownChannel', message: 'feedback.channel.unknown', params: { channel: channel.slice(0, 40) } });
  }
  return issues.length ? { value: null, issues } : { value: { rating, comment, channel }, issues };
}

export interface FeedbackSummary {
  count: number;
  average: number | null;
  /** Ratings 1…10 → how many. */
  distribution: Record<string, number>;
}

/** Count, average (one decimal) and distribution from per-rating counts. */
export function summarise(counts: { rating: number; n: number }[]): FeedbackSummary {
  const distribution: Record<string, number> = {};
  for (let r = MIN_RATING; r <= MAX_RATING; r++) distribution[String(r)] = 0;
  let count = 0;
  let sum = 0;
  for (const { rating, n } of counts) {
    distribution[String(rating)] = (distribution[String(rating)] ?? 0) + n;
    count += n;
    sum += rating * n;
  }
  return { count, average: count ? Math.round((sum / count) * 10) / 10 : null, distribution };
}
