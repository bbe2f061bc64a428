import { z } from 'zod';
import { IsoTimestamp, PageQuery } from '../../platform/http/schemas.js';
import { OPEN_RECIPIENT_TYPES } from './open-data.model.js';

/** A readable code of the register (service, institution, life situation). */
export const OpenCode = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,79}$/, 'a code: letters, digits, dot, dash or underscore');
export const OpenCodeParams = z.object({ code: OpenCode });

export const OpenListQuery = PageQuery.extend({
  institution: OpenCode.optional().describe('Code of the owning institution, e.g. VID'),
  lifeSituation: OpenCode.optional().describe('Code of a life situation: services meeting any of its needs'),
  recipientType: z.enum(OPEN_RECIPIENT_TYPES).optional(),
  updatedSince: IsoTimestamp.optional().describe('Only services changed at or after this time (ISO 8601 with offset)'),
});
export type OpenListQuery = z.output<typeof OpenListQuery>;

export const OpenPageQuery = PageQuery;

const Ref = z.object({ code: z.string(), nameLv: z.string(), nameEn: z.string().nullable() });
const Localized = z.object({ lv: z.string(), en: z.string().nullish() });
const Indicator = z.object({
  kind: z.string(),
  nameLv: z.string(),
  nameEn: z.string().nullish(),
  target: z.number().nullable(),
  unit: z.string().nullable(),
  values: z.array(z.string()).nullish(),
});
const TermsSet = z.object({ nameLv: z.string(), nameEn: z.string().nullish(), appliesToLv: z.string().nullish(), indicators: z.array(Indicator) });

export const OpenInstitutionSchema = Ref.extend({
  registrationNumber: z.string(),
  shortName: z.string().nullable(),
  group: z.string(),
  kind: z.string(),
  parentCode: z.string().nullable(),
  website: z.string().nullable(),
  email: z.string().nullable(),
}).meta({ id: 'OpenInstitution' });

export const OpenChannelSchema = z
  .object({
    code: z.string(),
    phases: z.array(z.enum(['request', 'receipt'])),
    channelType: z.string(),
    channelTypeNameLv: z.string().nullable(),
    channelTypeNameEn: z.string().nullable(),
    environment: z.string().nullable(),
    digital: z.boolean().nullable(),
    nameLv: z.string(),
    nameEn: z.string().nullable(),
    institution: Ref.nullable(),
    url: z.string().nullable(),
    address: z.string().nullable(),
    phone: z.string().nullable(),
    email: z.string().nullable(),
    openingHours: z.object({ weekly: z.record(z.string(), z.array(z.string())), notesLv: z.string().nullish(), notesEn: z.string().nullish() }).nullable(),
    accessibilityNotesLv: z.string().nullable(),
    accessibilityNotesEn: z.string().nullable(),
  })
  .meta({ id: 'OpenChannel' });

export const OpenServiceSchema = z
  .object({
    code: z.string(),
    nameLv: z.string(),
    nameEn: z.string().nullable(),
    descriptionLv: z.string().nullable(),
    descriptionEn: z.string().nullable(),
    resultLv: z.string().nullable(),
    resultEn: z.string().nullable(),
    recipientType: z.string(),
    targetGroups: z.array(z.string()),
    complexity: z.string().nullable(),
    lifecycleStage: z.string().nullable(),
    processingMode: z.string().nullable(),
    digitalStatus: z.string(),
    digitalByPhase: z.object({ request: z.string(), processing: z.string(), receipt: z.string() }).nullable(),
    availableAtVpvkac: z.boolean(),
    isTemplate: z.boolean(),
    templateCode: z.string().nullable(),
    owner: OpenInstitutionSchema,
    providers: z.array(Ref.extend({ serviceLevelTerms: z.array(TermsSet).nullable() })),
    serviceLevelTerms: z.array(TermsSet),
    fee: z.object({ free: z.boolean(), amountEur: z.number().nullish(), descriptionLv: z.string().nullish(), descriptionEn: z.string().nullish() }).nullable(),
    requiredDocuments: z.array(Localized),
    prerequisites: z.array(Localized),
    legalBasis: z.array(z.object({ act: z.string(), article: z.string().nullish(), url: z.string().nullish() })),
    contacts: z.object({ phone: z.string().nullable(), email: z.string().nullable(), url: z.string().nullable() }).nullable(),
    keywords: z.array(z.string()),
    activityDirection: Ref.nullable(),
    channels: z.array(OpenChannelSchema),
    needs: z.array(Ref),
    lifeSituations: z.array(Ref),
    versionNo: z.number().int(),
    publishedAt: z.string().nullable(),
    updatedAt: z.string(),
  })
  .meta({ id: 'OpenService' });

export const OpenServiceSummary = z
  .object({
    code: z.string(),
    nameLv: z.string(),
    nameEn: z.string().nullable(),
    recipientType: z.string(),
    digitalStatus: z.string(),
    isTemplate: z.boolean(),
    institution: Ref,
    updatedAt: z.string(),
  })
  .meta({ id: 'OpenServiceSummary' });

const page = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });

export const OpenServicePage = page(OpenServiceSummary).meta({ id: 'OpenServicePage' });

export const OpenLifeSituationSchema = z
  .object({
    code: z.string(),
    nameLv: z.string(),
    nameEn: z.string().nullable(),
    descriptionLv: z.string().nullable(),
    descriptionEn: z.string().nullable(),
    audience: z.string(),
    needs: z.array(Ref),
    updatedAt: z.string(),
  })
  .meta({ id: 'OpenLifeSituation' });
export const OpenLifeSituationDetail = OpenLifeSituationSchema.extend({ serviceCodes: z.array(z.string()) }).meta({ id: 'OpenLifeSituationDetail' });
export const OpenLifeSituationList = z.object({ items: z.array(OpenLifeSituationSchema), total: z.number().int() }).meta({ id: 'OpenLifeSituationList' });

export const OpenInstitutionPage = page(OpenInstitutionSchema.extend({ serviceCount: z.number().int() })).meta({ id: 'OpenInstitutionPage' });
export const OpenInstitutionDetail = OpenInstitutionSchema.extend({ serviceCodes: z.array(z.string()) }).meta({ id: 'OpenInstitutionDetail' });
