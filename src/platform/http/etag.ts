import type { FastifyReply, FastifyRequest } from 'fastify';
import { PreconditionRequiredError, ValidationError } from '../errors.js';

/** Formats a row version as a strong ETag. */
export const etagOf = (version: number): string => `"${version}"`;

export function setEtag(reply: FastifyReply, version: number): void {
  reply.header('etag', etagOf(version));
}

/**
 * The row version the client based its write on, from If-Match. Writes to
 * existing records require it, so a stale write is refused instead of lost.
 */
export function requireIfMatch(req: FastifyRequest): number {
  const raw = req.headers['if-match'];
  if (raw === undefined || raw === '') throw new PreconditionRequiredError();
  const m = /^\s*(?:W\/)?"?(\d+)"?\s*$/.exec(String(raw));
  if (!m) throw new ValidationError([{ path: 'headers.if-match', code: 'invalidEtag', message: 'errors.invalidEtag', params: {} }]);
  return Number(m[1]);
}
