import { z } from 'zod';
import {
  SEARCH_AUDIENCES,
  SEARCH_CHANNEL_ENVIRONMENTS,
  SEARCH_DIGITAL_STATUSES,
  SEARCH_MAX_PAGE_SIZE,
  SEARCH_MAX_QUERY_LENGTH,
  SEARCH_RECIPIENT_GROUPS,
} from './search.contract.js';

const BoolQuery = z.enum(['true', 'false']).transform((v) => v === 'true');
const Locale = z.enum(['lv', 'en']).default('lv');

export const CatalogueSearchQuery = z
  .object({
    q: z.string().max(SEARCH_MAX_QUERY_LENGTH).optional().describe('Words in Latvian or English; inflected, without diacritics, misspelt or the start of a word are all fine'),
    locale: Locale,
    audience: z.enum(SEARCH_AUDIENCES).default('public').describe('interInstitutional needs a signed-in institution user'),
    lifeSituationId: z.uuid().optional(),
    institutionId: z.uuid().optional(),
    recipientGroup: z.enum(SEARCH_RECIPIENT_GROUPS).optional(),
    channelEnvironment: z.enum(SEARCH_CHANNEL_ENVIRONMENTS).optional(),
    digitalStatus: z.enum(SEARCH_DIGITAL_STATUSES).optional(),
    vpvkac: BoolQuery.optional().describe('Only services (not) available at a state and municipal unified client service centre'),
    free: BoolQuery.optional().describe('Only free (true) or paid (false) services'),
    page: z.coerce.number().int().min(1).max(1000).default(1),
    pageSize: z.coerce.number().int().min(1).max(SEARCH_MAX_PAGE_SIZE).default(20),
  })
  .strict();

const FacetBucket = z.object({ value: z.string(), count: z.number().int(), labelLv: z.string().optional(), labelEn: z.string().optional() });
const Buckets = z.array(FacetBucket);

export const CatalogueSearchResult = z
  .object({
    total: z.number().int(),
    items: z.array(
      z.object({
        id: z.uuid(),
        code: z.string(),
        nameLv: z.string(),
        nameEn: z.string().nullable(),
        summaryLv: z.string().nullable(),
        summaryEn: z.string().nullable(),
        owner: z.object({ code: z.string(), nameLv: z.string(), nameEn: z.string().nullable() }),
        digitalStatus: z.string(),
        free: z.boolean().nullable(),
        score: z.number(),
      }),
    ),
    facets: z.object({
      recipientGroup: Buckets,
      channelEnvironment: Buckets,
      digitalStatus: Buckets,
      vpvkac: Buckets,
      free: Buckets,
      institution: Buckets,
      lifeSituation: Buckets,
    }),
  })
  .meta({ id: 'CatalogueSearchResult' });

export const CatalogueSuggestQuery = z
  .object({
    q: z.string().trim().min(1).max(SEARCH_MAX_QUERY_LENGTH),
    locale: Locale,
    audience: z.enum(SEARCH_AUDIENCES).default('public'),
    limit: z.coerce.number().int().min(1).max(10).default(10),
  })
  .strict();

export const CatalogueSuggestions = z
  .object({ items: z.array(z.object({ id: z.uuid(), code: z.string(), nameLv: z.string(), nameEn: z.string().nullable() })) })
  .meta({ id: 'CatalogueSuggestions' });
