/**
 * Demo municipal services: the unified municipal services (templates owned by
 * VARAM that every demo municipality instantiates, storing only its overrides:
 * channel points, contacts, fee, providers, its own activity direction) and the
 * municipalities' and their institutions' own services.
 */
import { B, RB, svc, tpl, type Law, type ServiceSpec } from './service-spec.js';

const SPSPL = (article: string): Law => ['Sociālo pakalpojumu un sociālās palīdzības likums', article];
const CAARL = (article: string): Law => ['Civilstāvokļa aktu reģistrācijas likums', article];
const PASV: Law = ['Pašvaldību likums', '4. pants'];
const BL = (article: string): Law => ['Būvniecības likums', article];
const BTL = (article: string): Law => ['Bāriņtiesu likums', article];
const KAKL_MUN: Law = ['Komercdarbības atbalsta kontroles likums', '5. pants'];

/** Unified municipal services (vienotie pašvaldību pakalpojumi), owned by VARAM. */
export const MUNICIPAL_TEMPLATES: ServiceSpec[] = [
  tpl('DZIVESVIETA', 'Dzīvesvietas deklarācijas reģistrēšana', 'Registration of a residence declaration', {
    dir: 'PASVALDIBAS', mdir: 'IEDZ-APKALP', needs: ['N-DZIVESVIETA'], req: ['LVPORTAL'], rec: ['LVPORTAL', 'EADRESE'], proc: 'mixed', days: 3,
    law: ['Dzīvesvietas deklarēšanas likums', '3. pants'], deps: ['PMLP-REGISTRS-DATI'],
    out: ['Dzīvesvieta reģistrēta Fizisko personu reģistrā; apliecinājums nosūtīts uz e-adresi vai izsniegts klātienē.', 'The residence is recorded in the Register of Natural Persons; a confirmation is sent to the e-address or handed over in person.'],
  }),
  tpl('TRUCIBA', 'Trūcīgas mājsaimniecības statusa piešķiršana', 'Low-income household status', {
    dir: 'PASVALDIBAS', mdir: 'SOCIALA-JOMA', needs: ['N-TRUCIBA-STATUSS'], req: ['LVPORTAL'], rec: ['EADRESE'], proc: 'mixed', days: 20, law: SPSPL('33. pants'),
    deps: ['VID-DATI', 'PMLP-REGISTRS-DATI'], docs: [['Ienākumus apliecinoši dokumenti', 'Proof of income']],
  }),
  tpl('GMI', 'Garantētā minimālā ienākuma pabalsta piešķiršana', 'Guaranteed minimum income benefit', {
    dir: 'PASVALDIBAS', mdir: 'SOCIALA-JOMA', needs: ['N-GMI'], req: ['LVPORTAL'], rec: ['EADRESE'], proc: 'mixed', days: 10, law: SPSPL('36. pants'),
    deps: ['VID-DATI'],
  }),
  tpl('MAJOKLIS', 'Mājokļa pabalsta piešķiršana', 'Housing benefit', {
    dir: 'PASVALDIBAS', mdir: 'SOCIALA-JOMA', needs: ['N-MAJOKLA-PABALSTS'], req: ['LVPORTAL'], rec: ['EADRESE'], proc: 'mixed', days: 10, law: SPSPL('36.1 pants'),
    st: 'v2',
  }),
  tpl('BERNUDARZS', 'Pirmsskolas izglītības iestādes vietas piešķiršana', 'A place in pre-school education', {
    dir: 'PASVALDIBAS', mdir: 'IZGLITIBA', needs: ['N-BERNUDARZS'], req: ['LVPORTAL'], rec: ['LVPORTAL', 'EADRESE'], proc: 'electronic', days: 30,
    law: ['Izglītības likums', '17. pants'], deps: ['PMLP-REGISTRS-DATI'],
  }),
  tpl('NIN-ATVIEGLOJUMS', 'Nekustamā īpašuma nodokļa atvieglojuma piešķiršana', 'Property tax relief', {
    dir: 'PASVALDIBAS', mdir: 'IEDZ-APKALP', needs: ['N-NIN'], req: ['LVPORTAL'], rec: ['EADRESE'], proc: 'mixed', days: 30,
    law: ['Likums „Par nekustamā īpašuma nodokli”', '5. pants'], tg: RB, deps: ['VZD-DATI'],
  }),
  tpl('APRUPE', 'Sociālās aprūpes mājās nodrošināšana', 'Social care at home', {
    dir: 'PASVALDIBAS', mdir: 'SOCIALA-JOMA', needs: ['N-APRUPE-MAJAS'], req: ['LVPORTAL'], rec: ['LP-HOME'], proc: 'physical', days: 10, law: SPSPL('9. pants'),
    mhome: true, mprov: { RIGA: ['SAMARIESI'] },
  }),
  tpl('LAULIBA', 'Laulības reģistrācija dzimtsarakstu nodaļā', 'Registration of a marriage at the registry office', {
    dir: 'PASVALDIBAS', mdir: 'IEDZ-APKALP', needs: ['N-LAULIBA'], req: ['LVPORTAL'], rec: ['EADRESE'], proc: 'physical', days: 30, fee: 28, law: CAARL('23. pants'),
    mfee: { RIGA: 35, VALMIERA: 28, LUDZA: 20, KULDIGA: 25 },
  }),
  tpl('SKOLENI', 'Skolēnu pārvadājumu nodrošināšana', 'School transport', {
    dir: 'PASVALDIBAS', mdir: 'IZGLITIBA', needs: ['N-SKOLENU-TRANSPORTS'], req: ['LVPORTAL'], rec: ['EADRESE'], proc: 'physical', law: ['Izglītības likums', '17. pants'],
    st: 'draft', stage: 'create',
  }),
];

/** Municipalities' and their institutions' own services. */
export const MUNICIPAL_SERVICES: ServiceSpec[] = [
  // ── Rīga ────────────────────────────────────────────────────────────────
  svc('RIGA', 'STAVVIETA', 'Iedzīvotāju stāvvietas atļaujas izsniegšana', 'Residents’ parking permit', {
    dir: 'PILSETVIDE', needs: ['N-STAVVIETA'], req: ['RIGA-PORTAL'], rec: ['RIGA-PORTAL'], proc: 'electronic', days: 1, law: PASV, rs: ['RIGA-EPAK'], deps: ['CSDD-DATI'],
  }),
  svc('RIGA', 'ABONEMENTS', 'Pašvaldības stāvvietu abonementu izsniegšana', 'Municipal parking subscriptions', {
    dir: 'PILSETVIDE', needs: ['N-STAVVIETA'], req: ['RIGA-PORTAL'], rec: ['RIGA-PORTAL'], proc: 'electronic', days: 1, fee: 30, law: PASV, st: 'draft', stage: 'create',
  }),
  svc('RIGA', 'TIRDZNIECIBA', 'Ielu tirdzniecības atļaujas izsniegšana', 'Street trading permit', {
    dir: 'PILSETVIDE', needs: ['N-IELU-TIRDZNIECIBA'], req: ['RIGA-PORTAL', 'RIGA-APC'], rec: ['RIGA-PORTAL', 'EADRESE'], proc: 'mixed', days: 10, fee: 20, law: PASV, tg: B,
  }),
  svc('RIGA', 'PASAKUMS', 'Publiska pasākuma rīkošanas atļaujas izsniegšana', 'Permit to hold a public event', {
    dir: 'PILSETVIDE', needs: ['N-PASAKUMS'], req: ['RIGA-PORTAL', 'RIGA-APC'], rec: ['EADRESE', 'RIGA-APC'], proc: 'mixed', days: 10,
    law: ['Publisku izklaides un svētku pasākumu drošības likums', '13. pants'], tg: RB,
  }),
  svc('RIGA', 'DZIVOKLIS', 'Palīdzības sniegšana dzīvokļa jautājumu risināšanā', 'Help with housing', {
    dir: 'MAJOKLIS', needs: ['N-SOC-DZIVOKLIS'], req: ['RIGA-APC', 'RIGA-PORTAL'], rec: ['RIGA-APC', 'EADRESE'], proc: 'mixed', days: 30,
    law: ['Likums „Par palīdzību dzīvokļa jautājumu risināšanā”', '6. pants'],
  }),
  svc('RIGA', 'ENERGO', 'Daudzdzīvokļu māju energoefektivitātes pasākumu līdzfinansēšana', 'Co-financing of energy efficiency in apartment buildings', {
    dir: 'MAJOKLIS', needs: ['N-ENERGOEFEKTIVITATE'], req: ['RIGA-PORTAL'], rec: ['EADRESE'], proc: 'mixed', days: 60, law: PASV, st: 'v2draft',
  }),
  svc('RIGA-SD', 'KRIZE', 'Krīzes centra pakalpojuma nodrošināšana', 'Crisis centre', {
    dir: 'SOC-PAKALPOJUMI', needs: ['N-KRIZE'], req: ['RIGA-SD-CENTRE', 'RIGA-PHONE'], rec: ['RIGA-SD-CENTRE'], proc: 'physical', days: 1, law: SPSPL('9. pants'), rs: ['RIGA-SOC-IS'],
  }),
  svc('RIGA-SD', 'ASISTENTS', 'Asistenta pakalpojuma nodrošināšana pašvaldībā', 'Assistant service', {
    dir: 'SOC-PAKALPOJUMI', needs: ['N-ASISTENTS'], req: ['RIGA-SD-CENTRE', 'RIGA-PORTAL'], rec: ['RIGA-SD-HOME'], proc: 'physical', days: 10, law: SPSPL('9. pants'), rs: ['RIGA-SOC-IS'],
  }),
  svc('RIGA-SD', 'REHABILITACIJA', 'Sociālās rehabilitācijas pakalpojuma nodrošināšana', 'Social rehabilitation', {
    dir: 'SOC-PAKALPOJUMI', needs: ['N-SOC-REHAB'], req: ['RIGA-SD-CENTRE'], rec: ['RIGA-SD-CENTRE'], proc: 'physical', days: 20, law: SPSPL('9. pants'),
  }),
  svc('RIGA-SD', 'DIENAS-CENTRS', 'Dienas centra pakalpojuma nodrošināšana senioriem', 'Day centre for seniors', {
    dir: 'SOC-PAKALPOJUMI', needs: ['N-SOC-REHAB'], req: ['RIGA-SD-CENTRE'], rec: ['RIGA-SD-CENTRE'], proc: 'physical', law: SPSPL('9. pants'), st: 'draft', stage: 'plan',
  }),
  svc('RIGA-SD', 'KRIZES-PABALSTS', 'Pabalsta ārkārtas situācijā piešķiršana', 'Emergency benefit', {
    dir: 'SOC-PALIDZIBA', needs: ['N-KRIZES-PABALSTS'], req: ['RIGA-SD-CENTRE', 'RIGA-PORTAL'], rec: ['EADRESE'], proc: 'mixed', days: 5, law: SPSPL('36. pants'),
  }),
  svc('RIGA-SD', 'APKURE', 'Apkures pabalsta piešķiršana', 'Heating benefit', {
    dir: 'SOC-PALIDZIBA', needs: ['N-MAJOKLA-PABALSTS'], req: ['RIGA-SD-CENTRE'], rec: ['RIGA-SD-CENTRE'], proc: 'physical', days: 10, law: SPSPL('36. pants'),
    st: 'archived', stage: 'terminated',
  }),
  svc('RIGA-SD', 'SOC-PALIDZIBA', 'Sociālās palīdzības piešķiršana trūcīgām mājsaimniecībām', 'Social assistance for low-income households', {
    cx: 'smart', dir: 'SOC-PALIDZIBA', needs: ['N-TRUCIBA-STATUSS', 'N-GMI', 'N-MAJOKLA-PABALSTS'], req: ['RIGA-SD-CENTRE', 'RIGA-PORTAL'], rec: ['EADRESE', 'RIGA-SD-CENTRE'],
    proc: 'mixed', days: 20, law: [SPSPL('33. pants'), SPSPL('36. pants')], comps: ['RIGA-T-TRUCIBA', 'RIGA-T-GMI', 'RIGA-T-MAJOKLIS'], merges: ['RIGA-SD-APKURE'],
    rs: ['RIGA-SOC-IS'], deps: ['VID-DATI', 'PMLP-REGISTRS-DATI'],
    desc: ['Vienā izvērtēšanā sociālais dienests nosaka mājsaimniecības statusu un piešķir visus pabalstus, uz kuriem tai ir tiesības; ienākumu datus iegūst no VID.', 'In one assessment the social service sets the household’s status and grants every benefit it is entitled to; income data come from the SRS.'],
  }),
  // ── Rīga: building board, orphans' court, registry office ────────────────
  svc('RIGA-BV', 'BUVATLAUJA', 'Būvatļaujas izsniegšana ēkas būvniecībai', 'Building permit', {
    dir: 'BUVNIECIBAS-PROCESS', needs: ['N-BUVATLAUJA'], req: ['BIS'], rec: ['BIS'], proc: 'mixed', days: 20, law: BL('14. pants'), tg: RB, rs: ['RIGA-BV-BIS'],
    deps: ['BVKB-BIS-IESTADEM'],
  }),
  svc('RIGA-BV', 'NOJAUKSANA', 'Būves nojaukšanas atļaujas izsniegšana', 'Demolition permit', {
    dir: 'BUVNIECIBAS-PROCESS', needs: ['N-NOJAUKSANA'], req: ['BIS'], rec: ['BIS'], proc: 'electronic', days: 20, law: BL('14. pants'), tg: RB, deps: ['BVKB-BIS-IESTADEM'],
  }),
  svc('RIGA-BV', 'PIENEMSANA', 'Ēkas pieņemšana ekspluatācijā', 'Acceptance of a building into service', {
    dir: 'BUVNIECIBAS-PROCESS', needs: ['N-BUVES-PIENEMSANA'], req: ['BIS'], rec: ['BIS', 'EADRESE'], proc: 'mixed', days: 15, law: BL('18. pants'), tg: RB, deps: ['BVKB-BIS-IESTADEM'],
  }),
  svc('RIGA-BV', 'BUVNIECIBA', 'Mājas būvniecības procesa administrēšana', 'Administration of a house building project', {
    cx: 'complex', dir: 'BUVNIECIBAS-PROCESS', needs: ['N-BUVATLAUJA', 'N-BUVES-PIENEMSANA'], req: ['BIS'], rec: ['BIS', 'EADRESE'], proc: 'mixed', days: 20,
    law: [BL('14. pants'), BL('18. pants')], tg: RB, comps: ['RIGA-BV-BUVATLAUJA', 'RIGA-BV-PIENEMSANA'], deps: ['BVKB-BIS-IESTADEM', 'VZD-DATI'],
  }),
  svc('RIGA-BT', 'AIZBILDNIS', 'Aizbildņa iecelšana bērnam', 'Appointment of a guardian for a child', {
    dir: 'BERNU-TIESIBAS', needs: ['N-AIZBILDNIECIBA'], req: ['RIGA-BT-CENTRE'], rec: ['RIGA-BT-CENTRE'], proc: 'physical', days: 30, law: BTL('22. pants'),
  }),
  svc('RIGA-DZS', 'DZIMSANA', 'Bērna dzimšanas reģistrācija', 'Registration of a birth', {
    dir: 'CIVILSTAVOKLIS', needs: ['N-DZIMSANAS-REG'], req: ['RIGA-DZS-CENTRE', 'LVPORTAL'], rec: ['RIGA-DZS-CENTRE', 'EADRESE'], proc: 'mixed', days: 1, law: CAARL('17. pants'),
    deps: ['PMLP-REGISTRS-DATI'],
  }),
  svc('RIGA-DZS', 'PIEDZIMSANA', 'Bērna dzimšanas un dzīvesvietas reģistrācija', 'Registration of a birth and residence', {
    cx: 'complex', dir: 'CIVILSTAVOKLIS', needs: ['N-DZIMSANAS-REG', 'N-DZIVESVIETA'], req: ['RIGA-DZS-CENTRE', 'LVPORTAL'], rec: ['RIGA-DZS-CENTRE', 'EADRESE'], proc: 'mixed',
    days: 1, law: [CAARL('17. pants'), ['Dzīvesvietas deklarēšanas likums', '3. pants']], comps: ['RIGA-DZS-DZIMSANA', 'RIGA-T-DZIVESVIETA'], deps: ['PMLP-REGISTRS-DATI'],
  }),
  svc('RIGA-DZS', 'MIRSANA', 'Miršanas fakta reģistrācija', 'Registration of a death', {
    dir: 'CIVILSTAVOKLIS', needs: ['N-NAVES-REG'], req: ['RIGA-DZS-CENTRE'], rec: ['RIGA-DZS-CENTRE'], proc: 'physical', days: 1, law: CAARL('30. pants'),
  }),
  svc('RIGA-DZS', 'NAVE', 'Miršanas reģistrācija un apbedīšanas pabalsta piešķiršana', 'Registration of a death with funeral benefit', {
    cx: 'smart', dir: 'CIVILSTAVOKLIS', needs: ['N-NAVES-REG', 'N-APBEDISANA'], req: ['RIGA-DZS-CENTRE'], rec: ['RIGA-DZS-CENTRE', 'EADRESE'], proc: 'mixed', days: 5,
    law: [CAARL('30. pants'), ['Valsts sociālo pabalstu likums', '17. pants']], comps: ['RIGA-DZS-MIRSANA', 'VSAA-APBEDISANA'], deps: ['PMLP-REGISTRS-DATI'],
    desc: ['Reģistrējot miršanu, dzimtsarakstu nodaļa piedāvā apbedīšanas pabalstu; VSAA to piešķir bez atsevišķa iesnieguma.', 'When a death is registered the registry office offers the funeral benefit; the SSIA grants it without a separate application.'],
  }),
  svc('RIGA-DZS', 'UZVARDS', 'Uzvārda maiņas atļaujas izsniegšana', 'Permission to change a surname', {
    dir: 'CIVILSTAVOKLIS', needs: ['N-UZVARDS'], req: ['RIGA-DZS-CENTRE', 'LVPORTAL'], rec: ['RIGA-DZS-CENTRE', 'EADRESE'], proc: 'mixed', days: 30, fee: 100,
    law: ['Vārda, uzvārda un tautības ieraksta maiņas likums', '6. pants'],
  }),

  // ── Valmiera ────────────────────────────────────────────────────────────
  svc('VALMIERA', 'SKOLA', 'Skolēnu uzņemšana novada skolās', 'Admission of pupils to the municipality’s schools', {
    dir: 'IZGLITIBA', needs: ['N-SKOLA'], req: ['VALMIERA-PORTAL', 'VALMIERA-VPVKAC'], rec: ['VALMIERA-PORTAL', 'EADRESE'], proc: 'mixed', days: 10, law: ['Izglītības likums', '17. pants'],
  }),
  svc('VALMIERA', 'BERNUDARZA-RINDA', 'Bērnudārza rindas uzskaite', 'Kindergarten waiting list', {
    dir: 'IZGLITIBA', needs: ['N-BERNUDARZS'], req: ['VALMIERA-VPVKAC'], rec: ['VALMIERA-VPVKAC'], proc: 'physical', law: ['Izglītības likums', '17. pants'], st: 'archived', stage: 'terminated',
  }),
  svc('VALMIERA', 'INTERESU-IZGLITIBA', 'Interešu izglītības programmu licencēšana', 'Licensing of hobby education programmes', {
    dir: 'IZGLITIBA', needs: ['N-IZGLITIBAS-LICENCE'], req: ['VALMIERA-PORTAL'], rec: ['EADRESE'], proc: 'mixed', days: 30, law: ['Izglītības likums', '47. pants'], tg: B, st: 'draft', stage: 'create',
  }),
  svc('VALMIERA-SLP', 'ASISTENTS', 'Asistenta pakalpojuma nodrošināšana pašvaldībā', 'Assistant service', {
    dir: 'SOC-PAKALPOJUMI', needs: ['N-ASISTENTS'], req: ['VALMIERA-SLP-CENTRE', 'VALMIERA-VPVKAC'], rec: ['VALMIERA-SLP-HOME'], proc: 'physical', days: 10, law: SPSPL('9. pants'),
  }),
  svc('VALMIERA-BV', 'BUVATLAUJA', 'Būvatļaujas izsniegšana ēkas būvniecībai', 'Building permit', {
    dir: 'BUVNIECIBAS-PROCESS', needs: ['N-BUVATLAUJA'], req: ['BIS', 'VALMIERA-VPVKAC'], rec: ['BIS'], proc: 'mixed', days: 20, law: BL('14. pants'), tg: RB, rs: ['VALMIERA-BV-BIS'],
    deps: ['BVKB-BIS-IESTADEM'],
  }),
  svc('VALMIERA-BT', 'AIZBILDNIS', 'Aizbildņa iecelšana bērnam', 'Appointment of a guardian for a child', {
    dir: 'BERNU-TIESIBAS', needs: ['N-AIZBILDNIECIBA'], req: ['VALMIERA-BT-CENTRE'], rec: ['VALMIERA-BT-CENTRE'], proc: 'physical', days: 30, law: BTL('22. pants'),
  }),
  svc('VALMIERA-BT', 'AUDZUGIMENE', 'Audžuģimenes statusa piešķiršana', 'Granting foster family status', {
    dir: 'BERNU-TIESIBAS', needs: ['N-AIZBILDNIECIBA'], req: ['VALMIERA-BT-CENTRE'], rec: ['VALMIERA-BT-CENTRE'], proc: 'physical', days: 30, law: BTL('22. pants'), st: 'draft', stage: 'create',
  }),

  // ── Ludza ───────────────────────────────────────────────────────────────
  svc('LUDZA', 'ZEMES-NOMA', 'Pašvaldības zemes iznomāšana', 'Lease of municipal land', {
    dir: 'ZEMES-PARVALDIBA', needs: ['N-ZEMES-NOMA'], req: ['LUDZA-VPVKAC', 'LUDZA-EMAIL'], rec: ['LUDZA-VPVKAC', 'EADRESE'], proc: 'mixed', days: 30, tg: RB,
    law: ['Publiskas personas finanšu līdzekļu un mantas izšķērdēšanas novēršanas likums', '6.1 pants'],
  }),
  svc('LUDZA', 'NOMAS-IZSOLE', 'Pašvaldības zemes nomas tiesību izsolīšana', 'Auction of municipal land lease rights', {
    dir: 'ZEMES-PARVALDIBA', needs: ['N-ZEMES-NOMA'], req: ['IZSOLES'], rec: ['IZSOLES'], proc: 'electronic', days: 30, tg: RB, law: PASV, st: 'draft', stage: 'plan',
  }),
  svc('LUDZA', 'ADRESE', 'Adreses piešķiršana būvei', 'Assignment of an address to a building', {
    dir: 'BUVNIECIBA', needs: ['N-ADRESE'], req: ['LUDZA-VPVKAC', 'LUDZA-EMAIL'], rec: ['EADRESE'], proc: 'mixed', days: 10, tg: RB,
    law: ['Ministru kabineta 2021. gada 7. decembra noteikumi Nr. 819 „Adresācijas noteikumi”', '2. punkts'], deps: ['VZD-DATI'],
  }),
  svc('LUDZA', 'MALKA', 'Malkas pabalsta piešķiršana', 'Firewood benefit', {
    dir: 'SOCIALA-JOMA', needs: ['N-MAJOKLA-PABALSTS'], req: ['LUDZA-VPVKAC'], rec: ['LUDZA-VPVKAC'], proc: 'physical', days: 10, law: SPSPL('36. pants'), st: 'archived', stage: 'terminated',
  }),
  svc('LUDZA-SD', 'REHABILITACIJA', 'Sociālās rehabilitācijas pakalpojuma nodrošināšana', 'Social rehabilitation', {
    dir: 'SOC-PAKALPOJUMI', needs: ['N-SOC-REHAB'], req: ['LUDZA-SD-CENTRE', 'LUDZA-VPVKAC'], rec: ['LUDZA-SD-CENTRE'], proc: 'physical', days: 20, law: SPSPL('9. pants'),
  }),
  svc('LUDZA-BV', 'BUVATLAUJA', 'Būvatļaujas izsniegšana ēkas būvniecībai', 'Building permit', {
    dir: 'BUVNIECIBAS-PROCESS', needs: ['N-BUVATLAUJA'], req: ['BIS', 'LUDZA-VPVKAC'], rec: ['BIS'], proc: 'mixed', days: 20, law: BL('14. pants'), tg: RB, deps: ['BVKB-BIS-IESTADEM'],
  }),
  svc('LUDZA-BT', 'APLIECINASANA', 'Dokumentu apliecināšana bāriņtiesā', 'Certification of documents at the orphans’ court', {
    dir: 'APLIECINAJUMI', needs: ['N-APLIECINAJUMS'], req: ['LUDZA-BT-CENTRE'], rec: ['LUDZA-BT-CENTRE'], proc: 'physical', days: 1, fee: 5, law: BTL('61. pants'), tg: RB,
  }),

  // ── Kuldīga ─────────────────────────────────────────────────────────────
  svc('KULDIGA', 'TIRDZNIECIBA', 'Tirdzniecības atļaujas izsniegšana publiskās vietās', 'Permit to trade in public places', {
    dir: 'UZNEMEJDARBIBA', needs: ['N-IELU-TIRDZNIECIBA'], req: ['KULDIGA-PORTAL', 'KULDIGA-VPVKAC'], rec: ['KULDIGA-PORTAL', 'EADRESE'], proc: 'mixed', days: 10, fee: 15, law: PASV, tg: B,
  }),
  svc('KULDIGA', 'GRANTI', 'Uzņēmējdarbības uzsākšanas grantu piešķiršana', 'Start-up grants', {
    dir: 'UZNEMEJDARBIBA', needs: ['N-UZNEMUMA-FINANSEJUMS'], req: ['KULDIGA-PORTAL'], rec: ['EADRESE'], proc: 'mixed', days: 45, law: KAKL_MUN, tg: B,
  }),
  svc('KULDIGA', 'DZIVESVIETAS-IZZINA', 'Izziņu par deklarēto dzīvesvietu izsniegšana', 'Statements of declared residence', {
    dir: 'IEDZ-APKALP', needs: ['N-DZIVESVIETA'], req: ['KULDIGA-VPVKAC'], rec: ['KULDIGA-VPVKAC'], proc: 'physical', days: 1, law: ['Dzīvesvietas deklarēšanas likums', '10. pants'],
    st: 'archived', stage: 'terminated',
  }),
  svc('KULDIGA', 'VASARAS-DARBS', 'Jauniešu vasaras nodarbinātības organizēšana', 'Summer jobs for young people', {
    dir: 'UZNEMEJDARBIBA', needs: ['N-DARBA-ATRASANA'], req: ['KULDIGA-PORTAL'], rec: ['EADRESE'], proc: 'mixed', days: 20, law: PASV, st: 'submitted',
  }),
  svc('KULDIGA-SD', 'ASISTENTS', 'Asistenta pakalpojuma nodrošināšana pašvaldībā', 'Assistant service', {
    dir: 'SOC-PAKALPOJUMI', needs: ['N-ASISTENTS'], req: ['KULDIGA-SD-CENTRE', 'KULDIGA-VPVKAC'], rec: ['KULDIGA-SD-HOME'], proc: 'physical', days: 10, law: SPSPL('9. pants'),
  }),
  svc('KULDIGA-SD', 'ATELPA', 'Atelpas brīža pakalpojuma nodrošināšana', 'Respite care', {
    dir: 'SOC-PAKALPOJUMI', needs: ['N-KOPSANA'], req: ['KULDIGA-SD-CENTRE'], rec: ['KULDIGA-SD-CENTRE'], proc: 'physical', days: 10, law: SPSPL('9. pants'), st: 'draft', stage: 'plan',
  }),
  svc('KULDIGA-BV', 'BUVATLAUJA', 'Būvatļaujas izsniegšana ēkas būvniecībai', 'Building permit', {
    dir: 'BUVNIECIBAS-PROCESS', needs: ['N-BUVATLAUJA'], req: ['BIS', 'KULDIGA-VPVKAC'], rec: ['BIS'], proc: 'mixed', days: 20, law: BL('14. pants'), tg: RB, deps: ['BVKB-BIS-IESTADEM'],
  }),
];
