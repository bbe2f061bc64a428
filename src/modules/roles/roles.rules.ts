/**
 * The policy's role rules (policy-v1 B5, C: R12–R19) as pure functions: no
 * I/O. The service layer loads the facts, these decide.
 */
import type { FieldIssue, RuleViolation } from '../../platform/errors.js';
import { t, type Locale } from '../../platform/i18n.js';
import { ROLE_SCOPE, SINGLE_HOLDER_ROLES, type Role, type ScopeType } from '../../shared/enums.js';
import './roles.messages.js';

export interface InstitutionFacts {
  id: string;
  kind: string;
}

export interface PersonFacts {
  id: string;
  /** The institution that employs the person. */
  institutionId: string;
  active: boolean;
}

/** What an assignment's scope id points at, as loaded by the service layer. */
export type ScopeFacts =
  | { type: 'state' }
  | { type: 'sector' | 'municipality' | 'institution'; institution: InstitutionFacts }
  | { type: 'service'; id: string; ownerInstitutionId: string }
  | { type: 'resource'; id: string; institutionId: string };

export interface AppointmentFacts {
  role: Role;
  /** The institution that holds the role. */
  holder: InstitutionFacts;
  scope: ScopeFacts;
  /** The person who performs it; null only for the service recipient. */
  person: PersonFacts | null;
}

/** Message in both languages; `labels` are message keys translated into each language before interpolation. */
function bilingual(key: string, params: Record<string, unknown> = {}, labels: Record<string, string> = {}): { lv: string; en: string } {
  const inLocale = (l: Locale) => t(l, key, { ...params, ...Object.fromEntries(Object.entries(labels).map(([k, v]) => [k, t(l, v)])) });
  return { lv: inLocale('lv'), en: inLocale('en') };
}

const violation = (rule: string, code: string, path: string, key: string, params: Record<string, unknown> = {}, labels: Record<string, string> = {}): RuleViolation => ({
  rule,
  code,
  severity: 'error',
  path,
  message: bilingual(key, params, labels),
});

/** The rule that makes a role single-holder per scope, or null when several people may perform it. */
export function singleHolderRule(role: Role): string | null {
  if (!SINGLE_HOLDER_ROLES.includes(role)) return null;
  switch (role) {
    case 'serviceOwner':
      return 'R13';
    case 'portfolioOwner':
      return 'R14';
    case 'resourcePortfolioOwner':
      return 'R15';
    case 'resourceOwner':
      return 'R16';
    default:
      return 'R17'; // the three leads: "each with one specific responsible person"
  }
}

/** The scope type a role lives at (R17 and B5: the scale of each role). */
export const scopeTypeOf = (role: Role): ScopeType => ROLE_SCOPE[role];

/**
 * Shape of an appointment before anything is looked up: state-wide roles take
 * no scope id, all others need one; every role but the recipient needs a person,
 * the recipient (a generic designation, B5) takes none.
 */
export function checkAppointmentShape(role: Role, personId: string | null | undefined, scopeId: string | null | undefined): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (scopeTypeOf(role) === 'state') {
    if (scopeId) issues.push({ path: 'scopeId', code: 'mustBeNull', message: 'roles.scope.mustBeNull', params: {} });
  } else if (!scopeId) {
    issues.push({ path: 'scopeId', code: 'required', message: 'roles.scope.required', params: {} });
  }
  if (role === 'serviceRecipient') {
    if (personId) issues.push({ path: 'personId', code: 'mustBeNull', message: 'roles.person.mustBeNull', params: {} });
  } else if (!personId) {
    issues.push({ path: 'personId', code: 'required', message: 'roles.person.required', params: {} });
  }
  return issues;
}

/**
 * Which institution may hold the role in this scope (R12, R17, R19, and the
 * institution-scale and resource roles of B5). Nothing here limits how many
 * different roles one institution holds (R18).
 */
export function checkHolder(f: AppointmentFacts): RuleViolation[] {
  const { role, holder, scope } = f;
  const scopeInstitution = 'institution' in scope ? scope.institution : null;
  switch (role) {
    case 'stateLead':
      return holder.kind === 'ministry' && scope.type === 'state' ? [] : [violation('R17', 'role.stateLead.holder', 'institutionId', 'roles.R17.stateLead')];
    case 'sectorLead':
      return holder.kind === 'ministry' && scopeInstitution?.id === holder.id ? [] : [violation('R17', 'role.sectorLead.holder', holder.kind === 'ministry' ? 'scopeId' : 'institutionId', 'roles.R17.sectorLead')];
    case 'municipalLead':
      return holder.kind === 'municipality' && scopeInstitution?.id === holder.id
        ? []
        : [violation('R17', 'role.municipalLead.holder', holder.kind === 'municipality' ? 'scopeId' : 'institutionId', 'roles.R17.municipalLead')];
    case 'portfolioOwner':
      return scopeInstitution?.id === holder.id ? [] : [violation('R14', 'role.portfolioOwner.scope', 'scopeId', 'roles.institutionScope.self', {}, { role: `roles.role.${role}` })];
    case 'resourcePortfolioOwner':
      return scopeInstitution?.id === holder.id ? [] : [violation('R15', 'role.resourcePortfolioOwner.scope', 'scopeId', 'roles.institutionScope.self', {}, { role: `roles.role.${role}` })];
    case 'serviceOwner':
      // R12: exactly one owner per service, and that owner is the services.owner_institution_id column.
      return scope.type === 'service' && scope.ownerInstitutionId === holder.id ? [] : [violation('R12', 'role.serviceOwner.holder', 'institutionId', 'roles.R12.serviceOwner')];
    case 'resourceOwner':
      return scope.type === 'resource' && scope.institutionId === holder.id ? [] : [violation('R16', 'role.resourceOwner.holder', 'institutionId', 'roles.resourceOwner.owner')];
    case 'serviceProvider': // R19: the owner or any other institution
    case 'serviceRecipient': // residents, businesses, institutions or society
    case 'resourceUser': // the using institution
      return [];
  }
}

/**
 * Who performs the role: a named, active person employed by the holding
 * institution (B5: roles are held by institutions and performed by their
 * people); the service recipient is a generic designation without a person.
 */
export function checkPerformer(f: AppointmentFacts): RuleViolation[] {
  if (f.role === 'serviceRecipient') return f.person ? [violation('B5', 'role.serviceRecipient.person', 'personId', 'roles.person.mustBeNull')] : [];
  if (!f.person) return [violation('B5', 'role.person.required', 'personId', 'roles.person.required')];
  const out: RuleViolation[] = [];
  if (!f.person.active) out.push(violation('B5', 'role.person.inactive', 'personId', 'roles.person.inactive'));
  if (f.person.institutionId !== f.holder.id) out.push(violation('B5', 'role.person.employer', 'personId', 'roles.person.employer'));
  return out;
}

/** Every rule of an appointment that the loaded facts decide. */
export const checkAppointment = (f: AppointmentFacts): RuleViolation[] => [...checkHolder(f), ...checkPerformer(f)];

/**
 * R13–R17 for single-holder roles: a new appointment is refused while another
 * person performs the role in the same scope; replacing the holder is the way.
 * `activeInScope` are the active assignments of this role in this scope.
 */
export function checkSingleHolder(role: Role, activeInScope: { id: string }[]): RuleViolation[] {
  const rule = singleHolderRule(role);
  if (!rule || activeInScope.length === 0) return [];
  return [violation(rule, `role.${role}.singleHolder`, 'personId', 'roles.singleHolder', { id: activeInScope[0].id }, { performer: `roles.performer.${role}` })];
}

/** Outcome of one cardinality rule for an institution, a service or a resource. */
export interface CardinalityCheck {
  rule: 'R13' | 'R14' | 'R15' | 'R16' | 'R19';
  status: 'met' | 'broken' | 'notApplicable';
  scopeType: ScopeType;
  scopeId: string;
  /** People performing the role in that scope. */
  holders: number;
  message: { lv: string; en: string };
}

export interface InstitutionRoleFacts {
  institutionId: string;
  /** Services the institution owns that are not archived. */
  serviceCount: number;
  resourceCount: number;
  portfolioManagers: number;
  resourcePortfolioManagers: number;
  /** Each owned, non-archived service with its active service managers. */
  services: { id: string; managers: number }[];
  /** Each resource of the institution with its active resource managers. */
  resources: { id: string; managers: number }[];
  /** Each service the institution provides (its own, or another's that lists it) with its responsible people. */
  providedServices: { id: string; people: number }[];
}

const exactlyOne = (n: number): 'met' | 'broken' => (n === 1 ? 'met' : 'broken');

/**
 * The cardinality rules of an institution's roles, met or broken: R14 exactly
 * one portfolio manager when it holds services, R15 exactly one
 * resource-portfolio manager when it holds resources, R13 one manager per
 * service, R16 one per resource, R19 at least one responsible person for each
 * service it provides.
 */
export function evaluateInstitutionRoles(f: InstitutionRoleFacts): CardinalityCheck[] {
  const checks: CardinalityCheck[] = [];
  const r14 = f.serviceCount > 0 ? exactlyOne(f.portfolioManagers) : 'notApplicable';
  checks.push({ rule: 'R14', status: r14, scopeType: 'institution', scopeId: f.institutionId, holders: f.portfolioManagers, message: bilingual(`roles.check.R14.${r14}`, { count: f.serviceCount, holders: f.portfolioManagers }) });
  const r15 = f.resourceCount > 0 ? exactlyOne(f.resourcePortfolioManagers) : 'notApplicable';
  checks.push({ rule: 'R15', status: r15, scopeType: 'institution', scopeId: f.institutionId, holders: f.resourcePortfolioManagers, message: bilingual(`roles.check.R15.${r15}`, { count: f.resourceCount, holders: f.resourcePortfolioManagers }) });
  for (const s of f.services) {
    const status = exactlyOne(s.managers);
    checks.push({ rule: 'R13', status, scopeType: 'service', scopeId: s.id, holders: s.managers, message: bilingual(`roles.check.R13.${status}`) });
  }
  for (const r of f.resources) {
    const status = exactlyOne(r.managers);
    checks.push({ rule: 'R16', status, scopeType: 'resource', scopeId: r.id, holders: r.managers, message: bilingual(`roles.check.R16.${status}`) });
  }
  for (const s of f.providedServices) {
    const status = s.people >= 1 ? 'met' : 'broken';
    checks.push({ rule: 'R19', status, scopeType: 'service', scopeId: s.id, holders: s.people, message: bilingual(`roles.check.R19.${status}`, { holders: s.people }) });
  }
  return checks;
}
