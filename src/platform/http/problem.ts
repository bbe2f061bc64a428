import type { FastifyReply, FastifyRequest } from 'fastify';
import { t, type Locale } from '../i18n.js';

/** RFC 9457 problem details with the register's extensions. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  code: string;
  instance?: string;
  requestId: string;
  errors?: { path: string; code: string; message: string }[];
  [ext: string]: unknown;
}

export const PROBLEM_TYPE_BASE = 'https://pakalpojumi.example.lv/problems/';

/** Sends a problem+json response in the request's language. */
export function sendProblem(
  req: FastifyRequest,
  reply: FastifyReply,
  status: number,
  code: string,
  messageKey: string,
  params: Record<string, unknown> = {},
  extra: Partial<Problem> = {},
): FastifyReply {
  const locale: Locale = req.locale ?? 'lv';
  // Entity codes ("channelPoint") read as words of the request's language ("kanāla punkts").
  if (typeof params.entity === 'string') {
    const word = t(locale, `entities.${params.entity}`);
    if (word !== `entities.${params.entity}`) params = { ...params, entity: word };
  }
  // A refusal names who may do it: `forbidden.<action>[.<role>]` in the modules' catalogues.
  if (messageKey === 'errors.forbidden' && typeof params.action === 'string') {
    const keys = [...(typeof params.role === 'string' ? [`forbidden.${params.action}.${params.role}`] : []), `forbidden.${params.action}`];
    const key = keys.find((k) => t(locale, k) !== k);
    if (key) {
      messageKey = 'errors.forbidden.by';
      params = { ...params, who: t(locale, key) };
    }
  }
  const body: Problem = {
    type: PROBLEM_TYPE_BASE + code,
    title: t(locale, messageKey, { ...params, requestId: req.id }),
    status,
    code,
    instance: req.url,
    requestId: req.id,
    ...extra,
  };
  return reply.status(status).type('application/problem+json; charset=utf-8').send(body);
}
