/**
 * Turns compact service specs into service, version and link rows: generates
 * the PLVN sets from the owner's support terms (R05), providers' better terms
 * (R06), required documents, results, contacts, descriptions and keywords,
 * and stores the digital status derived from the channels (R27).
 */
import { ACTION_NOUNS, deriveDigitalStatus } from '../modules/services/services.rules.js';
import type { VersionRecord } from '../modules/services/services.bulk.js';
import type { ChannelTypeInfo, ChannelUse, Contacts, Fee, LocalizedItem, NameParts, ServiceDescription, ServiceLevelIndicator, ServiceLevelTermsSet } from '../modules/services/services.model.js';
import type { ProcessingMode, TargetGroup } from '../shared/enums.js';
import type { BuiltInstitution, RegisterBuilder } from './build.js';
import type { ServiceSpec } from './data/service-spec.js';

type Support = { hours: number; channels: string[] };

const ind = (kind: string, nameLv: string, nameEn: string, target: number | null, unit: string | null, values: string[] | null = null): ServiceLevelIndicator => ({
  kind,
  nameLv,
  nameEn,
  target,
  unit,
  values,
});

const supportIndicators = (s: Support): ServiceLevelIndicator[] => [
  ind('supportHours', 'Lietotāju atbalsta pieejamība', 'User support hours', s.hours, 'h nedēļā'),
  ind('supportChannels', 'Lietotāju atbalsta kanāli', 'User support channels', null, null, [...s.channels]),
];

/** The owner's PLVN sets: standard terms with support (R05, R20), plus urgent processing when offered (R21). */
export function serviceLevelTerms(spec: Pick<ServiceSpec, 'days' | 'fast' | 'type' | 'proc'>, support: Support): ServiceLevelTermsSet[] {
  const standard: ServiceLevelIndicator[] = [];
  if (spec.days !== undefined) standard.push(ind('processingTime', 'Izpildes termiņš', 'Processing time', spec.days, 'darba dienas'));
  if (spec.type.startsWith('interInstitutional') && spec.proc === 'electronic') standard.push(ind('availability', 'Pakalpojuma pieejamība', 'Availability', 99.5, '%'));
  standard.push(...supportIndicators(support));
  const sets: ServiceLevelTermsSet[] = [
    { nameLv: 'Pamata nosacījumi', nameEn: 'Standard terms', appliesToLv: 'Visiem pakalpojuma saņēmējiem', indicators: standard },
  ];
  if (spec.fast) {
    const [days, fee] = spec.fast;
    sets.push({
      nameLv: 'Steidzamā izpilde',
      nameEn: 'Urgent processing',
      appliesToLv: `Pēc saņēmēja pieprasījuma par paaugstinātu maksu (${fee} EUR)`,
      indicators: [ind('processingTime', 'Izpildes termiņš', 'Processing time', days, 'darba dienas'), ...supportIndicators(support)],
    });
  }
  return sets;
}

/**
 * A provider's own terms: the owner's sets with support hours and channels
 * raised to what the provider offers, never lowered (R06).
 */
export function providerTerms(ownerSets: ServiceLevelTermsSet[], provider: Support): ServiceLevelTermsSet[] {
  return ownerSets.map((set) => ({
    ...set,
    indicators: set.indicators.map((i) => {
      if (i.kind === 'supportHours') return { ...i, target: Math.max(i.target ?? 0, provider.hours) };
      if (i.kind === 'supportChannels') return { ...i, values: [...new Set([...(i.values ?? []), ...provider.channels])] };
      return { ...i };
    }),
  }));
}

const ACTIONS = new Set(ACTION_NOUNS.flatMap((n) => [n, `${n}s`]));
const isActionWord = (w: string): boolean => {
  const lw = w.toLocaleLowerCase('lv');
  return (lw.length > 4 && (lw.endsWith('šana') || lw.endsWith('šanās'))) || ACTIONS.has(lw);
};

/** Object + action [+ information] (R07), split at the first action word; null when the name starts with it. */
export function namePartsOf(name: string): NameParts | null {
  const words = name.split(/\s+/);
  const at = words.findIndex((w) => isActionWord(w.replace(/[^\p{L}]/gu, '')));
  if (at <= 0) return null;
  const info = words.slice(at + 1).join(' ');
  return { object: words.slice(0, at).join(' '), action: words[at], info: info || null };
}

/** Documents a request needs, by who asks (the spec may add more). */
export function requiredDocuments(spec: Pick<ServiceSpec, 'type' | 'docs'>, groups: TargetGroup[]): LocalizedItem[] {
  const out: LocalizedItem[] = [];
  if (spec.type === 'publicIndividual') {
    if (groups.includes('residents'))
      out.push({ lv: 'Personu apliecinošs dokuments vai autentifikācija ar eID vai eParaksts', en: 'An identity document, or authentication with eID or eParaksts' });
    if (groups.includes('businesses')) out.push({ lv: 'Iesniegums, ko parakstījusi persona ar pārstāvības tiesībām', en: 'An application signed by an authorised representative' });
    else out.push({ lv: 'Iesniegums', en: 'An application' });
  } else if (spec.type !== 'publicGeneral') {
    out.push({ lv: 'Pieteikums VIRSIS vai iestādes pieteikumu sistēmā', en: 'A request in VIRSIS or the institution’s request system' });
  }
  for (const [lv, en] of spec.docs ?? []) out.push({ lv, en });
  return out;
}

/** Target groups implied by the recipient type when the spec names none (R24). */
export function targetGroupsOf(spec: Pick<ServiceSpec, 'type' | 'tg'>): TargetGroup[] {
  if (spec.tg) return spec.tg;
  switch (spec.type) {
    case 'publicIndividual':
      return ['residents'];
    case 'publicGeneral':
      return ['society'];
    default:
      return ['institutions'];
  }
}

const lowerFirst = (s: string): string => (s ? s.charAt(0).toLocaleLowerCase('lv') + s.slice(1) : s);

export function descriptionOf(spec: ServiceSpec, owner: BuiltInstitution, needs: { nameLv: string; nameEn: string }[]): [string, string] {
  if (spec.desc) return spec.desc;
  const lv = needs.map((n) => `„${lowerFirst(n.nameLv)}”`).join(', ');
  const en = needs.map((n) => `“${lowerFirst(n.nameEn)}”`).join(', ');
  return [
    `${owner.nameLv} nodrošina pakalpojumu, kas apmierina ${needs.length > 1 ? 'vajadzības' : 'vajadzību'} ${lv}.`,
    `${owner.nameEn} provides this service to meet the ${needs.length > 1 ? 'needs' : 'need'} ${en}.`,
  ];
}

export function resultOf(spec: ServiceSpec): [string, string] {
  return (
    spec.out ?? [
      `Pakalpojums „${spec.lv}” ir sniegts: lēmums vai dokuments pieejams izvēlētajā saņemšanas kanālā.`,
      `The service “${spec.en}” is delivered: the decision or document is available through the chosen receipt channel.`,
    ]
  );
}

export function feeOf(amount: number | undefined): Fee {
  return amount
    ? { free: false, amountEur: amount, descriptionLv: 'Valsts nodeva vai maksa saskaņā ar normatīvajiem aktiem.', descriptionEn: 'A state fee or charge set by law.' }
    : { free: true, amountEur: null, descriptionLv: null, descriptionEn: null };
}

export function contactsOf(owner: BuiltInstitution): Contacts {
  return { phone: owner.phone, email: `info@${owner.domain}`, url: `https://www.${owner.domain}` };
}

/** Lower-case words of the name that say what it is about (the action word left out). */
export function keywordsOf(name: string): string[] {
  const words = name
    .split(/\s+/)
    .map((w) => w.replace(/[^\p{L}\p{N}.-]/gu, '').toLocaleLowerCase('lv'))
    .filter((w) => w.length >= 4 && !isActionWord(w));
  return [...new Set(words)].slice(0, 5);
}

/** Channel uses of a version: request and receipt channel points, without duplicates. */
export function channelUses(b: RegisterBuilder, req: string[], rec: string[], usedBy: string): ChannelUse[] {
  const seen = new Set<string>();
  const uses: ChannelUse[] = [];
  for (const [phase, codes] of [
    ['request', req],
    ['receipt', rec],
  ] as const) {
    for (const code of codes) {
      const id = b.cp(code, usedBy).id;
      if (seen.has(`${id}|${phase}`)) continue;
      seen.add(`${id}|${phase}`);
      uses.push({ channelPointId: id, phase });
    }
  }
  return uses;
}

/** The digital status of channel uses and a processing mode (R27), as stored on a version. */
export function digitalOf(b: RegisterBuilder, uses: ChannelUse[], proc: ProcessingMode | null) {
  const info = new Map<string, ChannelTypeInfo>();
  for (const u of uses) {
    const cp = b.cpById(u.channelPointId);
    const t = cp ? b.channelTypes.get(cp.type) : undefined;
    if (t) info.set(u.channelPointId, t);
  }
  return deriveDigitalStatus({ channelPoints: uses, processingMode: proc }, info);
}

/** A service added to the register, for lookups and checks. */
export interface AddedService {
  id: string;
  key: string;
  code: string;
  owner: string;
  status: 'draft' | 'published' | 'archived';
  isTemplate: boolean;
  templateKey: string | null;
}

type VersionState = 'draft' | 'submitted' | 'published' | 'superseded' | 'archived';

const DAY = 86_400_000;
const uniq = <T>(xs: T[]): T[] => [...new Set(xs)];

/** The version a `v2` service had before: slower, fewer electronic channels, no urgent option. */
function olderVersion(b: RegisterBuilder, s: ServiceSpec): ServiceSpec {
  const physicalOnly = s.req.filter((c) => !b.channelTypes.get(b.cp(c, s.key).type)?.digital);
  return { ...s, days: (s.days ?? 10) + 10, fee: s.fee ? Math.round(s.fee * 1.2) : s.fee, fast: undefined, req: physicalOnly.length ? physicalOnly : s.req, desc: undefined, stage: 'provide' };
}

/** The improvement a `v2draft` service is working on: faster, requestable on Latvija.gov.lv. */
function improvedVersion(s: ServiceSpec): ServiceSpec {
  return { ...s, days: Math.max(1, (s.days ?? 10) - 2), req: uniq([...s.req, 'LVPORTAL']), stage: 'maintainImprove' };
}

/**
 * Adds services from specs to a register being built: the service row, its
 * versions (per `spec.st`), their link rows, the service manager (one person
 * per up to 12 services of an owner), the owner's portfolio manager and the
 * responsible people of other providers (R12–R14, R19).
 */
export class ServiceAdder {
  readonly added = new Map<string, AddedService>();
  private readonly ownerCounts = new Map<string, number>();
  private readonly municipalChannels = new Map<string, { inPerson: string[]; online: string[]; home: string[] }>();
  private n = 0;

  /** `known`: every service key that will exist, with its recipient type, so forward references can be checked. */
  constructor(
    private readonly b: RegisterBuilder,
    private readonly known: Map<string, string>,
    private readonly base = new Date('2025-03-03T09:00:00Z'),
  ) {}

  private nextCode(owner: string): { code: string; ordinal: number } {
    const ordinal = (this.ownerCounts.get(owner) ?? 0) + 1;
    this.ownerCounts.set(owner, ordinal);
    return { code: `${owner}-${String(ordinal).padStart(4, '0')}`, ordinal };
  }

  private check(spec: ServiceSpec): void {
    const fail = (what: string) => {
      throw new Error(`seed: service ${spec.key}: ${what}`);
    };
    if (spec.cx === 'simple' && spec.needs.length !== 1) fail('a simple service meets exactly one need (R25)');
    if (spec.cx !== 'simple' && spec.needs.length < 2) fail('a complex or smart service meets several needs (R25)');
    if (spec.cx === 'simple' && spec.comps?.length) fail('only complex and smart services have components');
    for (const k of [...(spec.comps ?? []), ...(spec.repl ?? []), ...(spec.merges ?? []), ...(spec.deps ?? [])]) if (!this.known.has(k)) fail(`unknown service "${k}"`);
    for (const k of spec.deps ?? []) if (!this.known.get(k)!.startsWith('interInstitutional')) fail(`depends on "${k}", which is not inter-institutional`);
  }

  /** Adds a service with its versions; returns its id. */
  add(spec: ServiceSpec): string {
    this.check(spec);
    const b = this.b;
    const owner = b.inst(spec.owner, spec.key);
    const id = b.serviceId(spec.key);
    const { code, ordinal } = this.nextCode(spec.owner);
    const managerN = Math.floor((ordinal - 1) / 12);
    const manager = b.people.person(spec.owner, 'service', managerN);
    b.people.appoint('serviceOwner', spec.owner, 'service', 'service', id, managerN);
    b.people.appoint('portfolioOwner', spec.owner, 'portfolio', 'institution', owner.id);
    const approver = b.people.person(spec.owner, 'portfolio');
    for (const p of spec.prov ?? []) b.people.appoint('serviceProvider', p, 'provider', 'service', id);

    const i = this.n++;
    const plan: [ServiceSpec, VersionState][] = {
      published: [[spec, 'published']],
      v2: [
        [olderVersion(b, spec), 'superseded'],
        [spec, 'published'],
      ],
      v2draft: [
        [spec, 'published'],
        [improvedVersion(spec), 'draft'],
      ],
      draft: [[spec, 'draft']],
      submitted: [[spec, 'submitted']],
      archived: [[spec, 'archived']],
    }[spec.st] as [ServiceSpec, VersionState][];
    const first = new Date(this.base.getTime() + i * 6 * 3_600_000 - (plan.length > 1 ? 200 * DAY : 0));
    let publishedVersionId: string | null = null;
    let draftVersionId: string | null = null;
    const versions: VersionRecord[] = [];
    plan.forEach(([variant, state], k) => {
      const versionId = b.idOf('version', `${spec.key}:v${k + 1}`);
      const createdAt = new Date(first.getTime() + k * 200 * DAY);
      versions.push(this.version(variant, owner, { id: versionId, versionNo: k + 1, state, createdAt, manager, approver }));
      if (state === 'published' || state === 'archived') publishedVersionId = versionId;
      if (state === 'draft' || state === 'submitted') draftVersionId = versionId;
    });
    const status = spec.st === 'archived' ? 'archived' : publishedVersionId ? 'published' : 'draft';
    b.rows.services.push({
      service: {
      id,
      code,
      ownerInstitutionId: owner.id,
      isTemplate: spec.template ?? false,
      templateServiceId: null,
      status,
      publishedVersionId,
      draftVersionId,
      latestVersionNo: plan.length,
      reviewedAt: status === 'published' ? new Date(first.getTime() + (plan.length - 1) * 200 * DAY + 30 * DAY) : null,
      createdAt: first,
      updatedAt: new Date(first.getTime() + (plan.length - 1) * 200 * DAY + 7 * DAY),
      },
      versions,
    });
    this.added.set(spec.key, { id, key: spec.key, code, owner: spec.owner, status, isTemplate: spec.template ?? false, templateKey: null });
    return id;
  }

  /** One version of a service: its metadata and its description. */
  private version(
    s: ServiceSpec,
    owner: BuiltInstitution,
    v: { id: string; versionNo: number; state: VersionState; createdAt: Date; manager: string; approver: string },
  ): VersionRecord {
    const b = this.b;
    const needs = s.needs.map((c) => b.need(c, s.key));
    const uses = channelUses(b, s.req, s.rec, s.key);
    const groups = targetGroupsOf(s);
    const sets = serviceLevelTerms(s, owner.support);
    const digital = digitalOf(b, uses, s.proc);
    const [descriptionLv, descriptionEn] = descriptionOf(s, owner, needs);
    const [resultLv, resultEn] = resultOf(s);
    const submitted = v.state !== 'draft';
    const published = v.state === 'published' || v.state === 'superseded' || v.state === 'archived';
    return {
      id: v.id,
      versionNo: v.versionNo,
      state: v.state,
      digitalStatus: digital.status,
      digitalByPhase: digital.byPhase,
      createdAt: v.createdAt,
      createdBy: v.manager,
      updatedAt: new Date(v.createdAt.getTime() + 2 * DAY),
      submittedAt: submitted ? new Date(v.createdAt.getTime() + 3 * DAY) : null,
      submittedBy: submitted ? v.manager : null,
      publishedAt: published ? new Date(v.createdAt.getTime() + 7 * DAY) : null,
      publishedBy: published ? v.approver : null,
      description: {
      nameLv: s.lv,
      nameEn: s.en,
      nameParts: namePartsOf(s.lv),
      descriptionLv,
      descriptionEn,
      recipientType: s.type,
      targetGroups: groups,
      complexity: s.cx,
      lifecycleStage: s.stage,
      activityDirectionId: b.direction(s.owner, s.dir, s.key),
      processingMode: s.proc,
      serviceLevelTerms: sets,
      fee: feeOf(s.fee),
      legalBasis: s.law.map(([act, article]) => ({ act, article: article ?? null, url: null })),
      prerequisites: s.type.startsWith('interInstitutional') ? [{ lv: 'Noslēgta vienošanās par pakalpojuma izmantošanu', en: 'An agreement on using the service' }] : null,
      requiredDocuments: requiredDocuments(s, groups),
      resultLv,
      resultEn,
      contacts: contactsOf(owner),
      keywords: keywordsOf(s.lv),
      ...this.lists(s, uses, needs.map((n) => n.id), sets),
      },
    };
  }

  /** The lists of a version's description: needs, channel uses, providers with their terms (R06), resources and links to other services. */
  private lists(s: ServiceSpec, uses: ChannelUse[], needIds: string[], ownerSets: ServiceLevelTermsSet[] | null): Pick<ServiceDescription, 'needIds' | 'channelPoints' | 'providers' | 'resourceIds' | 'componentIds' | 'dependsOnIds' | 'replacesIds' | 'mergesIds'> {
    const ids = (keys: string[] | undefined) => uniq(keys ?? []).map((k) => this.b.serviceId(k));
    return {
      needIds: [...needIds],
      channelPoints: uses.map((u) => ({ channelPointId: u.channelPointId, phase: u.phase })),
      providers: uniq(s.prov ?? []).map((p) => {
        const provider = this.b.inst(p, s.key);
        return { institutionId: provider.id, serviceLevelTerms: ownerSets ? providerTerms(ownerSets, provider.support) : null };
      }),
      resourceIds: uniq(s.rs ?? []).map((r) => this.b.resource(r, s.key).id),
      componentIds: ids(s.comps),
      dependsOnIds: ids(s.deps),
      replacesIds: ids(s.repl),
      mergesIds: ids(s.merges),
    };
  }

  /** A municipality's channel points: in-person centres, online channels, and its institutions' home-care channel. */
  private channelsOf(municipality: string) {
    let c = this.municipalChannels.get(municipality);
    if (c) return c;
    c = { inPerson: [], online: [], home: [] };
    for (const cp of this.b.channelPoints.values()) {
      const own = cp.institution === municipality;
      const child = !own && this.b.institutions.get(cp.institution)?.parentCode === municipality;
      if (own && (cp.type === 'vpvkac' || cp.type === 'municipalCentre')) c.inPerson.push(cp.code);
      if (own && (cp.type === 'institutionPortal' || cp.type === 'email')) c.online.push(cp.code);
      if ((own || child) && cp.type === 'recipientPremises') c.home.push(cp.code);
    }
    this.municipalChannels.set(municipality, c);
    return c;
  }

  /**
   * Adds a municipality's instance of a unified service: a published version
   * storing only overrides (channel points, contacts, fee, providers, its own
   * activity direction and support terms); everything else is inherited.
   */
  addInstance(template: ServiceSpec, municipality: string, key: string): string {
    const b = this.b;
    const muni = b.inst(municipality, key);
    const id = b.serviceId(key);
    const { code, ordinal } = this.nextCode(municipality);
    const managerN = Math.floor((ordinal - 1) / 12);
    const manager = b.people.person(municipality, 'service', managerN);
    b.people.appoint('serviceOwner', municipality, 'service', 'service', id, managerN);
    b.people.appoint('portfolioOwner', municipality, 'portfolio', 'institution', muni.id);
    const approver = b.people.person(municipality, 'portfolio');
    const prov = template.mprov?.[municipality] ?? [];
    for (const p of prov) b.people.appoint('serviceProvider', p, 'provider', 'service', id);

    const ch = this.channelsOf(municipality);
    const req = uniq([...ch.inPerson, ...ch.online, ...template.req]);
    const rec = template.mhome && ch.home.length ? ch.home : uniq([...ch.inPerson, ...template.rec]);
    const uses = channelUses(b, req, rec, key);
    const sets = serviceLevelTerms(template, muni.support);
    const digital = digitalOf(b, uses, template.proc);
    const versionId = b.idOf('version', `${key}:v1`);
    const createdAt = new Date(this.base.getTime() + this.n++ * 6 * 3_600_000 + 30 * DAY);
    const fee = template.mfee?.[municipality];
    const none = { nameLv: null, nameEn: null, nameParts: null, descriptionLv: null, descriptionEn: null, recipientType: null, targetGroups: null, complexity: null };
    const version: VersionRecord = {
      id: versionId,
      versionNo: 1,
      state: 'published',
      digitalStatus: digital.status,
      digitalByPhase: digital.byPhase,
      createdAt,
      createdBy: manager,
      updatedAt: createdAt,
      submittedAt: new Date(createdAt.getTime() + DAY),
      submittedBy: manager,
      publishedAt: new Date(createdAt.getTime() + 3 * DAY),
      publishedBy: approver,
      description: {
        ...none,
        lifecycleStage: null,
        activityDirectionId: b.direction(municipality, template.mdir ?? '', key),
        processingMode: null,
        serviceLevelTerms: sets,
        fee: fee === undefined ? null : feeOf(fee),
        legalBasis: null,
        prerequisites: null,
        requiredDocuments: null,
        resultLv: null,
        resultEn: null,
        contacts: contactsOf(muni),
        keywords: null,
        ...this.lists({ ...template, prov, rs: [], comps: [], deps: [], repl: [], merges: [] }, uses, [], sets),
      },
    };
    b.rows.services.push({
      versions: [version],
      service: {
      id,
      code,
      ownerInstitutionId: muni.id,
      isTemplate: false,
      templateServiceId: b.serviceId(template.key),
      status: 'published',
      publishedVersionId: versionId,
      draftVersionId: null,
      latestVersionNo: 1,
      reviewedAt: null,
      createdAt,
      updatedAt: new Date(createdAt.getTime() + 3 * DAY),
      },
    });
    this.added.set(key, { id, key, code, owner: municipality, status: 'published', isTemplate: false, templateKey: template.key });
    return id;
  }

  /** One approval of the whole list per service-holding institution, by its portfolio manager (R10, R11). */
  addPortfolioApprovals(at: Date): void {
    const byOwner = new Map<string, string[]>();
    for (const s of this.added.values()) {
      if (!byOwner.has(s.owner)) byOwner.set(s.owner, []);
      if (s.status === 'published') byOwner.get(s.owner)!.push(s.id);
    }
    for (const [owner, ids] of byOwner) {
      if (ids.length === 0) continue;
      const inst = this.b.inst(owner);
      this.b.rows.portfolioApprovals.push({
        id: this.b.idOf('approval', owner),
        institutionId: inst.id,
        approvedBy: this.b.people.person(owner, 'portfolio'),
        approvedAt: at,
        kind: 'list',
        serviceIds: ids,
        change: { added: ids, removed: [] },
        note: 'Iestādes pakalpojumu saraksts apstiprināts',
      });
    }
  }
}
