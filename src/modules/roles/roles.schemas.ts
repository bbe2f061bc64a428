import { z } from 'zod';
import { ROLES, SCOPE_TYPES } from '../../shared/enums.js';
import { allowedActions, pageOf, PageQuery, SortOrder } from '../../platform/http/schemas.js';
import { ROLE_ASSIGNMENT_ACTIONS, ROLE_COLLECTION_ACTIONS } from './roles.policy.js';

/** Appoints a person to a role held by an institution; the scope type follows from the role. */
export const RoleAssignmentCreate = z
  .object({
    role: z.enum(ROLES),
    institutionId: z.uuid(),
    /** Null only for the service recipient, a generic designation. */
    personId: z.uuid().nullable().default(null),
    /** The sector's ministry, the municipality, the institution, the service or the resource; null for the state lead. */
    scopeId: z.uuid().nullable().default(null),
  })
  .strict()
  .meta({ id: 'RoleAssignmentCreate' });
export type RoleAssignmentCreate = z.infer<typeof RoleAssignmentCreate>;

/** Hands a role over to another person of the same institution in one step. */
export const RoleAssignmentReplace = z.object({ personId: z.uuid() }).strict().meta({ id: 'RoleAssignmentReplace' });
export type RoleAssignmentReplace = z.infer<typeof RoleAssignmentReplace>;

export const RoleAssignmentResponse = z
  .object({
    id: z.uuid(),
    role: z.enum(ROLES),
    institutionId: z.uuid(),
    institution: z.object({ id: z.uuid(), code: z.string(), nameLv: z.string() }),
    personId: z.uuid().nullable(),
    person: z.object({ id: z.uuid(), givenName: z.string(), familyName: z.string(), email: z.string(), active: z.boolean() }).nullable(),
    scopeType: z.enum(SCOPE_TYPES),
    scopeId: z.uuid().nullable(),
    /** The code of the scope's institution, service or resource. */
    scopeCode: z.string().nullable(),
    active: z.boolean(),
    createdAt: z.string(),
    endedAt: z.string().nullable(),
    version: z.number().int(),
    allowedActions: allowedActions(ROLE_ASSIGNMENT_ACTIONS, 'What the caller may do to the assignment now: end it, or hand it over to another person (replace).'),
  })
  .meta({ id: 'RoleAssignment' });

export const RoleAssignmentReplaceResponse = z
  .object({ ended: RoleAssignmentResponse, appointed: RoleAssignmentResponse })
  .meta({ id: 'RoleAssignmentReplacement' });

const BoolQuery = z.enum(['true', 'false']).transform((v) => v === 'true');

export const RoleAssignmentListQuery = PageQuery.extend({
  role: z.enum(ROLES).optional(),
  institutionId: z.uuid().optional(),
  personId: z.uuid().optional(),
  scopeType: z.enum(SCOPE_TYPES).optional(),
  scopeId: z.uuid().optional(),
  /** true: performed now; false: ended. */
  active: BoolQuery.optional(),
  sort: z.enum(['createdAt', 'endedAt', 'role']).default('createdAt'),
  order: SortOrder,
});
export type RoleAssignmentListQuery = z.infer<typeof RoleAssignmentListQuery>;

export const RoleAssignmentPage = pageOf(RoleAssignmentResponse)
  .extend({ allowedActions: allowedActions(ROLE_COLLECTION_ACTIONS, 'What the caller may do on the list: appoint to some role (which role where is decided with the body).') })
  .meta({ id: 'RoleAssignmentPage' });

const Message = z.object({ lv: z.string(), en: z.string() });

export const InstitutionRolesResponse = z
  .object({
    institution: z.object({ id: z.uuid(), code: z.string(), nameLv: z.string(), kind: z.string() }),
    /** Services it owns that are not archived, and resources it holds. */
    serviceCount: z.number().int(),
    resourceCount: z.number().int(),
    /** The roles it holds now, each with the people who perform it (R18: any number of roles). */
    roles: z.array(
      z.object({
        role: z.enum(ROLES),
        scopeType: z.enum(SCOPE_TYPES),
        scopeId: z.uuid().nullable(),
        scopeCode: z.string().nullable(),
        performers: z.array(
          z.object({
            assignmentId: z.uuid(),
            personId: z.uuid().nullable(),
            name: z.string().nullable(),
            since: z.string(),
            version: z.number().int(),
            allowedActions: allowedActions(ROLE_ASSIGNMENT_ACTIONS, 'What the caller may do to this assignment now.'),
          }),
        ),
      }),
    ),
    /** Cardinality rules (R13–R16, R19), each met, broken or not applicable. */
    checks: z.array(
      z.object({
        rule: z.enum(['R13', 'R14', 'R15', 'R16', 'R19']),
        status: z.enum(['met', 'broken', 'notApplicable']),
        scopeType: z.enum(SCOPE_TYPES),
        scopeId: z.uuid(),
        scopeCode: z.string().nullable(),
        holders: z.number().int(),
        message: Message,
      }),
    ),
    /** True when no check is broken. */
    compliant: z.boolean(),
    allowedActions: allowedActions(ROLE_COLLECTION_ACTIONS, 'What the caller may do here: appoint some of the institution’s people to roles.'),
    /** The roles the caller may appoint the institution’s people to, for its own services and resources (roles.policy canAppoint). */
    appointableRoles: z.array(z.enum(ROLES)),
  })
  .meta({ id: 'InstitutionRoles' });
