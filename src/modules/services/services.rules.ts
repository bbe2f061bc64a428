/**
 * The register's rules for service descriptions (policy-v1 section C): pure
 * functions, no I/O. The service layer loads a `RuleContext`, calls
 * `checkServiceRules` on save (mode 'draft') and on publish (mode 'publish'),
 * stores `deriveDigitalStatus` with every version, and shows `diffDescriptions`
 * between versions.
 */
import type { RuleViolation } from '../../platform/errors.js';
import { tBoth } from '../../platform/i18n.js';
import {
  COMPLEXITIES,
  INDICATOR_KINDS,
  MAX_NAME_WORDS,
  MIN_NAME_WORDS,
  RECIPIENT_TYPES,
  isInterInstitutional,
  type IndicatorKind,
  type RecipientType,
} from '../../shared/enums.js';
import { DESCRIPTION_FIELDS } from './services.diff.js';
import './services.messages.js';
import {
  INSTANCE_OVERRIDABLE_FIELDS,
  type RuleContext,
  type ServiceDescription,
  type ServiceLevelIndicator,
  type ServiceLevelTermsSet,
} from './services.model.js';

export { DESCRIPTION_FIELDS, diffDescriptions } from './services.diff.js';

// ---------------------------------------------------------------------------
// R27: digital status
// ---------------------------------------------------------------------------

/** Digital status per phase and overall (R27): the pure rule lives in `shared/` so the workspace recomputes it live. */
export { deriveDigitalStatus } from '../../shared/digital-status.js';

// ---------------------------------------------------------------------------
// Naming (R07, R08)
// ---------------------------------------------------------------------------

/**
 * Deverbal action nouns accepted as the action of a name besides the regular
 * `-šana` / `-šanās` forms (which cover e.g. izsniegšana, apliecināšana).
 * Only nouns that name an act the provider performs; nouns for documents or
 * things (izziņa, atļauja, pabalsts) are deliberately absent. The plural or
 * genitive form (-as, -es) is accepted as well, e.g. "Juridiskās konsultācijas".
 */
export const ACTION_NOUNS: readonly string[] = [
  'reģistrācija',
  'konsultācija',
  'ekspertīze',
  'pārbaude',
  'apskate',
  'uzskaite',
  'apmaksa',
  'izmaksa',
  'aprūpe',
  'apmācība',
  'palīdzība',
  'akreditācija',
  'sertifikācija',
  'atestācija',
  'legalizācija',
];
const ACTION_NOUN_FORMS = new Set(ACTION_NOUNS.flatMap((n) => [n, `${n}s`]));

/** Nouns for what the recipient does; a name should say what the provider does (R08). */
const RECIPIENT_ACTION_STEMS = ['pieteikšan', 'saņemšan', 'iesniegšan', 'pieprasīšan'];
/** Prepositions after which such a noun is not the action ("Pabalsta piešķiršana bez pieteikšanās"). */
const PREPOSITIONS = new Set(['bez', 'pēc', 'par', 'uz', 'pirms', 'līdz', 'ar']);

const lower = (s: string): string => s.toLocaleLowerCase('lv');
const collapse = (s: string): string => s.trim().replace(/\s+/g, ' ');
const stripPunct = (w: string): string => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
/** Words of a name: whitespace-separated tokens that contain a letter or digit. */
const nameWords = (s: string): string[] => collapse(s).split(' ').map(stripPunct).filter((w) => /[\p{L}\p{N}]/u.test(w));
const lowerFirst = (s: string): string => (s ? lower(s.charAt(0)) + s.slice(1) : s);
const upperFirst = (s: string): string => (s ? s.charAt(0).toLocaleUpperCase('lv') + s.slice(1) : s);

const isActionWord = (w: string): boolean => {
  const lw = lower(w);
  return (lw.length > 4 && (lw.endsWith('šana') || lw.endsWith('šanās'))) || ACTION_NOUN_FORMS.has(lw);
};

const recipientActionIn = (words: string[]): string | null => {
  for (let i = 0; i < words.length; i++) {
    const lw = lower(words[i]);
    if (i > 0 && PREPOSITIONS.has(lower(words[i - 1]))) continue;
    if (RECIPIENT_ACTION_STEMS.some((s) => lw.startsWith(s))) return words[i];
  }
  return null;
};

// ---------------------------------------------------------------------------
// R03: "not a service" hints
// ---------------------------------------------------------------------------

/** A pattern that must start at a word boundary (JS `\b` does not know Latvian letters). */
const w = (src: string): RegExp => new RegExp(`(?<![\\p{L}\\p{N}])${src}`, 'u');

type NotAServiceCategory = 'ownServiceSupport' | 'generalInformation' | 'internalSupport' | 'administrative';

/**
 * The four categories of policy-v1 B10 ("Par pakalpojumu nav jāuzskata"), as
 * phrase patterns on the lower-cased Latvian name or the first sentence of the
 * description. Hints only: they never block.
 */
const NOT_A_SERVICE: readonly { category: NotAServiceCategory; patterns: RegExp[] }[] = [
  {
    category: 'ownServiceSupport',
    patterns: [w('konsult\\p{L}*\\s+par\\s'), w('atbalst\\p{L}*\\s+(savas\\s+)?iestādes\\s+pakalpojum')],
  },
  {
    category: 'generalInformation',
    patterns: [w('informācijas\\s+publicēšan'), w('skaidrojoš\\p{L}*\\s+(\\p{L}+\\s+)?informācij'), w('izglītojoš\\p{L}*\\s+informācij')],
  },
  {
    category: 'internalSupport',
    patterns: [w('lietvedīb'), w('grāmatvedīb'), w('ikt\\s+(\\p{L}+\\s+)?(nodrošināšan|uzturēšan|atbalst)'), w('ikt\\s+nodrošinājum')],
  },
  {
    category: 'administrative',
    patterns: [
      w('normatīv\\p{L}*\\s+(aktu|regulējuma)\\s+(projektu\\s+)?(izstrād|sagatavošan|pilnveid)'),
      w('politik\\p{L}*\\s+(plānošan|izstrād|veidošan)'),
      w('plānošanas\\s+dokumentu\\s+(izstrād|sagatavošan)'),
      w('vadlīniju\\s+izstrād'),
      w('kontrol\\p{L}*\\s+un\\s+uzraudzīb'),
      w('uzraudzīb\\p{L}*\\s+un\\s+kontrol'),
      w('atbild\\p{L}*\\s+(sniegšana\\s+)?uz\\s+(\\p{L}+\\s+)?(vēstul|iesniegum|sūdzīb)'),
      w('(vēstuļu|sūdzību)\\s+(izskatīšan|apstrād)'),
      w('vispārēj\\p{L}*\\s+informācijas\\s+sniegšan'),
    ],
  },
];

const firstSentence = (s: string): string => {
  const m = /^[\s\S]*?[.!?](\s|$)/.exec(s);
  return m ? m[0] : s;
};

// ---------------------------------------------------------------------------
// PLVN helpers (R05, R06, R20, R21)
// ---------------------------------------------------------------------------

type Better = 'lower' | 'higher' | 'superset' | 'none';
const betterOf = (kind: string): Better | null => (Object.hasOwn(INDICATOR_KINDS, kind) ? INDICATOR_KINDS[kind as IndicatorKind].better : null);
const setKey = (s: { nameLv?: string | null }): string => lower(collapse(s.nameLv ?? ''));
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const showValue = (i: ServiceLevelIndicator): string =>
  isNumber(i.target) ? `${i.target}${i.unit ? ` ${i.unit}` : ''}` : (i.values ?? []).join(', ') || '—';
const hasTarget = (i: ServiceLevelIndicator): boolean => {
  const better = betterOf(i.kind);
  if (better === 'superset') return (i.values ?? []).length > 0;
  if (better === 'lower' || better === 'higher') return isNumber(i.target);
  return isNumber(i.target) || (i.values ?? []).some((v) => v.trim() !== '');
};

// ---------------------------------------------------------------------------
// checkServiceRules
// ---------------------------------------------------------------------------

type Mode = 'draft' | 'publish';

/** How strongly policy-v1 section C words a rule: HARD blocks publication, SOFT warns. */
export type RuleStrength = 'hard' | 'soft';

/**
 * One finding of a rule, independent of the mode: the mode only decides whether a
 * hard finding is an error (publish) or a warning (draft). Stored per version as
 * it is (`service_rule_results`), so the message is rendered again from its key and params.
 */
export interface RuleFinding {
  rule: string;
  code: string;
  strength: RuleStrength;
  path: string;
  /** Message catalogue key, without the `services.rules.` prefix. */
  messageKey: string;
  params: Record<string, unknown>;
}

/** Collects findings in the order the checks find them. */
class Violations {
  readonly list: RuleFinding[] = [];
  private add(strength: RuleStrength, rule: string, code: string, path: string, messageKey: string, params: Record<string, unknown>): void {
    this.list.push({ rule, code, strength, path, messageKey, params });
  }
  /** HARD rule: blocks publication, reported as a warning on a draft. */
  hard(rule: string, code: string, path: string, key: string, params: Record<string, unknown> = {}): void {
    this.add('hard', rule, code, path, key, params);
  }
  /** SOFT rule or hint: never blocks. */
  soft(rule: string, code: string, path: string, key: string, params: Record<string, unknown> = {}): void {
    this.add('soft', rule, code, path, key, params);
  }
}

function checkNeeds(d: ServiceDescription, v: Violations): void {
  if ((d.needIds ?? []).length === 0) v.hard('R01', 'service.needs.missing', 'needIds', 'needs.missing');
}

function checkActivityDirection(d: ServiceDescription, ctx: RuleContext, v: Violations): void {
  if (!d.activityDirectionId) v.hard('R02', 'service.activityDirection.missing', 'activityDirectionId', 'activityDirection.missing');
  else if (!(ctx.owner.activityDirectionIds ?? []).includes(d.activityDirectionId))
    v.hard('R02', 'service.activityDirection.notOwners', 'activityDirectionId', 'activityDirection.notOwners');
}

function checkNotAService(d: ServiceDescription, v: Violations): void {
  const name = lower(d.nameLv ?? '');
  const description = lower(firstSentence(d.descriptionLv ?? ''));
  for (const { category, patterns } of NOT_A_SERVICE) {
    // A shared-service centre doing accounting or ICT for other institutions is a
    // legitimate inter-institutional service (a competence centre), not an internal function.
    if (category === 'internalSupport' && d.recipientType && isInterInstitutional(d.recipientType)) continue;
    const inName = patterns.some((p) => p.test(name));
    const inDescription = !inName && patterns.some((p) => p.test(description));
    if (inName || inDescription) v.soft('R03', `service.notAService.${category}`, inName ? 'nameLv' : 'descriptionLv', `notAService.${category}`);
  }
}

function checkName(d: ServiceDescription, v: Violations): void {
  const name = collapse(d.nameLv ?? '');
  if (!name) {
    v.hard('R07', 'service.name.missing', 'nameLv', 'name.missing');
    return;
  }
  const parts = d.nameParts;
  if (parts) {
    const object = collapse(parts.object ?? '');
    const action = collapse(parts.action ?? '');
    if (!object) v.hard('R07', 'service.name.partsIncomplete', 'nameParts.object', 'name.partsIncomplete');
    if (!action) v.hard('R07', 'service.name.partsIncomplete', 'nameParts.action', 'name.partsIncomplete');
    if (object && action) {
      const expected = collapse([object, action, parts.info ?? ''].join(' '));
      if (lowerFirst(name) !== lowerFirst(expected))
        v.hard('R07', 'service.name.partsMismatch', 'nameLv', 'name.partsMismatch', { expected: upperFirst(expected) });
    }
  } else if (!nameWords(name).some(isActionWord)) {
    v.hard('R07', 'service.name.noAction', 'nameLv', 'name.noAction');
  }

  const count = nameWords(name).length;
  if (count < MIN_NAME_WORDS || count > MAX_NAME_WORDS)
    v.soft('R08', 'service.name.wordCount', 'nameLv', 'name.wordCount', { count, min: MIN_NAME_WORDS, max: MAX_NAME_WORDS });

  const actionWords = parts?.action ? nameWords(parts.action) : nameWords(name);
  const recipientAction = recipientActionIn(actionWords);
  if (recipientAction) v.soft('R08', 'service.name.recipientAction', parts?.action ? 'nameParts.action' : 'nameLv', 'name.recipientAction', { word: recipientAction });
}

function checkRoles(ctx: RuleContext, v: Violations): void {
  if (!ctx.service.ownerInstitutionId) v.hard('R12', 'service.owner.missing', 'ownerInstitutionId', 'owner.missing');
  if (ctx.serviceManagerCount < 1) v.hard('R13', 'service.manager.missing', 'serviceManager', 'manager.missing');
  else if (ctx.serviceManagerCount > 1) v.hard('R13', 'service.manager.multiple', 'serviceManager', 'manager.multiple', { count: ctx.serviceManagerCount });
  if (!ctx.owner.portfolioManagerPersonId) v.hard('R14', 'service.portfolioManager.missing', 'portfolioManager', 'portfolioManager.missing');
}

function checkProviders(d: ServiceDescription, ctx: RuleContext, v: Violations): void {
  const ownerId = ctx.service.ownerInstitutionId;
  const seen = new Set<string>();
  (d.providers ?? []).forEach((p, i) => {
    if (seen.has(p.institutionId)) {
      v.hard('R19', 'service.provider.duplicate', `providers[${i}]`, 'provider.duplicate', { provider: p.institutionId });
      return;
    }
    seen.add(p.institutionId);
    // The owner's people are its service manager and staff; only other providers must name someone.
    if (p.institutionId !== ownerId && (ctx.providerPeople.get(p.institutionId) ?? 0) < 1)
      v.hard('R19', 'service.provider.noResponsiblePerson', `providers[${i}]`, 'provider.noResponsiblePerson', { provider: p.institutionId });
  });
}

function checkServiceLevelTerms(d: ServiceDescription, v: Violations): void {
  const sets = d.serviceLevelTerms ?? [];
  if (sets.length === 0) v.hard('R20', 'service.plvn.missing', 'serviceLevelTerms', 'plvn.missing');
  const names = new Set<string>();
  sets.forEach((s, i) => {
    const path = `serviceLevelTerms[${i}]`;
    const key = setKey(s);
    if (!key) v.hard('R21', 'service.plvn.setNameMissing', `${path}.nameLv`, 'plvn.setNameMissing');
    else if (names.has(key)) v.hard('R21', 'service.plvn.setNameDuplicate', `${path}.nameLv`, 'plvn.setNameDuplicate', { set: s.nameLv });
    else names.add(key);
    const indicators = s.indicators ?? [];
    if (indicators.length === 0) v.hard('R20', 'service.plvn.emptySet', `${path}.indicators`, 'plvn.emptySet', { set: s.nameLv ?? '' });
    indicators.forEach((ind, k) => {
      const ip = `${path}.indicators[${k}]`;
      const better = betterOf(ind.kind);
      if (better === null) v.hard('R20', 'service.plvn.indicatorKindUnknown', `${ip}.kind`, 'plvn.indicatorKindUnknown', { kind: ind.kind });
      else if (!hasTarget(ind))
        v.hard('R20', 'service.plvn.indicatorTargetMissing', `${ip}.${better === 'superset' ? 'values' : 'target'}`, 'plvn.indicatorTargetMissing', {
          indicator: ind.nameLv,
          set: s.nameLv ?? '',
        });
    });
  });
  const hasSupport = sets.some((s) => (s.indicators ?? []).some((i) => i.kind === 'supportHours' || i.kind === 'supportChannels'));
  if (!hasSupport) v.hard('R05', 'service.plvn.supportMissing', 'serviceLevelTerms', 'plvn.supportMissing');
}

/** R06: a provider's own PLVN may raise the owner's terms but never lower them. */
function checkProviderTerms(d: ServiceDescription, ctx: RuleContext, v: Violations): void {
  const ownerSets = d.serviceLevelTerms ?? [];
  if (ownerSets.length === 0) return;
  (d.providers ?? []).forEach((p, i) => {
    if (p.institutionId === ctx.service.ownerInstitutionId) return;
    (p.serviceLevelTerms ?? []).forEach((ps, j) => {
      const ownerSet: ServiceLevelTermsSet = ownerSets.find((s) => setKey(s) === setKey(ps)) ?? ownerSets[0];
      const setPath = `providers[${i}].serviceLevelTerms[${j}]`;
      const provIndicators = (ps.indicators ?? []).map((x, k) => ({ x, k }));
      for (const oi of ownerSet.indicators ?? []) {
        const better = betterOf(oi.kind);
        if (better === null || better === 'none') continue;
        const sameKind = provIndicators.filter((e) => e.x.kind === oi.kind);
        const match = sameKind.find((e) => setKey(e.x) === setKey(oi)) ?? sameKind[0];
        const params = { provider: p.institutionId, set: ps.nameLv ?? '', indicator: oi.nameLv, ownerValue: showValue(oi) };
        if (!match) {
          v.soft('R06', 'service.provider.plvnIndicatorMissing', `${setPath}.indicators`, 'provider.plvnIndicatorMissing', params);
          continue;
        }
        const pi = match.x;
        const ip = `${setPath}.indicators[${match.k}]`;
        if (better === 'superset') {
          const provided = new Set(pi.values ?? []);
          if ((oi.values ?? []).some((val) => !provided.has(val)))
            v.hard('R06', 'service.provider.plvnLower', `${ip}.values`, 'provider.plvnLower', { ...params, providerValue: showValue(pi) });
          continue;
        }
        if (!isNumber(oi.target) || !isNumber(pi.target)) continue; // R20 reports a missing target
        if (oi.unit && pi.unit && lower(oi.unit.trim()) !== lower(pi.unit.trim())) {
          v.soft('R06', 'service.provider.plvnIncomparable', `${ip}.unit`, 'provider.plvnIncomparable', { ...params, providerUnit: pi.unit, ownerUnit: oi.unit });
          continue;
        }
        const worse = better === 'lower' ? pi.target > oi.target : pi.target < oi.target;
        if (worse) v.hard('R06', 'service.provider.plvnLower', `${ip}.target`, 'provider.plvnLower', { ...params, providerValue: showValue(pi) });
      }
    });
  });
}

function checkRecipientType(d: ServiceDescription, v: Violations): void {
  const rt = d.recipientType;
  if (!rt) v.hard('R24', 'service.recipientType.missing', 'recipientType', 'recipientType.missing');
  else if (!(RECIPIENT_TYPES as readonly string[]).includes(rt)) v.hard('R24', 'service.recipientType.invalid', 'recipientType', 'recipientType.invalid', { value: rt });

  const groups = new Set<string>(d.targetGroups ?? []);
  if (groups.size === 0) {
    v.soft('R24', 'service.targetGroups.missing', 'targetGroups', 'targetGroups.missing');
    return;
  }
  if (!rt || !(RECIPIENT_TYPES as readonly string[]).includes(rt)) return;
  const institutionsOnly = groups.size === 1 && groups.has('institutions');
  const mismatch = (key: string) => v.hard('R24', 'service.targetGroups.mismatch', 'targetGroups', key);
  switch (rt as RecipientType) {
    case 'publicGeneral':
      if (!groups.has('society')) mismatch('targetGroups.publicGeneral');
      break;
    case 'publicIndividual':
      if (groups.has('society') || institutionsOnly) mismatch('targetGroups.publicIndividual');
      break;
    default:
      if (!institutionsOnly) mismatch('targetGroups.interInstitutional');
  }
}

function checkComplexity(d: ServiceDescription, ctx: RuleContext, v: Violations): void {
  const c = d.complexity;
  if (!c || !(COMPLEXITIES as readonly string[]).includes(c)) {
    v.hard('R25', 'service.complexity.missing', 'complexity', 'complexity.missing');
    return;
  }
  const needs = [...new Set(d.needIds ?? [])];
  if (c === 'simple') {
    // Zero needs is R01's finding; here only "more than one".
    if (needs.length > 1) v.hard('R25', 'service.complexity.simpleNeeds', 'needIds', 'complexity.simpleNeeds', { count: needs.length });
    return;
  }
  if (needs.length < 2) {
    v.soft('R25', 'service.complexity.fewNeeds', 'needIds', 'complexity.fewNeeds');
    return;
  }
  let common = new Set(ctx.needLifeSituations.get(needs[0]) ?? []);
  for (const n of needs.slice(1)) {
    const ls = new Set(ctx.needLifeSituations.get(n) ?? []);
    common = new Set([...common].filter((x) => ls.has(x)));
  }
  if (common.size === 0) v.soft('R25', 'service.complexity.noCommonLifeSituation', 'needIds', 'complexity.noCommonLifeSituation');
}

/** A path of component edges from `from` to `target`, or null (the graph may contain others' cycles). */
function componentPath(from: string, target: string, graph: Map<string, readonly string[]>): string[] | null {
  const visited = new Set<string>();
  const stack: { node: string; path: string[] }[] = [{ node: from, path: [from] }];
  while (stack.length > 0) {
    const { node, path } = stack.pop()!;
    if (node === target) return path;
    if (visited.has(node)) continue;
    visited.add(node);
    const next = graph.get(node) ?? [];
    for (let i = next.length - 1; i >= 0; i--) if (!visited.has(next[i])) stack.push({ node: next[i], path: [...path, next[i]] });
  }
  return null;
}

function checkComposition(d: ServiceDescription, ctx: RuleContext, v: Violations): void {
  const components = d.componentIds ?? [];
  if (components.length === 0) return;
  if (d.complexity === 'simple') v.hard('composition', 'service.components.notAllowed', 'componentIds', 'components.notAllowed');
  const self = ctx.service.id;
  // A service not saved yet has no id, so no other service can bundle it: no cycle is possible.
  if (!self) return;
  // The draft's own edges replace whatever the graph holds for this service.
  const graph = new Map<string, readonly string[]>(ctx.componentGraph);
  graph.set(self, components);
  components.forEach((c, i) => {
    if (c === self) {
      v.hard('composition', 'service.components.self', `componentIds[${i}]`, 'components.self');
      return;
    }
    const path = componentPath(c, self, graph);
    if (path) v.hard('composition', 'service.components.cycle', `componentIds[${i}]`, 'components.cycle', { cycle: [self, ...path].join(' → ') });
  });
}

function checkDependencies(d: ServiceDescription, ctx: RuleContext, v: Violations): void {
  (d.dependsOnIds ?? []).forEach((id, i) => {
    const path = `dependsOnIds[${i}]`;
    if (id === ctx.service.id) return v.hard('dependencies', 'service.dependencies.self', path, 'dependencies.self');
    const rt = ctx.dependencyRecipientTypes.get(id);
    if (!rt) v.hard('dependencies', 'service.dependencies.unknown', path, 'dependencies.unknown', { service: id });
    else if (!isInterInstitutional(rt)) v.hard('dependencies', 'service.dependencies.notInterInstitutional', path, 'dependencies.notInterInstitutional', { service: id });
  });
}

function checkLifecycle(d: ServiceDescription, v: Violations): void {
  if (!d.lifecycleStage) v.hard('lifecycle', 'service.lifecycle.missing', 'lifecycleStage', 'lifecycle.missing');
  else if (d.lifecycleStage === 'terminated') v.hard('lifecycle', 'service.lifecycle.terminated', 'lifecycleStage', 'lifecycle.terminated');
}

/** Orders rule ids: R01…R42 numerically, then the named rules alphabetically. */
function compareRule(a: string, b: string): number {
  const na = /^R(\d+)$/.exec(a);
  const nb = /^R(\d+)$/.exec(b);
  if (na && nb) return Number(na[1]) - Number(nb[1]);
  if (na) return -1;
  if (nb) return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Every rule `evaluateServiceRules` checks, in report order (R01…R42, then the named rules). */
export const CHECKED_RULES = ['R01', 'R02', 'R03', 'R05', 'R06', 'R07', 'R08', 'R12', 'R13', 'R14', 'R19', 'R20', 'R21', 'R24', 'R25', 'composition', 'dependencies', 'lifecycle'] as const;
export type CheckedRule = (typeof CHECKED_RULES)[number];

/** What became of one rule for one description. */
export type RuleOutcome = 'passed' | 'violated' | 'notApplicable';

export interface RuleEvaluation {
  /** Every rule of `CHECKED_RULES`, in that order, with its outcome. */
  outcomes: { rule: CheckedRule; outcome: RuleOutcome }[];
  /** The findings in the order found (unsorted; `toRuleViolations` sorts them). */
  findings: RuleFinding[];
}

/** Whether a rule has anything to look at in this description: a rule about providers, components or dependencies does not apply without them. */
function applies(rule: CheckedRule, d: ServiceDescription, ctx: RuleContext): boolean {
  const others = (d.providers ?? []).filter((p) => p.institutionId !== ctx.service.ownerInstitutionId);
  switch (rule) {
    case 'R06':
      return (d.serviceLevelTerms ?? []).length > 0 && others.some((p) => (p.serviceLevelTerms ?? []).length > 0);
    case 'R19':
      return (d.providers ?? []).length > 0;
    case 'R21':
      return (d.serviceLevelTerms ?? []).length > 0;
    case 'composition':
      return (d.componentIds ?? []).length > 0;
    case 'dependencies':
      return (d.dependsOnIds ?? []).length > 0;
    default:
      return true;
  }
}

/**
 * Every rule of policy-v1 section C that concerns one description in the
 * register: R01, R02, R03 (hints), R05, R06, R07, R08, R12, R13, R14, R19, R20,
 * R21, R24 (with target groups), R25, plus `composition` (components only on
 * complex/smart services, no self-reference, no cycle), `dependencies` (only on
 * inter-institutional services) and `lifecycle` (a stage is set; a terminated
 * service is not published). R27 is derived (`deriveDigitalStatus`) and R40 is
 * R01's need link, so neither adds a check. For an instance of a unified
 * service, pass the effective description (`resolveEffectiveDescription`).
 *
 * The result does not depend on a mode: each finding carries its strength,
 * and each rule its outcome (passed, violated, not applicable).
 */
export function evaluateServiceRules(d: ServiceDescription, ctx: RuleContext): RuleEvaluation {
  const v = new Violations();
  checkNeeds(d, v);
  checkActivityDirection(d, ctx, v);
  checkNotAService(d, v);
  checkServiceLevelTerms(d, v);
  checkProviderTerms(d, ctx, v);
  checkName(d, v);
  checkRoles(ctx, v);
  checkProviders(d, ctx, v);
  checkRecipientType(d, v);
  checkComplexity(d, ctx, v);
  checkComposition(d, ctx, v);
  checkDependencies(d, ctx, v);
  checkLifecycle(d, v);
  const violated = new Set(v.list.map((f) => f.rule));
  const outcomes = CHECKED_RULES.map((rule) => ({ rule, outcome: (violated.has(rule) ? 'violated' : applies(rule, d, ctx) ? 'passed' : 'notApplicable') as RuleOutcome }));
  return { outcomes, findings: v.list };
}

/**
 * Findings as the violations of a report in `mode`: `'draft'` reports hard
 * rules as warnings (drafts may be incomplete), `'publish'` as errors that block
 * publication; soft rules and hints are always warnings. Messages are rendered
 * in both languages. Sorted: errors first, then by rule id (R01…R42, then the
 * named rules), then in the order found.
 */
export function toRuleViolations(findings: readonly RuleFinding[], mode: Mode): RuleViolation[] {
  const list: RuleViolation[] = findings.map((f) => ({
    rule: f.rule,
    code: f.code,
    severity: f.strength === 'hard' && mode === 'publish' ? 'error' : 'warning',
    path: f.path,
    message: tBoth(`services.rules.${f.messageKey}`, f.params),
  }));
  const rank = (s: RuleViolation['severity']) => (s === 'error' ? 0 : 1);
  return list.sort((a, b) => rank(a.severity) - rank(b.severity) || compareRule(a.rule, b.rule));
}

/** `evaluateServiceRules` as a report's violations in `mode` (see `toRuleViolations`). */
export function checkServiceRules(d: ServiceDescription, ctx: RuleContext, mode: Mode): RuleViolation[] {
  return toRuleViolations(evaluateServiceRules(d, ctx).findings, mode);
}

// ---------------------------------------------------------------------------
// Unified services (templates)
// ---------------------------------------------------------------------------

const OVERRIDABLE = new Set<string>(INSTANCE_OVERRIDABLE_FIELDS);
const hasValue = (v: unknown): boolean => v !== null && v !== undefined && !(Array.isArray(v) && v.length === 0);

/**
 * The effective description of an instance of a unified service: every field
 * comes from the template, except the `INSTANCE_OVERRIDABLE_FIELDS`, which take
 * the instance's value when it is set (non-null, or a non-empty list) and the
 * template's otherwise. Without a template the instance is returned as is.
 */
export function resolveEffectiveDescription(template: ServiceDescription | null, instance: ServiceDescription): ServiceDescription {
  if (!template) return instance;
  const out: Record<string, unknown> = {};
  for (const field of DESCRIPTION_FIELDS) {
    out[field] = OVERRIDABLE.has(field) && hasValue(instance[field]) ? instance[field] : template[field];
  }
  return out as unknown as ServiceDescription;
}
