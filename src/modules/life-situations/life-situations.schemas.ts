import { z } from 'zod';
import { LIFE_SITUATION_AUDIENCES, MAX_NAME_LENGTH, MAX_TEXT_LENGTH } from '../../shared/enums.js';
import { allowedActions, optionalText, pageOf, PageQuery, SortOrder, text } from '../../platform/http/schemas.js';
import { LIFE_SITUATION_COLLECTION_ACTIONS, NEED_COLLECTION_ACTIONS, OWNED_ACTIONS } from './life-situations.policy.js';
import { ServiceUsage } from '../channel-points/service-usage.schemas.js';

export const ReferenceCode = z
  .string()
  .trim()
  .regex(/^[A-Z0-9][A-Z0-9-]{1,59}$/, 'Code: 2–60 capital letters, digits and hyphens');

const needFields = {
  code: ReferenceCode,
  nameLv: text(MAX_NAME_LENGTH),
  nameEn: optionalText(MAX_NAME_LENGTH),
  descriptionLv: optionalText(MAX_TEXT_LENGTH),
  descriptionEn: optionalText(MAX_TEXT_LENGTH),
};

/** A need created together with a life situation. */
export const NewNeedInput = z.object(needFields).strict().meta({ id: 'NewNeedInput' });
export type NewNeedInput = z.infer<typeof NewNeedInput>;

const IdList = z.array(z.uuid()).max(500);

export const LifeSituationCreate = z
  .object({
    code: ReferenceCode,
    nameLv: text(MAX_NAME_LENGTH),
    nameEn: optionalText(MAX_NAME_LENGTH),
    descriptionLv: optionalText(MAX_TEXT_LENGTH),
    descriptionEn: optionalText(MAX_TEXT_LENGTH),
    audience: z.enum(LIFE_SITUATION_AUDIENCES),
    /** Defaults to the creator's institution; only administrators and the state lead may name another. */
    ownerInstitutionId: z.uuid().nullish(),
    /** Existing needs tied to the situation. With `newNeeds`, at least one in all (R40). */
    needIds: IdList.default([]),
    /** Needs to create and tie to the situation in the same step. */
    newNeeds: z.array(NewNeedInput).max(50).default([]),
  })
  .strict()
  .meta({ id: 'LifeSituationCreate' });
export type LifeSituationCreate = z.infer<typeof LifeSituationCreate>;

export const LifeSituationUpdate = z
  .object({
    code: ReferenceCode,
    nameLv: text(MAX_NAME_LENGTH),
    nameEn: optionalText(MAX_NAME_LENGTH),
    descriptionLv: optionalText(MAX_TEXT_LENGTH),
    descriptionEn: optionalText(MAX_TEXT_LENGTH),
    audience: z.enum(LIFE_SITUATION_AUDIENCES),
    ownerInstitutionId: z.uuid().nullable(),
    /** Replaces the set of needs (R40: the result may not be empty). */
    needIds: IdList,
    newNeeds: z.array(NewNeedInput).max(50),
  })
  .partial()
  .strict()
  .meta({ id: 'LifeSituationUpdate' });
export type LifeSituationUpdate = z.infer<typeof LifeSituationUpdate>;

export const NeedCreate = z
  .object({
    ...needFields,
    ownerInstitutionId: z.uuid().nullish(),
    /** Life situations (need groups) the need belongs to; a need may belong to several. */
    lifeSituationIds: IdList.default([]),
  })
  .strict()
  .meta({ id: 'NeedCreate' });
export type NeedCreate = z.infer<typeof NeedCreate>;

export const NeedUpdate = z
  .object({
    ...needFields,
    ownerInstitutionId: z.uuid().nullable(),
    /** Replaces the life situations the need belongs to. */
    lifeSituationIds: IdList,
  })
  .partial()
  .strict()
  .meta({ id: 'NeedUpdate' });
export type NeedUpdate = z.infer<typeof NeedUpdate>;

const OwnerRef = z.object({ id: z.uuid(), code: z.string(), nameLv: z.string() }).nullable();

export const NeedRef = z.object({ id: z.uuid(), code: z.string(), nameLv: z.string(), nameEn: z.string().nullable() }).meta({ id: 'NeedRef' });
export const LifeSituationRef = z
  .object({ id: z.uuid(), code: z.string(), nameLv: z.string(), nameEn: z.string().nullable(), audience: z.enum(LIFE_SITUATION_AUDIENCES) })
  .meta({ id: 'LifeSituationRef' });

export const LifeSituationSummary = z
  .object({
    id: z.uuid(),
    code: z.string(),
    nameLv: z.string(),
    nameEn: z.string().nullable(),
    audience: z.enum(LIFE_SITUATION_AUDIENCES),
    owner: OwnerRef,
    needCount: z.number().int(),
    version: z.number().int(),
    allowedActions: allowedActions(OWNED_ACTIONS, 'What the caller may do to the life situation now (life-situations.policy): edit it.'),
  })
  .meta({ id: 'LifeSituationSummary' });

export const LifeSituationResponse = LifeSituationSummary.extend({
  descriptionLv: z.string().nullable(),
  descriptionEn: z.string().nullable(),
  needs: z.array(NeedRef),
  createdAt: z.string(),
  updatedAt: z.string(),
}).meta({ id: 'LifeSituation' });

export const NeedSummary = z
  .object({
    id: z.uuid(),
    code: z.string(),
    nameLv: z.string(),
    nameEn: z.string().nullable(),
    owner: OwnerRef,
    lifeSituationCount: z.number().int(),
    version: z.number().int(),
    allowedActions: allowedActions(OWNED_ACTIONS, 'What the caller may do to the need now (life-situations.policy): edit it.'),
  })
  .meta({ id: 'NeedSummary' });

export const NeedResponse = NeedSummary.extend({
  descriptionLv: z.string().nullable(),
  descriptionEn: z.string().nullable(),
  lifeSituations: z.array(LifeSituationRef),
  /** Services meeting the need: published ones for anonymous callers, current or published versions for signed-in users (first 200). */
  services: z.array(ServiceUsage),
  serviceCount: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
}).meta({ id: 'Need' });

export const LifeSituationListQuery = PageQuery.extend({
  q: z.string().trim().max(200).optional(),
  audience: z.enum(LIFE_SITUATION_AUDIENCES).optional(),
  ownerInstitutionId: z.uuid().optional(),
  /** Life situations that include this need. */
  needId: z.uuid().optional(),
  sort: z.enum(['nameLv', 'code', 'createdAt']).default('nameLv'),
  order: SortOrder,
});
export type LifeSituationListQuery = z.infer<typeof LifeSituationListQuery>;

export const NeedListQuery = PageQuery.extend({
  q: z.string().trim().max(200).optional(),
  ownerInstitutionId: z.uuid().optional(),
  /** Needs of this life situation. */
  lifeSituationId: z.uuid().optional(),
  sort: z.enum(['nameLv', 'code', 'createdAt']).default('nameLv'),
  order: SortOrder,
});
export type NeedListQuery = z.infer<typeof NeedListQuery>;

export const LifeSituationPage = pageOf(LifeSituationSummary)
  .extend({ allowedActions: allowedActions(LIFE_SITUATION_COLLECTION_ACTIONS, 'What the caller may do on the list: add a life situation.') })
  .meta({ id: 'LifeSituationPage' });
export const NeedPage = pageOf(NeedSummary)
  .extend({ allowedActions: allowedActions(NEED_COLLECTION_ACTIONS, 'What the caller may do on the list: add a need.') })
  .meta({ id: 'NeedPage' });
