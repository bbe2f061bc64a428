/**
 * CPSV-AP 3.2.0 mapping of open services: pure functions from `OpenService`
 * to RDF nodes (subject, types, property/value pairs). Turtle and JSON-LD are
 * both written from these nodes, so the two files carry the same graph.
 * Latvian fields CPSV-AP lacks use the local extension vocabulary `lvps:`
 * (docs/vocabulary/lvps.ttl). Code-list values are emitted as typed
 * `skos:Concept`s (and `dct:Location`, `dct:LinguisticSystem`) because the
 * SHACL shapes check classes against the exported graph alone.
 */
import { isAllowedLinkUrl } from '../../shared/urls.js';
import type { OpenChannel, OpenInstitution, OpenService } from './open-data.model.js';
import type { ServiceLevelTermsSet } from '../services/services.model.js';

export const NS = {
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  cpsv: 'http://purl.org/vocab/cpsv#',
  cv: 'http://data.europa.eu/m8g/',
  dct: 'http://purl.org/dc/terms/',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  eli: 'http://data.europa.eu/eli/ontology#',
  foaf: 'http://xmlns.com/foaf/0.1/',
  org: 'http://www.w3.org/ns/org#',
  locn: 'http://www.w3.org/ns/locn#',
  time: 'http://www.w3.org/2006/time#',
  dcat: 'http://www.w3.org/ns/dcat#',
  lvps: 'https://data.gov.lv/ns/pakalpojumi#',
} as const;

/** Default base of the register's own IRIs (services, organisations, channels, concepts). */
export const DEFAULT_IRI_BASE = 'https://pakalpojumi.gov.lv/id/';

const LATVIA = 'http://publications.europa.eu/resource/authority/atu/LVA';
const LANG = { lv: 'http://publications.europa.eu/resource/authority/language/LAV', en: 'http://publications.europa.eu/resource/authority/language/ENG' };
const EUR = 'http://publications.europa.eu/resource/authority/currency/EUR';
const WEEKLY = 'http://publications.europa.eu/resource/authority/frequency/WEEKLY';

export type RdfObject = { iri: string } | { value: string; lang?: 'lv' | 'en'; datatype?: string };
export interface RdfNode {
  id: string;
  types: string[];
  props: [string, RdfObject][];
}

const iri = (v: string): RdfObject => ({ iri: v });
const str = (v: string): RdfObject => ({ value: v });
const lv = (v: string): RdfObject => ({ value: v, lang: 'lv' });
const en = (v: string): RdfObject => ({ value: v, lang: 'en' });
const typed = (v: string, datatype: string): RdfObject => ({ value: v, datatype });

/** Labels of the register's own code lists (policy code lists carry their own names). */
const LABELS: Record<string, Record<string, [string, string]>> = {
  'target-group': { residents: ['Iedzīvotāji', 'Residents'], businesses: ['Uzņēmēji', 'Businesses'], institutions: ['Iestādes', 'Institutions'], society: ['Sabiedrība kopumā', 'Society as a whole'] },
  'recipient-type': { publicIndividual: ['Individuāla labuma pakalpojums', 'Individual-benefit service'], publicGeneral: ['Vispārēja labuma pakalpojums', 'General-benefit service'] },
  complexity: { simple: ['Vienkāršs pakalpojums', 'Simple service'], complex: ['Komplekss pakalpojums', 'Complex service'], smart: ['Viedais pakalpojums', 'Smart service'] },
  'digital-status': { eService: ['E-pakalpojums', 'E-service'], dService: ['D-pakalpojums', 'D-service'], none: ['Nav digitāls', 'Not digital'] },
  'phase-mode': { electronic: ['Elektroniski', 'Electronically'], physical: ['Klātienē vai pa pastu', 'Physically'], mixed: ['Elektroniski vai klātienē', 'Electronically or physically'], none: ['Nav aprakstīts', 'Not described'] },
  'lifecycle-stage': {
    plan: ['Plānošana', 'Planning'],
    create: ['Izveide', 'Creation'],
    implement: ['Ieviešana', 'Implementation'],
    provide: ['Sniegšana', 'Provision'],
    maintainImprove: ['Uzturēšana un pilnveide', 'Maintenance and improvement'],
    terminated: ['Izbeigts', 'Terminated'],
  },
  role: { serviceProvider: ['Pakalpojuma sniedzējs', 'Service provider'] },
  'channel-environment': { remoteElectronic: ['Attālināti elektroniski', 'Remote electronic'], remotePhysical: ['Attālināti fiziski', 'Remote physical'], inPerson: ['Klātienē', 'In person'] },
  'indicator-kind': {
    processingTime: ['Izpildes laiks', 'Processing time'],
    responseTime: ['Atbildes sniegšanas laiks', 'Response time'],
    availability: ['Pieejamība', 'Availability'],
    supportHours: ['Atbalsta laiks', 'Support hours'],
    supportChannels: ['Atbalsta kanāli', 'Support channels'],
    other: ['Cits rādītājs', 'Other indicator'],
  },
};

/** Titles of the register's concept schemes. */
const SCHEME_TITLES: Record<string, [string, string]> = {
  'target-group': ['Mērķa grupas', 'Target groups'],
  'recipient-type': ['Pakalpojumu saņēmēju veidi', 'Recipient types'],
  complexity: ['Pakalpojumu sarežģītība', 'Service complexity'],
  'digital-status': ['Digitālais statuss', 'Digital status'],
  'phase-mode': ['Posma izpildes veids', 'Mode of a phase'],
  'lifecycle-stage': ['Dzīves cikla posmi', 'Lifecycle stages'],
  role: ['Lomas', 'Roles'],
  'indicator-kind': ['PLVN rādītāju veidi', 'Service level indicator kinds'],
  'channel-type': ['Kanālu veidi', 'Channel types'],
  'channel-environment': ['Kanālu vides', 'Channel environments'],
  'activity-direction': ['Pamatdarbības virzieni', 'Core activity directions'],
};

/** Builds the nodes of one export; remembers shared nodes so each is written once. */
export class CpsvMapper {
  private readonly seen = new Set<string>();
  constructor(
    readonly base: string = DEFAULT_IRI_BASE,
    private readonly channelTypeNames: Map<string, { nameLv: string; nameEn: string }> = new Map(),
  ) {}

  /** An IRI of the register from path segments (each percent-encoded). */
  id(...segments: string[]): string {
    return this.base + segments.map((s) => encodeURIComponent(s)).join('/');
  }

  serviceIri(code: string): string {
    return this.id('service', code);
  }

  once(id: string, build: () => RdfNode[]): RdfNode[] {
    if (this.seen.has(id)) return [];
    this.seen.add(id);
    return build();
  }

  /** A concept of one of the register's code lists, with its scheme (written once). */
  concept(scheme: string, code: string, label?: [string, string | null]): { id: string; nodes: RdfNode[] } {
    const id = this.id('concept', scheme, code);
    const schemeId = this.id('concept', scheme);
    const [labelLv, labelEn] = label ?? LABELS[scheme]?.[code] ?? [code, null];
    const nodes = [
      ...this.once(schemeId, () => [{ id: schemeId, types: [NS.skos + 'ConceptScheme'], props: [...langs(NS.dct + 'title', ...(SCHEME_TITLES[scheme] ?? [scheme, null])), [NS.skos + 'notation', str(scheme)]] }]),
      ...this.once(id, () => [
        {
          id,
          types: [NS.skos + 'Concept'],
          props: [[NS.skos + 'prefLabel', lv(labelLv)], ...(labelEn ? ([[NS.skos + 'prefLabel', en(labelEn)]] as [string, RdfObject][]) : []), [NS.skos + 'inScheme', iri(schemeId)], [NS.skos + 'notation', str(code)]],
        },
      ]),
    ];
    return { id, nodes };
  }

  /** Fixed nodes: Latvia as a location, the languages, the currency and the weekly frequency. */
  commonNodes(): RdfNode[] {
    return [
      ...this.once(LATVIA, () => [{ id: LATVIA, types: [NS.dct + 'Location'], props: [[NS.skos + 'prefLabel', lv('Latvija')], [NS.skos + 'prefLabel', en('Latvia')]] }]),
      ...this.once(LANG.lv, () => [{ id: LANG.lv, types: [NS.dct + 'LinguisticSystem'], props: [[NS.skos + 'prefLabel', lv('latviešu valoda')], [NS.skos + 'prefLabel', en('Latvian')]] }]),
      ...this.once(LANG.en, () => [{ id: LANG.en, types: [NS.dct + 'LinguisticSystem'], props: [[NS.skos + 'prefLabel', lv('angļu valoda')], [NS.skos + 'prefLabel', en('English')]] }]),
      ...this.once(EUR, () => [{ id: EUR, types: [NS.skos + 'Concept'], props: [[NS.skos + 'prefLabel', lv('eiro')], [NS.skos + 'prefLabel', en('Euro')]] }]),
      ...this.once(WEEKLY, () => [{ id: WEEKLY, types: [NS.skos + 'Concept'], props: [[NS.skos + 'prefLabel', lv('katru nedēļu')], [NS.skos + 'prefLabel', en('weekly')]] }]),
    ];
  }

  /** An institution as cv:PublicOrganisation (also org:Organization and foaf:Agent, so every shape that points at it finds its class). */
  organisation(i: Pick<OpenInstitution, 'code' | 'nameLv' | 'nameEn'> & Partial<OpenInstitution>): { id: string; nodes: RdfNode[] } {
    const id = this.id('organisation', i.code);
    const nodes = this.once(id, () => {
      const props: [string, RdfObject][] = [
        [NS.dct + 'identifier', str(i.code)],
        [NS.skos + 'prefLabel', lv(i.nameLv)],
        [NS.dct + 'title', lv(i.nameLv)],
        [NS.dct + 'spatial', iri(LATVIA)],
      ];
      if (i.nameEn) props.push([NS.skos + 'prefLabel', en(i.nameEn)], [NS.dct + 'title', en(i.nameEn)]);
      if (i.shortName) props.push([NS.skos + 'altLabel', lv(i.shortName)]);
      if (i.registrationNumber) props.push([NS.lvps + 'registrationNumber', str(i.registrationNumber)]);
      const site = httpIri(i.website);
      if (site) props.push([NS.foaf + 'homepage', iri(site)]);
      return [{ id, types: [NS.cv + 'PublicOrganisation', NS.org + 'Organization', NS.foaf + 'Agent'], props }];
    });
    return { id, nodes };
  }
}

/** A URL usable as an IRI (http or https, parsed and normalised), else null. */
export function httpIri(url: string | null | undefined): string | null {
  if (!isAllowedLinkUrl(url)) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

const langs = (p: string, lvText: string | null | undefined, enText: string | null | undefined): [string, RdfObject][] => [
  ...(lvText ? ([[p, lv(lvText)]] as [string, RdfObject][]) : []),
  ...(enText ? ([[p, en(enText)]] as [string, RdfObject][]) : []),
];

/** A number as xsd:decimal text (never exponent notation). */
const decimal = (n: number): RdfObject => typed(Number.isInteger(n) ? `${n}.0` : String(n), NS.xsd + 'decimal');
/** A number as xsd:double in its canonical form (4.0E1), the form JSON-LD processors also produce. */
const double = (n: number): RdfObject => typed(n.toExponential(15).replace(/(\d)0*e\+?/, '$1E'), NS.xsd + 'double');

const DAYS_LV = ['', 'pirmdiena', 'otrdiena', 'trešdiena', 'ceturtdiena', 'piektdiena', 'sestdiena', 'svētdiena'];
const DAYS_EN = ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** Opening hours as one weekly time:TemporalEntity described in words. */
function openingHoursText(weekly: Record<string, string[]>, days: string[]): string {
  return Object.keys(weekly)
    .sort()
    .filter((d) => (weekly[d] ?? []).length > 0)
    .map((d) => `${days[Number(d)] ?? d} ${weekly[d].join(', ')}`)
    .join('; ');
}

/** A channel point as cv:Channel (shared by every service that uses it), with its contact point and opening hours. */
function channelNodes(m: CpsvMapper, c: OpenChannel): { id: string; nodes: RdfNode[] } {
  const id = m.id('channel', c.code);
  const out: RdfNode[] = [];
  const built = m.once(id, () => {
    const type = m.concept('channel-type', c.channelType, c.channelTypeNameLv ? [c.channelTypeNameLv, c.channelTypeNameEn] : undefined);
    out.push(...type.nodes);
    const props: [string, RdfObject][] = [[NS.dct + 'identifier', str(c.code)], [NS.dct + 'type', iri(type.id)], ...langs(NS.dct + 'title', c.nameLv, c.nameEn)];
    props.push(...langs(NS.dct + 'description', c.accessibilityNotesLv, c.accessibilityNotesEn));
    if (c.environment) props.push([NS.lvps + 'channelEnvironment', iri(m.concept('channel-environment', c.environment).id)]);
    if (c.environment) out.push(...m.concept('channel-environment', c.environment).nodes);
    if (c.institution) {
      const org = m.organisation(c.institution);
      out.push(...org.nodes);
      props.push([NS.cv + 'ownedBy', iri(org.id)]);
    }
    const contactId = m.id('channel', c.code, 'contact-point');
    const contact: [string, RdfObject][] = [];
    if (c.email) contact.push([NS.cv + 'email', str(c.email)]);
    if (c.phone) contact.push([NS.cv + 'telephone', str(c.phone)]);
    const page = httpIri(c.url);
    if (page) {
      contact.push([NS.cv + 'contactPage', iri(page)]);
      out.push(...m.once(page, () => [{ id: page, types: [NS.foaf + 'Document'], props: [] }]));
    }
    if (c.address) {
      const addressId = m.id('channel', c.code, 'address');
      contact.push([NS.locn + 'address', iri(addressId)]);
      out.push({ id: addressId, types: [NS.locn + 'Address'], props: [[NS.locn + 'fullAddress', lv(c.address)]] });
    }
    const weekly = c.openingHours?.weekly ?? {};
    if (Object.keys(weekly).length > 0) {
      const hoursId = m.id('channel', c.code, 'opening-hours');
      const hours: [string, RdfObject][] = [[NS.cv + 'frequency', iri(WEEKLY)], [NS.dct + 'description', lv(openingHoursText(weekly, DAYS_LV))], [NS.dct + 'description', en(openingHoursText(weekly, DAYS_EN))]];
      out.push({ id: hoursId, types: [NS.time + 'TemporalEntity'], props: hours });
      props.push([NS.cv + 'openingHours', iri(hoursId)]);
      contact.push([NS.cv + 'openingHours', iri(hoursId)]);
    }
    if (contact.length > 0) {
      out.push({ id: contactId, types: [NS.cv + 'ContactPoint'], props: contact });
      props.push([NS.lvps + 'contactPoint', iri(contactId)]);
    }
    return [{ id, types: [NS.cv + 'Channel'], props }];
  });
  return { id, nodes: [...built, ...out] };
}

/** PLVN sets as lvps:ServiceLevelTerms nodes under `owner` (a service or a participation). */
function termsNodes(m: CpsvMapper, ownerId: string, sets: ServiceLevelTermsSet[]): { ids: string[]; nodes: RdfNode[] } {
  const ids: string[] = [];
  const nodes: RdfNode[] = [];
  sets.forEach((set, n) => {
    const id = `${ownerId}/plvn/${n + 1}`;
    ids.push(id);
    const props: [string, RdfObject][] = [...langs(NS.dct + 'title', set.nameLv, set.nameEn ?? null), ...langs(NS.lvps + 'appliesTo', set.appliesToLv ?? null, null)];
    set.indicators.forEach((ind, k) => {
      const indId = `${id}/indicator/${k + 1}`;
      props.push([NS.lvps + 'hasIndicator', iri(indId)]);
      const kind = m.concept('indicator-kind', ind.kind);
      nodes.push(...kind.nodes);
      const ip: [string, RdfObject][] = [[NS.lvps + 'indicatorKind', iri(kind.id)], ...langs(NS.dct + 'title', ind.nameLv, ind.nameEn ?? null)];
      if (ind.target !== null) ip.push([NS.lvps + 'targetValue', decimal(ind.target)]);
      if (ind.unit) ip.push([NS.lvps + 'unit', lv(ind.unit)]);
      for (const v of ind.values ?? []) ip.push([NS.lvps + 'targetText', str(v)]);
      nodes.push({ id: indId, types: [NS.lvps + 'ServiceLevelIndicator'], props: ip });
    });
    nodes.push({ id, types: [NS.lvps + 'ServiceLevelTerms'], props });
  });
  return { ids, nodes };
}

/** The nodes describing one service (its own nodes and the shared ones not yet written). */
export function serviceNodes(m: CpsvMapper, s: OpenService): RdfNode[] {
  const id = m.serviceIri(s.code);
  const nodes: RdfNode[] = [...m.commonNodes()];
  const p: [string, RdfObject][] = [[NS.dct + 'identifier', str(s.code)], ...langs(NS.dct + 'title', s.nameLv, s.nameEn)];
  // dct:description is mandatory: a description missing in the register falls back to the name.
  p.push(...(s.descriptionLv || s.descriptionEn ? langs(NS.dct + 'description', s.descriptionLv, s.descriptionEn) : langs(NS.dct + 'description', s.nameLv, s.nameEn)));
  const owner = m.organisation(s.owner);
  nodes.push(...owner.nodes);
  p.push([NS.cv + 'hasCompetentAuthority', iri(owner.id)], [NS.dct + 'spatial', iri(LATVIA)], [NS.dct + 'language', iri(LANG.lv)]);
  if (s.nameEn || s.descriptionEn) p.push([NS.dct + 'language', iri(LANG.en)]);
  for (const k of s.keywords) p.push([NS.dcat + 'keyword', lv(k)]);
  for (const g of s.targetGroups) {
    const c = m.concept('target-group', g);
    nodes.push(...c.nodes);
    p.push([NS.dct + 'audience', iri(c.id)]);
  }
  if (s.activityDirection) {
    const c = m.concept('activity-direction', `${s.owner.code}.${s.activityDirection.code}`, [s.activityDirection.nameLv, s.activityDirection.nameEn]);
    nodes.push(...c.nodes);
    p.push([NS.cv + 'thematicArea', iri(c.id)]);
  }
  for (const c of s.channels) {
    const ch = channelNodes(m, c);
    nodes.push(...ch.nodes);
    p.push([NS.cv + 'hasChannel', iri(ch.id)]);
    for (const phase of c.phases) p.push([NS.lvps + (phase === 'request' ? 'hasRequestChannel' : 'hasReceiptChannel'), iri(ch.id)]);
  }
  if (s.fee) {
    const costId = `${id}/cost`;
    const amount = s.fee.free ? 0 : (s.fee.amountEur ?? null);
    const cp: [string, RdfObject][] = [[NS.dct + 'identifier', str(`${s.code}/cost`)], [NS.cv + 'currency', iri(EUR)]];
    if (amount !== null) cp.push([NS.cv + 'hasValue', double(amount)]);
    const descLv = s.fee.descriptionLv ?? (s.fee.free ? 'Bez maksas' : null);
    const descEn = s.fee.descriptionEn ?? (s.fee.free ? 'Free of charge' : null);
    cp.push(...langs(NS.dct + 'description', descLv, descEn), [NS.lvps + 'free', typed(String(s.fee.free), NS.xsd + 'boolean')]);
    nodes.push({ id: costId, types: [NS.cv + 'Cost'], props: cp });
    p.push([NS.cv + 'hasCost', iri(costId)]);
  }
  s.requiredDocuments.forEach((doc, n) => {
    const evId = `${id}/evidence/${n + 1}`;
    nodes.push({ id: evId, types: [NS.cv + 'Evidence'], props: [[NS.dct + 'identifier', str(`${s.code}/evidence/${n + 1}`)], ...langs(NS.dct + 'title', doc.lv, doc.en ?? null)] });
    p.push([NS.cpsv + 'hasInput', iri(evId)]);
  });
  s.prerequisites.forEach((req, n) => {
    const reqId = `${id}/requirement/${n + 1}`;
    nodes.push({ id: reqId, types: [NS.cv + 'Requirement'], props: [[NS.dct + 'identifier', str(`${s.code}/requirement/${n + 1}`)], ...langs(NS.dct + 'title', req.lv, req.en ?? null)] });
    p.push([NS.cv + 'holdsRequirement', iri(reqId)]);
  });
  s.legalBasis.forEach((law, n) => {
    const lawId = `${id}/legal-resource/${n + 1}`;
    const lp: [string, RdfObject][] = [[NS.dct + 'title', lv(law.article ? `${law.act}, ${law.article}` : law.act)]];
    const page = httpIri(law.url);
    if (page) lp.push([NS.foaf + 'page', iri(page)]);
    nodes.push({ id: lawId, types: [NS.eli + 'LegalResource'], props: lp });
    p.push([NS.cv + 'hasLegalResource', iri(lawId)]);
  });
  if (s.resultLv || s.resultEn) {
    const outId = `${id}/output`;
    nodes.push({ id: outId, types: [NS.cv + 'Output'], props: [[NS.dct + 'identifier', str(`${s.code}/output`)], ...langs(NS.dct + 'title', s.resultLv, s.resultEn)] });
    p.push([NS.cpsv + 'produces', iri(outId)]);
  }
  if (s.contacts && (s.contacts.phone || s.contacts.email || httpIri(s.contacts.url))) {
    const cpId = `${id}/contact-point`;
    const cp: [string, RdfObject][] = [];
    if (s.contacts.email) cp.push([NS.cv + 'email', str(s.contacts.email)]);
    if (s.contacts.phone) cp.push([NS.cv + 'telephone', str(s.contacts.phone)]);
    const page = httpIri(s.contacts.url);
    if (page) {
      cp.push([NS.cv + 'contactPage', iri(page)]);
      nodes.push(...m.once(page, () => [{ id: page, types: [NS.foaf + 'Document'], props: [] }]));
    }
    nodes.push({ id: cpId, types: [NS.cv + 'ContactPoint'], props: cp });
    p.push([NS.cv + 'contactPoint', iri(cpId)]);
  }
  for (const ls of s.lifeSituations) {
    const lsId = m.id('life-situation', ls.code);
    nodes.push(...m.once(lsId, () => [{ id: lsId, types: [NS.cv + 'Event', NS.cv + 'LifeEvent'], props: [[NS.dct + 'identifier', str(ls.code)], ...langs(NS.dct + 'title', ls.nameLv, ls.nameEn)] }]));
    p.push([NS.cv + 'isGroupedBy', iri(lsId)]);
  }
  for (const need of s.needs) {
    const needId = m.id('need', need.code);
    nodes.push(...m.once(needId, () => [{ id: needId, types: [NS.lvps + 'Need'], props: [[NS.dct + 'identifier', str(need.code)], ...langs(NS.dct + 'title', need.nameLv, need.nameEn)] }]));
    p.push([NS.lvps + 'meetsNeed', iri(needId)]);
  }
  s.providers.forEach((prov) => {
    const org = m.organisation(prov);
    const partId = `${id}/participation/${encodeURIComponent(prov.code)}`;
    const role = m.concept('role', 'serviceProvider');
    nodes.push(...org.nodes, ...role.nodes);
    const pp: [string, RdfObject][] = [
      [NS.dct + 'identifier', str(`${s.code}/participation/${prov.code}`)],
      [NS.dct + 'description', lv(`Pakalpojuma sniedzējs: ${prov.nameLv}`)],
      [NS.cv + 'role', iri(role.id)],
      [NS.cv + 'hasParticipant', iri(org.id)],
    ];
    if (prov.serviceLevelTerms?.length) {
      const t = termsNodes(m, partId, prov.serviceLevelTerms);
      nodes.push(...t.nodes);
      for (const tid of t.ids) pp.push([NS.lvps + 'hasServiceLevelTerms', iri(tid)]);
    }
    nodes.push({ id: partId, types: [NS.cv + 'Participation'], props: pp });
    p.push([NS.cv + 'hasParticipation', iri(partId)]);
  });
  const terms = termsNodes(m, id, s.serviceLevelTerms);
  nodes.push(...terms.nodes);
  for (const tid of terms.ids) p.push([NS.lvps + 'hasServiceLevelTerms', iri(tid)]);
  const codeProps: [string, string, string | null][] = [
    ['recipientType', 'recipient-type', s.recipientType],
    ['complexity', 'complexity', s.complexity],
    ['lifecycleStage', 'lifecycle-stage', s.lifecycleStage],
    ['digitalStatus', 'digital-status', s.digitalStatus],
    ['requestMode', 'phase-mode', s.digitalByPhase?.request ?? null],
    ['processingMode', 'phase-mode', s.digitalByPhase?.processing ?? s.processingMode],
    ['receiptMode', 'phase-mode', s.digitalByPhase?.receipt ?? null],
  ];
  for (const [prop, scheme, code] of codeProps) {
    if (!code) continue;
    const c = m.concept(scheme, code);
    nodes.push(...c.nodes);
    p.push([NS.lvps + prop, iri(c.id)]);
  }
  p.push([NS.lvps + 'availableAtOneStopCentres', typed(String(s.availableAtVpvkac), NS.xsd + 'boolean')]);
  if (s.isTemplate) p.push([NS.lvps + 'isUnifiedTemplate', typed('true', NS.xsd + 'boolean')]);
  if (s.templateCode) p.push([NS.lvps + 'instanceOf', iri(m.serviceIri(s.templateCode))]);
  p.push([NS.dct + 'modified', typed(s.updatedAt, NS.xsd + 'dateTime')]);
  if (s.publishedAt) p.push([NS.dct + 'issued', typed(s.publishedAt, NS.xsd + 'dateTime')]);
  nodes.push({ id, types: [NS.cpsv + 'PublicService'], props: p });
  return nodes;
}
