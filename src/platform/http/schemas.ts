import { z } from 'zod';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../../shared/enums.js';
import { isAllowedLinkUrl, MAX_URL_LENGTH } from '../../shared/urls.js';

/** RFC 9457 problem body, as documented in the OpenAPI document. */
export const ProblemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    code: z.string(),
    detail: z.string().optional(),
    instance: z.string().optional(),
    requestId: z.string(),
    errors: z.array(z.object({ path: z.string(), code: z.string(), message: z.string() }).loose()).optional(),
  })
  .loose()
  .meta({ id: 'Problem' });

/** Error responses every route may give, for the OpenAPI document. */
export const problemResponses = {
  400: ProblemSchema,
  401: ProblemSchema,
  403: ProblemSchema,
  404: ProblemSchema,
  409: ProblemSchema,
  422: ProblemSchema,
  428: ProblemSchema,
} as const;

export const IdParams = z.object({ id: z.uuid() });

/** Page-based paging with a total. */
export const PageQuery = z.object({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(DEFAULT_PAGE_SIZE),
});

export const SortOrder = z.enum(['asc', 'desc']).default('asc');

/**
 * `allowedActions` of a resource or a collection: the names of the actions the
 * caller may perform now, from the module's `*.policy.ts` (the same rules that
 * authorise the writes). Only authorisation decides; a state that forbids the
 * write (a stale version, an archived service) still answers 409 with a reason.
 */
export const allowedActions = <const A extends readonly [string, ...string[]]>(actions: A, description: string) => z.array(z.enum(actions)).meta({ description });

/** A paged list response of `item`. */
export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });
}

/** Trimmed, non-empty text of at most `max` characters. */
export const text = (max: number) => z.string().trim().min(1).max(max);

/** Optional text where "" and null mean "none". */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((v) => (v ? v : null));

export const IsoTimestamp = z.iso.datetime({ offset: true });

/**
 * A link field: `https:`, `mailto:` or `tel:` only (`src/shared/urls.ts`), used by
 * every module for every URL it stores. Anything else is a 400 naming the field
 * with code `invalid_format` and format `url`.
 */
export const LinkUrl = (max = MAX_URL_LENGTH) =>
  z
    .string()
    .trim()
    .max(max)
    .check((ctx) => {
      if (!isAllowedLinkUrl(ctx.value)) ctx.issues.push({ code: 'invalid_format', format: 'url', input: ctx.value, message: 'Only https:, mailto: and tel: links are allowed.' });
    })
    .meta({ format: 'uri', pattern: '^(https://|mailto:|tel:)', description: 'An https:, mailto: or tel: link' });

/** Date → ISO string for responses. */
export const iso = (d: Date | null | undefined): string | null => (d ? d.toISOString() : null);
