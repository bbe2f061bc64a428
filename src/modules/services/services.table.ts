import {
  bigint,
  bigserial,
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { institutions, activityDirections } from '../institutions/institutions.table.js';
import { needs } from '../life-situations/life-situations.table.js';
import { channelPoints } from '../channel-points/channel-points.table.js';
import { resources } from '../resources/resources.table.js';

/** One indicator of a PLVN set, e.g. processing time 10 working days. */
export interface ServiceLevelIndicator {
  kind: string; // IndicatorKind
  nameLv: string;
  nameEn?: string | null;
  /** Numeric target, or null when the target is a list (supportChannels) or text. */
  target: number | null;
  unit: string | null;
  /** For supportChannels: channel type codes; for text targets: the text. */
  values?: string[] | null;
}

/** A named set of service level terms (PLVN komplekts) for some recipients or situations (R20, R21). */
export interface ServiceLevelTermsSet {
  nameLv: string;
  nameEn?: string | null;
  appliesToLv?: string | null;
  indicators: ServiceLevelIndicator[];
}

export interface NameParts {
  object: string;
  action: string;
  info?: string | null;
}

export interface Fee {
  free: boolean;
  amountEur?: number | null;
  descriptionLv?: string | null;
  descriptionEn?: string | null;
}

export interface LegalBasis {
  act: string;
  article?: string | null;
  url?: string | null;
}

export interface LocalizedItem {
  lv: string;
  en?: string | null;
}

export interface Contacts {
  phone?: string | null;
  email?: string | null;
  url?: string | null;
}

/** The identity of a service across its versions. `rowVersion` is its ETag. */
export const services = pgTable(
  'services',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    code: text('code').notNull(),
    ownerInstitutionId: uuid('owner_institution_id')
      .notNull()
      .references(() => institutions.id, { onDelete: 'restrict' }),
    /** A unified (template) service, e.g. one of the unified municipal services. */
    isTemplate: boolean('is_template').notNull().default(false),
    templateServiceId: uuid('template_service_id').references((): AnyPgColumn => services.id, { onDelete: 'restrict' }),
    status: text('status').notNull().default('draft'),
    publishedVersionId: uuid('published_version_id'),
    draftVersionId: uuid('draft_version_id'),
    latestVersionNo: integer('latest_version_no').notNull().default(0),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    rowVersion: integer('row_version').notNull().default(1),
  },
  (t) => [
    uniqueIndex('services_code_uq').on(t.code),
    index('services_owner_idx').on(t.ownerInstitutionId),
    index('services_template_idx').on(t.templateServiceId),
    index('services_status_idx').on(t.status),
  ],
);

/**
 * One version of a service description. Published versions are immutable;
 * editing a published service creates a new draft version. For an instance of a
 * template, null fields mean "inherited from the template".
 */
export const serviceVersions = pgTable(
  'service_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    serviceId: uuid('service_id')
      .notNull()
      .references(() => services.id, { onDelete: 'cascade' }),
    versionNo: integer('version_no').notNull(),
    state: text('state').notNull(),
    nameLv: text('name_lv'),
    nameEn: text('name_en'),
    nameParts: jsonb('name_parts').$type<NameParts>(),
    descriptionLv: text('description_lv'),
    descriptionEn: text('description_en'),
    recipientType: text('recipient_type'),
    targetGroups: text('target_groups').array(),
    complexity: text('complexity'),
    lifecycleStage: text('lifecycle_stage'),
    activityDirectionId: uuid('activity_direction_id').references(() => activityDirections.id, { onDelete: 'restrict' }),
    processingMode: text('processing_mode'),
    /** Derived from channel points and processing mode (R27); stored for filtering. */
    digitalStatus: text('digital_status').notNull().default('none'),
    digitalByPhase: jsonb('digital_by_phase').$type<{ request: string; processing: string; receipt: string }>(),
    serviceLevelTerms: jsonb('service_level_terms').$type<ServiceLevelTermsSet[]>(),
    fee: jsonb('fee').$type<Fee>(),
    legalBasis: jsonb('legal_basis').$type<LegalBasis[]>(),
    prerequisites: jsonb('prerequisites').$type<LocalizedItem[]>(),
    requiredDocuments: jsonb('required_documents').$type<LocalizedItem[]>(),
    resultLv: text('result_lv'),
    resultEn: text('result_en'),
    contacts: jsonb('contacts').$type<Contacts>(),
    keywords: text('keywords').array(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    createdBy: uuid('created_by'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    submittedBy: uuid('submitted_by'),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    publishedBy: uuid('published_by'),
  },
  (t) => [
    uniqueIndex('service_versions_service_no_uq').on(t.serviceId, t.versionNo),
    index('service_versions_recipient_idx').on(t.recipientType),
    index('service_versions_complexity_idx').on(t.complexity),
    index('service_versions_digital_idx').on(t.digitalStatus),
  ],
);

export const serviceVersionNeeds = pgTable(
  'service_version_needs',
  {
    versionId: uuid('version_id')
      .notNull()
      .references(() => serviceVersions.id, { onDelete: 'cascade' }),
    needId: uuid('need_id')
      .notNull()
      .references(() => needs.id, { onDelete: 'restrict' }),
  },
  (t) => [primaryKey({ columns: [t.versionId, t.needId] }), index('svn_need_idx').on(t.needId)],
);

export const serviceVersionChannelPoints = pgTable(
  'service_version_channel_points',
  {
    versionId: uuid('version_id')
      .notNull()
      .references(() => serviceVersions.id, { onDelete: 'cascade' }),
    channelPointId: uuid('channel_point_id')
      .notNull()
      .references(() => channelPoints.id, { onDelete: 'restrict' }),
    phase: text('phase').notNull(),
  },
  (t) => [primaryKey({ columns: [t.versionId, t.channelPointId, t.phase] }), index('svcp_cp_idx').on(t.channelPointId)],
);

/** Providers of a service: the owner or other institutions, optionally with their own (never lower) PLVN (R06, R19). */
export const serviceVersionProviders = pgTable(
  'service_version_providers',
  {
    versionId: uuid('version_id')
      .notNull()
      .references(() => serviceVersions.id, { onDelete: 'cascade' }),
    institutionId: uuid('institution_id')
      .notNull()
      .references(() => institutions.id, { onDelete: 'restrict' }),
    serviceLevelTerms: jsonb('service_level_terms').$type<ServiceLevelTermsSet[]>(),
  },
  (t) => [primaryKey({ columns: [t.versionId, t.institutionId] }), index('svp_inst_idx').on(t.institutionId)],
);

export const serviceVersionResources = pgTable(
  'service_version_resources',
  {
    versionId: uuid('version_id')
      .notNull()
      .references(() => serviceVersions.id, { onDelete: 'cascade' }),
    resourceId: uuid('resource_id')
      .notNull()
      .references(() => resources.id, { onDelete: 'restrict' }),
  },
  (t) => [primaryKey({ columns: [t.versionId, t.resourceId] }), index('svr_res_idx').on(t.resourceId)],
);

/**
 * Service-to-service links of a version: `component` (a complex or smart
 * service bundles it), `dependsOn` (an inter-institutional service it relies on),
 * `replaces` and `merges` (lineage).
 */
export const serviceVersionLinks = pgTable(
  'service_version_links',
  {
    versionId: uuid('version_id')
      .notNull()
      .references(() => serviceVersions.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    targetServiceId: uuid('target_service_id')
      .notNull()
      .references(() => services.id, { onDelete: 'restrict' }),
  },
  (t) => [primaryKey({ columns: [t.versionId, t.kind, t.targetServiceId] }), index('svl_target_idx').on(t.targetServiceId, t.kind)],
);

/**
 * A read model for lists: per service one row for what the public sees
 * ('published', only while published) and one for the current version
 * ('current' = draft ?? published), with template fields already merged in.
 * Rebuilt by `refreshServiceListings` in the same transaction as every write
 * that changes what a list shows, so lists at national scale are one indexed
 * query instead of joins over versions and templates (ADR 0005).
 */
export const serviceListings = pgTable(
  'service_listings',
  {
    serviceId: uuid('service_id')
      .notNull()
      .references(() => services.id, { onDelete: 'cascade' }),
    visibility: text('visibility').notNull(),
    versionId: uuid('version_id').notNull(),
    code: text('code').notNull(),
    status: text('status').notNull(),
    isTemplate: boolean('is_template').notNull(),
    templateServiceId: uuid('template_service_id'),
    ownerInstitutionId: uuid('owner_institution_id').notNull(),
    nameLv: text('name_lv'),
    nameEn: text('name_en'),
    recipientType: text('recipient_type'),
    complexity: text('complexity'),
    lifecycleStage: text('lifecycle_stage'),
    digitalStatus: text('digital_status').notNull(),
    versionNo: integer('version_no').notNull(),
    state: text('state').notNull(),
    needIds: uuid('need_ids').array().notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    rowVersion: integer('row_version').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.serviceId, t.visibility] }),
    index('service_listings_owner_idx').on(t.visibility, t.ownerInstitutionId),
    index('service_listings_filter_idx').on(t.visibility, t.recipientType, t.complexity, t.digitalStatus),
    index('service_listings_code_idx').on(t.visibility, t.code),
    index('service_listings_updated_idx').on(t.visibility, t.updatedAt),
    index('service_listings_template_idx').on(t.templateServiceId),
    index('service_listings_needs_gin').using('gin', t.needIds),
  ],
);

/**
 * Change counters of read models: `service_listings` is bumped by every
 * refresh, so an instance may reuse a list total it counted at the same
 * generation (exact totals without recounting 50,000 rows on every page).
 */
export const readModelGenerations = pgTable('read_model_generations', {
  name: text('name').primaryKey(),
  generation: bigint('generation', { mode: 'number' }).notNull().default(0),
});

/**
 * Stored rule results (policy-v1 section C), per live version of a service
 * (its draft and its published version): the counts here, each rule's outcome
 * in `service_rule_results`. Derived data: written only by the bulk
 * computation (`services.rule-results.service.ts`), from the same pure rules as
 * the on-demand check, under the policy version named here.
 */
export const serviceRuleSummaries = pgTable(
  'service_rule_summaries',
  {
    versionId: uuid('version_id')
      .primaryKey()
      .references(() => serviceVersions.id, { onDelete: 'cascade' }),
    serviceId: uuid('service_id')
      .notNull()
      .references(() => services.id, { onDelete: 'cascade' }),
    ownerInstitutionId: uuid('owner_institution_id').notNull(),
    /** The policy version in force when the rules were run (null on a database without one). */
    policyVersionId: text('policy_version_id'),
    /** Findings of HARD rules: the errors that block publication. */
    hardCount: integer('hard_count').notNull(),
    /** Findings of SOFT rules and hints: always warnings. */
    softCount: integer('soft_count').notNull(),
    computedAt: timestamp('computed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('service_rule_summaries_service_idx').on(t.serviceId), index('service_rule_summaries_owner_idx').on(t.ownerInstitutionId, t.hardCount)],
);

/** One row per checked rule and version: passed, not applicable, or one row per finding of a violated rule. */
export const serviceRuleResults = pgTable(
  'service_rule_results',
  {
    versionId: uuid('version_id')
      .notNull()
      .references(() => serviceRuleSummaries.versionId, { onDelete: 'cascade' }),
    /** Order within the version: the rules' order, findings in the order found. */
    seq: integer('seq').notNull(),
    rule: text('rule').notNull(),
    outcome: text('outcome').notNull(),
    /** 'hard' or 'soft' for a finding; null for a rule that passed or does not apply. */
    strength: text('strength'),
    code: text('code'),
    path: text('path'),
    /** Message catalogue key (under `services.rules.`) and its params: the message is rendered on reading, in the reader's language. */
    messageKey: text('message_key'),
    params: jsonb('params').$type<Record<string, unknown>>(),
    computedAt: timestamp('computed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.versionId, t.seq] }),
    index('service_rule_results_rule_idx').on(t.rule, t.outcome),
    check('service_rule_results_outcome_ck', sql`${t.outcome} in ('passed', 'violated', 'notApplicable')`),
    check('service_rule_results_strength_ck', sql`${t.strength} is null or ${t.strength} in ('hard', 'soft')`),
  ],
);

/**
 * Services whose stored rule results are stale: appended to (never updated, so
 * writers never wait on each other) by the triggers of migration 0011 whenever
 * something a rule reads changes, and by policy activation; drained by the
 * bulk computation. A service is stale while it has an entry here.
 */
export const serviceRuleQueue = pgTable(
  'service_rule_queue',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    serviceId: uuid('service_id').notNull(),
    queuedAt: timestamp('queued_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('service_rule_queue_service_idx').on(t.serviceId)],
);
