/**
 * Builds the rows of a register in memory from specs: institutions with their
 * activity directions, channel points, life situations and needs, resources
 * and capabilities, people and roles. Services are added by `build-services.ts`.
 * Unknown codes in the specs throw at once, naming the code and who refers to it.
 */
import type { ChannelTypeInfo } from '../modules/services/services.model.js';
import type { ChannelPointSpec } from './data/channel-points.js';
import type { InstitutionSpec } from './data/institutions.js';
import type { LifeSituationSpec, NeedSpec } from './data/life-situations.js';
import type { CapabilitySpec, ResourceSpec } from './data/resources.js';
import { PeopleBuilder, type IdFn } from './people.js';
import { RegisterRows } from './rows.js';
import type { DemoAccount } from './demo-accounts.js';

/** Support terms used when an institution (or its parent) names none (R05). */
export const DEFAULT_SUPPORT = { hours: 40, channels: ['phone', 'email'] };

export interface BuiltInstitution {
  id: string;
  code: string;
  kind: string;
  domain: string;
  nameLv: string;
  nameEn: string;
  parentCode: string | null;
  ancestorIds: string[];
  /** Activity direction code → id. */
  directions: Map<string, string>;
  support: { hours: number; channels: string[] };
  /** Contact phone (from one of its phone channel points), if any. */
  phone: string | null;
}

export interface BuiltChannelPoint {
  id: string;
  code: string;
  type: string;
  institution: string;
}

export interface BuiltNeed {
  id: string;
  code: string;
  nameLv: string;
  nameEn: string;
  situations: string[];
}

/** The register being built, with lookups by code. */
export class RegisterBuilder {
  readonly rows = new RegisterRows();
  readonly institutions = new Map<string, BuiltInstitution>();
  readonly channelPoints = new Map<string, BuiltChannelPoint>();
  private readonly channelPointsById = new Map<string, BuiltChannelPoint>();
  readonly lifeSituations = new Map<string, string>();
  readonly needs = new Map<string, BuiltNeed>();
  readonly resources = new Map<string, { id: string; institution: string }>();
  readonly people: PeopleBuilder;
  /** Channel type code → meaning (R27). */
  readonly channelTypes: Map<string, ChannelTypeInfo>;
  readonly createdAt: Date;

  constructor(
    readonly idOf: IdFn,
    channelTypes: Map<string, ChannelTypeInfo>,
    opts: { demo?: DemoAccount[]; passwordHash?: string; createdAt?: Date } = {},
  ) {
    this.channelTypes = channelTypes;
    this.createdAt = opts.createdAt ?? new Date('2025-01-06T08:00:00Z');
    this.people = new PeopleBuilder(this.rows, idOf, (code) => this.inst(code, 'a person'), opts);
  }

  inst(code: string, usedBy = '?'): BuiltInstitution {
    const i = this.institutions.get(code);
    if (!i) throw new Error(`seed: unknown institution "${code}" (used by ${usedBy})`);
    return i;
  }

  cp(code: string, usedBy = '?'): BuiltChannelPoint {
    const c = this.channelPoints.get(code);
    if (!c) throw new Error(`seed: unknown channel point "${code}" (used by ${usedBy})`);
    return c;
  }

  cpById(id: string): BuiltChannelPoint | undefined {
    return this.channelPointsById.get(id);
  }

  need(code: string, usedBy = '?'): BuiltNeed {
    const n = this.needs.get(code);
    if (!n) throw new Error(`seed: unknown need "${code}" (used by ${usedBy})`);
    return n;
  }

  resource(code: string, usedBy = '?'): { id: string; institution: string } {
    const r = this.resources.get(code);
    if (!r) throw new Error(`seed: unknown resource "${code}" (used by ${usedBy})`);
    return r;
  }

  direction(instCode: string, dirCode: string, usedBy = '?'): string {
    const id = this.inst(instCode, usedBy).directions.get(dirCode);
    if (!id) throw new Error(`seed: institution "${instCode}" has no activity direction "${dirCode}" (used by ${usedBy})`);
    return id;
  }

  /** The id a service with this key has (known before the service is added, for forward references). */
  serviceId(key: string): string {
    return this.idOf('service', key);
  }

  /** Adds an institution; its parent must have been added before. */
  addInstitution(spec: InstitutionSpec): BuiltInstitution {
    const id = this.idOf('institution', spec.code);
    const parent = spec.parent ? this.inst(spec.parent, spec.code) : null;
    const built: BuiltInstitution = {
      id,
      code: spec.code,
      kind: spec.kind,
      domain: spec.domain,
      nameLv: spec.nameLv,
      nameEn: spec.nameEn,
      parentCode: parent?.code ?? null,
      ancestorIds: parent ? [...parent.ancestorIds, parent.id] : [],
      directions: new Map(),
      // Agencies without their own terms follow their ministry's or municipality's.
      support: spec.support ?? parent?.support ?? DEFAULT_SUPPORT,
      phone: null,
    };
    this.rows.institutions.push({
      id,
      code: spec.code,
      registrationNumber: spec.registrationNumber,
      nameLv: spec.nameLv,
      nameEn: spec.nameEn,
      shortName: spec.shortName ?? null,
      groupCode: spec.group,
      kind: spec.kind,
      parentId: parent?.id ?? null,
      ancestorIds: built.ancestorIds,
      formerNames: spec.formerNames ?? [],
      website: `https://www.${spec.domain}`,
      email: `pasts@${spec.domain}`,
      createdAt: this.createdAt,
      updatedAt: this.createdAt,
    });
    for (const [code, nameLv, nameEn] of spec.directions) {
      const dirId = this.idOf('direction', `${spec.code}:${code}`);
      built.directions.set(code, dirId);
      this.rows.activityDirections.push({ id: dirId, institutionId: id, code, nameLv, nameEn });
    }
    this.institutions.set(spec.code, built);
    return built;
  }

  addChannelPoint(spec: ChannelPointSpec): BuiltChannelPoint {
    const owner = this.inst(spec.institution, `channel point ${spec.code}`);
    if (!this.channelTypes.has(spec.type)) throw new Error(`seed: unknown channel type "${spec.type}" (channel point ${spec.code})`);
    const id = this.idOf('channelPoint', spec.code);
    this.rows.channelPoints.push({
      id,
      code: spec.code,
      institutionId: owner.id,
      channelType: spec.type,
      nameLv: spec.nameLv,
      nameEn: spec.nameEn,
      url: spec.url ?? null,
      address: spec.address ?? null,
      phone: spec.phone ?? null,
      email: spec.email ?? null,
      openingHours: spec.openingHours ?? null,
      accessibilityNotesLv: spec.accessibilityLv ?? null,
      accessibilityNotesEn: spec.accessibilityEn ?? null,
      active: true,
      createdAt: this.createdAt,
      updatedAt: this.createdAt,
    });
    if (spec.type === 'phone' && spec.phone && !owner.phone) owner.phone = spec.phone;
    const built = { id, code: spec.code, type: spec.type, institution: spec.institution };
    this.channelPoints.set(spec.code, built);
    this.channelPointsById.set(id, built);
    return built;
  }

  addLifeSituation(spec: LifeSituationSpec, owner: string | null = null): string {
    const id = this.idOf('lifeSituation', spec.code);
    this.rows.lifeSituations.push({
      id,
      code: spec.code,
      nameLv: spec.nameLv,
      nameEn: spec.nameEn,
      descriptionLv: spec.descriptionLv,
      descriptionEn: spec.descriptionEn,
      audience: spec.audience,
      ownerInstitutionId: owner ? this.inst(owner).id : null,
      createdAt: this.createdAt,
      updatedAt: this.createdAt,
    });
    this.lifeSituations.set(spec.code, id);
    return id;
  }

  /** Adds a need and links it to its life situations (R40), which must exist. */
  addNeed(spec: NeedSpec, owner: string | null = null): BuiltNeed {
    const id = this.idOf('need', spec.code);
    this.rows.needs.push({
      id,
      code: spec.code,
      nameLv: spec.nameLv,
      nameEn: spec.nameEn,
      descriptionLv: null,
      descriptionEn: null,
      ownerInstitutionId: owner ? this.inst(owner).id : null,
      createdAt: this.createdAt,
      updatedAt: this.createdAt,
    });
    const situations: string[] = [];
    for (const code of spec.situations) {
      const lsId = this.lifeSituations.get(code);
      if (!lsId) throw new Error(`seed: unknown life situation "${code}" (need ${spec.code})`);
      situations.push(lsId);
      this.rows.lifeSituationNeeds.push({ lifeSituationId: lsId, needId: id });
    }
    const built = { id, code: spec.code, nameLv: spec.nameLv, nameEn: spec.nameEn, situations };
    this.needs.set(spec.code, built);
    return built;
  }

  /** Adds a resource; a virtual one names its supplier's service by key (R42). */
  addResource(spec: ResourceSpec): string {
    const owner = this.inst(spec.institution, `resource ${spec.code}`);
    const id = this.idOf('resource', spec.code);
    this.rows.resources.push({
      id,
      code: spec.code,
      institutionId: owner.id,
      kind: spec.kind,
      nameLv: spec.nameLv,
      nameEn: spec.nameEn,
      descriptionLv: spec.descriptionLv ?? null,
      descriptionEn: spec.descriptionEn ?? null,
      supplierServiceId: spec.supplierService ? this.serviceId(spec.supplierService) : null,
      lifecycleStage: spec.lifecycleStage ?? 'use',
      createdAt: this.createdAt,
      updatedAt: this.createdAt,
    });
    this.resources.set(spec.code, { id, institution: spec.institution });
    return id;
  }

  addCapability(spec: CapabilitySpec): string {
    const id = this.idOf('capability', spec.key);
    this.rows.capabilities.push({
      id,
      institutionId: this.inst(spec.institution, `capability ${spec.key}`).id,
      kind: spec.kind,
      nameLv: spec.nameLv,
      nameEn: spec.nameEn,
      descriptionLv: spec.descriptionLv ?? null,
      supplierServiceId: spec.supplierService ? this.serviceId(spec.supplierService) : null,
      createdAt: this.createdAt,
      updatedAt: this.createdAt,
    });
    return id;
  }
}
