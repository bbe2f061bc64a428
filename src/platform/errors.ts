/**
 * Domain errors. Services throw these; one HTTP error handler maps them to
 * RFC 9457 problem+json. Messages are catalogue keys, translated at the edge.
 */

/** One field-level problem: a JSON path, a stable code and a catalogue key with params. */
export interface FieldIssue {
  path: string;
  code: string;
  /** Message already in words (e.g. from Zod) or a catalogue key when `params` is set. */
  message?: string;
  params?: Record<string, unknown>;
}

export abstract class DomainError extends Error {
  abstract readonly status: number;
  abstract readonly code: string;
  constructor(
    message: string,
    readonly params: Record<string, unknown> = {},
    readonly issues: FieldIssue[] = [],
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class NotFoundError extends DomainError {
  readonly status = 404;
  readonly code = 'notFound';
  constructor(entity: string, id: string) {
    super('errors.notFound', { entity, id });
  }
}

export class ValidationError extends DomainError {
  readonly status = 400;
  readonly code = 'validation';
  constructor(issues: FieldIssue[]) {
    super('errors.validation', {}, issues);
  }
}

/** A write based on a stale version (If-Match mismatch), or a uniqueness clash. */
export class ConflictError extends DomainError {
  readonly status = 409;
  readonly code: string;
  constructor(
    code: 'staleVersion' | 'duplicate' | 'state' | 'inUse',
    params: Record<string, unknown> = {},
    issues: FieldIssue[] = [],
    /** The current representation, so a client can show both versions. */
    readonly current?: unknown,
  ) {
    super(`errors.conflict.${code}`, params, issues);
    this.code = code;
  }
}

export class PreconditionRequiredError extends DomainError {
  readonly status = 428;
  readonly code = 'ifMatchRequired';
  constructor() {
    super('errors.ifMatchRequired');
  }
}

export class UnauthenticatedError extends DomainError {
  readonly status = 401;
  readonly code = 'unauthenticated';
  constructor(reason: string = 'errors.unauthenticated') {
    super(reason);
  }
}

export class ForbiddenError extends DomainError {
  readonly status = 403;
  readonly code = 'forbidden';
  constructor(action: string, params: Record<string, unknown> = {}) {
    super('errors.forbidden', { action, ...params });
  }
}

export class TooManyRequestsError extends DomainError {
  readonly status = 429;
  readonly code = 'tooManyRequests';
  constructor(readonly retryAfterSeconds: number) {
    super('errors.tooManyRequests', { seconds: retryAfterSeconds });
  }
}

/** A rule of the policy blocks the operation; each violation names its rule, path and message. */
export interface RuleViolation {
  /** Rule id from policy-v1 section C, e.g. "R01". */
  rule: string;
  /** Stable code, e.g. "service.needs.missing". */
  code: string;
  severity: 'error' | 'warning';
  path: string;
  message: { lv: string; en: string };
}

export class RuleViolationError extends DomainError {
  readonly status = 422;
  readonly code = 'ruleViolation';
  constructor(readonly violations: RuleViolation[]) {
    super('errors.ruleViolation', { count: violations.length });
  }
}
