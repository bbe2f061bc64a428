/**
 * Demo inter-institutional services: shared-use platforms of VDAA, the
 * Treasury's accounting competence centre, the state data centre, register data
 * for other institutions. Other services depend on them (`deps`) and some
 * resources are obtained through them (virtual resources, R42).
 */
import { svc, type Law, type ServiceSpec } from './service-spec.js';

const MK399: Law = ['Ministru kabineta 2017. gada 4. jūlija noteikumi Nr. 399 „Valsts pārvaldes pakalpojumu uzskaites, kvalitātes kontroles un sniegšanas kārtība”', '12. punkts'];
const MK402: Law = ['Ministru kabineta 2017. gada 4. jūlija noteikumi Nr. 402 „Valsts pārvaldes e-pakalpojumu noteikumi”', '5. punkts'];
const VIS: Law = ['Valsts informācijas sistēmu likums', '7. pants'];
const VPIL: Law = ['Valsts pārvaldes iekārtas likums', '10. pants'];
const VIRSIS_REQ = ['VIRSIS', 'VIRSIS-PORTAL'];

export const SHARED_SERVICES: ServiceSpec[] = [
  // ── VDAA: shared digital platforms ─────────────────────────────────────────
  svc('VDAA', 'PLATFORMA', 'Tīmekļvietnes uzturēšana vienotajā platformā', 'Website hosting on the unified platform', {
    t: 'IS', dir: 'KOPLIETOSANA', needs: ['N-TIMEKLVIETNE'], req: [...VIRSIS_REQ, 'VDAA-RS'], rec: ['VDAA-RS', 'EADRESE'], proc: 'electronic', days: 10,
    law: [['Ministru kabineta 2020. gada 14. jūlija noteikumi Nr. 445 „Kārtība, kādā iestādes ievieto informāciju internetā”', '3. punkts'], VPIL],
    rs: ['VDAA-PLATFORMA'], repl: ['VDAA-VIETNES-MITINASANA'],
    out: ['Iestādes tīmekļvietne darbojas vienotajā valsts un pašvaldību tīmekļvietņu platformā.', 'The institution’s website runs on the unified platform of state and municipal websites.'],
  }),
  svc('VDAA', 'VIETNES-MITINASANA', 'Iestāžu tīmekļvietņu mitināšana', 'Hosting of institutions’ websites', {
    t: 'IS', dir: 'KOPLIETOSANA', needs: ['N-TIMEKLVIETNE'], req: ['VDAA-EMAIL'], rec: ['VDAA-EMAIL'], proc: 'mixed', days: 20, law: VPIL,
    st: 'archived', stage: 'terminated',
  }),
  svc('VDAA', 'EPAK', 'E-pakalpojuma izvietošana portālā Latvija.gov.lv', 'Placing an e-service on Latvija.gov.lv', {
    t: 'IS', dir: 'PORTALS', needs: ['N-EPAK-PUBLICESANA'], req: VIRSIS_REQ, rec: ['VDAA-RS'], proc: 'electronic', days: 15, law: [MK402, MK399],
    rs: ['VDAA-LVPORTAL'], st: 'v2',
  }),
  svc('VDAA', 'EID', 'Lietotāju autentifikācijas nodrošināšana e-pakalpojumos', 'User authentication for e-services', {
    t: 'IS', dir: 'KOPLIETOSANA', needs: ['N-E-IDENTIFIKACIJA'], req: VIRSIS_REQ, rec: ['VISS-API'], proc: 'electronic', days: 10,
    law: [['Fizisko personu elektroniskās identifikācijas likums', '4. pants'], MK402], rs: ['VDAA-LVPORTAL'], deps: ['LVRTC-EPARAKSTS-IESTADEM'],
  }),
  svc('VDAA', 'EADRESE', 'E-adreses pieslēguma nodrošināšana iestādēm', 'Connecting institutions to the e-address', {
    t: 'IS', dir: 'KOPLIETOSANA', needs: ['N-DATU-APMAINA'], req: VIRSIS_REQ, rec: ['EADRESE'], proc: 'electronic', days: 5,
    law: ['Oficiālās elektroniskās adreses likums', '5. pants'], rs: ['VDAA-EADRESE'],
  }),
  svc('VDAA', 'VISS', 'Datu apmaiņas starpniecības nodrošināšana iestādēm', 'Data exchange brokerage for institutions', {
    t: 'IS', dir: 'KOPLIETOSANA', needs: ['N-DATU-APMAINA'], req: VIRSIS_REQ, rec: ['VISS-API'], proc: 'electronic', days: 10, law: VIS, rs: ['VDAA-VISS'],
  }),
  svc('VDAA', 'VIRSIS', 'Starpiestāžu pieteikumu vadības nodrošināšana', 'Inter-institutional request management', {
    t: 'IS', dir: 'KOPLIETOSANA', needs: ['N-STARPIESTAZU-PIETEIKUMI'], req: ['VDAA-RS'], rec: ['VIRSIS'], proc: 'electronic', days: 5, law: [VIS, MK399], rs: ['VDAA-VIRSIS'],
  }),
  svc('VDAA', 'VPVKAC-TIKLS', 'Klientu apkalpošanas nodrošināšana VPVKAC tīklā', 'Customer service in the one-stop centre network', {
    t: 'II', dir: 'VPVKAC', needs: ['N-KLIENTU-APKALPOSANA'], req: VIRSIS_REQ, rec: ['VDAA-RS', 'EADRESE'], proc: 'mixed', days: 30,
    law: [['Ministru kabineta 2017. gada 4. jūlija noteikumi Nr. 401 „Noteikumi par valsts pārvaldes vienoto klientu apkalpošanas centru darbību”', '4. punkts'], MK399],
    out: ['Iestādes pakalpojumus pieņem un izsniedz VPVKAC tīkla klientu apkalpošanas centros.', 'The institution’s services are accepted and delivered at the one-stop centres.'],
  }),
  svc('VDAA', 'DIGI-ATBALSTS', 'E-pakalpojumu ieviešanas atbalsta nodrošināšana iestādēm', 'Support for institutions introducing e-services', {
    t: 'IS', cx: 'complex', dir: 'PORTALS', needs: ['N-EPAK-PUBLICESANA', 'N-E-IDENTIFIKACIJA'], req: VIRSIS_REQ, rec: ['VDAA-RS', 'EADRESE'], proc: 'mixed', days: 20,
    law: [MK402, MK399], comps: ['VDAA-EPAK', 'VDAA-EID'], stage: 'maintainImprove',
  }),
  svc('VDAA', 'MI-RIKI', 'Mākslīgā intelekta rīku koplietošanas nodrošināšana', 'Shared artificial intelligence tools', {
    t: 'IS', dir: 'KOPLIETOSANA', needs: ['N-DATU-CENTRS'], req: VIRSIS_REQ, rec: ['VDAA-RS'], proc: 'electronic', days: 10, law: VIS, st: 'draft', stage: 'create',
  }),

  // ── The Treasury: accounting competence centre and payments ───────────────
  svc('VK', 'GRAMATVEDIBA', 'Grāmatvedības uzskaites nodrošināšana iestādēm', 'Accounting services for institutions', {
    t: 'IS', dir: 'GRAMATVEDIBA', needs: ['N-GRAMATVEDIBA'], req: ['VIRSIS', 'VK-EMAIL'], rec: ['VK-PORTAL', 'EADRESE'], proc: 'mixed', days: 10,
    law: [['Grāmatvedības likums', '10. pants'], ['Ministru kabineta 2018. gada 23. oktobra noteikumi Nr. 627 „Noteikumi par centralizēto grāmatvedību”', '2. punkts']],
    rs: ['VK-VGUS'], deps: ['VDAA-VIRSIS'],
    out: ['Iestādes grāmatvedības uzskaiti kārto Valsts kases kompetenču centrs; pārskati pieejami Valsts kases portālā.', 'The Treasury competence centre keeps the institution’s accounts; reports are available on the Treasury portal.'],
  }),
  svc('VK', 'MAKSAJUMI', 'Budžeta iestāžu maksājumu apkalpošana', 'Payment services for budget institutions', {
    t: 'IS', dir: 'MAKSAJUMI', needs: ['N-MAKSAJUMI'], req: ['VK-PORTAL'], rec: ['VK-PORTAL'], proc: 'electronic', days: 1,
    law: ['Likums par budžetu un finanšu vadību', '26. pants'], rs: ['VK-MAKS'],
  }),
  svc('VK', 'AIZDEVUMS', 'Aizdevuma piešķiršana pašvaldības investīciju projektam', 'Loan to a municipal investment project', {
    t: 'II', dir: 'AIZDEVUMI', needs: ['N-AIZNEMUMS'], req: ['VK-PORTAL', 'VK-EMAIL'], rec: ['EADRESE'], proc: 'mixed', days: 30,
    law: [['Pašvaldību finanšu vadības likums', '22. pants'], ['Likums par budžetu un finanšu vadību', '36. pants']],
    docs: [['Pašvaldības domes lēmums par aizņēmumu', 'The municipal council’s decision to borrow']],
  }),

  // ── The state data centre and trust services (LVRTC) ───────────────────────
  svc('LVRTC', 'DATU-CENTRS', 'Serveru mitināšana valsts datu centrā', 'Server hosting in the state data centre', {
    t: 'IS', dir: 'DATU-CENTRI', needs: ['N-DATU-CENTRS'], req: ['VIRSIS', 'LVRTC-EMAIL'], rec: ['LVRTC-EMAIL', 'EADRESE'], proc: 'mixed', days: 15,
    law: [VIS, ['Nacionālās kiberdrošības likums', '8. pants']], rs: ['LVRTC-DC'],
  }),
  svc('LVRTC', 'EPARAKSTS-IESTADEM', 'eParaksta integrācijas nodrošināšana e-pakalpojumos', 'eParaksts integration for e-services', {
    t: 'IS', dir: 'UZTICAMIBA', needs: ['N-E-IDENTIFIKACIJA'], req: ['VIRSIS', 'LVRTC-EMAIL'], rec: ['EPARAKSTS'], proc: 'electronic', days: 10,
    law: ['Fizisko personu elektroniskās identifikācijas likums', '9. pants'], rs: ['LVRTC-EPARAKSTS'],
  }),

  // ── Register data for other institutions ──────────────────────────────────
  svc('PMLP', 'REGISTRS-DATI', 'Fizisko personu reģistra datu izsniegšana iestādēm', 'Register of Natural Persons data for institutions', {
    t: 'IS', dir: 'REGISTRS', needs: ['N-PERSONU-DATI'], req: VIRSIS_REQ, rec: ['VISS-API'], proc: 'electronic', days: 5,
    law: ['Fizisko personu reģistra likums', '14. pants'], rs: ['FPR'], deps: ['VDAA-VISS'],
  }),
  svc('UR', 'DATI', 'Uzņēmumu reģistra datu izsniegšana iestādēm', 'Register of Enterprises data for institutions', {
    t: 'IS', dir: 'INFORMACIJA', needs: ['N-UZNEMUMU-DATI'], req: VIRSIS_REQ, rec: ['VISS-API'], proc: 'electronic', days: 5,
    law: ['Likums „Par Latvijas Republikas Uzņēmumu reģistru”', '4.3 pants'], rs: ['UR-KOMERCREG'], deps: ['VDAA-VISS'],
  }),
  svc('VZD', 'DATI', 'Kadastra datu izsniegšana iestādēm', 'Cadastral data for institutions', {
    t: 'IS', dir: 'KADASTRS', needs: ['N-KADASTRA-DATI-IESTADEM'], req: VIRSIS_REQ, rec: ['VISS-API', 'KADASTRS'], proc: 'electronic', days: 5,
    law: ['Nekustamā īpašuma valsts kadastra likums', '80. pants'], rs: ['VZD-NIVKIS'], deps: ['VDAA-VISS'],
  }),
  svc('CSDD', 'DATI', 'Transportlīdzekļu reģistra datu izsniegšana iestādēm', 'Vehicle register data for institutions', {
    t: 'IS', dir: 'TRANSPORTLIDZEKLI', needs: ['N-DATU-APMAINA'], req: VIRSIS_REQ, rec: ['VISS-API'], proc: 'electronic', days: 5,
    law: ['Ceļu satiksmes likums', '9. pants'], rs: ['CSDD-REG'], deps: ['VDAA-VISS'],
  }),
  svc('VID', 'DATI', 'Nodokļu saistību datu izsniegšana iestādēm', 'Tax liability data for institutions', {
    t: 'II', dir: 'NODOKLU-ADMIN', needs: ['N-NODOKLU-DATI'], req: ['VIRSIS'], rec: ['VISS-API'], proc: 'electronic', days: 5,
    law: ['Likums „Par nodokļiem un nodevām”', '22. pants'], rs: ['VID-NMR'], deps: ['VDAA-VISS'],
  }),

  // ── Sector platforms for institutions ─────────────────────────────────────
  svc('BVKB', 'BIS-IESTADEM', 'Būvniecības informācijas sistēmas nodrošināšana būvvaldēm', 'Construction Information System for building boards', {
    t: 'II', dir: 'BIS', needs: ['N-BIS-IESTADEM'], req: ['VIRSIS', 'BIS'], rec: ['BIS'], proc: 'electronic', days: 10,
    law: ['Būvniecības likums', '8. pants'], rs: ['BVKB-BIS'],
  }),
  svc('TA', 'IZSOLES', 'Elektronisko izsoļu vietnes nodrošināšana', 'The electronic auction site', {
    t: 'II', dir: 'TIESU-IS', needs: ['N-IZSOLES-SISTEMA'], req: ['VIRSIS'], rec: ['IZSOLES'], proc: 'electronic', days: 5,
    law: ['Civilprocesa likums', '605. pants'], rs: ['TA-IZSOLES'],
  }),
  svc('TA', 'TIS', 'Tiesu informatīvās sistēmas nodrošināšana tiesām', 'Court Information System for courts', {
    t: 'II', dir: 'TIESU-IS', needs: ['N-TIESU-IS'], req: ['VIRSIS'], rec: ['E-LIETA'], proc: 'electronic', days: 5,
    law: ['Likums „Par tiesu varu”', '28.1 pants'], rs: ['TA-TIS'],
  }),
  svc('VRAA', 'TAPIS', 'Teritorijas plānojumu izstrādes vides nodrošināšana', 'Spatial planning drafting environment', {
    t: 'II', dir: 'TAP', needs: ['N-TAP-SISTEMA'], req: ['VIRSIS', 'TAPIS'], rec: ['TAPIS', 'GEOLATVIJA'], proc: 'electronic', days: 10,
    law: ['Teritorijas attīstības plānošanas likums', '4. pants'], rs: ['VRAA-TAPIS', 'VRAA-GEOPORTALS'],
  }),
  svc('VRAA', 'ES-FONDI', 'ES fondu projekta finansējuma piešķiršana', 'EU funds project financing', {
    t: 'II', dir: 'ES-FONDI', needs: ['N-ES-FINANSEJUMS'], req: ['VIRSIS'], rec: ['EADRESE'], proc: 'mixed', days: 60,
    law: ['Eiropas Savienības kohēzijas politikas programmas 2021.–2027. gada plānošanas perioda vadības likums', '17. pants'],
    docs: [['Projekta iesniegums ar budžetu', 'Project application with a budget']],
  }),
  svc('LP', 'PENSIJU-PIEGADE', 'Pensiju un pabalstu piegādāšana saņēmējiem', 'Delivering pensions and benefits to recipients', {
    t: 'II', dir: 'PIEGADE', needs: ['N-PIEGADE'], req: ['VIRSIS'], rec: ['LP-HOME'], proc: 'physical', days: 3, law: ['Pasta likums', '6. pants'],
  }),
  svc('LVGMC', 'DATI-API', 'Meteoroloģisko datu nodrošināšana iestādēm', 'Meteorological data for institutions', {
    t: 'IS', dir: 'METEO', needs: ['N-METEO-DATI'], req: ['VIRSIS'], rec: ['LVGMC-API'], proc: 'electronic', days: 2,
    law: ['Hidrometeoroloģiskās darbības likums', '6. pants'], rs: ['LVGMC-NOVEROJUMI'],
  }),
];
