/**
 * Shared enumerations and limits of the register: imported by the server, the
 * rules, the API contracts and (later) the web workspace. Latvian labels live in
 * the message catalogues, keyed by these codes.
 */

/** The six institution groups of policy v1 (B7). */
export const INSTITUTION_GROUPS = [
  'directAdministration', // Valsts tiešās pārvaldes iestādes
  'derivedPublicPerson', // Atvasinātās publiskās personas un to iestādes
  'capitalCompany', // Kapitālsabiedrības
  'judiciary', // Tiesu sistēmai piederīgas personas un iestādes
  'privatePerson', // Privātpersonas
  'associationFoundation', // Biedrības un nodibinājumi
] as const;
export type InstitutionGroup = (typeof INSTITUTION_GROUPS)[number];

/** What kind of body an institution is; decides which lead roles it may hold (R17). */
export const INSTITUTION_KINDS = [
  'ministry',
  'stateInstitution', // agencies, services, inspectorates, offices…
  'municipality',
  'municipalInstitution',
  'independentInstitution', // State Chancellery, Ombudsman, State Audit Office…
  'derivedPublicPerson', // Bank of Latvia, universities, regulators…
  'capitalCompany',
  'court',
  'judicialInstitution', // prosecution, notaries, bailiffs
  'privatePerson',
  'association',
] as const;
export type InstitutionKind = (typeof INSTITUTION_KINDS)[number];

/** The ten roles of policy v1 (B5), as English identifiers. */
export const ROLES = [
  'stateLead',
  'sectorLead',
  'municipalLead',
  'portfolioOwner',
  'serviceOwner',
  'serviceProvider',
  'serviceRecipient',
  'resourcePortfolioOwner',
  'resourceOwner',
  'resourceUser',
] as const;
export type Role = (typeof ROLES)[number];

/** Scales (mērogi) a role assignment is scoped to. */
export const SCOPE_TYPES = ['state', 'sector', 'municipality', 'institution', 'service', 'resource'] as const;
export type ScopeType = (typeof SCOPE_TYPES)[number];

/** The scope each role lives at. */
export const ROLE_SCOPE: Record<Role, ScopeType> = {
  stateLead: 'state',
  sectorLead: 'sector',
  municipalLead: 'municipality',
  portfolioOwner: 'institution',
  serviceOwner: 'service',
  serviceProvider: 'service',
  serviceRecipient: 'service',
  resourcePortfolioOwner: 'institution',
  resourceOwner: 'resource',
  resourceUser: 'resource',
};

/**
 * Roles that exactly one person performs per scope (R13–R17): the state, sector
 * and municipal leads' responsible person, the portfolio manager, the service
 * manager, the resource-portfolio manager and the resource manager.
 */
export const SINGLE_HOLDER_ROLES: readonly Role[] = [
  'stateLead',
  'sectorLead',
  'municipalLead',
  'portfolioOwner',
  'serviceOwner',
  'resourcePortfolioOwner',
  'resourceOwner',
];

/** The four leaf recipient types (R24). */
export const RECIPIENT_TYPES = [
  'publicIndividual', // publisks, individuāla labuma
  'publicGeneral', // publisks, vispārēja labuma
  'interInstitutionalIndividual', // starpiestāžu, individuālas lietošanas
  'interInstitutionalShared', // starpiestāžu, koplietošanas
] as const;
export type RecipientType = (typeof RECIPIENT_TYPES)[number];

export const isInterInstitutional = (t: RecipientType): boolean => t.startsWith('interInstitutional');

/** Target groups a description names; must agree with the recipient type. */
export const TARGET_GROUPS = ['residents', 'businesses', 'institutions', 'society'] as const;
export type TargetGroup = (typeof TARGET_GROUPS)[number];

export const COMPLEXITIES = ['simple', 'complex', 'smart'] as const;
export type Complexity = (typeof COMPLEXITIES)[number];

/** Core-activity management stages (B6), the lifecycle of a service. */
export const LIFECYCLE_STAGES = ['plan', 'create', 'implement', 'provide', 'maintainImprove', 'terminated'] as const;
export type LifecycleStage = (typeof LIFECYCLE_STAGES)[number];

export const PUBLICATION_STATUSES = ['draft', 'published', 'archived'] as const;
export type PublicationStatus = (typeof PUBLICATION_STATUSES)[number];

/** States of one version of a service description. */
export const VERSION_STATES = ['draft', 'submitted', 'published', 'superseded', 'archived'] as const;
export type VersionState = (typeof VERSION_STATES)[number];

/** Digital status, derived from channels (R27); never set by hand. */
export const DIGITAL_STATUSES = ['dService', 'eService', 'none'] as const;
export type DigitalStatus = (typeof DIGITAL_STATUSES)[number];

/** Phases a service uses channel points in. */
export const CHANNEL_PHASES = ['request', 'receipt'] as const;
export type ChannelPhase = (typeof CHANNEL_PHASES)[number];

/** How the provider processes a request (the middle phase of R27). */
export const PROCESSING_MODES = ['electronic', 'physical', 'mixed'] as const;
export type ProcessingMode = (typeof PROCESSING_MODES)[number];

/** Channel environments of policy v1 (B8). */
export const CHANNEL_ENVIRONMENTS = ['remoteElectronic', 'remotePhysical', 'inPerson'] as const;
export type ChannelEnvironment = (typeof CHANNEL_ENVIRONMENTS)[number];

export const RESOURCE_KINDS = ['digitalTechnology', 'information'] as const;
export type ResourceKind = (typeof RESOURCE_KINDS)[number];

/** The nine capability kinds (B9). */
export const CAPABILITY_KINDS = [
  'organisationalStructure',
  'culture',
  'personnel',
  'competences',
  'guidelines',
  'processes',
  'regulation',
  'partners',
  'recipients',
] as const;
export type CapabilityKind = (typeof CAPABILITY_KINDS)[number];

/** Audiences that get into life situations (S4:270). */
export const LIFE_SITUATION_AUDIENCES = ['residents', 'businesses', 'institutions'] as const;
export type LifeSituationAudience = (typeof LIFE_SITUATION_AUDIENCES)[number];

/**
 * Kinds of PLVN indicator. `support*` are the only kind the seeds name (R05, R06);
 * the others are the product's starter list. `better` says which direction is an
 * improvement, used to check that a provider never lowers the owner's terms (R06).
 */
export const INDICATOR_KINDS = {
  processingTime: { better: 'lower' },
  responseTime: { better: 'lower' },
  availability: { better: 'higher' },
  supportHours: { better: 'higher' },
  supportChannels: { better: 'superset' },
  other: { better: 'none' },
} as const;
export type IndicatorKind = keyof typeof INDICATOR_KINDS;
export const INDICATOR_KIND_CODES = Object.keys(INDICATOR_KINDS) as IndicatorKind[];

/** Naming rule limits (R08). */
export const MIN_NAME_WORDS = 3;
export const MAX_NAME_WORDS = 6;

/** Text limits shared by the contracts and the UI. */
export const MAX_NAME_LENGTH = 300;
export const MAX_TEXT_LENGTH = 20_000;
export const MAX_PAGE_SIZE = 200;
export const DEFAULT_PAGE_SIZE = 50;
