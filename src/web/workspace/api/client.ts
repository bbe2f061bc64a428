import createClient, { type Middleware } from 'openapi-fetch';
import type { paths, components } from './schema.js';

export type { paths, components };
export type Schemas = components['schemas'];

/** RFC 9457 problem as the API sends it. */
export interface Problem {
  type?: string;
  title: string;
  status: number;
  detail?: string;
  code?: string;
  requestId?: string;
  errors?: { path: string; code: string; message: string }[];
  current?: unknown;
  [key: string]: unknown;
}

let csrfToken: string | null = null;
let language = 'lv';
const expiredListeners = new Set<() => void>();

/** The CSRF token from the session, sent with every write made by cookie. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Problems and messages come back in the user's language. */
export function setApiLanguage(lang: string): void {
  language = lang;
}

/** Called when the API answers 401 to a signed-in user: the session has expired. */
export function onSessionExpired(listener: () => void): () => void {
  expiredListeners.add(listener);
  return () => expiredListeners.delete(listener);
}

const middleware: Middleware = {
  onRequest({ request }) {
    request.headers.set('accept-language', language);
    if (csrfToken && request.method !== 'GET' && request.method !== 'HEAD') request.headers.set('x-csrf-token', csrfToken);
    return request;
  },
  onResponse({ request, response }) {
    if (response.status === 401 && !request.url.includes('/auth/')) for (const l of expiredListeners) l();
    return response;
  },
};

/** The typed API client: every path and body type comes from the OpenAPI document. */
export const api = createClient<paths>({ baseUrl: '/', credentials: 'same-origin' });
api.use(middleware);

/** A failed API call, carrying the problem document for field errors and conflicts. */
export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail ?? problem.title);
  }
  get status(): number {
    return this.problem.status;
  }
  /** Field errors keyed by path (`nameLv`, `providers.0.institutionId`…). */
  fieldErrors(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const e of this.problem.errors ?? []) out[e.path] ??= e.message;
    return out;
  }
}

/** Unwraps an openapi-fetch result: the data, or an ApiError with the problem. */
export function unwrap<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.error !== undefined || !result.response.ok) {
    const p = (result.error ?? {}) as Partial<Problem>;
    throw new ApiError({ title: p.title ?? result.response.statusText, status: result.response.status, ...p } as Problem);
  }
  return result.data as T;
}

/** The ETag of a response, for If-Match on the next write. */
export function etagOf(response: Response): string | undefined {
  return response.headers.get('etag') ?? undefined;
}
