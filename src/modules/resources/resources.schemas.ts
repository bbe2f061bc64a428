import { z } from 'zod';
import { CAPABILITY_KINDS, MAX_NAME_LENGTH, MAX_TEXT_LENGTH, RESOURCE_KINDS } from '../../shared/enums.js';
import { allowedActions, optionalText, pageOf, PageQuery, SortOrder, text } from '../../platform/http/schemas.js';
import { RESOURCE_ACTIONS, RESOURCE_COLLECTION_ACTIONS } from './resources.policy.js';
import { ServiceRef } from '../channel-points/service-usage.schemas.js';

/**
 * Provisioning-level stages of a resource (B6 "nodrošinājuma līmenis"): plan,
 * create, implement, use, maintain and improve, end use.
 */
export const RESOURCE_LIFECYCLE_STAGES = ['plan', 'create', 'implement', 'use', 'maintainImprove', 'endUse'] as const;
export type ResourceLifecycleStage = (typeof RESOURCE_LIFECYCLE_STAGES)[number];

export const ResourceCode = z
  .string()
  .trim()
  .regex(/^[A-Z0-9][A-Z0-9-]{1,59}$/, 'Code: 2–60 capital letters, digits and hyphens');

/**
 * `virtual` is derived from `supplierServiceId` (R42). It is accepted by the
 * contract only so that a client sending it gets a clear "read-only" answer
 * naming the field, instead of a generic "unknown field".
 */
const ReadOnlyVirtual = z.unknown().optional().meta({ description: 'Read-only: derived from supplierServiceId (R42). Sending it is refused with 400.' });

const resourceFields = {
  code: ResourceCode,
  institutionId: z.uuid(),
  kind: z.enum(RESOURCE_KINDS),
  nameLv: text(MAX_NAME_LENGTH),
  nameEn: optionalText(MAX_NAME_LENGTH),
  descriptionLv: optionalText(MAX_TEXT_LENGTH),
  descriptionEn: optionalText(MAX_TEXT_LENGTH),
  lifecycleStage: z.enum(RESOURCE_LIFECYCLE_STAGES),
};

export const ResourceCreate = z
  .object({
    ...resourceFields,
    lifecycleStage: resourceFields.lifecycleStage.default('use'),
    /** The partner's service the resource is obtained through ("resource as a service"); makes it virtual. */
    supplierServiceId: z.uuid().nullish(),
    virtual: ReadOnlyVirtual,
  })
  .strict()
  .meta({ id: 'ResourceCreate' });
export type ResourceCreate = z.infer<typeof ResourceCreate>;

export const ResourceUpdate = z
  .object({ ...resourceFields, supplierServiceId: z.uuid().nullable() })
  .partial()
  .extend({ virtual: ReadOnlyVirtual })
  .strict()
  .meta({ id: 'ResourceUpdate' });
export type ResourceUpdate = z.infer<typeof ResourceUpdate>;

const capabilityFields = {
  institutionId: z.uuid(),
  kind: z.enum(CAPABILITY_KINDS),
  nameLv: text(MAX_NAME_LENGTH),
  nameEn: optionalText(MAX_NAME_LENGTH),
  descriptionLv: optionalText(MAX_TEXT_LENGTH),
};

export const CapabilityCreate = z
  .object({ ...capabilityFields, supplierServiceId: z.uuid().nullish(), virtual: ReadOnlyVirtual })
  .strict()
  .meta({ id: 'CapabilityCreate' });
export type CapabilityCreate = z.infer<typeof CapabilityCreate>;

export const CapabilityUpdate = z
  .object({ ...capabilityFields, supplierServiceId: z.uuid().nullable() })
  .partial()
  .extend({ virtual: ReadOnlyVirtual })
  .strict()
  .meta({ id: 'CapabilityUpdate' });
export type CapabilityUpdate = z.infer<typeof CapabilityUpdate>;

const InstitutionRef = z.object({ id: z.uuid(), code: z.string(), nameLv: z.string() });

export const PersonRef = z
  .object({ assignmentId: z.uuid(), personId: z.uuid(), givenName: z.string(), familyName: z.string(), email: z.string(), institutionId: z.uuid() })
  .meta({ id: 'ResourceRoleHolder' });

export const ResourceSummary = z
  .object({
    id: z.uuid(),
    code: z.string(),
    institution: InstitutionRef,
    kind: z.enum(RESOURCE_KINDS),
    nameLv: z.string(),
    nameEn: z.string().nullable(),
    lifecycleStage: z.enum(RESOURCE_LIFECYCLE_STAGES),
    /** Derived (R42): obtained through a supplier's service. */
    virtual: z.boolean(),
    supplierServiceId: z.uuid().nullable(),
    /** R16: no resource manager (resourceOwner with a person) appointed. */
    managerMissing: z.boolean(),
    version: z.number().int(),
    allowedActions: allowedActions(RESOURCE_ACTIONS, 'What the caller may do to the resource now (resources.policy): edit, archive (end its use), appoint its manager.'),
  })
  .meta({ id: 'ResourceSummary' });

export const ResourceResponse = ResourceSummary.extend({
  descriptionLv: z.string().nullable(),
  descriptionEn: z.string().nullable(),
  supplierService: ServiceRef.nullable(),
  /** The resource manager (Resursa vadītājs), R16. */
  manager: PersonRef.nullable(),
  /** Services whose current or published version uses the resource. */
  serviceCount: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
}).meta({ id: 'Resource' });

export const CapabilitySummary = z
  .object({
    id: z.uuid(),
    institution: InstitutionRef,
    kind: z.enum(CAPABILITY_KINDS),
    nameLv: z.string(),
    nameEn: z.string().nullable(),
    virtual: z.boolean(),
    supplierServiceId: z.uuid().nullable(),
    version: z.number().int(),
  })
  .meta({ id: 'CapabilitySummary' });

export const CapabilityResponse = CapabilitySummary.extend({
  descriptionLv: z.string().nullable(),
  supplierService: ServiceRef.nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
}).meta({ id: 'Capability' });

const BoolQuery = z.enum(['true', 'false']).transform((v) => v === 'true');

export const ResourceListQuery = PageQuery.extend({
  q: z.string().trim().max(200).optional(),
  institutionId: z.uuid().optional(),
  kind: z.enum(RESOURCE_KINDS).optional(),
  virtual: BoolQuery.optional(),
  /** Only resources without a manager (R16). */
  managerMissing: BoolQuery.optional(),
  sort: z.enum(['nameLv', 'code', 'kind', 'createdAt']).default('nameLv'),
  order: SortOrder,
});
export type ResourceListQuery = z.infer<typeof ResourceListQuery>;

export const CapabilityListQuery = PageQuery.extend({
  q: z.string().trim().max(200).optional(),
  institutionId: z.uuid().optional(),
  kind: z.enum(CAPABILITY_KINDS).optional(),
  virtual: BoolQuery.optional(),
  sort: z.enum(['nameLv', 'kind', 'createdAt']).default('nameLv'),
  order: SortOrder,
});
export type CapabilityListQuery = z.infer<typeof CapabilityListQuery>;

export const ResourcePage = pageOf(ResourceSummary)
  .extend({ allowedActions: allowedActions(RESOURCE_COLLECTION_ACTIONS, 'What the caller may do on the list: register resources and capabilities in the institution filtered to (institutionId), or in some institution.') })
  .meta({ id: 'ResourcePage' });
export const CapabilityPage = pageOf(CapabilitySummary).meta({ id: 'CapabilityPage' });

const Violation = z.object({
  rule: z.string(),
  code: z.string(),
  severity: z.enum(['error', 'warning']),
  path: z.string(),
  message: z.object({ lv: z.string(), en: z.string() }),
});

/** R15 and R16 status of one institution's resources. */
export const ResourceValidation = z
  .object({
    institutionId: z.uuid(),
    resourceCount: z.number().int(),
    /** R15 applies to institutions holding resources. */
    holdsResources: z.boolean(),
    ok: z.boolean(),
    r15: z.object({
      status: z.enum(['ok', 'missing', 'multiple', 'notApplicable']),
      resourcePortfolioManagers: z.array(PersonRef),
    }),
    r16: z.object({
      status: z.enum(['ok', 'violated', 'notApplicable']),
      resourcesWithoutManager: z.array(z.object({ id: z.uuid(), code: z.string(), nameLv: z.string() })),
      resourcesWithSeveralManagers: z.array(z.object({ id: z.uuid(), code: z.string(), nameLv: z.string() })),
    }),
    violations: z.array(Violation),
  })
  .meta({ id: 'ResourceValidation' });
