/**
 * Services of the national-scale register's generated institutions: each
 * institution gets a share of the wanted total (by its kind) and fills it with
 * copies of its model's services, remapped to its own channel points,
 * resources and sibling services. Repeats of one model service are told apart
 * by who or what they are for ("… juridiskām personām").
 */
import type { RegisterBuilder } from './build.js';
import { namePartsOf } from './build-services.js';
import type { ServiceSpec } from './data/service-spec.js';
import { WEIGHTS, type GeneratedInstitution, type InstitutionGenerator } from './national-build.js';
import type { Rng } from './support.js';

/** Additional information [lv, en] that tells variants of one service apart (R07's optional third part). */
const QUALIFIERS: [string, string][] = [
  ['fiziskām personām', 'for individuals'],
  ['juridiskām personām', 'for legal persons'],
  ['ārvalstniekiem', 'for foreign nationals'],
  ['nepilngadīgām personām', 'for minors'],
  ['personām ar invaliditāti', 'for persons with disabilities'],
  ['senioriem', 'for seniors'],
  ['jauniešiem', 'for young people'],
  ['ģimenēm ar bērniem', 'for families with children'],
  ['lauksaimniekiem', 'for farmers'],
  ['mazajiem uzņēmumiem', 'for small businesses'],
  ['nevalstiskajām organizācijām', 'for NGOs'],
  ['pārrobežu gadījumos', 'in cross-border cases'],
  ['steidzamības kārtā', 'urgently'],
  ['vienkāršotā kārtībā', 'by a simplified procedure'],
  ['atkārtoti', 'repeatedly'],
  ['sezonāli', 'seasonally'],
  ['attālināti', 'remotely'],
  ['Rīgas reģionā', 'in the Riga region'],
  ['Kurzemes reģionā', 'in Kurzeme'],
  ['Zemgales reģionā', 'in Zemgale'],
  ['Vidzemes reģionā', 'in Vidzeme'],
  ['Latgales reģionā', 'in Latgale'],
  ['ārkārtas situācijā', 'in an emergency'],
  ['darba devējiem', 'for employers'],
  ['studējošajiem', 'for students'],
  ['pašnodarbinātajiem', 'for the self-employed'],
  ['bezdarbniekiem', 'for the unemployed'],
  ['pensionāriem', 'for pensioners'],
  ['lauku teritorijās', 'in rural areas'],
  ['pilsētās', 'in cities'],
];

const uniq = <T>(xs: T[]): T[] => [...new Set(xs)];
const wordCount = (s: string): number => s.split(/\s+/).length;

/** A variant's name: object + action + the qualifier as its information, within six words where possible (R07, R08). */
function variantName(name: string, qualifier: string): string {
  const parts = namePartsOf(name);
  if (!parts || wordCount(name) + wordCount(qualifier) <= 6) return `${name} ${qualifier}`;
  return `${parts.object} ${parts.action} ${qualifier}`;
}

/**
 * Specs of `total` services spread over the generated institutions by weight
 * (largest first, deterministic). References to the model's own services
 * point at the institution's copies when those exist, and are dropped otherwise.
 */
export function cloneServices(gen: InstitutionGenerator, b: RegisterBuilder, total: number, rng: Rng, municipalities: string[]): ServiceSpec[] {
  const owners = gen.generated.filter((g) => g.model.services.length > 0);
  const weightSum = owners.reduce((n, g) => n + WEIGHTS[g.kind], 0);
  const specs: ServiceSpec[] = [];
  let wanted = 0;
  let made = 0;
  for (const g of owners) {
    wanted += (total * WEIGHTS[g.kind]) / weightSum;
    const n = Math.round(wanted) - made;
    for (let j = 0; j < n; j++) specs.push(copyOf(gen, b, g, j, rng, municipalities));
    made += Math.max(0, n);
  }
  // Links to the model's own services follow the copies that exist.
  const keys = new Set(specs.map((s) => s.key));
  for (const s of specs) {
    const keep = (ks: string[] | undefined) => ks?.filter((k) => keys.has(k) || !k.startsWith(`${s.owner}-`));
    s.comps = keep(s.comps);
    s.repl = keep(s.repl);
    s.merges = keep(s.merges);
  }
  return specs;
}

/** The `j`-th service of a generated institution: its model's service j mod n, variant j div n. */
function copyOf(gen: InstitutionGenerator, b: RegisterBuilder, g: GeneratedInstitution, j: number, rng: Rng, municipalities: string[]): ServiceSpec {
  const model = g.model;
  const a = model.services[j % model.services.length];
  const variant = Math.floor(j / model.services.length);
  const suffix = a.key.slice(a.owner.length + 1);
  const key = `${g.code}-${suffix}${variant ? `-${variant}` : ''}`;
  const channel = (code: string): string | null => {
    if (code.startsWith('@')) {
      const type = code.slice(1);
      return gen.channelByType.get(`${g.code}|${type}`) ?? (g.parent ? gen.channelByType.get(`${g.parent}|${type}`) : undefined) ?? null;
    }
    const cp = b.cp(code, a.key);
    if (cp.institution === model.code) return gen.channelByType.get(`${g.code}|${cp.type}`) ?? null;
    if (model.parent && cp.institution === model.parent && g.parent) return gen.channelByType.get(`${g.parent}|${cp.type}`) ?? code;
    return code;
  };
  const channels = (codes: string[], fallback: string) => {
    const mapped = uniq(codes.map(channel).filter((c): c is string => !!c));
    return mapped.length ? mapped : [fallback];
  };
  // The model's own services become the copy's siblings (dropped later when the copy has none),
  // and its municipality's instances of unified services become the copy's municipality's.
  const sibling = (k: string): string => {
    if (k.startsWith(`${model.code}-`)) return `${g.code}-${k.slice(model.code.length + 1)}`;
    if (model.parent && g.parent && k.startsWith(`${model.parent}-T-`)) return `${g.parent}-T-${k.slice(model.parent.length + 3)}`;
    return k;
  };
  const siblings = (ks: string[] | undefined) => ks?.map(sibling);
  const q = variant ? QUALIFIERS[(variant - 1) % QUALIFIERS.length] : null;
  const round = variant > QUALIFIERS.length ? ` ${Math.ceil(variant / QUALIFIERS.length)}` : '';
  // Services the model lets municipal one-stop centres provide keep that; some other public services of agencies gain it.
  const atVpvkac = !!a.prov?.length || (a.type === 'publicIndividual' && (g.kind === 'agency' || g.kind === 'unit') && rng.chance(0.1));
  const provider = atVpvkac ? rng.sample(municipalities.filter((m) => m !== g.code && m !== g.parent), rng.between(1, 2)) : undefined;
  // Some published services have a superseded first version, so history and diff have content.
  const st = a.st === 'published' && rng.chance(0.08) ? 'v2' : a.st;
  return {
    ...a,
    key,
    owner: g.code,
    lv: q ? variantName(a.lv, q[0]) + round : a.lv,
    en: q ? `${a.en} ${q[1]}${round}` : a.en,
    req: channels(a.req, 'LVPORTAL'),
    rec: channels(a.rec, 'EADRESE'),
    rs: a.rs?.map((r) => (b.resources.get(r)?.institution === model.code ? gen.resourceCopies.get(`${g.code}|${r}`) : r)).filter((r): r is string => !!r),
    comps: siblings(a.comps),
    repl: siblings(a.repl),
    merges: siblings(a.merges),
    prov: provider,
    st,
    desc: undefined,
    template: false,
  };
}
