/**
 * Institutions of the national-scale register: the demo institutions plus
 * generated ministries, agencies and their regional units, the 43
 * municipalities with their institutions, universities, companies, courts,
 * notaries, bailiffs, private persons and associations. Each generated
 * institution copies a model (a demo institution or a profile): its activity
 * directions, support terms, kinds of channel points, resources and services.
 */
import type { OpeningHours } from '../modules/channel-points/channel-points.table.js';
import type { InstitutionGroup, InstitutionKind } from '../shared/enums.js';
import type { RegisterBuilder } from './build.js';
import { CHANNEL_POINTS } from './data/channel-points.js';
import { INSTITUTIONS, type InstitutionSpec } from './data/institutions.js';
import { PROFILES } from './data/national-profiles.js';
import { RESOURCES, type ResourceSpec } from './data/resources.js';
import { DEMO_SERVICES } from './data/services.js';
import type { ServiceSpec } from './data/service-spec.js';

/** What a generated institution is modelled on. */
export interface Model {
  code: string;
  parent: string | null;
  directions: [string, string, string][];
  support?: { hours: number; channels: string[] };
  channelTypes: string[];
  services: ServiceSpec[];
  resources: ResourceSpec[];
}

/** Demo institutions and profiles as models, by code. */
export function loadModels(): Map<string, Model> {
  const models = new Map<string, Model>();
  for (const i of INSTITUTIONS) {
    models.set(i.code, {
      code: i.code,
      parent: i.parent ?? null,
      directions: i.directions,
      support: i.support,
      channelTypes: [...new Set(CHANNEL_POINTS.filter((c) => c.institution === i.code).map((c) => c.type))],
      services: DEMO_SERVICES.filter((s) => s.owner === i.code && !s.template),
      resources: RESOURCES.filter((r) => r.institution === i.code),
    });
  }
  for (const p of PROFILES) models.set(p.code, { code: p.code, parent: null, directions: p.directions, support: p.support, channelTypes: p.channels, services: p.services, resources: [] });
  return models;
}

/** Kinds of generated institution, with their share of the generated services. */
export const WEIGHTS = {
  ministry: 2,
  agency: 60,
  unit: 25,
  municipality: 80,
  municipalInstitution: 12,
  derived: 25,
  company: 25,
  court: 15,
  judicial: 4,
  private: 3,
  association: 8,
} as const;
export type GenKind = keyof typeof WEIGHTS;

export interface GeneratedInstitution {
  code: string;
  model: Model;
  kind: GenKind;
  parent: string | null;
}

const TYPE_LABELS: Record<string, [string, string]> = {
  institutionCentre: ['klientu apkalpošanas centrs', 'customer service centre'],
  municipalCentre: ['klientu apkalpošanas centrs', 'customer service centre'],
  vpvkac: ['VPVKAC', 'one-stop centre'],
  institutionPortal: ['e-pakalpojumi tīmekļvietnē', 'e-services on the website'],
  institutionRequestSystem: ['pieteikumu sistēma', 'request system'],
  specialisedSystem: ['informācijas sistēma', 'information system'],
  mobileApp: ['mobilā lietotne', 'mobile app'],
  phone: ['informatīvais tālrunis', 'information line'],
  sms: ['SMS pakalpojums', 'SMS service'],
  email: ['e-pasts', 'e-mail'],
  socialNetwork: ['sociālo tīklu konts', 'social network account'],
  videoCall: ['videozvans', 'video call'],
  api: ['API', 'API'],
  providerPremises: ['birojs', 'office'],
  recipientPremises: ['pakalpojums dzīvesvietā', 'service at home'],
  post: ['pasta adrese', 'postal address'],
  eAddress: ['e-adrese', 'e-address'],
};
/** Channel types only central operators have: generated institutions use the central channel points instead. */
const CENTRAL_TYPES = new Set(['centralPortal', 'centralRequestSystem', 'eAddress', 'api', 'post']);
const OFFICE_HOURS: OpeningHours = { weekly: { '1': ['08:30-17:00'], '2': ['08:30-17:00'], '3': ['08:30-17:00'], '4': ['08:30-18:00'], '5': ['08:30-15:00'] } };
const IN_PERSON = new Set(['institutionCentre', 'municipalCentre', 'vpvkac', 'providerPremises']);

/** Latvian genitive of a place name, for "Kokneses pagasta pārvalde". */
export function genitive(place: string): string {
  if (place.endsWith('pils') || place.endsWith('us')) return place;
  if (place.endsWith('is')) return `${place.slice(0, -2)}u`;
  if (/[mnlr]s$/.test(place)) return `${place.slice(0, -1)}a`;
  if (place.endsWith('s')) return place;
  if (place.endsWith('a') || place.endsWith('e')) return `${place}s`;
  if (place.endsWith('i')) return `${place.slice(0, -1)}u`;
  return place;
}

/**
 * Adds generated institutions to a register being built, with their
 * activity directions, channel points (one per kind the model has; a VPVKAC
 * per locality for municipalities) and copies of up to three of the model's resources.
 */
export class InstitutionGenerator {
  readonly generated: GeneratedInstitution[] = [];
  /** Channel point code per institution and channel type (first one), for remapping service channels. */
  readonly channelByType = new Map<string, string>();
  /** Model resource code → the generated institution's copy, per institution. */
  readonly resourceCopies = new Map<string, string>();
  private readonly usedRegNos = new Set(INSTITUTIONS.map((i) => i.registrationNumber));
  private regSeq = 0;

  constructor(
    private readonly b: RegisterBuilder,
    private readonly models: Map<string, Model>,
  ) {
    for (const cp of CHANNEL_POINTS) if (!this.channelByType.has(`${cp.institution}|${cp.type}`)) this.channelByType.set(`${cp.institution}|${cp.type}`, cp.code);
  }

  model(code: string): Model {
    const m = this.models.get(code);
    if (!m) throw new Error(`seed: unknown model "${code}"`);
    return m;
  }

  private registrationNumber(group: InstitutionGroup): string {
    const prefix = group === 'capitalCompany' || group === 'associationFoundation' || group === 'privatePerson' ? '40' : group === 'judiciary' ? '32' : '90';
    let n: string;
    do n = `${prefix}${String(3_000_000 + this.regSeq++ * 7).padStart(9, '0')}`;
    while (this.usedRegNos.has(n));
    this.usedRegNos.add(n);
    return n;
  }

  /** Adds one generated institution modelled on `modelCode`; `localities` get one VPVKAC each when the model has VPVKACs. */
  add(
    i: { code: string; nameLv: string; nameEn: string; domain: string; group: InstitutionGroup; kind: InstitutionKind; parent?: string; shortName?: string; localities?: string[] },
    modelCode: string,
    genKind: GenKind,
  ): GeneratedInstitution {
    const model = this.model(modelCode);
    const spec: InstitutionSpec = {
      code: i.code,
      registrationNumber: this.registrationNumber(i.group),
      nameLv: i.nameLv,
      nameEn: i.nameEn,
      shortName: i.shortName,
      group: i.group,
      kind: i.kind,
      parent: i.parent,
      domain: i.domain,
      directions: model.directions,
      support: model.support,
    };
    const built = this.b.addInstitution(spec);
    for (const type of model.channelTypes) {
      if (CENTRAL_TYPES.has(type)) continue;
      const places = type === 'vpvkac' && i.localities?.length ? i.localities : [null];
      places.forEach((place, k) => {
        const code = `${i.code}-${type.toUpperCase()}${k ? `-${k + 1}` : ''}`;
        const [lv, en] = TYPE_LABELS[type] ?? [type, type];
        this.b.addChannelPoint({
          code,
          institution: i.code,
          type,
          nameLv: `${i.nameLv}: ${lv}${place ? ` (${place})` : ''}`,
          nameEn: `${i.nameEn}: ${en}${place ? ` (${place})` : ''}`,
          url: type === 'institutionPortal' || type === 'institutionRequestSystem' || type === 'specialisedSystem' || type === 'mobileApp' ? `https://e.${i.domain}` : undefined,
          phone: type === 'phone' || type === 'sms' || type === 'videoCall' ? `+371 6${String(7_100_000 + this.b.channelPoints.size * 13).slice(0, 7)}` : undefined,
          email: type === 'email' ? `pasts@${i.domain}` : undefined,
          address: IN_PERSON.has(type) ? `${place ?? i.nameLv}, Latvija` : undefined,
          openingHours: IN_PERSON.has(type) || type === 'phone' ? OFFICE_HOURS : undefined,
        });
        if (!this.channelByType.has(`${i.code}|${type}`)) this.channelByType.set(`${i.code}|${type}`, code);
      });
    }
    model.resources.slice(0, 3).forEach((r, k) => {
      const code = `${i.code}-RES${k + 1}`;
      this.b.addResource({ ...r, code, institution: i.code, nameLv: `${r.nameLv} (${i.shortName ?? i.code})`, nameEn: `${r.nameEn} (${i.shortName ?? i.code})` });
      this.resourceCopies.set(`${i.code}|${r.code}`, code);
    });
    const g: GeneratedInstitution = { code: built.code, model, kind: genKind, parent: i.parent ?? null };
    this.generated.push(g);
    return g;
  }
}
