import { z } from 'zod';
import { INSTITUTION_GROUPS, INSTITUTION_KINDS, MAX_NAME_LENGTH } from '../../shared/enums.js';
import { allowedActions, LinkUrl, optionalText, pageOf, PageQuery, SortOrder, text } from '../../platform/http/schemas.js';
import { INSTITUTION_ACTIONS, INSTITUTION_COLLECTION_ACTIONS } from './institutions.policy.js';

const Code = z
  .string()
  .trim()
  .regex(/^[A-Z0-9][A-Z0-9-]{1,39}$/, 'Code: 2–40 capital letters, digits and hyphens');

export const ActivityDirectionInput = z.object({
  code: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9-]{1,40}$/),
  nameLv: text(MAX_NAME_LENGTH),
  nameEn: optionalText(MAX_NAME_LENGTH),
});

export const FormerNameInput = z.object({
  nameLv: text(MAX_NAME_LENGTH),
  nameEn: optionalText(MAX_NAME_LENGTH),
  until: z.iso.date(),
});

const FormerNames = z.array(FormerNameInput).max(20);
const ActivityDirections = z.array(ActivityDirectionInput).max(100);

/** The writable fields, without defaults: a default belongs to creation only. */
const institutionFields = {
  code: Code,
  registrationNumber: z
    .string()
    .trim()
    .regex(/^[0-9]{11}$/, 'Registration number: 11 digits'),
  nameLv: text(MAX_NAME_LENGTH),
  nameEn: optionalText(MAX_NAME_LENGTH),
  shortName: optionalText(40),
  groupCode: z.enum(INSTITUTION_GROUPS),
  kind: z.enum(INSTITUTION_KINDS),
  parentId: z.uuid().nullish(),
  formerNames: FormerNames,
  activityDirections: ActivityDirections,
  website: LinkUrl(500).nullish(),
  email: z.email().max(200).nullish(),
};

export const InstitutionCreate = z
  .object({ ...institutionFields, formerNames: FormerNames.default([]), activityDirections: ActivityDirections.default([]) })
  .strict();
export type InstitutionCreate = z.infer<typeof InstitutionCreate>;

/**
 * Any subset of the fields; an omitted field stays as it is. Built from the
 * fields without defaults: Zod keeps a default under `.partial()`, which made an
 * omitted list mean "delete them all" (issue 9).
 */
export const InstitutionUpdate = z.object(institutionFields).partial().strict();
export type InstitutionUpdate = z.infer<typeof InstitutionUpdate>;

export const ActivityDirection = z.object({ id: z.uuid(), code: z.string(), nameLv: z.string(), nameEn: z.string().nullable() }).meta({ id: 'ActivityDirection' });

export const InstitutionSummary = z
  .object({
    id: z.uuid(),
    code: z.string(),
    registrationNumber: z.string(),
    nameLv: z.string(),
    nameEn: z.string().nullable(),
    shortName: z.string().nullable(),
    groupCode: z.enum(INSTITUTION_GROUPS),
    kind: z.enum(INSTITUTION_KINDS),
    parentId: z.uuid().nullable(),
    version: z.number().int(),
    allowedActions: allowedActions(INSTITUTION_ACTIONS, 'What the caller may do in the institution now, by the rules that authorise each write (institutions, roles, services, imports, resources, channel points, portfolio, people).'),
  })
  .meta({ id: 'InstitutionSummary' });

export const InstitutionResponse = InstitutionSummary.extend({
  ancestors: z.array(z.object({ id: z.uuid(), code: z.string(), nameLv: z.string() })),
  formerNames: z.array(z.object({ nameLv: z.string(), nameEn: z.string().nullable().optional(), until: z.string() })),
  activityDirections: z.array(ActivityDirection),
  website: z.string().nullable(),
  email: z.string().nullable(),
  childCount: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
}).meta({ id: 'Institution' });

export const InstitutionListQuery = PageQuery.extend({
  q: z.string().trim().max(200).optional(),
  group: z.enum(INSTITUTION_GROUPS).optional(),
  kind: z.enum(INSTITUTION_KINDS).optional(),
  parentId: z.uuid().optional(),
  /** Every institution below this one (a sector's ministry, a municipality), at any depth. */
  under: z.uuid().optional(),
  /** Only institutions where the caller may perform this action now (e.g. createResource for a registration form). */
  allowedAction: z.enum(INSTITUTION_ACTIONS).optional(),
  sort: z.enum(['nameLv', 'code', 'createdAt']).default('nameLv'),
  order: SortOrder,
});
export type InstitutionListQuery = z.infer<typeof InstitutionListQuery>;

export const InstitutionPage = pageOf(InstitutionSummary).extend({
  allowedActions: allowedActions(INSTITUTION_COLLECTION_ACTIONS, 'What the caller may do on the list: register an institution.'),
});
