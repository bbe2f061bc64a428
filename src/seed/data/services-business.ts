/**
 * Demo services for businesses and specialists: economy, construction,
 * consumer protection, agriculture and food, education, medicines, utilities
 * regulation, plus capital companies, a private person and an association doing
 * public tasks.
 */
import { B, RB, SR, svc, type Law, type ServiceSpec } from './service-spec.js';

const KAKL: Law = ['Komercdarbības atbalsta kontroles likums', '5. pants'];
const BL = (article: string): Law => ['Būvniecības likums', article];
const LLAL: Law = ['Lauksaimniecības un lauku attīstības likums', '5. pants'];

export const BUSINESS_SERVICES: ServiceSpec[] = [
  // ── LIAA: business support ────────────────────────────────────────────────
  svc('LIAA', 'EKSPORTS', 'Eksporta atbalsta programmas finansējuma piešķiršana', 'Export support programme funding', {
    dir: 'EKSPORTS', needs: ['N-EKSPORTA-TIRGI'], req: ['BUSINESS-GOV', 'LIAA-PORTAL'], rec: ['EADRESE', 'LIAA-PORTAL'], proc: 'mixed', days: 30, law: KAKL, tg: B,
  }),
  svc('LIAA', 'INVESTICIJAS', 'Investīciju projekta īstenošanas atbalsta nodrošināšana', 'Support for implementing an investment project', {
    dir: 'INVESTICIJAS', needs: ['N-INVESTICIJAS'], req: ['BUSINESS-GOV', 'LIAA-PORTAL'], rec: ['EADRESE'], proc: 'mixed', days: 20,
    law: ['Latvijas Investīciju un attīstības aģentūras likums', '4. pants'], tg: B,
  }),
  svc('LIAA', 'INKUBATORS', 'Biznesa inkubācijas atbalsta piešķiršana', 'Business incubation support', {
    dir: 'JAUNUZNEMUMI', needs: ['N-UZNEMUMA-FINANSEJUMS'], req: ['BUSINESS-GOV'], rec: ['EADRESE'], proc: 'mixed', days: 30, law: KAKL, tg: B, st: 'v2',
  }),
  svc('LIAA', 'EKSPORTA-STARTS', 'Eksporta uzsākšanas atbalsta nodrošināšana', 'Support for starting to export', {
    cx: 'complex', dir: 'EKSPORTS', needs: ['N-EKSPORTA-TIRGI', 'N-UZNEMUMA-FINANSEJUMS'], req: ['BUSINESS-GOV'], rec: ['EADRESE', 'LIAA-PORTAL'], proc: 'mixed', days: 30,
    law: KAKL, tg: B, comps: ['LIAA-EKSPORTS', 'LIAA-INKUBATORS'], deps: ['UR-DATI'],
  }),
  svc('LIAA', 'VAUCERI', 'Inovāciju vaučeru piešķiršana', 'Innovation vouchers', {
    dir: 'JAUNUZNEMUMI', needs: ['N-UZNEMUMA-FINANSEJUMS'], req: ['BUSINESS-GOV'], rec: ['EADRESE'], proc: 'electronic', days: 20, law: KAKL, tg: B, st: 'draft', stage: 'create',
  }),

  // ── BVKB and LBS: construction ───────────────────────────────────────────
  svc('BVKB', 'BUVKOMERSANTS', 'Būvkomersanta reģistrācija būvkomersantu reģistrā', 'Registration in the register of construction companies', {
    dir: 'BIS', needs: ['N-BUVSPECIALISTS'], req: ['BIS'], rec: ['BIS'], proc: 'electronic', days: 5, law: BL('22. pants'), tg: B, rs: ['BVKB-BIS'],
  }),
  svc('BVKB', 'EKSPLUATACIJA', 'Publiskas būves pieņemšana ekspluatācijā', 'Acceptance of a public building into service', {
    dir: 'BUVKONTROLE', needs: ['N-BUVES-PIENEMSANA'], req: ['BIS'], rec: ['BIS', 'EADRESE'], proc: 'mixed', days: 15, law: BL('6.1 pants'), tg: RB, rs: ['BVKB-BIS'],
  }),
  svc('LBS', 'SERTIFIKACIJA', 'Būvspeciālista kompetences novērtēšana un sertificēšana', 'Assessment and certification of construction specialists', {
    dir: 'SERTIFIKACIJA', needs: ['N-BUVSPECIALISTS'], req: ['LBS-EMAIL', 'LBS-BIROJS'], rec: ['LBS-EMAIL', 'BIS'], proc: 'mixed', days: 30, fee: 100, law: BL('13. pants'),
    deps: ['BVKB-BIS-IESTADEM'],
  }),

  // ── PTAC: consumer rights ────────────────────────────────────────────────
  svc('PTAC', 'STRIDI', 'Patērētāju strīdu risināšana ārpustiesas kārtībā', 'Out-of-court consumer dispute resolution', {
    dir: 'PATERETAJU-STRIDI', needs: ['N-PATERETAJU-STRIDS'], req: ['PTAC-EMAIL', 'LVPORTAL'], rec: ['PTAC-EMAIL', 'EADRESE'], proc: 'mixed', days: 90,
    law: ['Patērētāju tiesību aizsardzības likums', '26. pants'],
  }),

  // ── LAD and PVD: farming and food ────────────────────────────────────────
  svc('LAD', 'PLATIBAS', 'Vienotā platības maksājuma piešķiršana', 'Single area payment', {
    dir: 'PLATIBU-MAKSAJUMI', needs: ['N-PLATIBU-MAKSAJUMI'], req: ['LAD-EPS'], rec: ['LAD-EPS'], proc: 'electronic', days: 120, law: LLAL, tg: RB, rs: ['LAD-EPS'],
    repl: ['LAD-PAPIRA-PIETEIKUMI'],
  }),
  svc('LAD', 'PAPIRA-PIETEIKUMI', 'Papīra platību pieteikumu pieņemšana', 'Acceptance of paper area aid applications', {
    dir: 'PLATIBU-MAKSAJUMI', needs: ['N-PLATIBU-MAKSAJUMI'], req: ['POST'], rec: ['POST'], proc: 'physical', days: 120, law: LLAL, tg: RB, st: 'archived', stage: 'terminated',
  }),
  svc('LAD', 'JAUNIE', 'Atbalsta piešķiršana jaunajiem lauksaimniekiem', 'Support for young farmers', {
    dir: 'LAUKU-ATTISTIBA', needs: ['N-UZNEMUMA-FINANSEJUMS'], req: ['LAD-EPS'], rec: ['LAD-EPS', 'EADRESE'], proc: 'mixed', days: 60, law: LLAL, tg: RB, rs: ['LAD-EPS'],
  }),
  svc('PVD', 'ATZISANA', 'Pārtikas uzņēmuma atzīšana un reģistrācija', 'Approval and registration of a food business', {
    dir: 'PARTIKA', needs: ['N-PARTIKAS-REG'], req: ['PVD-CENTRE', 'PVD-EMAIL', 'LVPORTAL'], rec: ['EADRESE', 'PVD-CENTRE'], proc: 'mixed', days: 30, fee: 30,
    law: ['Pārtikas aprites uzraudzības likums', '19. pants'], tg: B,
  }),
  svc('PVD', 'VET-SERTIFIKATS', 'Veterinārā sertifikāta izsniegšana eksportam', 'Veterinary export certificate', {
    dir: 'VETERINARIJA', needs: ['N-VETERINARIJA'], req: ['PVD-CENTRE', 'PVD-EMAIL'], rec: ['PVD-CENTRE'], proc: 'physical', days: 2, fee: 25,
    law: ['Veterinārmedicīnas likums', '26. pants'], tg: B,
  }),
  svc('PVD', 'PARTIKAS-STARTS', 'Pārtikas uzņēmuma darbības uzsākšanas atbalsta nodrošināšana', 'Support for starting a food business', {
    cx: 'complex', dir: 'PARTIKA', needs: ['N-PARTIKAS-REG', 'N-UGUNSDROSIBA'], req: ['LVPORTAL', 'PVD-CENTRE'], rec: ['EADRESE', 'PVD-CENTRE'], proc: 'mixed', days: 30, fee: 30,
    law: ['Pārtikas aprites uzraudzības likums', '19. pants'], tg: B, comps: ['PVD-ATZISANA', 'VUGD-ATZINUMS'],
    desc: ['Uzņēmējs vienā pieteikumā lūdz atzīt pārtikas uzņēmumu; PVD pats pieprasa VUGD ugunsdrošības atzinumu par telpām.', 'One application asks for approval of the food business; the FVS itself asks the fire service for the premises’ fire safety opinion.'],
  }),

  // ── IKVD, LU: education ─────────────────────────────────────────────────
  svc('IKVD', 'LICENCE', 'Izglītības programmas licencēšana', 'Licensing of an education programme', {
    dir: 'LICENCESANA', needs: ['N-IZGLITIBAS-LICENCE'], req: ['IKVD-EMAIL', 'EADRESE'], rec: ['EADRESE'], proc: 'mixed', days: 30, law: ['Izglītības likums', '43. pants'], tg: B,
  }),
  svc('IKVD', 'AKREDITACIJA', 'Izglītības iestādes akreditācija', 'Accreditation of an educational institution', {
    dir: 'AKREDITACIJA', needs: ['N-IZGLITIBAS-AKREDITACIJA'], req: ['IKVD-EMAIL', 'EADRESE'], rec: ['EADRESE'], proc: 'mixed', days: 60, law: ['Izglītības likums', '24. pants'], tg: B,
  }),
  svc('LU', 'UZNEMSANA', 'Reflektantu uzņemšana bakalaura studiju programmās', 'Admission to bachelor programmes', {
    dir: 'STUDIJAS', needs: ['N-STUDIJAS'], req: ['LU-PORTAL', 'LU-CENTRE'], rec: ['LU-PORTAL', 'EADRESE'], proc: 'mixed', days: 20, fee: 30, law: ['Augstskolu likums', '46. pants'],
  }),

  // ── DVI, ZVA, SPRK: specialists and regulated markets ───────────────────
  svc('DVI', 'DAS', 'Datu aizsardzības speciālista kvalifikācijas eksāmena organizēšana', 'Data protection officer qualification exam', {
    dir: 'KVALIFIKACIJA', needs: ['N-DAS'], req: ['DVI-EMAIL', 'EADRESE'], rec: ['EADRESE'], proc: 'mixed', days: 30, fee: 50, law: ['Fizisko personu datu apstrādes likums', '17. pants'],
  }),
  svc('ZVA', 'ZALES', 'Zāļu reģistrācija Latvijā', 'Marketing authorisation of medicines', {
    dir: 'ZALU-REGISTRACIJA', needs: ['N-ZALU-REG'], req: ['ZVA-PORTAL'], rec: ['ZVA-PORTAL', 'EADRESE'], proc: 'mixed', days: 210, fee: 2000, law: ['Farmācijas likums', '10. pants'], tg: B,
  }),
  svc('ZVA', 'APTIEKA', 'Aptiekas speciālās atļaujas (licences) izsniegšana', 'Pharmacy licence', {
    dir: 'FARM-ATLAUJAS', needs: ['N-FARM-LICENCE'], req: ['ZVA-PORTAL'], rec: ['EADRESE'], proc: 'mixed', days: 30, fee: 300, law: ['Farmācijas likums', '35. pants'], tg: B,
  }),
  svc('SPRK', 'TARIFS', 'Sabiedrisko pakalpojumu tarifu apstiprināšana', 'Approval of utility tariffs', {
    dir: 'TARIFI', needs: ['N-TARIFS'], req: ['SPRK-EMAIL', 'EADRESE'], rec: ['EADRESE'], proc: 'mixed', days: 90,
    law: ['Likums „Par sabiedrisko pakalpojumu regulatoriem”', '20. pants'], tg: B,
  }),
  svc('SPRK', 'LICENCE', 'Sabiedrisko pakalpojumu sniegšanas licences izsniegšana', 'Licence to provide a public utility', {
    dir: 'LICENCES', needs: ['N-SPRK-LICENCE'], req: ['SPRK-EMAIL', 'EADRESE'], rec: ['EADRESE'], proc: 'mixed', days: 30, fee: 300,
    law: ['Likums „Par sabiedrisko pakalpojumu regulatoriem”', '10. pants'], tg: B,
  }),

  // ── Capital companies, a private person, an association ─────────────────
  svc('LVRTC', 'EPARAKSTS-MOBILE', 'Elektroniskās identitātes izsniegšana eParaksts mobile lietotnē', 'Electronic identity in the eParaksts mobile app', {
    dir: 'UZTICAMIBA', needs: ['N-EID'], req: ['EPARAKSTS-MOBILE', 'PMLP-RIGA'], rec: ['EPARAKSTS-MOBILE'], proc: 'mixed', days: 1,
    law: ['Fizisko personu elektroniskās identifikācijas likums', '9. pants'], rs: ['LVRTC-EPARAKSTS'], deps: ['PMLP-REGISTRS-DATI'],
  }),
  svc('LVRTC', 'APRAIDE', 'Televīzijas un radio programmu apraides nodrošināšana', 'Television and radio broadcasting', {
    t: 'PG', dir: 'APRAIDE', needs: ['N-MEDIJI'], req: ['LVRTC-EMAIL'], rec: ['LVRTC-HOME'], proc: 'electronic', law: ['Elektronisko plašsaziņas līdzekļu likums', '66. pants'], tg: SR,
  }),
  svc('LP', 'PARADRESESANA', 'Pasta sūtījumu pāradresēšana uz jauno adresi', 'Forwarding of mail to a new address', {
    dir: 'PASTS', needs: ['N-PASTA-PARADRESACIJA'], req: ['POST', 'LVPORTAL'], rec: ['LP-HOME'], proc: 'physical', days: 3, fee: 10, law: ['Pasta likums', '26. pants'], tg: RB,
  }),
  svc('LVGMC', 'PROGNOZES', 'Laika prognožu un brīdinājumu sagatavošana', 'Weather forecasts and warnings', {
    t: 'PG', dir: 'METEO', needs: ['N-LAIKA-PROGNOZE'], req: ['METEO'], rec: ['METEO', 'LVGMC-SOCIAL'], proc: 'electronic', law: ['Hidrometeoroloģiskās darbības likums', '5. pants'], tg: SR,
  }),
  svc('LVGMC', 'DATI', 'Meteoroloģisko datu izsniegšana pēc pieprasījuma', 'Meteorological data on request', {
    dir: 'METEO', needs: ['N-METEO-DATI'], req: ['METEO'], rec: ['METEO'], proc: 'electronic', days: 5, fee: 25, law: ['Hidrometeoroloģiskās darbības likums', '6. pants'], tg: RB,
    rs: ['LVGMC-NOVEROJUMI'],
  }),
  svc('MERNIEKS', 'UZMERISANA', 'Zemes vienības kadastrālā uzmērīšana', 'Cadastral survey of a land unit', {
    dir: 'UZMERISANA', needs: ['N-ZEMES-UZMERISANA'], req: ['MER-BIROJS', 'MER-EMAIL'], rec: ['MER-BIROJS'], proc: 'physical', days: 60, fee: 600,
    law: ['Nekustamā īpašuma valsts kadastra likums', '13. pants'], tg: RB, deps: ['VZD-DATI'],
  }),
];
