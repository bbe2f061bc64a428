/**
 * The compact form demo service descriptions are written in: one `svc(…)` call
 * per service. The repetitive parts (PLVN sets with the owner's support terms,
 * required documents, results, contacts, descriptions, keywords) are generated
 * from it by `src/seed/build.ts`.
 */
import type { Complexity, LifecycleStage, ProcessingMode, RecipientType, TargetGroup } from '../../shared/enums.js';

/** Recipient type shorthands: public individual/general, inter-institutional individual/shared. */
export type TypeCode = 'PI' | 'PG' | 'II' | 'IS';
export const RECIPIENT_TYPE_OF: Record<TypeCode, RecipientType> = {
  PI: 'publicIndividual',
  PG: 'publicGeneral',
  II: 'interInstitutionalIndividual',
  IS: 'interInstitutionalShared',
};

/**
 * How a demo service exists in the register: `published` (one version),
 * `v2` (v1 superseded, v2 published), `v2draft` (published v1 with a v2 draft in
 * progress), `draft`, `submitted` (a draft handed to the portfolio manager),
 * `archived` (taken out of the list).
 */
export type ServiceState = 'published' | 'v2' | 'v2draft' | 'draft' | 'submitted' | 'archived';

/** A legal act and, optionally, its article. */
export type Law = [act: string, article?: string];

export interface ServiceSpec {
  /** Reference key: owner code + '-' + suffix, e.g. "VDAA-PLATFORMA". */
  key: string;
  /** Owner institution code. */
  owner: string;
  lv: string;
  en: string;
  type: RecipientType;
  cx: Complexity;
  /** The owner's core activity direction code (R02). */
  dir: string;
  /** Need codes (R01, R25). */
  needs: string[];
  /** Channel point codes for requesting and for receiving. */
  req: string[];
  rec: string[];
  proc: ProcessingMode;
  /** Processing time in working days. */
  days?: number;
  /** Fee in euros; absent or 0 means free of charge. */
  fee?: number;
  law: Law[];
  tg?: TargetGroup[];
  /** Extra required documents [lv, en], after the generated ones. */
  docs?: [string, string][];
  /** Result [lv, en]; generated when absent. */
  out?: [string, string];
  /** Description [lv, en]; generated when absent. */
  desc?: [string, string];
  /** Resource codes the service uses. */
  rs?: string[];
  /** Keys of component services (complex and smart services). */
  comps?: string[];
  /** Keys of inter-institutional services it depends on. */
  deps?: string[];
  /** Lineage: keys of services it replaces or merges. */
  repl?: string[];
  merges?: string[];
  /** Provider institutions other than the owner (with their own, better PLVN). */
  prov?: string[];
  st: ServiceState;
  stage: LifecycleStage;
  /** An urgent-processing PLVN set: [working days, fee]. */
  fast?: [number, number];
  /** A unified (template) service owned by VARAM and instantiated by every demo municipality. */
  template?: boolean;
  /** For a template: the municipal core activity direction its instances link to. */
  mdir?: string;
  /** For a template: instance fees per municipality code (an override). */
  mfee?: Record<string, number>;
  /** For a template: providers other than the owner, per municipality code (an override). */
  mprov?: Record<string, string[]>;
  /** For a template: instances deliver at the recipient's premises (the municipality's home-care channel). */
  mhome?: boolean;
}

/** What a `svc` call accepts: short keys, defaults for the common case. */
export interface SvcOptions {
  t?: TypeCode;
  cx?: Complexity;
  dir: string;
  needs: string[];
  req: string[];
  rec: string[];
  proc: ProcessingMode;
  days?: number;
  fee?: number;
  /** One act as [act, article], or several. */
  law: Law | Law[];
  tg?: TargetGroup[];
  docs?: [string, string][];
  out?: [string, string];
  desc?: [string, string];
  rs?: string[];
  comps?: string[];
  deps?: string[];
  repl?: string[];
  merges?: string[];
  prov?: string[];
  st?: ServiceState;
  stage?: LifecycleStage;
  fast?: [number, number];
  mdir?: string;
  mfee?: Record<string, number>;
  mprov?: Record<string, string[]>;
  mhome?: boolean;
}

const isSingleLaw = (law: Law | Law[]): law is Law => typeof law[0] === 'string';

/** One demo service: `svc('CSDD', 'TL-REG', 'Transportlīdzekļa reģistrācija', 'Vehicle registration', {…})`. */
export function svc(owner: string, suffix: string, lv: string, en: string, o: SvcOptions): ServiceSpec {
  const { t, cx, law, st, stage, ...rest } = o;
  return {
    ...rest,
    key: `${owner}-${suffix}`,
    owner,
    lv,
    en,
    type: RECIPIENT_TYPE_OF[t ?? 'PI'],
    cx: cx ?? 'simple',
    law: isSingleLaw(law) ? [law] : law,
    st: st ?? 'published',
    stage: stage ?? 'provide',
  };
}

/** A unified municipal service (template) owned by VARAM; `mdir` is the direction its instances link to. */
export function tpl(suffix: string, lv: string, en: string, o: SvcOptions & { mdir: string }): ServiceSpec {
  return { ...svc('VARAM', suffix, lv, en, o), template: true };
}

/** Target group shorthands. */
export const B: TargetGroup[] = ['businesses'];
export const RB: TargetGroup[] = ['residents', 'businesses'];
export const SR: TargetGroup[] = ['society', 'residents'];
