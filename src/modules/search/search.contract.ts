/**
 * The contract of catalogue search: what the public and inter-institutional
 * catalogue pages and the JSON API ask and get back. The implementation lives
 * in `search.service.ts`; this file only holds types so that callers can be
 * written against it.
 */
import type { Actor } from '../../platform/actor.js';
import type { Executor } from '../../platform/db/database.js';

export const SEARCH_AUDIENCES = ['public', 'interInstitutional'] as const;
export type SearchAudience = (typeof SEARCH_AUDIENCES)[number];

export const SEARCH_RECIPIENT_GROUPS = ['residents', 'businesses', 'institutions'] as const;
export type SearchRecipientGroup = (typeof SEARCH_RECIPIENT_GROUPS)[number];

export const SEARCH_CHANNEL_ENVIRONMENTS = ['remoteElectronic', 'remotePhysical', 'inPerson'] as const;
export type SearchChannelEnvironment = (typeof SEARCH_CHANNEL_ENVIRONMENTS)[number];

export const SEARCH_DIGITAL_STATUSES = ['eService', 'dService'] as const;
export type SearchDigitalStatus = (typeof SEARCH_DIGITAL_STATUSES)[number];

export const SEARCH_MAX_PAGE_SIZE = 100;
export const SEARCH_MAX_QUERY_LENGTH = 200;

export interface SearchParams {
  /** Free text in Latvian or English; inflected, without diacritics, with typos or a prefix. */
  q?: string;
  locale: 'lv' | 'en';
  audience: SearchAudience;
  lifeSituationId?: string;
  institutionId?: string;
  recipientGroup?: SearchRecipientGroup;
  channelEnvironment?: SearchChannelEnvironment;
  digitalStatus?: SearchDigitalStatus;
  /** Services with a channel point in a state and municipal unified client service centre (VPVKAC). */
  vpvkac?: boolean;
  free?: boolean;
  /** 1-based. */
  page: number;
  pageSize: number;
}

export interface SearchHit {
  id: string;
  code: string;
  nameLv: string;
  nameEn: string | null;
  summaryLv: string | null;
  summaryEn: string | null;
  owner: { code: string; nameLv: string; nameEn: string | null };
  digitalStatus: string;
  free: boolean | null;
  /** Relevance, higher is better; 0 when there is no query text. */
  score: number;
}

export interface FacetBucket {
  value: string;
  count: number;
  labelLv?: string;
  labelEn?: string;
}

export interface SearchFacets {
  recipientGroup: FacetBucket[];
  channelEnvironment: FacetBucket[];
  digitalStatus: FacetBucket[];
  /** value 'true' / 'false'. */
  vpvkac: FacetBucket[];
  /** value 'true' / 'false'. */
  free: FacetBucket[];
  /** Top 20 owner institutions; value = institution id. */
  institution: FacetBucket[];
  /** Top 20 life situations; value = life situation id. */
  lifeSituation: FacetBucket[];
}

export interface SearchResult {
  total: number;
  items: SearchHit[];
  facets: SearchFacets;
}

export interface Suggestion {
  id: string;
  code: string;
  nameLv: string;
  nameEn: string | null;
}

/**
 * Searches the published catalogue. The inter-institutional audience needs a
 * signed-in institution user (UnauthenticatedError / ForbiddenError otherwise).
 */
export type SearchCatalogue = (db: Executor, actor: Actor, params: SearchParams) => Promise<SearchResult>;

/** Up to `limit` (≤10) service names starting with or close to what is typed. */
export type SuggestNames = (
  db: Executor,
  actor: Actor,
  params: { q: string; locale: 'lv' | 'en'; audience: SearchAudience; limit?: number },
) => Promise<Suggestion[]>;
