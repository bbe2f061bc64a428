import { z } from 'zod';
import {
  CAPABILITY_KINDS,
  CHANNEL_ENVIRONMENTS,
  COMPLEXITIES,
  INDICATOR_KIND_CODES,
  INSTITUTION_GROUPS,
  LIFECYCLE_STAGES,
  RECIPIENT_TYPES,
  RESOURCE_KINDS,
  ROLES,
  SCOPE_TYPES,
} from '../../shared/enums.js';
import { allowedActions, LinkUrl, PageQuery, SortOrder, pageOf } from '../../platform/http/schemas.js';
import { POLICY_COLLECTION_ACTIONS, POLICY_VERSION_ACTIONS } from './policy.policy.js';
import { t } from '../../platform/i18n.js';
import { policyDocumentIssues } from './policy.rules.js';
import './policy.messages.js';

/*
 * The policy document: the versioned reference data of the service management
 * policy (roles, tasks, responsibility matrix, conditions, channels…). Sections
 * whose codes the rest of the register stores in its own tables (roles,
 * institution groups, recipient types, lifecycle stages, capability and resource
 * kinds, indicator kinds, channel environments, scales) are bound to the enums
 * in shared/enums.ts; everything else (tasks, conditions, channel types, matrix)
 * is free data, so a new version needs no code change.
 */

const NAME = 300;
const TEXT = 4000;

/** Trimmed, non-empty name text. */
const name = z.string().trim().min(1).max(NAME);
const longText = z.string().trim().min(1).max(TEXT);
const note = longText.optional();

/** A camelCase code of a reference entry. */
const Code = z
  .string()
  .regex(/^[a-z][A-Za-z0-9]{0,59}$/, 'Code: camelCase letters and digits, starting with a lower-case letter');

/** A policy version id: "v1", "v2", "v2.1", "v2-2028"… */
export const PolicyVersionId = z.string().regex(/^v[0-9][a-z0-9.-]{0,30}$/, 'Version id: "v" followed by a number, e.g. v2');

const LevelCode = Code;

export const PolicyScale = z
  .strictObject({
    code: z.enum(SCOPE_TYPES),
    /** Position on the horizontal axis: 1 state, 2 sector or municipality, 3 institution, 4 service or resource. */
    rank: z.number().int().min(1).max(10),
    nameLv: name,
    nameEn: name,
    definitionLv: longText,
    definitionEn: longText,
  })
  .meta({ id: 'PolicyScale' });

export const PolicyLevel = z
  .strictObject({
    code: LevelCode,
    /** Position on the vertical axis: 1 policy, 2 core activity, 3 provisioning. */
    rank: z.number().int().min(1).max(10),
    nameLv: name,
    nameEn: name,
    definitionEn: longText,
  })
  .meta({ id: 'PolicyLevel' });

export const PolicyStage = z
  .strictObject({ code: Code, order: z.number().int().min(1), nameLv: name, nameEn: name })
  .meta({ id: 'PolicyStage' });

export const PolicyRole = z
  .strictObject({
    code: z.enum(ROLES),
    number: z.number().int().min(1),
    nameLv: name,
    nameEn: name,
    /** Lomai atbilstošā iestāde: which institution holds the role. */
    institutionLv: longText,
    institutionEn: longText,
    /** Lomas vispārējs raksturojums. */
    characterisationLv: longText,
    characterisationEn: longText,
    scale: z.enum(SCOPE_TYPES),
    levels: z.array(LevelCode).min(1).max(10),
    /** Darbības fokuss. */
    focusLv: longText,
    focusEn: longText,
    /** The title of the person who performs the role, where the policy names one (e.g. "Pakalpojuma vadītājs"). */
    performerTitleLv: name.nullable(),
    performerTitleEn: name.nullable(),
    /** Who performs the role's duties, and how many of them. */
    performedByLv: longText,
    performedByEn: longText,
    /** Exactly one person per scope (R13–R17). */
    singleHolder: z.boolean(),
    noteEn: note,
  })
  .meta({ id: 'PolicyRole' });

export const PolicyTaskGroup = z
  .strictObject({ code: z.string().regex(/^PU[0-9]{1,2}$/), nameLv: longText, nameEn: longText, levels: z.array(LevelCode).min(1).max(10) })
  .meta({ id: 'PolicyTaskGroup' });

export const PolicyTask = z
  .strictObject({
    /** Hyphen form, e.g. "PU2-7". */
    code: z.string().regex(/^PU[0-9]{1,2}-[0-9]{1,3}$/, 'Task code: PU<group>-<number>, e.g. PU2-7'),
    group: z.string().regex(/^PU[0-9]{1,2}$/),
    number: z.number().int().min(1),
    levels: z.array(LevelCode).min(1).max(10),
    titleLv: longText,
    titleEn: longText,
    /** The name in brackets; not unique (PU2-9 and PU2-17 share one). */
    shortNameLv: name.nullable(),
    shortNameEn: name.nullable(),
    noteEn: note,
  })
  .meta({ id: 'PolicyTask' });

export const ResponsibilityMark = z.enum(['A', 'L']);

export const PolicyResponsibilityMatrix = z
  .strictObject({
    /** The roles that are columns of the matrix. */
    columns: z.array(z.enum(ROLES)).min(1).max(ROLES.length),
    legend: z.strictObject({
      A: z.strictObject({ nameLv: name, nameEn: name }),
      L: z.strictObject({ nameLv: name, nameEn: name }),
    }),
    /** Per task code, the marks of the columns that carry one. No "exactly one A" rule (R41). */
    rows: z.record(z.string(), z.record(z.string(), ResponsibilityMark)),
    noteEn: note,
  })
  .meta({ id: 'PolicyResponsibilityMatrix' });

const CriterionCode = z.string().regex(/^[0-9]{1,2}(\.[0-9]{1,2}){1,3}$/, 'Criterion code: e.g. 5.1 or 5.1.1');

export const PolicyLeafCriterion = z
  .strictObject({ code: CriterionCode, nameLv: name, nameEn: name, leaf: z.literal(true) })
  .meta({ id: 'PolicyLeafCriterion' });

export const PolicyCriterion = z
  .strictObject({
    code: CriterionCode,
    nameLv: name,
    nameEn: name,
    /** True when the criterion has no sub-criteria: the leaves are what a per-service assessment scores (R28). */
    leaf: z.boolean(),
    criteria: z.array(PolicyLeafCriterion).max(50),
  })
  .meta({ id: 'PolicyCriterion' });

export const PolicyCondition = z
  .strictObject({
    code: z.string().regex(/^[0-9]{1,2}$/),
    number: z.number().int().min(1),
    nameLv: name,
    nameEn: name,
    definingClauseLv: longText,
    definingClauseEn: longText,
    criteria: z.array(PolicyCriterion).min(1).max(50),
  })
  .meta({ id: 'PolicyCondition' });

export const PolicyChannelEnvironment = z
  .strictObject({ code: z.enum(CHANNEL_ENVIRONMENTS), order: z.number().int().min(1), nameLv: name, nameEn: name })
  .meta({ id: 'PolicyChannelEnvironment' });

export const PolicyChannelType = z
  .strictObject({
    code: Code,
    environment: z.enum(CHANNEL_ENVIRONMENTS),
    order: z.number().int().min(1),
    nameLv: longText,
    nameEn: longText,
    /** Whether requesting or receiving through this kind of channel counts as electronic for the digital status (R27). */
    digital: z.boolean(),
    noteEn: note,
  })
  .meta({ id: 'PolicyChannelType' });

export const PolicyInstitutionGroup = z
  .strictObject({
    code: z.enum(INSTITUTION_GROUPS),
    number: z.number().int().min(1),
    nameLv: name,
    nameEn: name,
    /** The scope qualifier, e.g. only within the public tasks they carry out. */
    qualifierLv: longText.nullable(),
    qualifierEn: longText.nullable(),
    members: z.array(z.strictObject({ nameLv: longText, nameEn: longText })).max(100),
  })
  .meta({ id: 'PolicyInstitutionGroup' });

export const PolicyRecipientTypeLeaf = z
  .strictObject({
    code: z.enum(RECIPIENT_TYPES),
    nameLv: name,
    nameEn: name,
    definitionEn: longText,
    /** A type the policy newly brings under management; legacy catalogue data lacks it. */
    newType: z.boolean(),
  })
  .meta({ id: 'PolicyRecipientTypeLeaf' });

export const PolicyRecipientType = z
  .strictObject({
    code: Code,
    nameLv: name,
    nameEn: name,
    /** "ārējie" (external) or "iekšējie" (internal). */
    orientationLv: name,
    orientationEn: name,
    definitionEn: longText,
    newType: z.boolean(),
    catalogueLv: name.nullable(),
    catalogueEn: name.nullable(),
    catalogueUrl: LinkUrl(300).nullable(),
    children: z.array(PolicyRecipientTypeLeaf).min(1).max(20),
  })
  .meta({ id: 'PolicyRecipientType' });

export const PolicyComplexity = z
  .strictObject({
    code: z.enum(COMPLEXITIES),
    nameLv: name,
    nameEn: name,
    definitionLv: longText,
    definitionEn: longText,
    /** How many needs a service of this complexity meets (R25); max null = no upper bound. */
    needs: z.strictObject({ min: z.number().int().min(0), max: z.number().int().min(1).nullable() }),
    adaptive: z.boolean(),
  })
  .meta({ id: 'PolicyComplexity' });

const SimpleEntry = z.strictObject({ code: Code, order: z.number().int().min(1), nameLv: longText, nameEn: longText, noteEn: note });

export const PolicyCapabilityKind = SimpleEntry.extend({ code: z.enum(CAPABILITY_KINDS) }).meta({ id: 'PolicyCapabilityKind' });
export const PolicyResourceKind = SimpleEntry.extend({ code: z.enum(RESOURCE_KINDS) }).meta({ id: 'PolicyResourceKind' });
export const PolicyLifecycleStage = PolicyStage.extend({ code: z.enum(LIFECYCLE_STAGES) }).meta({ id: 'PolicyLifecycleStage' });
export const PolicyManagementState = SimpleEntry.meta({ id: 'PolicyManagementState' });

export const PolicyMaturityLevel = z
  .strictObject({
    code: Code,
    level: z.number().int().min(1).max(10),
    nameLv: name,
    nameEn: name,
    focusLv: longText,
    focusEn: longText,
    resultLv: longText,
    resultEn: longText,
    descriptionEn: longText,
  })
  .meta({ id: 'PolicyMaturityLevel' });

export const PolicyNotServiceCategory = z
  .strictObject({
    code: Code,
    number: z.number().int().min(1),
    nameLv: longText,
    nameEn: longText,
    subTypes: z.array(z.strictObject({ code: Code, nameLv: longText, nameEn: longText, noteEn: note })).max(20),
    noteEn: note,
  })
  .meta({ id: 'PolicyNotServiceCategory' });

export const PolicyIndicatorKind = z
  .strictObject({
    code: z.enum(INDICATOR_KIND_CODES as [string, ...string[]]),
    nameLv: name,
    nameEn: name,
    better: z.enum(['lower', 'higher', 'superset', 'none']),
    /** True only for the kinds the policy itself names (support times and channels, R05/R06); the rest are the product's starter list. */
    fromSeeds: z.boolean(),
    noteEn: note,
  })
  .meta({ id: 'PolicyIndicatorKind' });

/**
 * The structure of a policy document, without the cross-references. The API
 * body uses this and the service adds the reference checks as localised field
 * issues; everything else validates with {@link PolicyDocument}.
 */
export const PolicyDocumentBase = z
  .strictObject({
    id: PolicyVersionId,
    titleLv: name,
    titleEn: name,
    effectiveFrom: z.iso.date().nullable(),
    noteEn: note,
    scales: z.array(PolicyScale).min(1).max(20),
    levels: z.array(PolicyLevel).min(1).max(10),
    policyStages: z.array(PolicyStage).max(30),
    lifecycleStages: z.array(PolicyLifecycleStage).min(1).max(30),
    provisioningStages: z.array(PolicyStage).max(30),
    roles: z.array(PolicyRole).min(1).max(50),
    taskGroups: z.array(PolicyTaskGroup).min(1).max(20),
    tasks: z.array(PolicyTask).min(1).max(300),
    responsibilityMatrix: PolicyResponsibilityMatrix,
    conditions: z.array(PolicyCondition).min(1).max(50),
    channelEnvironments: z.array(PolicyChannelEnvironment).min(1).max(10),
    channelTypes: z.array(PolicyChannelType).min(1).max(100),
    institutionGroups: z.array(PolicyInstitutionGroup).min(1).max(20),
    recipientTypes: z.array(PolicyRecipientType).min(1).max(10),
    complexities: z.array(PolicyComplexity).min(1).max(10),
    capabilityKinds: z.array(PolicyCapabilityKind).min(1).max(30),
    resourceKinds: z.array(PolicyResourceKind).min(1).max(10),
    maturityLevels: z.array(PolicyMaturityLevel).max(10),
    managementStates: z.array(PolicyManagementState).max(10),
    notServiceCategories: z.array(PolicyNotServiceCategory).max(20),
    indicatorKinds: z.array(PolicyIndicatorKind).max(30),
  })
  .meta({ id: 'PolicyDocument' });

/** A validated policy document (the content of one policy version). */
export type PolicyDocument = z.infer<typeof PolicyDocumentBase>;

/**
 * A complete policy document: its structure plus the cross-references (unique
 * codes per section, roles and levels that exist, matrix columns and rows that
 * exist, criterion codes under their parent, channel environments declared).
 */
export const PolicyDocument = PolicyDocumentBase.superRefine((doc, ctx) => {
  for (const issue of policyDocumentIssues(doc)) ctx.addIssue({ code: 'custom', path: issue.pathParts, message: t('en', issue.message, issue.params) });
});

// ---------------------------------------------------------------- API contracts

export const POLICY_VERSION_STATUSES = ['draft', 'active', 'superseded'] as const;
export type PolicyVersionStatus = (typeof POLICY_VERSION_STATUSES)[number];

export const PolicyVersionParams = z.object({ id: PolicyVersionId });
export const PolicyDiffParams = z.object({ id: PolicyVersionId, otherId: PolicyVersionId });

export const PolicyVersionSummary = z
  .object({
    id: z.string(),
    titleLv: z.string(),
    titleEn: z.string().nullable(),
    status: z.enum(POLICY_VERSION_STATUSES),
    effectiveFrom: z.string().nullable(),
    createdAt: z.string(),
    version: z.number().int(),
    allowedActions: allowedActions(POLICY_VERSION_ACTIONS, 'What the caller may do to the version now (policy.policy): edit a draft, activate it.'),
  })
  .meta({ id: 'PolicyVersionSummary' });

export const PolicyVersionResponse = PolicyVersionSummary.extend({
  createdBy: z.uuid().nullable(),
  document: PolicyDocumentBase,
}).meta({ id: 'PolicyVersion' });

export const PolicyVersionListQuery = PageQuery.extend({
  status: z.enum(POLICY_VERSION_STATUSES).optional(),
  sort: z.enum(['effectiveFrom', 'createdAt', 'id']).default('effectiveFrom'),
  order: SortOrder,
});
export type PolicyVersionListQuery = z.infer<typeof PolicyVersionListQuery>;

export const PolicyVersionPage = pageOf(PolicyVersionSummary).extend({
  allowedActions: allowedActions(POLICY_COLLECTION_ACTIONS, 'What the caller may do on the list: draft a new version.'),
});

/** One changed field: a path inside the entry (or the document), before and after. */
export const PolicyFieldChange = z.object({ path: z.string(), before: z.unknown(), after: z.unknown() }).meta({ id: 'PolicyFieldChange' });

export const PolicySectionDiff = z
  .object({
    section: z.string(),
    added: z.array(z.object({ code: z.string(), entry: z.unknown() })),
    removed: z.array(z.object({ code: z.string(), entry: z.unknown() })),
    changed: z.array(z.object({ code: z.string(), changes: z.array(PolicyFieldChange) })),
  })
  .meta({ id: 'PolicySectionDiff' });

export const PolicyDiff = z
  .object({
    from: z.string(),
    to: z.string(),
    /** True when the two documents hold the same reference data. */
    identical: z.boolean(),
    /** Changes to document-level fields (titles, effective date, notes). */
    document: z.array(PolicyFieldChange),
    /** Sections with at least one added, removed or changed entry, keyed by code. */
    sections: z.array(PolicySectionDiff),
  })
  .meta({ id: 'PolicyDiff' });
export type PolicyDiff = z.infer<typeof PolicyDiff>;
