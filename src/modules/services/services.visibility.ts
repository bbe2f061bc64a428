import { sql, type SQL } from 'drizzle-orm';
import { canReadInternal, holds, isAdmin, type Actor, type UserActor } from '../../platform/actor.js';
import { isInterInstitutional, RECIPIENT_TYPES, type RecipientType } from '../../shared/enums.js';

/**
 * The one visibility rule for services, used by every reading path (the
 * services API, usage lists of channel points and needs, life situations, the
 * dependency views, search, feedback, the catalogue and open data):
 *
 * - anonymous callers see published services whose recipient type is public;
 * - signed-in institution users also see inter-institutional services
 *   (they are the audience of the inter-institutional catalogue);
 * - drafts and unpublished versions only whoever may read the owner internally
 *   (`canReadInternal`: its staff, people holding roles in it, leads over it, administrators).
 *
 * A service the caller may not see does not exist for them (404, never 403),
 * so lists leave it out and reads by id answer "not found".
 */

/** Recipient types anyone may see (publisks, individuāla / vispārēja labuma). */
export const PUBLIC_RECIPIENT_TYPES = ['publicIndividual', 'publicGeneral'] as const satisfies readonly RecipientType[];

/** Recipient types of the inter-institutional catalogue (starpiestāžu), for signed-in institution users. */
export const INTER_INSTITUTIONAL_RECIPIENT_TYPES: readonly RecipientType[] = RECIPIENT_TYPES.filter((t) => isInterInstitutional(t));

/**
 * Who a published description is for: `public` (residents and businesses,
 * what anonymous callers see), `interInstitutional` (institutions), or `any`.
 */
export type PublishedAudience = 'public' | 'interInstitutional' | 'any';

/** The recipient types of an audience. */
export const recipientTypesOf = (aud: PublishedAudience): readonly RecipientType[] =>
  aud === 'public' ? PUBLIC_RECIPIENT_TYPES : aud === 'interInstitutional' ? INTER_INSTITUTIONAL_RECIPIENT_TYPES : RECIPIENT_TYPES;

/** Whether a recipient type is public; an unknown or missing one is not. */
export const isPublicRecipientType = (t: string | null | undefined): boolean => !!t && (PUBLIC_RECIPIENT_TYPES as readonly string[]).includes(t);

/** Inter-institutional services are for signed-in institution users (every account belongs to an institution). */
export const seesInterInstitutional = (a: Actor): boolean => a.kind === 'user';

/**
 * Which services and versions a caller sees, as repositories take it:
 * `public` (anonymous: published services with a public recipient type, their
 * published version), `all` (every service, its current version), or `some`
 * (current version of the listed owners' services, published of the rest,
 * any recipient type).
 */
export type Visibility = { kind: 'public' } | { kind: 'all' } | { kind: 'some'; institutionIds: string[] };

/**
 * The visibility of an actor for lists. Administrators and the state lead see
 * all; other users their own institution, the institutions they hold roles in
 * and those under the sectors and municipalities they lead; anonymous callers
 * only published public services.
 */
export function serviceVisibility(a: Actor): Visibility {
  if (a.kind !== 'user') return { kind: 'public' };
  if (isAdmin(a) || holds(a, 'stateLead')) return { kind: 'all' };
  const ids = new Set<string>([a.institutionId, ...a.leadScopeInstitutionIds, ...a.roles.map((r) => r.institutionId)]);
  return { kind: 'some', institutionIds: [...ids] };
}

/**
 * The reader of the inter-institutional catalogue: some signed-in institution
 * user, seen without internal rights (no institution, no roles), so a page
 * built for it shows what every signed-in user may see and nothing internal.
 * Only for reading published descriptions; never an actor of a write.
 */
export const INSTITUTION_READER: UserActor = Object.freeze({
  kind: 'user',
  accountId: '00000000-0000-0000-0000-000000000000',
  personId: '00000000-0000-0000-0000-000000000000',
  institutionId: '00000000-0000-0000-0000-000000000000',
  isSystemAdmin: false,
  roles: [],
  leadScopeInstitutionIds: new Set<string>(),
  via: 'session',
}) as UserActor;

/** What the rule looks at for one service. */
export interface ServiceVisibilityFacts {
  status: string;
  ownerInstitutionId: string;
  /** Effective recipient type of the published version (an instance takes its template's); null when none. */
  publishedRecipientType: string | null;
}

/** The pure form of the rule: whether `a` may see the service at all. */
export function canSeeService(a: Actor, s: ServiceVisibilityFacts): boolean {
  if (canReadInternal(a, s.ownerInstitutionId)) return true;
  if (s.status !== 'published') return false;
  return seesInterInstitutional(a) || isPublicRecipientType(s.publishedRecipientType);
}

/**
 * Whether `a` may see one version of a service: internal readers every version;
 * others a version that was published, of a service they see, and whose own
 * recipient type (else the service's published one) they may see.
 */
export function canSeeVersion(a: Actor, s: ServiceVisibilityFacts, v: { publishedAt: Date | null; recipientType: string | null }): boolean {
  if (canReadInternal(a, s.ownerInstitutionId)) return true;
  if (!canSeeService(a, s) || v.publishedAt === null) return false;
  return seesInterInstitutional(a) || isPublicRecipientType(v.recipientType ?? s.publishedRecipientType);
}

/* ------------------------------------------------------------------ */
/* The same rule as SQL, for repositories                              */
/* ------------------------------------------------------------------ */

const uuidArray = (ids: string[]): SQL => sql`${`{${ids.join(',')}}`}::uuid[]`;

/** `column in (recipient types of the audience)`. */
const recipientInSql = (column: SQL, aud: PublishedAudience): SQL => sql`${column} in (${sql.join(recipientTypesOf(aud).map((t) => sql`${t}`), sql`, `)})`;

/** `column in (public recipient types)`. */
export const publicRecipientSql = (column: SQL): SQL => recipientInSql(column, 'public');

/**
 * "Published for this audience", defined once: the `service_listings` row
 * (alias `l`) of a published service's published version whose effective
 * recipient type (the template's merged in) is for the audience. With
 * `public` this is "published and public", all anonymous callers, the public
 * catalogue, open data and feedback ever see.
 */
export function publishedListingSql(aud: PublishedAudience, alias = 'l'): SQL {
  const l = sql.raw(alias);
  if (aud === 'any') return sql`${l}.visibility = 'published'`;
  return sql`(${l}.visibility = 'published' and ${recipientInSql(sql`${l}.recipient_type`, aud)})`;
}

/**
 * The rule over the `service_listings` read model (alias `l`, one 'published'
 * and one 'current' row per service, recipient type already merged with the
 * template's): which listing row, if any, the caller sees.
 */
export function visibleListingSql(vis: Visibility, alias = 'l'): SQL {
  const l = sql.raw(alias);
  if (vis.kind === 'all') return sql`${l}.visibility = 'current'`;
  if (vis.kind === 'public') return publishedListingSql('public', alias);
  if (vis.institutionIds.length === 0) return sql`${l}.visibility = 'published'`;
  const own = uuidArray(vis.institutionIds);
  return sql`((${l}.visibility = 'current' and ${l}.owner_institution_id = any(${own})) or (${l}.visibility = 'published' and ${l}.owner_institution_id <> all(${own})))`;
}

/**
 * The effective recipient type of the published version of service row `s`
 * (own value, else the template's published one), as an SQL expression.
 */
export const publishedRecipientTypeSql = (alias = 's'): SQL => {
  const s = sql.raw(alias);
  return sql`(select coalesce(pv.recipient_type, ptv.recipient_type)
                from service_versions pv
                left join services pts on pts.id = ${s}.template_service_id
                left join service_versions ptv on ptv.id = pts.published_version_id
               where pv.id = ${s}.published_version_id)`;
};

/**
 * Whether the caller reads service row `s` internally (its current version,
 * drafts included), as an SQL expression: the SQL form of `canReadInternal`
 * for the services a `Visibility` covers.
 */
export function readsInternallySql(vis: Visibility, alias = 's'): SQL {
  const s = sql.raw(alias);
  if (vis.kind === 'all') return sql`true`;
  if (vis.kind === 'public' || vis.institutionIds.length === 0) return sql`false`;
  return sql`(${s}.owner_institution_id = any(${uuidArray(vis.institutionIds)}))`;
}

/** The rule over the `services` table (alias `s`): whether the caller sees the service at all. */
export function visibleServiceSql(vis: Visibility, alias = 's'): SQL {
  const s = sql.raw(alias);
  if (vis.kind === 'all') return sql`true`;
  if (vis.kind === 'public') return sql`(${s}.status = 'published' and ${publicRecipientSql(publishedRecipientTypeSql(alias))})`;
  if (vis.institutionIds.length === 0) return sql`${s}.status = 'published'`;
  return sql`(${s}.status = 'published' or ${s}.owner_institution_id = any(${uuidArray(vis.institutionIds)}))`;
}
