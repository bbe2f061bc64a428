/**
 * Which institutions the national-scale register has: about 2,000 at scale 1
 * (13 ministries with their agencies and regional units, 43 municipalities with
 * their institutions, universities, companies, courts, notaries, bailiffs,
 * private persons and associations). Counts scale with `scale`.
 */
import type { RegisterBuilder } from './build.js';
import { INSTITUTIONS } from './data/institutions.js';
import {
  ASSOCIATIONS,
  CAPITAL_COMPANIES,
  COURTS,
  DERIVED_PUBLIC_PERSONS,
  EXTRA_AGENCIES,
  EXTRA_MINISTRIES,
  MUNICIPALITIES,
  REGIONS,
} from './data/national-institutions.js';
import { genitive, type InstitutionGenerator } from './national-build.js';
import { FAMILY_F, FAMILY_M, GIVEN_F, GIVEN_M } from './people.js';

/** Municipal institutions per municipality at scale 1 (Rīga has three times as many). */
const PER_MUNICIPALITY = 26;

/** Adds every generated institution; returns the municipality codes (demo and generated). */
export function planInstitutions(gen: InstitutionGenerator, b: RegisterBuilder, scale: number): string[] {
  const count = (n: number) => Math.max(1, Math.round(n * scale));
  const take = <T>(xs: readonly T[]) => xs.slice(0, count(xs.length));

  for (const [code, nameLv, nameEn, domain, model] of EXTRA_MINISTRIES)
    gen.add({ code, nameLv, nameEn, domain, group: 'directAdministration', kind: 'ministry', shortName: code }, model, 'ministry');
  const extraAgencies: [string, string][] = [];
  for (const [ministry, list] of Object.entries(EXTRA_AGENCIES)) {
    for (const [code, nameLv, nameEn, domain, model] of take(list)) {
      gen.add({ code, nameLv, nameEn, domain, group: 'directAdministration', kind: 'stateInstitution', parent: ministry, shortName: code }, model, 'agency');
      extraAgencies.push([code, model]);
    }
  }

  // Regional units of agencies, region by region so a small scale still spreads over agencies.
  const agencies: [string, string][] = [...INSTITUTIONS.filter((i) => i.kind === 'stateInstitution').map((i) => [i.code, i.code] as [string, string]), ...extraAgencies];
  const units = count(agencies.length * REGIONS.length);
  for (let k = 0; k < units; k++) {
    const [agency, model] = agencies[k % agencies.length];
    const [regionLv, regionEn, regionCode] = REGIONS[Math.floor(k / agencies.length) % REGIONS.length];
    const parent = b.inst(agency);
    const short = b.rows.institutions.find((r) => r.id === parent.id)?.shortName ?? agency;
    gen.add(
      {
        code: `${agency}-${regionCode}`,
        nameLv: `${short} ${regionLv} reģionālā nodaļa`,
        nameEn: `${short} ${regionEn} regional office`,
        domain: `${regionCode.toLowerCase()}.${parent.domain}`,
        group: 'directAdministration',
        kind: 'stateInstitution',
        parent: agency,
      },
      model,
      'unit',
    );
  }

  // Municipalities: the demo's four plus the rest of the 43.
  const municipalities: { code: string; stem: string; en: string; domain: string; localities: string[] }[] = [];
  const extra = MUNICIPALITIES.filter(([code]) => !b.institutions.has(code));
  const cityModels = ['RIGA', 'VALMIERA'];
  const countyModels = ['VALMIERA', 'LUDZA', 'KULDIGA'];
  MUNICIPALITIES.forEach(([code, stemLv, nameEn, domain, localities], index) => {
    const city = index < 7;
    const stem = city ? `${stemLv} valstspilsētas` : stemLv.endsWith('novada') ? stemLv : `${stemLv} novada`;
    if (!b.institutions.has(code)) {
      if (extra.indexOf(extra.find(([c]) => c === code)!) >= count(extra.length)) return;
      const model = city ? cityModels[index % 2] : countyModels[index % 3];
      gen.add(
        { code, nameLv: `${stem} pašvaldība`, nameEn: `${nameEn} ${city ? 'State City Municipality' : 'Municipality'}`, domain, group: 'derivedPublicPerson', kind: 'municipality', localities },
        model,
        'municipality',
      );
    }
    municipalities.push({ code, stem, en: nameEn, domain, localities });
  });

  for (const m of municipalities) {
    const add = (suffix: string, nameLv: string, nameEn: string, model: string, sub: string) => {
      const code = `${m.code}-${suffix}`;
      // The demo's Valmiera calls its social service a social affairs administration.
      if (b.institutions.has(code) || (suffix === 'SD' && b.institutions.has(`${m.code}-SLP`))) return;
      gen.add({ code, nameLv, nameEn, domain: `${sub}.${m.domain}`, group: 'derivedPublicPerson', kind: 'municipalInstitution', parent: m.code }, model, 'municipalInstitution');
    };
    const wanted: [string, string, string, string, string][] = [
      ['SD', `${m.stem} sociālais dienests`, `${m.en} Social Service`, 'RIGA-SD', 'sd'],
      ['BV', `${m.stem} būvvalde`, `${m.en} Building Board`, 'RIGA-BV', 'bv'],
      ['BT', `${m.stem} bāriņtiesa`, `${m.en} Orphan’s Court`, 'RIGA-BT', 'bt'],
      ['DZS', `${m.stem} dzimtsarakstu nodaļa`, `${m.en} Registry Office`, 'RIGA-DZS', 'dzs'],
      ['PP', `${m.stem} pašvaldības policija`, `${m.en} Municipal Police`, 'P-MUNI-POLICE', 'policija'],
      ['SAC', `${m.stem} sociālās aprūpes centrs`, `${m.en} Social Care Centre`, 'P-CARE', 'sac'],
    ];
    m.localities.forEach((place, k) => {
      const g = genitive(place);
      wanted.push([`SKOLA-${k + 1}`, `${g} vidusskola`, `${place} Secondary School`, 'P-SCHOOL', `skola${k + 1}`]);
      wanted.push([`PII-${k + 1}`, `${g} pirmsskolas izglītības iestāde`, `${place} Pre-school`, 'P-KINDERGARTEN', `pii${k + 1}`]);
      wanted.push([`KC-${k + 1}`, `${g} kultūras centrs`, `${place} Culture Centre`, 'P-CULTURE-CENTRE', `kc${k + 1}`]);
      if (k > 0) wanted.push([`PARV-${k + 1}`, `${g} pagasta pārvalde`, `${place} Parish Administration`, 'P-PARISH', `parv${k + 1}`]);
    });
    const target = count(PER_MUNICIPALITY * (m.code === 'RIGA' ? 3 : 1));
    const first = genitive(m.localities[0]);
    for (let n = 2; wanted.length < target; n++) {
      wanted.push([`SKOLA-N${n}`, `${first} ${n}. vidusskola`, `${m.localities[0]} Secondary School No. ${n}`, 'P-SCHOOL', `skola-n${n}`]);
      if (wanted.length < target) wanted.push([`PII-N${n}`, `${first} ${n}. pirmsskolas izglītības iestāde`, `${m.localities[0]} Pre-school No. ${n}`, 'P-KINDERGARTEN', `pii-n${n}`]);
    }
    for (const w of wanted.slice(0, target)) add(...w);
  }
  const municipalityCodes = municipalities.map((m) => m.code);
  planOthers(gen, b, count, take, municipalities);
  return municipalityCodes;
}

/** Universities and regulators, companies, courts, notaries, bailiffs, private persons, associations. */
function planOthers(
  gen: InstitutionGenerator,
  b: RegisterBuilder,
  count: (n: number) => number,
  take: <T>(xs: readonly T[]) => T[],
  municipalities: { code: string; stem: string; en: string; domain: string; localities: string[] }[],
): void {
  for (const [code, nameLv, nameEn, domain, model] of take(DERIVED_PUBLIC_PERSONS))
    gen.add({ code, nameLv, nameEn, domain, group: 'derivedPublicPerson', kind: 'derivedPublicPerson', shortName: code }, model, 'derived');
  for (const [code, nameLv, nameEn, domain, model] of take(CAPITAL_COMPANIES))
    gen.add({ code, nameLv, nameEn, domain, group: 'capitalCompany', kind: 'capitalCompany' }, model, 'company');
  // Municipal utility companies.
  for (const m of municipalities.slice(0, count(municipalities.length))) {
    const place = genitive(m.localities[0]);
    gen.add(
      { code: `${m.code}-UDENS`, nameLv: `SIA “${place} ūdens”`, nameEn: `${m.localities[0]} water utility`, domain: `udens.${m.domain}`, group: 'capitalCompany', kind: 'capitalCompany', parent: m.code },
      'LP',
      'company',
    );
  }
  const courts: [string, string, string, string, string][] = [...COURTS];
  for (const [lv, en, code] of REGIONS) {
    courts.push([`${code}-RT`, `${lv} rajona tiesa`, `${en} District Court`, 'tiesas.lv', 'RRT']);
    courts.push([`${code}-AT`, `${lv} apgabaltiesa`, `${en} Regional Court`, 'tiesas.lv', 'RRT']);
  }
  for (const [code, nameLv, nameEn, domain, model] of take(courts)) {
    const judicial = code === 'PROKURATURA';
    gen.add({ code, nameLv, nameEn, domain, group: 'judiciary', kind: judicial ? 'judicialInstitution' : 'court' }, model, judicial ? 'judicial' : 'court');
  }
  // Sworn notaries and bailiffs are named after the person.
  const person = (k: number): [string, string, boolean] => {
    const female = k % 2 === 0;
    const given = (female ? GIVEN_F : GIVEN_M)[(k * 7) % 20];
    const family = (female ? FAMILY_F : FAMILY_M)[(k * 11) % 24];
    return [given, family, female];
  };
  for (let k = 0; k < count(100); k++) {
    const [given, family, female] = person(k);
    gen.add(
      { code: `NOT-${k + 1}`, nameLv: `${female ? 'Zvērināta notāre' : 'Zvērināts notārs'} ${given} ${family}`, nameEn: `Sworn notary ${given} ${family}`, domain: 'notari.lv', group: 'judiciary', kind: 'judicialInstitution' },
      'NOT-KALNINA',
      'judicial',
    );
  }
  for (let k = 0; k < count(60); k++) {
    const [given, family, female] = person(k + 101);
    gen.add(
      { code: `TI-${k + 1}`, nameLv: `${female ? 'Zvērināta tiesu izpildītāja' : 'Zvērināts tiesu izpildītājs'} ${given} ${family}`, nameEn: `Sworn bailiff ${given} ${family}`, domain: 'lzti.lv', group: 'judiciary', kind: 'judicialInstitution' },
      'TI-OZOLS',
      'judicial',
    );
  }
  const places = municipalities.flatMap((m) => m.localities);
  for (let k = 0; k < count(40); k++) {
    const place = places[k % places.length];
    gen.add(
      { code: `MER-${k + 1}`, nameLv: `SIA “${genitive(place)} mērnieks”${k >= places.length ? ` ${Math.floor(k / places.length) + 1}` : ''}`, nameEn: `${place} land surveyor`, domain: 'mernieki.lv', group: 'privatePerson', kind: 'privatePerson' },
      'MERNIEKS',
      'private',
    );
  }
  for (let k = 0; k < count(20); k++) {
    const place = places[(k * 3) % places.length];
    gen.add(
      { code: `TA-STACIJA-${k + 1}`, nameLv: `SIA “${genitive(place)} tehniskās apskates stacija”`, nameEn: `${place} roadworthiness test station`, domain: 'apskate.lv', group: 'privatePerson', kind: 'privatePerson' },
      'APSKATE',
      'private',
    );
  }
  for (const [code, nameLv, nameEn, domain, model] of take(ASSOCIATIONS))
    gen.add({ code, nameLv, nameEn, domain, group: 'associationFoundation', kind: 'association' }, model, 'association');
  for (const m of municipalities.slice(0, count(30))) {
    gen.add(
      { code: `LSK-${m.code}`, nameLv: `Latvijas Sarkanā Krusta ${m.stem} komiteja`, nameEn: `Latvian Red Cross, ${m.en} committee`, domain: 'redcross.lv', group: 'associationFoundation', kind: 'association' },
      'LNS',
      'association',
    );
  }
}
