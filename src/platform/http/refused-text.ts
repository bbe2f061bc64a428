import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { t } from '../i18n.js';
import { sendProblem } from './problem.js';

/**
 * Text PostgreSQL cannot store: the NUL character (SQLSTATE 22021 when it
 * reaches the database) and UTF-16 surrogates without their pair (they cannot
 * be encoded as UTF-8 and would silently become U+FFFD).
 */
// eslint-disable-next-line no-control-regex -- NUL is exactly what this refuses
const REFUSED = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Whether a string holds a character the database refuses. */
export const hasRefusedCharacter = (s: string): boolean => REFUSED.test(s);

/**
 * The path of the first text (or object key) under `value` that the database
 * would refuse, in the register's path notation (`a[0].b`), or null.
 */
export function findRefusedText(value: unknown, path = '', depth = 0): string | null {
  if (typeof value === 'string') return hasRefusedCharacter(value) ? path : null;
  if (value === null || typeof value !== 'object' || depth > 64 || Buffer.isBuffer(value)) return null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findRefusedText(value[i], `${path}[${i}]`, depth + 1);
      if (found !== null) return found;
    }
    return null;
  }
  for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
    const here = path ? `${path}.${key}` : key;
    if (hasRefusedCharacter(key)) return here;
    const found = findRefusedText(v, here, depth + 1);
    if (found !== null) return found;
  }
  return null;
}

/** The 400 for refused text at `path`, on any route (API or catalogue page). */
export function sendRefusedText(req: FastifyRequest, reply: FastifyReply, path: string): FastifyReply {
  const locale = req.locale ?? 'lv';
  return sendProblem(req, reply, 400, 'validation', 'errors.validation', {}, {
    errors: [{ path, code: 'refusedCharacter', message: t(locale, 'errors.refusedCharacter') }],
  });
}

/**
 * Refuses, before validation and before any query, every request whose path
 * parameters, query or JSON body carry text the database cannot store, with a
 * 400 naming the field: one check for every route instead of a 500 wherever
 * such text would reach PostgreSQL.
 */
export function registerRefusedTextCheck(app: FastifyInstance): void {
  app.addHook('preValidation', async (req, reply) => {
    const where =
      findRefusedText(req.params, 'params') ??
      findRefusedText(req.query, 'query') ??
      (req.body !== undefined && !Buffer.isBuffer(req.body) ? findRefusedText(req.body) : null);
    if (where === null) return;
    return sendRefusedText(req, reply, where === '' ? 'body' : where);
  });
}
