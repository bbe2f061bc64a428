import { z } from 'zod';
import { CHANNEL_PHASES, PUBLICATION_STATUSES } from '../../shared/enums.js';
import { pageOf, PageQuery, SortOrder } from '../../platform/http/schemas.js';

/** Query of every "which services use this" list (channel points, resources, needs, life situations). */
export const ServiceUsageListQuery = PageQuery.extend({
  sort: z.enum(['code', 'nameLv']).default('code'),
  order: SortOrder,
});
export type ServiceUsageListQuery = z.infer<typeof ServiceUsageListQuery>;

/** A service that uses a channel point, resource or need, as lists show it. */
export const ServiceUsage = z
  .object({
    serviceId: z.uuid(),
    code: z.string(),
    nameLv: z.string().nullable(),
    nameEn: z.string().nullable(),
    status: z.enum(PUBLICATION_STATUSES),
    owner: z.object({ id: z.uuid(), code: z.string(), nameLv: z.string() }),
    /** Which of the asked-about records the service uses (e.g. which needs of a life situation it meets). */
    matchedIds: z.array(z.uuid()),
    /** Channel points only: phases the point is used in; empty otherwise. */
    phases: z.array(z.enum(CHANNEL_PHASES)),
    inPublishedVersion: z.boolean(),
    inCurrentVersion: z.boolean(),
  })
  .meta({ id: 'ServiceUsage' });

export const ServiceUsagePage = pageOf(ServiceUsage).meta({ id: 'ServiceUsagePage' });

/** A short reference to a service (a supplier of a virtual resource or capability). */
export const ServiceRef = z
  .object({
    id: z.uuid(),
    code: z.string(),
    nameLv: z.string().nullable(),
    nameEn: z.string().nullable(),
    status: z.enum(PUBLICATION_STATUSES),
    owner: z.object({ id: z.uuid(), code: z.string(), nameLv: z.string() }),
  })
  .meta({ id: 'SupplierServiceRef' });
