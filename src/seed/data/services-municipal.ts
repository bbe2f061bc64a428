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
];
