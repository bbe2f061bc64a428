import { boolean, customType, index, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { services } from '../services/services.table.js';
import { institutions } from '../institutions/institutions.table.js';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/**
 * Search documents of the published catalogue: one row per published service,
 * with its audience (public or inter-institutional), filter columns and a
 * weighted tsvector of pre-stemmed, accent-folded Latvian tokens (A name,
 * B English name, C life situations, needs and keywords, D descriptions).
 * Rebuilt by `refreshSearchDocuments` wherever `service_listings` is rebuilt.
 */
export const searchDocuments = pgTable(
  'search_documents',
  {
    serviceId: uuid('service_id')
      .primaryKey()
      .references(() => services.id, { onDelete: 'cascade' }),
    audience: text('audience').notNull(),
    code: text('code').notNull(),
    ownerInstitutionId: uuid('owner_institution_id')
      .notNull()
      .references(() => institutions.id, { onDelete: 'cascade' }),
    nameLv: text('name_lv').notNull(),
    nameEn: text('name_en'),
    summaryLv: text('summary_lv'),
    summaryEn: text('summary_en'),
    /** Lower-cased, accent-folded Latvian name: trigram typo matching and phrase boosts. */
    nameFold: text('name_fold').notNull(),
    nameEnFold: text('name_en_fold'),
    digitalStatus: text('digital_status').notNull(),
    free: boolean('free'),
    vpvkac: boolean('vpvkac').notNull(),
    channelEnvironments: text('channel_environments').array().notNull(),
    recipientGroups: text('recipient_groups').array().notNull(),
    lifeSituationIds: uuid('life_situation_ids').array().notNull(),
    doc: tsvector('doc').notNull(),
  },
  (t) => [
    index('search_documents_doc_gin').using('gin', t.doc),
    index('search_documents_name_trgm').using('gin', t.nameFold.op('gin_trgm_ops')),
    index('search_documents_name_en_trgm').using('gin', t.nameEnFold.op('gin_trgm_ops')),
    index('search_documents_owner_idx').on(t.audience, t.ownerInstitutionId),
    index('search_documents_name_idx').on(t.audience, t.nameFold),
    index('search_documents_digital_idx').on(t.audience, t.digitalStatus),
    index('search_documents_ls_gin').using('gin', t.lifeSituationIds),
    index('search_documents_rg_gin').using('gin', t.recipientGroups),
    index('search_documents_env_gin').using('gin', t.channelEnvironments),
  ],
);

/** Every stem seen in the search documents: query words that are not in it are corrected by trigram similarity (typos). */
export const searchTerms = pgTable(
  'search_terms',
  {
    term: text('term').primaryKey(),
  },
  (t) => [index('search_terms_trgm').using('gin', t.term.op('gin_trgm_ops'))],
);
