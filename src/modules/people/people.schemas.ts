import { z } from 'zod';
import { MAX_NAME_LENGTH, ROLES, SCOPE_TYPES } from '../../shared/enums.js';
import { optionalText, pageOf, PageQuery, SortOrder, text } from '../../platform/http/schemas.js';
import { PERSON_ACTIONS } from './people.policy.js';

/** E-mail addresses are compared case-insensitively, so they are stored in lower case. */
const Email = z
  .string()
  .trim()
  .max(200)
  .pipe(z.email())
  .transform((e) => e.toLowerCase());

export const PersonCreate = z
  .object({
    givenName: text(100),
    familyName: text(100),
    email: Email,
    phone: optionalText(40),
    jobTitle: optionalText(MAX_NAME_LENGTH),
    institutionId: z.uuid(),
  })
  .strict()
  .meta({ id: 'PersonCreate' });
export type PersonCreate = z.infer<typeof PersonCreate>;

/** Any subset of the fields; `active: false` deactivates the person (their history stays). */
export const PersonUpdate = z
  .object({
    givenName: text(100),
    familyName: text(100),
    email: Email,
    phone: optionalText(40),
    jobTitle: optionalText(MAX_NAME_LENGTH),
    institutionId: z.uuid(),
    active: z.boolean(),
  })
  .partial()
  .strict()
  .meta({ id: 'PersonUpdate' });
export type PersonUpdate = z.infer<typeof PersonUpdate>;

/** A sign-in account for a person; the password is only ever stored as an argon2id hash. */
export const AccountCreate = z
  .object({
    login: z
      .string()
      .trim()
      .min(3)
      .max(200)
      .regex(/^[^\s]+$/, 'Login: no spaces')
      .transform((l) => l.toLowerCase()),
    password: z.string().min(12).max(1000),
    isSystemAdmin: z.boolean().default(false),
  })
  .strict()
  .meta({ id: 'AccountCreate' });
export type AccountCreate = z.infer<typeof AccountCreate>;

export const AccountResponse = z
  .object({ id: z.uuid(), personId: z.uuid(), login: z.string(), isSystemAdmin: z.boolean(), createdAt: z.string() })
  .meta({ id: 'Account' });

export const PersonSummary = z
  .object({
    id: z.uuid(),
    givenName: z.string(),
    familyName: z.string(),
    email: z.string().optional().meta({ description: 'Only for the person themself and whoever may change them; absent otherwise.' }),
    phone: z.string().nullable().optional().meta({ description: 'Only for the person themself and whoever may change them; absent otherwise, null when there is none.' }),
    jobTitle: z.string().nullable(),
    institutionId: z.uuid(),
    active: z.boolean(),
    version: z.number().int(),
    allowedActions: z.array(z.enum(PERSON_ACTIONS)).meta({ description: 'What the caller may do: edit the details, deactivate or reactivate, create a sign-in account.' }),
  })
  .meta({ id: 'PersonSummary' });

export const PersonRoleSummary = z
  .object({
    id: z.uuid(),
    role: z.enum(ROLES),
    institutionId: z.uuid(),
    scopeType: z.enum(SCOPE_TYPES),
    scopeId: z.uuid().nullable(),
    since: z.string(),
  })
  .meta({ id: 'PersonRoleSummary' });

export const PersonResponse = PersonSummary.extend({
  institution: z.object({ id: z.uuid(), code: z.string(), nameLv: z.string() }),
  /** Role assignments the person performs now (ended ones are in the audit trail and the role list). */
  activeRoles: z.array(PersonRoleSummary),
  hasAccount: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
}).meta({ id: 'Person' });

const BoolQuery = z.enum(['true', 'false']).transform((v) => v === 'true');

export const PersonListQuery = PageQuery.extend({
  institutionId: z.uuid().optional(),
  /** Part of the given name, family name or e-mail. */
  q: z.string().trim().max(200).optional(),
  active: BoolQuery.optional(),
  sort: z.enum(['familyName', 'givenName', 'email', 'createdAt']).default('familyName'),
  order: SortOrder,
});
export type PersonListQuery = z.infer<typeof PersonListQuery>;

export const PersonPage = pageOf(PersonSummary).meta({ id: 'PersonPage' });
