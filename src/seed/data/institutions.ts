/**
 * Demo institutions: all six groups of policy v1 (B7), ministries leading
 * sectors with their agencies, municipalities with their institutions, a court,
 * a sworn notary and bailiff, capital companies, a private person and
 * associations doing delegated public tasks. Registration numbers are made up
 * (11 digits, format only).
 */
import type { FormerName } from '../../modules/institutions/institutions.table.js';
import type { InstitutionGroup, InstitutionKind } from '../../shared/enums.js';

export interface InstitutionSpec {
  code: string;
  registrationNumber: string;
  nameLv: string;
  nameEn: string;
  shortName?: string;
  group: InstitutionGroup;
  kind: InstitutionKind;
  parent?: string;
  /** Web and e-mail domain; people's e-mail addresses use it too. */
  domain: string;
  formerNames?: FormerName[];
  /** Core activity directions (pamatdarbības virzieni): [code, Latvian, English]. */
  directions: [string, string, string][];
  /** Support terms the institution promises for its services (R05): hours a week and channel types. */
  support?: { hours: number; channels: string[] };
}

const state = (
  code: string,
  registrationNumber: string,
  nameLv: string,
  nameEn: string,
  parent: string | undefined,
  domain: string,
  directions: [string, string, string][],
  extra: Partial<InstitutionSpec> = {},
): InstitutionSpec => ({
  code,
  registrationNumber,
  nameLv,
  nameEn,
  group: 'directAdministration',
  kind: parent ? 'stateInstitution' : 'ministry',
  parent,
  domain,
  directions,
  ...extra,
});

const ministry = (code: string, reg: string, nameLv: string, nameEn: string, domain: string, directions: [string, string, string][], extra: Partial<InstitutionSpec> = {}) =>
  state(code, reg, nameLv, nameEn, undefined, domain, directions, { shortName: code, ...extra });

const municipalInstitution = (code: string, reg: string, nameLv: string, nameEn: string, parent: string, domain: string, directions: [string, string, string][]): InstitutionSpec => ({
  code,
  registrationNumber: reg,
  nameLv,
  nameEn,
  group: 'derivedPublicPerson',
  kind: 'municipalInstitution',
  parent,
  domain,
  directions,
});

const municipality = (code: string, reg: string, nameLv: string, nameEn: string, domain: string, extraDirections: [string, string, string][] = []): InstitutionSpec => ({
  code,
  registrationNumber: reg,
  nameLv,
  nameEn,
  group: 'derivedPublicPerson',
  kind: 'municipality',
  domain,
  directions: [
    ['SOCIALA-JOMA', 'Sociālā palīdzība un sociālie pakalpojumi', 'Social assistance and social services'],
    ['IZGLITIBA', 'Izglītība', 'Education'],
    ['BUVNIECIBA', 'Teritorijas plānošana un būvniecība', 'Spatial planning and construction'],
    ['IEDZ-APKALP', 'Iedzīvotāju apkalpošana un civilstāvokļa akti', 'Resident services and civil registration'],
    ...extraDirections,
  ],
  support: { hours: 40, channels: ['phone', 'email', 'vpvkac'] },
});

export const INSTITUTIONS: InstitutionSpec[] = [
  // ── 1. Direct state administration ────────────────────────────────────────
  ministry(
    'VARAM',
    '90000048472',
    'Viedās administrācijas un reģionālās attīstības ministrija',
    'Ministry of Smart Administration and Regional Development',
    'varam.gov.lv',
    [
      ['VIEDA-ADMIN', 'Viedā administrācija un digitālā transformācija', 'Smart administration and digital transformation'],
      ['REG-ATTISTIBA', 'Reģionālā attīstība', 'Regional development'],
      ['PASVALDIBAS', 'Pašvaldību darbības attīstība un vienotie pašvaldību pakalpojumi', 'Local government development and unified municipal services'],
      ['PAK-PARVALDIBA', 'Pakalpojumu pārvaldības politika', 'Service management policy'],
    ],
    {
      formerNames: [{ nameLv: 'Vides aizsardzības un reģionālās attīstības ministrija', nameEn: 'Ministry of Environmental Protection and Regional Development', until: '2024-06-30' }],
      support: { hours: 40, channels: ['phone', 'email'] },
    },
  ),
  state('VDAA', '90001263000', 'Valsts digitālās attīstības aģentūra', 'State Digital Development Agency', 'VARAM', 'vdaa.gov.lv', [
    ['KOPLIETOSANA', 'Koplietošanas digitālie risinājumi', 'Shared digital solutions'],
    ['VPVKAC', 'Vienoto klientu apkalpošanas centru tīkla koordinēšana', 'Coordination of the one-stop centre network'],
    ['PORTALS', 'Valsts pārvaldes pakalpojumu portāla uzturēšana', 'The state administration services portal'],
  ], { shortName: 'VDAA', support: { hours: 50, channels: ['phone', 'email', 'institutionRequestSystem'] } }),
  state('VRAA', '90001234556', 'Valsts reģionālās attīstības aģentūra', 'State Regional Development Agency', 'VARAM', 'vraa.gov.lv', [
    ['ES-FONDI', 'Eiropas Savienības fondu projektu administrēšana', 'Administration of EU funds projects'],
    ['GEOTELPA', 'Ģeotelpiskās informācijas infrastruktūra', 'Geospatial information infrastructure'],
    ['TAP', 'Teritorijas attīstības plānošanas sistēma', 'Spatial planning system'],
  ], { shortName: 'VRAA', support: { hours: 40, channels: ['phone', 'email'] } }),

  ministry('FM', '90000014724', 'Finanšu ministrija', 'Ministry of Finance', 'fm.gov.lv', [
    ['BUDZETS', 'Valsts budžeta politika', 'State budget policy'],
    ['NODOKLI', 'Nodokļu politika', 'Tax policy'],
  ]),
  state('VID', '90000069281', 'Valsts ieņēmumu dienests', 'State Revenue Service', 'FM', 'vid.gov.lv', [
    ['NODOKLU-ADMIN', 'Nodokļu administrēšana', 'Tax administration'],
    ['MUITA', 'Muitas lietas', 'Customs'],
    ['MAKSATAJI', 'Nodokļu maksātāju reģistrācija', 'Taxpayer registration'],
  ], { shortName: 'VID', support: { hours: 45, channels: ['phone', 'email', 'institutionCentre'] } }),
  state('VK', '90000050138', 'Valsts kase', 'The Treasury', 'FM', 'kase.gov.lv', [
    ['FIN-RESURSI', 'Valsts finanšu resursu vadība', 'Management of state financial resources'],
    ['MAKSAJUMI', 'Maksājumu pakalpojumi', 'Payment services'],
    ['GRAMATVEDIBA', 'Centralizētā grāmatvedība (kompetenču centrs)', 'Centralised accounting (competence centre)'],
    ['AIZDEVUMI', 'Aizdevumi pašvaldībām', 'Loans to municipalities'],
  ], { shortName: 'VK', support: { hours: 40, channels: ['phone', 'email', 'centralRequestSystem'] } }),

  ministry('IEM', '90000099742', 'Iekšlietu ministrija', 'Ministry of the Interior', 'iem.gov.lv', [
    ['DROSIBA', 'Iekšējā drošība', 'Internal security'],
    ['MIGRACIJA', 'Migrācijas politika', 'Migration policy'],
  ]),
  state('PMLP', '90000176362', 'Pilsonības un migrācijas lietu pārvalde', 'Office of Citizenship and Migration Affairs', 'IEM', 'pmlp.gov.lv', [
    ['PERS-DOK', 'Personu apliecinošu dokumentu izsniegšana', 'Identity documents'],
    ['IMIGRACIJA', 'Imigrācija un uzturēšanās', 'Immigration and residence'],
    ['REGISTRS', 'Fizisko personu reģistra uzturēšana', 'Register of natural persons'],
    ['PILSONIBA', 'Pilsonības jautājumi', 'Citizenship'],
  ], { shortName: 'PMLP', support: { hours: 40, channels: ['phone', 'email', 'institutionCentre'] } }),
  state('VP', '90000090212', 'Valsts policija', 'State Police', 'IEM', 'vp.gov.lv', [
    ['KARTIBA', 'Sabiedriskās kārtības un drošības nodrošināšana', 'Public order and safety'],
    ['ATLAUJAS', 'Speciālo atļauju izsniegšana', 'Special permits'],
    ['NOZIEGUMI', 'Noziedzīgu nodarījumu atklāšana', 'Detection of crime'],
  ], { support: { hours: 168, channels: ['phone', 'email', 'institutionCentre'] } }),
  state('VUGD', '90000078131', 'Valsts ugunsdzēsības un glābšanas dienests', 'State Fire and Rescue Service', 'IEM', 'vugd.gov.lv', [
    ['GLABSANA', 'Ugunsdzēsība un glābšana', 'Firefighting and rescue'],
    ['CIVILA-AIZSARDZIBA', 'Civilā aizsardzība un iedzīvotāju apziņošana', 'Civil protection and public warning'],
    ['UGUNSDROSIBA', 'Ugunsdrošības uzraudzība', 'Fire safety'],
  ], { shortName: 'VUGD', support: { hours: 168, channels: ['phone', 'socialNetwork'] } }),

  ministry('SM', '90000040364', 'Satiksmes ministrija', 'Ministry of Transport', 'sam.gov.lv', [
    ['TRANSPORTS', 'Transporta politika', 'Transport policy'],
    ['SAKARI', 'Sakaru politika', 'Communications policy'],
  ]),
  state('VDZTI', '90000034107', 'Valsts dzelzceļa tehniskā inspekcija', 'State Railway Technical Inspectorate', 'SM', 'vdzti.gov.lv', [
    ['RITOSAIS-SASTAVS', 'Dzelzceļa ritošā sastāva reģistrācija', 'Registration of rolling stock'],
    ['SERTIFIKACIJA', 'Dzelzceļa speciālistu sertifikācija', 'Certification of railway specialists'],
  ], { shortName: 'VDzTI', support: { hours: 40, channels: ['phone', 'email'] } }),

  ministry('LM', '90000022399', 'Labklājības ministrija', 'Ministry of Welfare', 'lm.gov.lv', [
    ['SOCIALA-POLITIKA', 'Sociālās aizsardzības politika', 'Social protection policy'],
    ['DARBA-TIRGUS', 'Darba tirgus politika', 'Labour market policy'],
  ]),
  state('VSAA', '90001636291', 'Valsts sociālās apdrošināšanas aģentūra', 'State Social Insurance Agency', 'LM', 'vsaa.gov.lv', [
    ['PENSIJAS', 'Valsts pensijas', 'State pensions'],
    ['PABALSTI', 'Sociālās apdrošināšanas pabalsti', 'Social insurance benefits'],
    ['VALSTS-PABALSTI', 'Valsts sociālie pabalsti', 'State social benefits'],
  ], { shortName: 'VSAA', support: { hours: 40, channels: ['phone', 'email', 'institutionCentre'] } }),
  state('NVA', '90001634668', 'Nodarbinātības valsts aģentūra', 'State Employment Agency', 'LM', 'nva.gov.lv', [
    ['BEZDARBS', 'Bezdarba mazināšana', 'Reducing unemployment'],
    ['DARBA-MEKLETAJI', 'Darba meklētāju atbalsts', 'Support to job seekers'],
    ['DARBA-DEVEJI', 'Darba devēju atbalsts', 'Support to employers'],
  ], { shortName: 'NVA', support: { hours: 40, channels: ['phone', 'email', 'institutionCentre'] } }),
  state('VDEAVK', '90001500418', 'Veselības un darbspēju ekspertīzes ārstu valsts komisija', 'State Medical Commission for the Assessment of Health Condition and Working Ability', 'LM', 'vdeavk.gov.lv', [
    ['INVALIDITATE', 'Invaliditātes ekspertīze', 'Disability assessment'],
    ['DARBSPEJAS', 'Darbspēju ekspertīze', 'Assessment of working ability'],
  ], { shortName: 'VDEĀVK', support: { hours: 40, channels: ['phone', 'email'] } }),

  ministry('VM', '90000053403', 'Veselības ministrija', 'Ministry of Health', 'vm.gov.lv', [
    ['VESELIBAS-POLITIKA', 'Veselības aprūpes politika', 'Health care policy'],
    ['SABIEDRIBAS-VESELIBA', 'Sabiedrības veselība', 'Public health'],
  ]),
  state('NVD', '90009649337', 'Nacionālais veselības dienests', 'National Health Service', 'VM', 'vmnvd.gov.lv', [
    ['VESELIBAS-APRUPE', 'Valsts apmaksātā veselības aprūpe', 'State-funded health care'],
    ['E-VESELIBA', 'E-veselības sistēmas uzturēšana', 'The e-health system'],
    ['ZALES', 'Kompensējamo zāļu sistēma', 'Reimbursable medicines'],
  ], { shortName: 'NVD', support: { hours: 40, channels: ['phone', 'email'] } }),
  state('ZVA', '90001511413', 'Zāļu valsts aģentūra', 'State Agency of Medicines', 'VM', 'zva.gov.lv', [
    ['ZALU-REGISTRACIJA', 'Zāļu reģistrācija', 'Registration of medicines'],
    ['FARM-ATLAUJAS', 'Farmaceitiskās darbības atļaujas', 'Pharmaceutical licences'],
  ], { shortName: 'ZVA', support: { hours: 40, channels: ['email', 'institutionPortal'] } }),

  ministry('TM', '90000067986', 'Tieslietu ministrija', 'Ministry of Justice', 'tm.gov.lv', [
    ['TIESISKUMS', 'Tiesību politika', 'Legal policy'],
    ['TIESU-SISTEMA', 'Tiesu sistēmas attīstība', 'Development of the judicial system'],
  ]),
  state('UR', '90000270634', 'Latvijas Republikas Uzņēmumu reģistrs', 'Register of Enterprises of the Republic of Latvia', 'TM', 'ur.gov.lv', [
    ['KOMERCREGISTRS', 'Komersantu reģistrācija', 'Registration of merchants'],
    ['NVO-REGISTRS', 'Biedrību, nodibinājumu un partiju reģistrācija', 'Registration of associations, foundations and parties'],
    ['INFORMACIJA', 'Reģistru informācijas sniegšana', 'Register information'],
  ], { shortName: 'UR', support: { hours: 40, channels: ['phone', 'email', 'institutionCentre'] } }),
  state('TA', '90001672415', 'Tiesu administrācija', 'Court Administration', 'TM', 'ta.gov.lv', [
    ['TIESU-IS', 'Tiesu informācijas sistēmas', 'Court information systems'],
    ['ZEMESGRAMATAS', 'Valsts vienotās datorizētās zemesgrāmatas uzturēšana', 'The state unified computerised land register'],
    ['UZTURLIDZEKLI', 'Uzturlīdzekļu garantiju fonds', 'The Maintenance Guarantee Fund'],
  ], { shortName: 'TA', support: { hours: 40, channels: ['phone', 'email'] } }),
  state('VZD', '90000030166', 'Valsts zemes dienests', 'State Land Service', 'TM', 'vzd.gov.lv', [
    ['KADASTRS', 'Nekustamā īpašuma valsts kadastrs', 'The state real estate cadastre'],
    ['ADRESES', 'Valsts adrešu reģistrs', 'The state address register'],
    ['VERTESANA', 'Kadastrālā vērtēšana', 'Cadastral valuation'],
  ], { shortName: 'VZD', support: { hours: 40, channels: ['phone', 'email', 'institutionCentre'] } }),

  ministry('EM', '90000086008', 'Ekonomikas ministrija', 'Ministry of Economics', 'em.gov.lv', [
    ['UZNEMEJDARBIBA', 'Uzņēmējdarbības vides politika', 'Business environment policy'],
    ['BUVNIECIBA', 'Būvniecības politika', 'Construction policy'],
  ]),
  state('LIAA', '90000017088', 'Latvijas Investīciju un attīstības aģentūra', 'Investment and Development Agency of Latvia', 'EM', 'liaa.gov.lv', [
    ['EKSPORTS', 'Eksporta veicināšana', 'Export promotion'],
    ['INVESTICIJAS', 'Ārvalstu investīciju piesaiste', 'Attracting foreign investment'],
    ['JAUNUZNEMUMI', 'Jaunuzņēmumu atbalsts', 'Support to start-ups'],
  ], { shortName: 'LIAA', support: { hours: 40, channels: ['phone', 'email'] } }),
  state('BVKB', '90010873302', 'Būvniecības valsts kontroles birojs', 'State Construction Control Bureau', 'EM', 'bvkb.gov.lv', [
    ['BUVKONTROLE', 'Publisku būvju būvniecības kontrole', 'Construction control of public buildings'],
    ['BIS', 'Būvniecības informācijas sistēmas uzturēšana', 'The construction information system'],
  ], { shortName: 'BVKB', support: { hours: 40, channels: ['phone', 'email'] } }),
  state('PTAC', '90009242815', 'Patērētāju tiesību aizsardzības centrs', 'Consumer Rights Protection Centre', 'EM', 'ptac.gov.lv', [
    ['PATERETAJU-STRIDI', 'Patērētāju strīdu risināšana', 'Consumer dispute resolution'],
    ['PRECU-DROSUMS', 'Preču un pakalpojumu drošums', 'Safety of goods and services'],
  ], { shortName: 'PTAC', support: { hours: 40, channels: ['phone', 'email'] } }),

  ministry('ZM', '90000064161', 'Zemkopības ministrija', 'Ministry of Agriculture', 'zm.gov.lv', [
    ['LAUKSAIMNIECIBA', 'Lauksaimniecības politika', 'Agricultural policy'],
    ['MEZSAIMNIECIBA', 'Meža politika', 'Forest policy'],
  ]),
  state('LAD', '90000794330', 'Lauku atbalsta dienests', 'Rural Support Service', 'ZM', 'lad.gov.lv', [
    ['PLATIBU-MAKSAJUMI', 'Platību maksājumi', 'Area payments'],
    ['LAUKU-ATTISTIBA', 'Lauku attīstības programmas atbalsts', 'Rural development programme support'],
  ], { shortName: 'LAD', support: { hours: 40, channels: ['phone', 'email'] } }),
  state('PVD', '90009235472', 'Pārtikas un veterinārais dienests', 'Food and Veterinary Service', 'ZM', 'pvd.gov.lv', [
    ['PARTIKA', 'Pārtikas aprites uzraudzība', 'Food chain supervision'],
    ['VETERINARIJA', 'Veterinārā uzraudzība un sertifikācija', 'Veterinary supervision and certification'],
  ], { shortName: 'PVD', support: { hours: 40, channels: ['phone', 'email', 'institutionCentre'] } }),

  ministry('IZM', '90000022581', 'Izglītības un zinātnes ministrija', 'Ministry of Education and Science', 'izm.gov.lv', [
    ['IZGLITIBA', 'Izglītības politika', 'Education policy'],
    ['ZINATNE', 'Zinātnes politika', 'Science policy'],
  ]),
  state('IKVD', '90009416578', 'Izglītības kvalitātes valsts dienests', 'State Education Quality Service', 'IZM', 'ikvd.gov.lv', [
    ['AKREDITACIJA', 'Izglītības iestāžu un programmu akreditācija', 'Accreditation of schools and programmes'],
    ['LICENCESANA', 'Izglītības programmu licencēšana', 'Licensing of education programmes'],
  ], { shortName: 'IKVD', support: { hours: 40, channels: ['phone', 'email'] } }),

  {
    code: 'DVI',
    registrationNumber: '90001196584',
    nameLv: 'Datu valsts inspekcija',
    nameEn: 'Data State Inspectorate',
    shortName: 'DVI',
    group: 'directAdministration',
    kind: 'independentInstitution',
    domain: 'dvi.gov.lv',
    directions: [
      ['DATU-AIZSARDZIBA', 'Personas datu aizsardzības uzraudzība', 'Supervision of personal data protection'],
      ['KVALIFIKACIJA', 'Datu aizsardzības speciālistu kvalifikācija', 'Qualification of data protection officers'],
    ],
    support: { hours: 40, channels: ['phone', 'email'] },
  },

  // ── 2. Derived public persons: municipalities and others ──────────────────
  municipality('RIGA', '90011524360', 'Rīgas valstspilsētas pašvaldība', 'Riga State City Municipality', 'riga.lv', [
    ['MAJOKLIS', 'Mājokļu jautājumi', 'Housing'],
    ['PILSETVIDE', 'Pilsētvide, satiksme un publiskā ārtelpa', 'Urban environment, traffic and public space'],
  ]),
  municipalInstitution('RIGA-SD', '40900036698', 'Rīgas valstspilsētas pašvaldības Sociālais dienests', 'Riga Social Service', 'RIGA', 'ld.riga.lv', [
    ['SOC-PAKALPOJUMI', 'Sociālie pakalpojumi', 'Social services'],
    ['SOC-PALIDZIBA', 'Sociālā palīdzība', 'Social assistance'],
  ]),
  municipalInstitution('RIGA-BV', '40900015541', 'Rīgas valstspilsētas pašvaldības būvvalde', 'Riga City Building Board', 'RIGA', 'bv.riga.lv', [
    ['BUVNIECIBAS-PROCESS', 'Būvniecības procesa tiesiskuma nodrošināšana', 'Lawful construction procedures'],
  ]),
  municipalInstitution('RIGA-BT', '90010942131', 'Rīgas bāriņtiesa', 'Riga Orphan’s and Custody Court', 'RIGA', 'bt.riga.lv', [
    ['BERNU-TIESIBAS', 'Bērnu tiesību un interešu aizsardzība', 'Protection of children’s rights and interests'],
  ]),
  municipalInstitution('RIGA-DZS', '90010904526', 'Rīgas valstspilsētas pašvaldības Dzimtsarakstu nodaļa', 'Riga Civil Registry Office', 'RIGA', 'dzimtsaraksti.riga.lv', [
    ['CIVILSTAVOKLIS', 'Civilstāvokļa aktu reģistrācija', 'Civil status registration'],
  ]),
  municipality('VALMIERA', '90000043403', 'Valmieras novada pašvaldība', 'Valmiera Municipality', 'valmierasnovads.lv'),
  municipalInstitution('VALMIERA-SLP', '40900027432', 'Valmieras novada Sociālo lietu pārvalde', 'Valmiera Municipality Social Affairs Administration', 'VALMIERA', 'slp.valmierasnovads.lv', [
    ['SOC-PAKALPOJUMI', 'Sociālie pakalpojumi', 'Social services'],
    ['SOC-PALIDZIBA', 'Sociālā palīdzība', 'Social assistance'],
  ]),
  municipalInstitution('VALMIERA-BV', '40900031765', 'Valmieras novada pašvaldības būvvalde', 'Valmiera Municipality Building Board', 'VALMIERA', 'bv.valmierasnovads.lv', [
    ['BUVNIECIBAS-PROCESS', 'Būvniecības procesa tiesiskuma nodrošināšana', 'Lawful construction procedures'],
  ]),
  municipalInstitution('VALMIERA-BT', '90009230126', 'Valmieras novada bāriņtiesa', 'Valmiera Orphan’s and Custody Court', 'VALMIERA', 'bt.valmierasnovads.lv', [
    ['BERNU-TIESIBAS', 'Bērnu tiesību un interešu aizsardzība', 'Protection of children’s rights and interests'],
  ]),
  municipality('LUDZA', '90000017236', 'Ludzas novada pašvaldība', 'Ludza Municipality', 'ludzasnovads.lv', [
    ['ZEMES-PARVALDIBA', 'Pašvaldības zemes un īpašumu pārvaldība', 'Municipal land and property'],
  ]),
  municipalInstitution('LUDZA-SD', '40900019318', 'Ludzas novada sociālais dienests', 'Ludza Municipality Social Service', 'LUDZA', 'sd.ludzasnovads.lv', [
    ['SOC-PAKALPOJUMI', 'Sociālie pakalpojumi', 'Social services'],
    ['SOC-PALIDZIBA', 'Sociālā palīdzība', 'Social assistance'],
  ]),
  municipalInstitution('LUDZA-BV', '40900022871', 'Ludzas novada būvvalde', 'Ludza Municipality Building Board', 'LUDZA', 'bv.ludzasnovads.lv', [
    ['BUVNIECIBAS-PROCESS', 'Būvniecības procesa tiesiskuma nodrošināšana', 'Lawful construction procedures'],
  ]),
  municipalInstitution('LUDZA-BT', '90009112734', 'Ludzas novada bāriņtiesa', 'Ludza Orphan’s and Custody Court', 'LUDZA', 'bt.ludzasnovads.lv', [
    ['BERNU-TIESIBAS', 'Bērnu tiesību un interešu aizsardzība', 'Protection of children’s rights and interests'],
    ['APLIECINAJUMI', 'Apliecinājumu izdarīšana', 'Notarial certifications'],
  ]),
  municipality('KULDIGA', '90000035590', 'Kuldīgas novada pašvaldība', 'Kuldīga Municipality', 'kuldigasnovads.lv', [
    ['UZNEMEJDARBIBA', 'Uzņēmējdarbības atbalsts', 'Business support'],
  ]),
  municipalInstitution('KULDIGA-SD', '40900024652', 'Kuldīgas novada sociālais dienests', 'Kuldīga Municipality Social Service', 'KULDIGA', 'sd.kuldigasnovads.lv', [
    ['SOC-PAKALPOJUMI', 'Sociālie pakalpojumi', 'Social services'],
    ['SOC-PALIDZIBA', 'Sociālā palīdzība', 'Social assistance'],
  ]),
  municipalInstitution('KULDIGA-BV', '40900028116', 'Kuldīgas novada pašvaldības būvvalde', 'Kuldīga Municipality Building Board', 'KULDIGA', 'bv.kuldigasnovads.lv', [
    ['BUVNIECIBAS-PROCESS', 'Būvniecības procesa tiesiskuma nodrošināšana', 'Lawful construction procedures'],
  ]),
  {
    code: 'LU',
    registrationNumber: '90000076669',
    nameLv: 'Latvijas Universitāte',
    nameEn: 'University of Latvia',
    shortName: 'LU',
    group: 'derivedPublicPerson',
    kind: 'derivedPublicPerson',
    domain: 'lu.lv',
    directions: [
      ['STUDIJAS', 'Studiju nodrošināšana', 'Higher education'],
      ['ZINATNE', 'Zinātniskā darbība', 'Research'],
    ],
    support: { hours: 40, channels: ['phone', 'email', 'institutionCentre'] },
  },
  {
    code: 'SPRK',
    registrationNumber: '90001263591',
    nameLv: 'Sabiedrisko pakalpojumu regulēšanas komisija',
    nameEn: 'Public Utilities Commission',
    shortName: 'SPRK',
    group: 'derivedPublicPerson',
    kind: 'derivedPublicPerson',
    domain: 'sprk.gov.lv',
    directions: [
      ['TARIFI', 'Regulēto pakalpojumu tarifu apstiprināšana', 'Approval of regulated tariffs'],
      ['LICENCES', 'Sabiedrisko pakalpojumu sniedzēju licencēšana', 'Licensing of utilities'],
    ],
    support: { hours: 40, channels: ['phone', 'email'] },
  },

  // ── 3. Capital companies doing public tasks ────────────────────────────────
  {
    code: 'CSDD',
    registrationNumber: '40003345734',
    nameLv: 'VAS "Ceļu satiksmes drošības direkcija"',
    nameEn: 'Road Traffic Safety Directorate',
    shortName: 'CSDD',
    group: 'capitalCompany',
    kind: 'capitalCompany',
    parent: 'SM',
    domain: 'csdd.lv',
    directions: [
      ['TRANSPORTLIDZEKLI', 'Transportlīdzekļu reģistrācija un tehniskā uzraudzība', 'Vehicle registration and technical supervision'],
      ['VADITAJI', 'Transportlīdzekļu vadītāju kvalifikācija', 'Driver qualification'],
    ],
    support: { hours: 48, channels: ['phone', 'email', 'institutionCentre', 'sms'] },
  },
  {
    code: 'LVRTC',
    registrationNumber: '40003011203',
    nameLv: 'VAS "Latvijas Valsts radio un televīzijas centrs"',
    nameEn: 'Latvia State Radio and Television Centre',
    shortName: 'LVRTC',
    group: 'capitalCompany',
    kind: 'capitalCompany',
    parent: 'SM',
    domain: 'lvrtc.lv',
    directions: [
      ['UZTICAMIBA', 'Elektroniskās identifikācijas un uzticamības pakalpojumi', 'Electronic identification and trust services'],
      ['APRAIDE', 'Radio un televīzijas apraide', 'Radio and television broadcasting'],
      ['DATU-CENTRI', 'Datu centru pakalpojumi valsts pārvaldei', 'Data centre services for the state'],
    ],
    support: { hours: 168, channels: ['phone', 'email'] },
  },
  {
    code: 'LP',
    registrationNumber: '40003052790',
    nameLv: 'VAS "Latvijas Pasts"',
    nameEn: 'Latvijas Pasts (Latvian Post)',
    shortName: 'Latvijas Pasts',
    group: 'capitalCompany',
    kind: 'capitalCompany',
    parent: 'SM',
    domain: 'pasts.lv',
    directions: [
      ['PASTS', 'Universālais pasta pakalpojums', 'Universal postal service'],
      ['PIEGADE', 'Pensiju un pabalstu piegāde', 'Delivery of pensions and benefits'],
    ],
    support: { hours: 50, channels: ['phone', 'email', 'post'] },
  },
  {
    code: 'LVGMC',
    registrationNumber: '40003772341',
    nameLv: 'VSIA "Latvijas Vides, ģeoloģijas un meteoroloģijas centrs"',
    nameEn: 'Latvian Environment, Geology and Meteorology Centre',
    shortName: 'LVĢMC',
    group: 'capitalCompany',
    kind: 'capitalCompany',
    domain: 'lvgmc.lv',
    directions: [
      ['METEO', 'Meteoroloģiskie novērojumi un prognozes', 'Meteorological observations and forecasts'],
      ['VIDES-MONITORINGS', 'Vides monitorings', 'Environmental monitoring'],
    ],
    support: { hours: 168, channels: ['phone', 'email', 'socialNetwork'] },
  },

  // ── 4. Judiciary ───────────────────────────────────────────────────────────
  {
    code: 'RRT',
    registrationNumber: '90000016581',
    nameLv: 'Rīgas rajona tiesa',
    nameEn: 'Riga District Court',
    group: 'judiciary',
    kind: 'court',
    domain: 'tiesas.lv',
    directions: [
      ['ZEMESGRAMATAS', 'Zemesgrāmatu nodaļas darbs', 'Land Register Office'],
      ['CIVILLIETAS', 'Civillietu izskatīšana', 'Civil cases'],
    ],
    support: { hours: 40, channels: ['phone', 'email', 'institutionCentre'] },
  },
  {
    code: 'NOT-KALNINA',
    registrationNumber: '90011437726',
    nameLv: 'Zvērināta notāre Ilze Kalniņa',
    nameEn: 'Sworn notary Ilze Kalniņa',
    group: 'judiciary',
    kind: 'judicialInstitution',
    domain: 'notari.lv',
    directions: [
      ['NOTARIALIE-AKTI', 'Notariālie akti un apliecinājumi', 'Notarial deeds and certifications'],
      ['MANTOJUMI', 'Mantojuma lietas', 'Inheritance cases'],
    ],
    support: { hours: 40, channels: ['phone', 'email', 'providerPremises'] },
  },
  {
    code: 'TI-OZOLS',
    registrationNumber: '90011581409',
    nameLv: 'Zvērināts tiesu izpildītājs Jānis Ozols',
    nameEn: 'Sworn bailiff Jānis Ozols',
    group: 'judiciary',
    kind: 'judicialInstitution',
    domain: 'lzti.lv',
    directions: [
      ['PIEDZINA', 'Nolēmumu piespiedu izpilde', 'Enforcement of rulings'],
      ['IZSOLES', 'Mantas izsoles', 'Auctions of property'],
    ],
    support: { hours: 40, channels: ['phone', 'email', 'eAddress'] },
  },

  // ── 5. Private persons doing public tasks ─────────────────────────────────
  {
    code: 'APSKATE',
    registrationNumber: '40103987651',
    nameLv: 'SIA "Tehniskās apskates centrs"',
    nameEn: 'Technical Inspection Centre Ltd',
    group: 'privatePerson',
    kind: 'privatePerson',
    domain: 'apskates-centrs.lv',
    directions: [['TEHNISKA-APSKATE', 'Valsts tehniskās apskates veikšana (deleģēts uzdevums)', 'State roadworthiness tests (delegated task)']],
  },
  {
    code: 'MERNIEKS',
    registrationNumber: '40103554120',
    nameLv: 'SIA "Mērnieku birojs Zemes mērs"',
    nameEn: 'Zemes mērs Surveying Office Ltd',
    group: 'privatePerson',
    kind: 'privatePerson',
    domain: 'zemesmers.lv',
    directions: [['UZMERISANA', 'Zemes kadastrālā uzmērīšana', 'Cadastral surveying']],
    support: { hours: 40, channels: ['phone', 'email'] },
  },

  // ── 6. Associations and foundations doing public tasks ────────────────────
  {
    code: 'SAMARIESI',
    registrationNumber: '40008003784',
    nameLv: 'Biedrība "Latvijas Samariešu apvienība"',
    nameEn: 'Latvian Samaritan Association',
    group: 'associationFoundation',
    kind: 'association',
    domain: 'samariesi.lv',
    directions: [['APRUPE', 'Sociālā aprūpe (deleģēts uzdevums)', 'Social care (delegated task)']],
  },
  {
    code: 'LNS',
    registrationNumber: '40008002279',
    nameLv: 'Biedrība "Latvijas Nedzirdīgo savienība"',
    nameEn: 'Latvian Association of the Deaf',
    shortName: 'LNS',
    group: 'associationFoundation',
    kind: 'association',
    domain: 'lns.lv',
    directions: [['SURDOTULKOSANA', 'Surdotulka pakalpojumi (deleģēts uzdevums)', 'Sign language interpreting (delegated task)']],
    support: { hours: 60, channels: ['sms', 'email', 'videoCall'] },
  },
  {
    code: 'LBS',
    registrationNumber: '40008015530',
    nameLv: 'Biedrība "Latvijas Būvinženieru savienība"',
    nameEn: 'Latvian Association of Civil Engineers',
    shortName: 'LBS',
    group: 'associationFoundation',
    kind: 'association',
    domain: 'lbs.lv',
    directions: [['SERTIFIKACIJA', 'Būvspeciālistu sertifikācija (deleģēts uzdevums)', 'Certification of construction specialists (delegated task)']],
    support: { hours: 30, channels: ['phone', 'email'] },
  },
];

/** Municipalities of the demo: each instantiates every unified (template) municipal service. */
export const DEMO_MUNICIPALITIES = INSTITUTIONS.filter((i) => i.kind === 'municipality').map((i) => i.code);
