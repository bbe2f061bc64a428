import { z } from 'zod';
import { pageOf, PageQuery } from '../../platform/http/schemas.js';

/** The lists of "my work", in the order the workspace shows them. */
export const WORK_SECTIONS = ['managedServices', 'awaitingPublication', 'drafts', 'servicesWithoutManager', 'resourcesWithoutManager', 'reviewOverdue'] as const;
export type WorkSection = (typeof WORK_SECTIONS)[number];

/** Items per list on the summary; each list pages on its own route. */
export const MAX_WORK_LIMIT = 50;

export const MyWorkQuery = z
  .object({ limit: z.coerce.number().int().min(1).max(MAX_WORK_LIMIT).default(10) })
  .meta({ description: 'How many items of each list the summary holds.' });
export type MyWorkQuery = z.infer<typeof MyWorkQuery>;

/** Query schemas stay inline in the OpenAPI document (no `id`): a $ref querystring breaks it. */
export const WorkPageQuery = PageQuery;
export type WorkPageQuery = z.infer<typeof WorkPageQuery>;

const OwnerInstitution = z.object({ id: z.uuid(), code: z.string(), nameLv: z.string() }).meta({ id: 'WorkOwnerInstitution' });

const base = {
  id: z.uuid(),
  code: z.string(),
  nameLv: z.string().nullable(),
  nameEn: z.string().nullable(),
  ownerInstitution: OwnerInstitution,
};

export const ManagedServiceItem = z
  .object({
    ...base,
    status: z.string(),
    versionNo: z.number().int(),
    /** Publication check of the current version (same report as GET /services/{id}/validation). */
    errorCount: z.number().int().nullable(),
    warningCount: z.number().int().nullable(),
    publishable: z.boolean().nullable(),
  })
  .meta({ id: 'WorkManagedService' });

export const AwaitingPublicationItem = z
  .object({ ...base, versionNo: z.number().int(), submittedAt: z.iso.datetime({ offset: true }).nullable() })
  .meta({ id: 'WorkAwaitingPublication' });

export const DraftItem = z
  .object({ ...base, status: z.string(), versionNo: z.number().int(), updatedAt: z.iso.datetime({ offset: true }).nullable() })
  .meta({ id: 'WorkDraft' });

export const WithoutManagerItem = z
  .object({
    ...base,
    kind: z.enum(['service', 'resource']),
    /** Since when no manager is appointed: the last appointment's end, else the record's creation. */
    missingSince: z.iso.datetime({ offset: true }).nullable(),
  })
  .meta({ id: 'WorkWithoutManager' });

export const ReviewOverdueItem = z
  .object({
    ...base,
    /** The later of the last review (reviewedAt) and the publication of the published version. */
    lastReviewedAt: z.iso.datetime({ offset: true }).nullable(),
  })
  .meta({ id: 'WorkReviewOverdue' });

export const ManagedServicePage = pageOf(ManagedServiceItem).meta({ id: 'WorkManagedServicePage' });
export const AwaitingPublicationPage = pageOf(AwaitingPublicationItem).meta({ id: 'WorkAwaitingPublicationPage' });
export const DraftPage = pageOf(DraftItem).meta({ id: 'WorkDraftPage' });
export const WithoutManagerPage = pageOf(WithoutManagerItem).meta({ id: 'WorkWithoutManagerPage' });
export const ReviewOverduePage = pageOf(ReviewOverdueItem).meta({ id: 'WorkReviewOverduePage' });

const capped = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item), total: z.number().int() });

export const MyWork = z
  .object({
    /** (a) Services I manage with their validation counts. */
    managedServices: capped(ManagedServiceItem),
    /** (b) Versions submitted for publication that I approve (portfolio manager; administrators all). */
    awaitingPublication: capped(AwaitingPublicationItem),
    /** (c) Drafts I wrote or of services I manage. */
    drafts: capped(DraftItem),
    /** (d) Services of the institutions I keep without a service manager (R13). */
    servicesWithoutManager: capped(WithoutManagerItem),
    /** (d) Resources of the institutions I keep without a resource manager (R16). */
    resourcesWithoutManager: capped(WithoutManagerItem),
    /** (e) Published services in my scope not reviewed for over a year. */
    reviewOverdue: capped(ReviewOverdueItem),
    /** Items per list (the first `limit` of each; `total` counts all). */
    limit: z.number().int(),
  })
  .meta({ id: 'MyWork' });
export type MyWorkBody = z.infer<typeof MyWork>;
