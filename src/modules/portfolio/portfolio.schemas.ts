import { z } from 'zod';
import { COMPLEXITIES, DIGITAL_STATUSES, RECIPIENT_TYPES } from '../../shared/enums.js';
import { optionalText, PageQuery } from '../../platform/http/schemas.js';

export const APPROVAL_KINDS = ['list', 'publish', 'archive'] as const;

export const PortfolioQuery = PageQuery.extend({});
export type PortfolioQuery = z.infer<typeof PortfolioQuery>;

export const PortfolioApproveBody = z
  .object({
    /** Why the list is approved as it stands (e.g. the yearly review). */
    note: optionalText(2000),
  })
  .strict()
  .meta({ id: 'PortfolioApproval' });
export type PortfolioApproveBody = z.infer<typeof PortfolioApproveBody>;

export const PortfolioApprovalEntry = z
  .object({
    id: z.uuid(),
    kind: z.enum(APPROVAL_KINDS),
    approvedAt: z.string(),
    approvedBy: z.object({ id: z.uuid(), givenName: z.string(), familyName: z.string() }),
    serviceCount: z.number().int(),
    serviceIds: z.array(z.uuid()),
    change: z.object({ added: z.array(z.uuid()), removed: z.array(z.uuid()) }).nullable(),
    note: z.string().nullable(),
  })
  .meta({ id: 'PortfolioApprovalEntry' });

export const PortfolioResponse = z
  .object({
    institution: z.object({ id: z.uuid(), code: z.string(), nameLv: z.string(), nameEn: z.string().nullable() }),
    portfolioManager: z.object({ id: z.uuid(), givenName: z.string(), familyName: z.string(), email: z.string() }).nullable(),
    /** The approved service list: the institution's published services. */
    services: z.array(
      z.object({
        id: z.uuid(),
        code: z.string(),
        nameLv: z.string().nullable(),
        nameEn: z.string().nullable(),
        recipientType: z.enum(RECIPIENT_TYPES).nullable(),
        complexity: z.enum(COMPLEXITIES).nullable(),
        digitalStatus: z.enum(DIGITAL_STATUSES),
        versionNo: z.number().int(),
        publishedAt: z.string().nullable(),
        isTemplate: z.boolean(),
        templateServiceId: z.uuid().nullable(),
      }),
    ),
    /** Whether the list equals the last approved snapshot (it always does unless approvals were skipped by an import). */
    matchesLastApproval: z.boolean(),
    approvals: z.object({ items: z.array(PortfolioApprovalEntry), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() }),
  })
  .meta({ id: 'Portfolio' });
