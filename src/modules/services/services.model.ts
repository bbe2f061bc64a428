/**
 * The service description as the rules see it: plain data, no I/O. The
 * repository builds a `ServiceDescription` from a version's row and link tables;
 * the service layer loads a `RuleContext` with everything else the rules need.
 */
import type {
  ChannelEnvironment,
  ChannelPhase,
  Complexity,
  DigitalStatus,
  LifecycleStage,
  ProcessingMode,
  RecipientType,
  TargetGroup,
} from '../../shared/enums.js';
import type { Contacts, Fee, LegalBasis, LocalizedItem, NameParts, ServiceLevelTermsSet } from './services.table.js';

export type { Contacts, Fee, LegalBasis, LocalizedItem, NameParts, ServiceLevelIndicator, ServiceLevelTermsSet } from './services.table.js';

/** A channel point used in a phase. */
export interface ChannelUse {
  channelPointId: string;
  phase: ChannelPhase;
}

export interface ProviderEntry {
  institutionId: string;
  /** The provider's own PLVN; null means it follows the owner's terms. */
  serviceLevelTerms: ServiceLevelTermsSet[] | null;
}

/**
 * The content of one version of a service description. For an instance of a
 * unified (template) service, `null` fields and empty inherited lists are
 * filled from the template by `resolveEffectiveDescription`.
 */
export interface ServiceDescription {
  nameLv: string | null;
  nameEn: string | null;
  nameParts: NameParts | null;
  descriptionLv: string | null;
  descriptionEn: string | null;
  recipientType: RecipientType | null;
  targetGroups: TargetGroup[] | null;
  complexity: Complexity | null;
  lifecycleStage: LifecycleStage | null;
  activityDirectionId: string | null;
  processingMode: ProcessingMode | null;
  serviceLevelTerms: ServiceLevelTermsSet[] | null;
  fee: Fee | null;
  legalBasis: LegalBasis[] | null;
  prerequisites: LocalizedItem[] | null;
  requiredDocuments: LocalizedItem[] | null;
  resultLv: string | null;
  resultEn: string | null;
  contacts: Contacts | null;
  keywords: string[] | null;
  needIds: string[];
  channelPoints: ChannelUse[];
  providers: ProviderEntry[];
  resourceIds: string[];
  /** Services a complex or smart service bundles. */
  componentIds: string[];
  /** Inter-institutional services this service depends on. */
  dependsOnIds: string[];
  /** Lineage: services this one replaces or merges. */
  replacesIds: string[];
  mergesIds: string[];
}

/** Fields an instance of a unified service may override; everything else comes from the template. */
export const INSTANCE_OVERRIDABLE_FIELDS = ['channelPoints', 'contacts', 'fee', 'providers', 'activityDirectionId', 'lifecycleStage', 'serviceLevelTerms'] as const;

/** What a channel type means for the digital status (from the active policy version). */
export interface ChannelTypeInfo {
  code: string;
  environment: ChannelEnvironment;
  /** Whether requesting or receiving through it counts as electronic (R27). */
  digital: boolean;
}

export interface DigitalStatusResult {
  status: DigitalStatus;
  byPhase: { request: PhaseMode; processing: PhaseMode; receipt: PhaseMode };
}
/** How a phase can be done: only electronically, only physically, both, or not described. */
export type PhaseMode = 'electronic' | 'physical' | 'mixed' | 'none';

/** Everything outside the description that the publication rules look at. */
export interface RuleContext {
  service: {
    id: string | null;
    ownerInstitutionId: string;
    isTemplate: boolean;
    templateServiceId: string | null;
  };
  owner: {
    id: string;
    activityDirectionIds: string[];
    /** The active portfolio manager (portfolioOwner role with a person), if appointed (R14). */
    portfolioManagerPersonId: string | null;
  };
  /** Active service managers (serviceOwner with a person) of this service (R13): must be exactly one. */
  serviceManagerCount: number;
  /** Channel points used by the description, with their channel type meaning. */
  channelPoints: Map<string, ChannelTypeInfo>;
  /** For each need of the description, the life situations it belongs to (R25). */
  needLifeSituations: Map<string, string[]>;
  /** For each provider institution other than the owner: responsible people appointed (R19). */
  providerPeople: Map<string, number>;
  /** Component edges of other services (their current version), for the acyclic rule. */
  componentGraph: Map<string, string[]>;
  /** Recipient types of the services this one depends on (they must be inter-institutional). */
  dependencyRecipientTypes: Map<string, RecipientType | null>;
}

/** One changed field between two versions of a description. */
export interface FieldChange {
  path: string;
  before: unknown;
  after: unknown;
}

/** The description fields stored as columns of a version row (the rest are link tables). */
export const VERSION_COLUMN_FIELDS = [
  'nameLv',
  'nameEn',
  'nameParts',
  'descriptionLv',
  'descriptionEn',
  'recipientType',
  'targetGroups',
  'complexity',
  'lifecycleStage',
  'activityDirectionId',
  'processingMode',
  'serviceLevelTerms',
  'fee',
  'legalBasis',
  'prerequisites',
  'requiredDocuments',
  'resultLv',
  'resultEn',
  'contacts',
  'keywords',
] as const satisfies readonly (keyof ServiceDescription)[];

export type VersionColumns = Pick<ServiceDescription, (typeof VERSION_COLUMN_FIELDS)[number]>;

/** The column part of a description, copied field by field (nothing else on the object comes along). */
export function versionColumnsOf(d: ServiceDescription): VersionColumns {
  const out = {} as Record<string, unknown>;
  for (const f of VERSION_COLUMN_FIELDS) out[f] = d[f];
  return out as VersionColumns;
}
