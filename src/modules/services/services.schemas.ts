import { z } from 'zod';
import { SERVICE_ACTIONS, SERVICE_COLLECTION_ACTIONS, SERVICE_VERSION_ACTIONS } from './services.policy.js';
import {
  CHANNEL_ENVIRONMENTS,
  CHANNEL_PHASES,
  COMPLEXITIES,
  DIGITAL_STATUSES,
  INDICATOR_KIND_CODES,
  LIFECYCLE_STAGES,
  MAX_NAME_LENGTH,
  MAX_TEXT_LENGTH,
  PROCESSING_MODES,
  PUBLICATION_STATUSES,
  RECIPIENT_TYPES,
  TARGET_GROUPS,
  VERSION_STATES,
} from '../../shared/enums.js';
import { LinkUrl, optionalText, pageOf, PageQuery, SortOrder, allowedActions } from '../../platform/http/schemas.js';
import type { FieldIssue } from '../../platform/errors.js';

/* ------------------------------------------------------------------ */
/* Parts of a description                                              */
/* ------------------------------------------------------------------ */

const ShortText = (max = MAX_NAME_LENGTH) => z.string().trim().min(1).max(max);
const MAX_LIST = 200;
const IdList = z.array(z.uuid()).max(MAX_LIST);

export const ServiceLevelIndicatorSchema = z
  .object({
    kind: z.enum(INDICATOR_KIND_CODES as [string, ...string[]]),
    nameLv: ShortText(),
    nameEn: optionalText(MAX_NAME_LENGTH),
    target: z.number().finite().nullable().default(null),
    unit: z.string().trim().max(40).nullable().default(null),
    values: z.array(ShortText()).max(50).nullish(),
  })
  .strict()
  .meta({ id: 'ServiceLevelIndicator' });

/** A PLVN set (pakalpojuma līmeņa vienošanās nosacījumu komplekts) for some recipients or situations (R20, R21). */
export const ServiceLevelTermsSetSchema = z
  .object({
    nameLv: ShortText(),
    nameEn: optionalText(MAX_NAME_LENGTH),
    appliesToLv: optionalText(MAX_TEXT_LENGTH),
    indicators: z.array(ServiceLevelIndicatorSchema).max(50),
  })
  .strict()
  .meta({ id: 'ServiceLevelTermsSet' });

export const NamePartsSchema = z
  .object({ object: ShortText(), action: ShortText(), info: optionalText(MAX_NAME_LENGTH) })
  .strict()
  .meta({ id: 'ServiceNameParts' });

export const FeeSchema = z
  .object({
    free: z.boolean(),
    amountEur: z.number().finite().min(0).nullish(),
    descriptionLv: optionalText(MAX_TEXT_LENGTH),
    descriptionEn: optionalText(MAX_TEXT_LENGTH),
  })
  .strict()
  .meta({ id: 'ServiceFee' });

export const LegalBasisSchema = z
  .object({ act: ShortText(500), article: optionalText(200), url: LinkUrl(1000).nullish() })
  .strict()
  .meta({ id: 'ServiceLegalBasis' });

export const LocalizedItemSchema = z
  .object({ lv: ShortText(MAX_TEXT_LENGTH), en: optionalText(MAX_TEXT_LENGTH) })
  .strict()
  .meta({ id: 'ServiceLocalizedItem' });

export const ContactsSchema = z
  .object({ phone: optionalText(50), email: z.email().max(200).nullish(), url: LinkUrl(1000).nullish() })
  .strict()
  .meta({ id: 'ServiceContacts' });

export const ChannelUseSchema = z.object({ channelPointId: z.uuid(), phase: z.enum(CHANNEL_PHASES) }).strict().meta({ id: 'ServiceChannelUse' });

export const ProviderEntrySchema = z
  .object({ institutionId: z.uuid(), serviceLevelTerms: z.array(ServiceLevelTermsSetSchema).max(20).nullable().default(null) })
  .strict()
  .meta({ id: 'ServiceProviderEntry' });

/**
 * Every field of a description a client may write. Drafts may be incomplete,
 * so everything is optional; `null` (or "") clears a field, an omitted field stays
 * as it is (hence `.optional()` outside the text transform, which would turn it into null).
 * Lists replace the stored list as a whole.
 */
const descriptionFields = {
  nameLv: optionalText(MAX_NAME_LENGTH).optional(),
  nameEn: optionalText(MAX_NAME_LENGTH).optional(),
  nameParts: NamePartsSchema.nullish(),
  descriptionLv: optionalText(MAX_TEXT_LENGTH).optional(),
  descriptionEn: optionalText(MAX_TEXT_LENGTH).optional(),
  recipientType: z.enum(RECIPIENT_TYPES).nullish(),
  targetGroups: z.array(z.enum(TARGET_GROUPS)).max(TARGET_GROUPS.length).nullish(),
  complexity: z.enum(COMPLEXITIES).nullish(),
  lifecycleStage: z.enum(LIFECYCLE_STAGES).nullish(),
  activityDirectionId: z.uuid().nullish(),
  processingMode: z.enum(PROCESSING_MODES).nullish(),
  serviceLevelTerms: z.array(ServiceLevelTermsSetSchema).max(20).nullish(),
  fee: FeeSchema.nullish(),
  legalBasis: z.array(LegalBasisSchema).max(100).nullish(),
  prerequisites: z.array(LocalizedItemSchema).max(100).nullish(),
  requiredDocuments: z.array(LocalizedItemSchema).max(100).nullish(),
  resultLv: optionalText(MAX_TEXT_LENGTH).optional(),
  resultEn: optionalText(MAX_TEXT_LENGTH).optional(),
  contacts: ContactsSchema.nullish(),
  keywords: z.array(ShortText(100)).max(50).nullish(),
  needIds: IdList.optional(),
  channelPoints: z.array(ChannelUseSchema).max(MAX_LIST).optional(),
  providers: z.array(ProviderEntrySchema).max(MAX_LIST).optional(),
  resourceIds: IdList.optional(),
  componentIds: IdList.optional(),
  dependsOnIds: IdList.optional(),
  replacesIds: IdList.optional(),
  mergesIds: IdList.optional(),
};

export const ServiceCreate = z
  .object({
    ownerInstitutionId: z.uuid(),
    code: z
      .string()
      .trim()
      .regex(/^[A-Z0-9][A-Z0-9-]{1,59}$/, 'Code: 2–60 capital letters, digits and hyphens')
      .optional(),
    /** Makes this service an instance of a unified (template) service: only the overridable fields are stored. */
    templateServiceId: z.uuid().optional(),
    isTemplate: z.boolean().default(false),
    ...descriptionFields,
  })
  .strict()
  .meta({ id: 'ServiceCreate' });
export type ServiceCreate = z.infer<typeof ServiceCreate>;

export const ServiceUpdate = z
  .object({ ...descriptionFields })
  .strict()
  .meta({ id: 'ServiceUpdate' });
export type ServiceUpdate = z.infer<typeof ServiceUpdate>;

/** The description fields a client may write, as one type. */
export type DescriptionInput = ServiceUpdate;

/** Fields the server computes (R27): a body that sets them is refused, not silently ignored. */
export const COMPUTED_FIELDS = ['digitalStatus', 'digitalByPhase'] as const;

/** Issues for computed fields present in a request body. */
export function computedFieldIssues(body: unknown): FieldIssue[] {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return [];
  return COMPUTED_FIELDS.filter((f) => f in (body as Record<string, unknown>)).map((f) => ({
    path: f,
    code: 'readOnly',
    message: 'services.api.computedField',
    params: { field: f },
  }));
}

/* ------------------------------------------------------------------ */
/* Queries                                                             */
/* ------------------------------------------------------------------ */

const BoolQuery = z.enum(['true', 'false']).transform((v) => v === 'true');

export const ServiceListQuery = PageQuery.extend({
  q: z.string().trim().min(1).max(200).optional(),
  ownerInstitutionId: z.uuid().optional(),
  /** Services of this institution and of every institution below it, at any depth. */
  under: z.uuid().optional(),
  recipientType: z.enum(RECIPIENT_TYPES).optional(),
  complexity: z.enum(COMPLEXITIES).optional(),
  lifecycleStage: z.enum(LIFECYCLE_STAGES).optional(),
  digitalStatus: z.enum(DIGITAL_STATUSES).optional(),
  status: z.enum(PUBLICATION_STATUSES).optional(),
  managerPersonId: z.uuid().optional(),
  needId: z.uuid().optional(),
  lifeSituationId: z.uuid().optional(),
  isTemplate: BoolQuery.optional(),
  templateServiceId: z.uuid().optional(),
  sort: z.enum(['nameLv', 'code', 'updatedAt']).default('nameLv'),
  order: SortOrder,
});
export type ServiceListQuery = z.infer<typeof ServiceListQuery>;

export const ServiceViewQuery = z.object({ version: z.enum(['published', 'current']).default('current') });
export type ServiceViewQuery = z.infer<typeof ServiceViewQuery>;

/** `POST /services/validate`: the service being edited, if it exists already. */
export const ValidateQuery = z.object({ serviceId: z.uuid().optional() });

export const VersionParams = z.object({ id: z.uuid(), no: z.coerce.number().int().min(1).max(1_000_000) });

export const DiffQuery = z.object({ from: z.coerce.number().int().min(1), to: z.coerce.number().int().min(1) });

/* ------------------------------------------------------------------ */
/* Responses                                                           */
/* ------------------------------------------------------------------ */

const PhaseMode = z.enum(['electronic', 'physical', 'mixed', 'none']);

export const DigitalByPhase = z.object({ request: PhaseMode, processing: PhaseMode, receipt: PhaseMode }).meta({ id: 'ServiceDigitalByPhase' });

const IndicatorOut = z.object({
  kind: z.string(),
  nameLv: z.string(),
  nameEn: z.string().nullable().optional(),
  target: z.number().nullable(),
  unit: z.string().nullable(),
  values: z.array(z.string()).nullable().optional(),
});
const TermsSetOut = z.object({ nameLv: z.string(), nameEn: z.string().nullable().optional(), appliesToLv: z.string().nullable().optional(), indicators: z.array(IndicatorOut) });

/** One version's description content, as the rules see it (ids only). */
export const ServiceDescriptionSchema = z
  .object({
    nameLv: z.string().nullable(),
    nameEn: z.string().nullable(),
    nameParts: z.object({ object: z.string(), action: z.string(), info: z.string().nullable().optional() }).nullable(),
    descriptionLv: z.string().nullable(),
    descriptionEn: z.string().nullable(),
    recipientType: z.enum(RECIPIENT_TYPES).nullable(),
    targetGroups: z.array(z.enum(TARGET_GROUPS)).nullable(),
    complexity: z.enum(COMPLEXITIES).nullable(),
    lifecycleStage: z.enum(LIFECYCLE_STAGES).nullable(),
    activityDirectionId: z.uuid().nullable(),
    processingMode: z.enum(PROCESSING_MODES).nullable(),
    serviceLevelTerms: z.array(TermsSetOut).nullable(),
    fee: z.object({ free: z.boolean(), amountEur: z.number().nullable().optional(), descriptionLv: z.string().nullable().optional(), descriptionEn: z.string().nullable().optional() }).nullable(),
    legalBasis: z.array(z.object({ act: z.string(), article: z.string().nullable().optional(), url: z.string().nullable().optional() })).nullable(),
    prerequisites: z.array(z.object({ lv: z.string(), en: z.string().nullable().optional() })).nullable(),
    requiredDocuments: z.array(z.object({ lv: z.string(), en: z.string().nullable().optional() })).nullable(),
    resultLv: z.string().nullable(),
    resultEn: z.string().nullable(),
    contacts: z.object({ phone: z.string().nullable().optional(), email: z.string().nullable().optional(), url: z.string().nullable().optional() }).nullable(),
    keywords: z.array(z.string()).nullable(),
    needIds: z.array(z.uuid()),
    channelPoints: z.array(z.object({ channelPointId: z.uuid(), phase: z.enum(CHANNEL_PHASES) })),
    providers: z.array(z.object({ institutionId: z.uuid(), serviceLevelTerms: z.array(TermsSetOut).nullable() })),
    resourceIds: z.array(z.uuid()),
    componentIds: z.array(z.uuid()),
    dependsOnIds: z.array(z.uuid()),
    replacesIds: z.array(z.uuid()),
    mergesIds: z.array(z.uuid()),
  })
  .meta({ id: 'ServiceDescription' });

const InstitutionRef = z.object({ id: z.uuid(), code: z.string(), nameLv: z.string(), nameEn: z.string().nullable() }).meta({ id: 'ServiceInstitutionRef' });

/** A short reference to another service (components, dependencies, lineage, instances). */
export const ServiceRef = z
  .object({ id: z.uuid(), code: z.string(), nameLv: z.string().nullable(), status: z.enum(PUBLICATION_STATUSES), ownerInstitutionId: z.uuid() })
  .meta({ id: 'ServiceRef' });

const PersonRef = z.object({ id: z.uuid(), givenName: z.string(), familyName: z.string(), email: z.string(), jobTitle: z.string().nullable() }).meta({ id: 'ServicePersonRef' });

export const VersionSummary = z
  .object({
    versionNo: z.number().int(),
    state: z.enum(VERSION_STATES),
    nameLv: z.string().nullable(),
    digitalStatus: z.enum(DIGITAL_STATUSES),
    createdAt: z.string(),
    updatedAt: z.string(),
    submittedAt: z.string().nullable(),
    publishedAt: z.string().nullable(),
    allowedActions: allowedActions(SERVICE_VERSION_ACTIONS, 'What the caller may do to this version now: only the current draft is edited, submitted or published.'),
  })
  .meta({ id: 'ServiceVersionSummary' });

export const ValidationIssue = z
  .object({ rule: z.string(), code: z.string(), severity: z.enum(['error', 'warning']), path: z.string(), message: z.string() })
  .meta({ id: 'ServiceValidationIssue' });

/** Rule check of a version: errors block publication, warnings do not. */
export const ValidationReport = z
  .object({
    mode: z.enum(['draft', 'publish']),
    versionNo: z.number().int(),
    publishable: z.boolean(),
    errors: z.array(ValidationIssue),
    warnings: z.array(ValidationIssue),
  })
  .meta({ id: 'ServiceValidationReport' });

export const ServiceResponse = z
  .object({
    id: z.uuid(),
    code: z.string(),
    status: z.enum(PUBLICATION_STATUSES),
    isTemplate: z.boolean(),
    template: ServiceRef.nullable(),
    instanceCount: z.number().int(),
    owner: InstitutionRef,
    manager: PersonRef.nullable(),
    /** The version shown (published or current). */
    versionNo: z.number().int(),
    versionState: z.enum(VERSION_STATES),
    publishedVersionNo: z.number().int().nullable(),
    draftVersionNo: z.number().int().nullable(),
    /** The effective description: for an instance, the template's fields with the instance's overrides. */
    description: ServiceDescriptionSchema,
    /** For an instance: the fields taken from the template. */
    inheritedFields: z.array(z.string()),
    digitalStatus: z.enum(DIGITAL_STATUSES),
    digitalByPhase: DigitalByPhase,
    activityDirection: z.object({ id: z.uuid(), code: z.string(), nameLv: z.string(), nameEn: z.string().nullable() }).nullable(),
    needs: z.array(
      z.object({
        id: z.uuid(),
        code: z.string(),
        nameLv: z.string(),
        nameEn: z.string().nullable(),
        lifeSituations: z.array(z.object({ id: z.uuid(), code: z.string(), nameLv: z.string(), nameEn: z.string().nullable() })),
      }),
    ),
    channelPoints: z.array(
      z.object({
        id: z.uuid(),
        code: z.string(),
        phase: z.enum(CHANNEL_PHASES),
        nameLv: z.string(),
        nameEn: z.string().nullable(),
        channelType: z.string(),
        environment: z.enum(CHANNEL_ENVIRONMENTS).nullable(),
        digital: z.boolean().nullable(),
        institutionId: z.uuid(),
        url: z.string().nullable(),
        address: z.string().nullable(),
        phone: z.string().nullable(),
        email: z.string().nullable(),
      }),
    ),
    providers: z.array(z.object({ institution: InstitutionRef, serviceLevelTerms: z.array(TermsSetOut).nullable() })),
    resources: z.array(z.object({ id: z.uuid(), code: z.string(), kind: z.string(), nameLv: z.string(), nameEn: z.string().nullable(), institutionId: z.uuid() })),
    components: z.array(ServiceRef),
    dependencies: z.array(ServiceRef),
    lineage: z.object({ replaces: z.array(ServiceRef), merges: z.array(ServiceRef), replacedBy: z.array(ServiceRef), mergedInto: z.array(ServiceRef) }),
    versions: z.array(VersionSummary),
    /** Rule check in draft mode, given after writes. */
    validation: ValidationReport.optional(),
    createdAt: z.string(),
    updatedAt: z.string(),
    /** The ETag value (row version of the service). */
    version: z.number().int(),
    allowedActions: allowedActions(SERVICE_ACTIONS, 'What the caller may do to the service now (services.policy); the writes are authorised by the same rules.'),
  })
  .meta({ id: 'Service' });
export type ServiceResponse = z.infer<typeof ServiceResponse>;

export const ServiceSummary = z
  .object({
    id: z.uuid(),
    code: z.string(),
    status: z.enum(PUBLICATION_STATUSES),
    isTemplate: z.boolean(),
    templateServiceId: z.uuid().nullable(),
    owner: z.object({ id: z.uuid(), code: z.string(), nameLv: z.string() }),
    nameLv: z.string().nullable(),
    nameEn: z.string().nullable(),
    recipientType: z.enum(RECIPIENT_TYPES).nullable(),
    complexity: z.enum(COMPLEXITIES).nullable(),
    lifecycleStage: z.enum(LIFECYCLE_STAGES).nullable(),
    digitalStatus: z.enum(DIGITAL_STATUSES),
    versionNo: z.number().int(),
    versionState: z.enum(VERSION_STATES),
    updatedAt: z.string(),
    version: z.number().int(),
    allowedActions: allowedActions(SERVICE_ACTIONS, 'What the caller may do to the service now.'),
  })
  .meta({ id: 'ServiceSummary' });

export const ServicePage = pageOf(ServiceSummary)
  .extend({ allowedActions: allowedActions(SERVICE_COLLECTION_ACTIONS, 'What the caller may do on the list: createService in the owner filtered to (ownerInstitutionId), or in some institution.') })
  .meta({ id: 'ServicePage' });

export const VersionList = z.object({ items: z.array(VersionSummary) }).meta({ id: 'ServiceVersionList' });

export const ServiceDiff = z
  .object({
    from: z.number().int(),
    to: z.number().int(),
    changes: z.array(z.object({ path: z.string(), before: z.unknown(), after: z.unknown() })),
  })
  .meta({ id: 'ServiceDiff' });

export const InstancePage = pageOf(
  z.object({
    id: z.uuid(),
    code: z.string(),
    status: z.enum(PUBLICATION_STATUSES),
    owner: z.object({ id: z.uuid(), code: z.string(), nameLv: z.string() }),
    digitalStatus: z.enum(DIGITAL_STATUSES),
    versionNo: z.number().int(),
  }),
).meta({ id: 'ServiceInstancePage' });
