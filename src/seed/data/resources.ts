/**
 * Demo resources (digital technologies and information, the policy's narrow
 * sense) with their owners, virtual resources obtained through another
 * institution's shared-use service (R42), and a few capabilities.
 */
import type { CapabilityKind, ResourceKind } from '../../shared/enums.js';

export interface ResourceSpec {
  code: string;
  institution: string;
  kind: ResourceKind;
  nameLv: string;
  nameEn: string;
  descriptionLv?: string;
  descriptionEn?: string;
  /** Key of the supplier's service this resource is obtained through (virtual, R42). */
  supplierService?: string;
  lifecycleStage?: string;
}

export interface CapabilitySpec {
  key: string;
  institution: string;
  kind: CapabilityKind;
  nameLv: string;
  nameEn: string;
  descriptionLv?: string;
  supplierService?: string;
}

const r = (code: string, institution: string, kind: ResourceKind, nameLv: string, nameEn: string, extra: Partial<ResourceSpec> = {}): ResourceSpec => ({
  code,
  institution,
  kind,
  nameLv,
  nameEn,
  ...extra,
});

export const RESOURCES: ResourceSpec[] = [
  r('FPR', 'PMLP', 'information', 'Fizisko personu reģistrs', 'Register of Natural Persons', {
    descriptionLv: 'Valsts informācijas sistēma ar ziņām par Latvijas iedzīvotājiem (agrāk — Iedzīvotāju reģistrs).',
    descriptionEn: 'State information system on the residents of Latvia (formerly the Population Register).',
  }),
  r('PMLP-VMIS', 'PMLP', 'digitalTechnology', 'Vienotā migrācijas informācijas sistēma', 'Unified Migration Information System'),
  r('PMLP-PDR', 'PMLP', 'information', 'Personu apliecinošu dokumentu reģistrs', 'Register of Identity Documents'),
  r('VID-EDS', 'VID', 'digitalTechnology', 'Elektroniskā deklarēšanas sistēma', 'Electronic Declaration System', { descriptionLv: 'VID e-pakalpojumu un deklarāciju iesniegšanas sistēma.' }),
  r('VID-NMR', 'VID', 'information', 'Nodokļu maksātāju reģistrs', 'Register of Taxpayers'),
  r('VID-EMDAS', 'VID', 'digitalTechnology', 'Elektroniskā muitas datu apstrādes sistēma', 'Electronic Customs Data Processing System'),
  r('VDAA-LVPORTAL', 'VDAA', 'digitalTechnology', 'Valsts pārvaldes pakalpojumu portāls Latvija.gov.lv', 'State administration services portal Latvija.gov.lv'),
  r('VDAA-EADRESE', 'VDAA', 'digitalTechnology', 'Oficiālās elektroniskās adreses informācijas sistēma', 'Official Electronic Address information system'),
  r('VDAA-VISS', 'VDAA', 'digitalTechnology', 'Valsts informācijas sistēmu savietotājs', 'State Information System Integrator'),
  r('VDAA-PLATFORMA', 'VDAA', 'digitalTechnology', 'Vienotā valsts un pašvaldību tīmekļvietņu platforma', 'Unified platform of state and municipal websites'),
  r('VDAA-VIRSIS', 'VDAA', 'digitalTechnology', 'Valsts vienotā pieteikumu vadības sistēma (VIRSIS)', 'State unified request management system (VIRSIS)'),
  r('VRAA-GEOPORTALS', 'VRAA', 'digitalTechnology', 'Valsts vienotais ģeotelpiskās informācijas portāls', 'State unified geospatial information portal', { descriptionLv: 'Geolatvija.lv: ģeotelpisko datu un pakalpojumu vienotais piekļuves punkts.' }),
  r('VRAA-TAPIS', 'VRAA', 'digitalTechnology', 'Teritorijas attīstības plānošanas informācijas sistēma', 'Spatial Development Planning Information System'),
  r('CSDD-REG', 'CSDD', 'information', 'Transportlīdzekļu un to vadītāju valsts reģistrs', 'State Register of Vehicles and Drivers'),
  r('CSDD-ECSDD', 'CSDD', 'digitalTechnology', 'E-CSDD pašapkalpošanās sistēma', 'E-CSDD self-service system'),
  r('VSAA-SAIS', 'VSAA', 'digitalTechnology', 'Sociālās apdrošināšanas informācijas sistēma', 'Social Insurance Information System'),
  r('NVA-BURVIS', 'NVA', 'digitalTechnology', 'Bezdarbnieku uzskaites un reģistrēto vakanču informācijas sistēma (BURVIS)', 'Unemployment and vacancy information system (BURVIS)'),
  r('NVD-EVESELIBA', 'NVD', 'digitalTechnology', 'E-veselības sistēma', 'E-health system'),
  r('NVD-VIS', 'NVD', 'digitalTechnology', 'Veselības aprūpes vadības informācijas sistēma', 'Health care management information system'),
  r('UR-IS', 'UR', 'digitalTechnology', 'Uzņēmumu reģistra informācijas sistēma', 'Register of Enterprises information system'),
  r('UR-KOMERCREG', 'UR', 'information', 'Komercreģistrs', 'Commercial Register'),
  r('TA-TIS', 'TA', 'digitalTechnology', 'Tiesu informatīvā sistēma', 'Court Information System'),
  r('TA-ZGR', 'TA', 'information', 'Valsts vienotā datorizētā zemesgrāmata', 'State Unified Computerised Land Register'),
  r('TA-IZSOLES', 'TA', 'digitalTechnology', 'Elektronisko izsoļu vietne', 'Electronic auction site'),
  r('VZD-NIVKIS', 'VZD', 'digitalTechnology', 'Nekustamā īpašuma valsts kadastra informācijas sistēma', 'State Real Estate Cadastre Information System'),
  r('VZD-ADR', 'VZD', 'information', 'Valsts adrešu reģistrs', 'State Address Register'),
  r('VK-VGUS', 'VK', 'digitalTechnology', 'Vienotā grāmatvedības uzskaites sistēma', 'Unified accounting system'),
  r('VK-MAKS', 'VK', 'digitalTechnology', 'Valsts kases maksājumu sistēma', 'Treasury payment system'),
  r('BVKB-BIS', 'BVKB', 'digitalTechnology', 'Būvniecības informācijas sistēma', 'Construction Information System'),
  r('LAD-EPS', 'LAD', 'digitalTechnology', 'Elektroniskās pieteikšanās sistēma', 'Electronic Application System'),
  r('LVRTC-EPARAKSTS', 'LVRTC', 'digitalTechnology', 'eParaksts uzticamības pakalpojumu platforma', 'eParaksts trust service platform'),
  r('LVRTC-DC', 'LVRTC', 'digitalTechnology', 'Valsts datu centra infrastruktūra', 'State data centre infrastructure'),
  r('LVGMC-NOVEROJUMI', 'LVGMC', 'information', 'Meteoroloģisko novērojumu datubāze', 'Meteorological observations database'),
  r('RIGA-SOC-IS', 'RIGA-SD', 'digitalTechnology', 'Rīgas sociālo pakalpojumu informācijas sistēma', 'Riga social services information system'),
  r('RIGA-EPAK', 'RIGA', 'digitalTechnology', 'Rīgas pašvaldības e-pakalpojumu platforma', 'Riga City e-service platform'),
  // Virtual resources: obtained through another institution's shared-use service (R42).
  r('VALMIERA-WEB', 'VALMIERA', 'digitalTechnology', 'Valmieras novada pašvaldības tīmekļvietne', 'Valmiera Municipality website', { supplierService: 'VDAA-PLATFORMA', descriptionLv: 'Uzturēta VDAA vienotajā tīmekļvietņu platformā.' }),
  r('LUDZA-WEB', 'LUDZA', 'digitalTechnology', 'Ludzas novada pašvaldības tīmekļvietne', 'Ludza Municipality website', { supplierService: 'VDAA-PLATFORMA', descriptionLv: 'Uzturēta VDAA vienotajā tīmekļvietņu platformā.' }),
  r('DVI-GRAMATVEDIBA', 'DVI', 'digitalTechnology', 'Grāmatvedības uzskaites sistēma (Valsts kases kompetenču centrs)', 'Accounting system (Treasury competence centre)', { supplierService: 'VK-GRAMATVEDIBA' }),
  r('IKVD-GRAMATVEDIBA', 'IKVD', 'digitalTechnology', 'Grāmatvedības uzskaites sistēma (Valsts kases kompetenču centrs)', 'Accounting system (Treasury competence centre)', { supplierService: 'VK-GRAMATVEDIBA' }),
  r('RIGA-BV-BIS', 'RIGA-BV', 'digitalTechnology', 'Būvniecības informācijas sistēmas būvvaldes modulis', 'Building board module of the Construction Information System', { supplierService: 'BVKB-BIS-IESTADEM' }),
  r('VALMIERA-BV-BIS', 'VALMIERA-BV', 'digitalTechnology', 'Būvniecības informācijas sistēmas būvvaldes modulis', 'Building board module of the Construction Information System', { supplierService: 'BVKB-BIS-IESTADEM' }),
  r('TI-IZSOLES', 'TI-OZOLS', 'digitalTechnology', 'Elektronisko izsoļu vietnes tiesu izpildītāja konts', 'Bailiff account on the electronic auction site', { supplierService: 'TA-IZSOLES' }),
  r('VSAA-DC', 'VSAA', 'digitalTechnology', 'Sociālās apdrošināšanas sistēmu mitināšana valsts datu centrā', 'Hosting of social insurance systems in the state data centre', { supplierService: 'LVRTC-DATU-CENTRS' }),
  r('PMLP-PERSONU-DATI-VSAA', 'VSAA', 'information', 'Fizisko personu reģistra dati pensiju aprēķinam', 'Register of Natural Persons data for pension calculation', { supplierService: 'PMLP-REGISTRS-DATI' }),
];

export const CAPABILITIES: CapabilitySpec[] = [
  { key: 'VDAA-VPVKAC-KOMANDA', institution: 'VDAA', kind: 'personnel', nameLv: 'VPVKAC tīkla metodiskā atbalsta komanda', nameEn: 'VPVKAC network methodological support team' },
  { key: 'VK-KOMPETENCU-CENTRS', institution: 'VK', kind: 'competences', nameLv: 'Grāmatvedības kompetenču centrs', nameEn: 'Accounting competence centre', descriptionLv: 'Centralizēta grāmatvedības uzskaite valsts iestādēm.' },
  { key: 'DVI-GRAMATVEDIBA', institution: 'DVI', kind: 'competences', nameLv: 'Grāmatvedības kompetence (ārpakalpojums)', nameEn: 'Accounting competence (outsourced)', supplierService: 'VK-GRAMATVEDIBA' },
  { key: 'VALMIERA-VPVKAC-SPECIALISTI', institution: 'VALMIERA', kind: 'personnel', nameLv: 'VPVKAC klientu apkalpošanas speciālisti', nameEn: 'VPVKAC customer service specialists' },
  { key: 'PMLP-STANDARTS', institution: 'PMLP', kind: 'guidelines', nameLv: 'Klientu apkalpošanas standarts', nameEn: 'Customer service standard' },
  { key: 'VSAA-PROAKTIVITATE', institution: 'VSAA', kind: 'processes', nameLv: 'Proaktīvas pabalstu piešķiršanas process', nameEn: 'Proactive benefit granting process' },
  { key: 'VARAM-POLITIKA', institution: 'VARAM', kind: 'regulation', nameLv: 'Pakalpojumu pārvaldības politika (1. versija)', nameEn: 'Service management policy (version 1)' },
  { key: 'RIGA-PARTNERI', institution: 'RIGA-SD', kind: 'partners', nameLv: 'Sociālās aprūpes partneri (deleģēti pakalpojumu sniedzēji)', nameEn: 'Social care partners (delegated providers)' },
];
