/**
 * Demo public services of state agencies: identity documents and migration
 * (PMLP), taxes and customs (VID), vehicles and drivers (CSDD, VDzTI), police
 * and rescue (VP, VUGD).
 */
import { B, RB, SR, svc, type Law, type ServiceSpec } from './service-spec.js';

const PADL: Law = ['Personu apliecinošu dokumentu likums', '10. pants'];
const IMIGR = (article: string): Law => ['Imigrācijas likums', article];
const NIN = (article: string): Law => ['Likums „Par nodokļiem un nodevām”', article];
const CSL = (article: string): Law => ['Ceļu satiksmes likums', article];
const PMLP_IN = ['PMLP-RIGA', 'PMLP-VALMIERA'];
const CSDD_IN = ['CSDD-RIGA', 'CSDD-VALMIERA'];

export const STATE_SERVICES: ServiceSpec[] = [
  // ── PMLP: identity documents, residence, citizenship ──────────────────────
  svc('PMLP', 'PASE', 'Latvijas pilsoņa pases izsniegšana', 'Issue of a Latvian citizen’s passport', {
    dir: 'PERS-DOK', needs: ['N-PASE-CELOSANAI'], req: PMLP_IN, rec: [...PMLP_IN, 'POST'], proc: 'physical', days: 10, fee: 30, fast: [2, 90],
    law: [PADL, ['Ministru kabineta 2012. gada 21. februāra noteikumi Nr. 134 „Personu apliecinošu dokumentu noteikumi”', '22. punkts']],
    rs: ['PMLP-PDR', 'FPR'], out: ['Izsniegta pase, derīga 10 gadus.', 'A passport valid for 10 years is issued.'],
  }),
  svc('PMLP', 'EID', 'Personas apliecības (eID kartes) izsniegšana', 'Issue of an identity card (eID card)', {
    dir: 'PERS-DOK', needs: ['N-EID'], req: [...PMLP_IN, 'LVPORTAL'], rec: PMLP_IN, proc: 'mixed', days: 10, fee: 15, fast: [2, 45], law: PADL,
    rs: ['PMLP-PDR', 'FPR'], deps: ['LVRTC-EPARAKSTS-IESTADEM'], st: 'v2',
    out: ['Izsniegta personas apliecība ar elektroniskās identifikācijas un elektroniskā paraksta sertifikātiem.', 'An identity card with electronic identification and signature certificates is issued.'],
  }),
  svc('PMLP', 'PERS-DOK', 'Personu apliecinošu dokumentu izsniegšana', 'Issue of identity documents', {
    cx: 'complex', dir: 'PERS-DOK', needs: ['N-PERSONAS-DOK', 'N-PASE-CELOSANAI', 'N-EID'], req: [...PMLP_IN, 'LVPORTAL'], rec: [...PMLP_IN, 'POST'], proc: 'mixed', days: 10,
    fee: 40, law: PADL, comps: ['PMLP-PASE', 'PMLP-EID'], rs: ['PMLP-PDR'],
    desc: ['Pasi un personas apliecību var pieprasīt vienā reizē, vienreiz uzrādot dokumentus un nododot biometriju.', 'A passport and an identity card can be requested together, presenting documents and giving biometrics once.'],
  }),
  svc('PMLP', 'BEZVALSTNIEKS', 'Ceļošanas dokumenta izsniegšana bezvalstniekam', 'Travel document for a stateless person', {
    dir: 'PERS-DOK', needs: ['N-PASE-CELOSANAI'], req: PMLP_IN, rec: PMLP_IN, proc: 'physical', days: 30, fee: 30, law: ['Bezvalstnieku likums', '6. pants'], st: 'draft', stage: 'create',
  }),
  svc('PMLP', 'UZTURESANAS', 'Uzturēšanās atļaujas izsniegšana', 'Issue of a residence permit', {
    dir: 'IMIGRACIJA', needs: ['N-UZTURESANAS'], req: [...PMLP_IN, 'LVPORTAL'], rec: PMLP_IN, proc: 'mixed', days: 30, fee: 70, fast: [10, 140],
    law: IMIGR('23. pants'), tg: RB, rs: ['PMLP-VMIS'], deps: ['PMLP-REGISTRS-DATI'],
    docs: [['Ceļošanas dokuments', 'Travel document'], ['Veselības apdrošināšanas polise', 'Health insurance policy']],
  }),
  svc('PMLP', 'DARBA-ATLAUJA', 'Darba atļaujas izsniegšana ārzemniekam', 'Work permit for a foreign national', {
    dir: 'IMIGRACIJA', needs: ['N-DARBA-ATLAUJA'], req: PMLP_IN, rec: PMLP_IN, proc: 'physical', days: 30, fee: 35, law: IMIGR('9. pants'), tg: RB,
    st: 'archived', stage: 'terminated',
  }),
  svc('PMLP', 'UZT-DARBS', 'Uzturēšanās atļaujas un darba tiesību piešķiršana', 'Residence permit with the right to work', {
    cx: 'smart', dir: 'IMIGRACIJA', needs: ['N-UZTURESANAS', 'N-DARBA-ATLAUJA'], req: ['LVPORTAL', ...PMLP_IN], rec: ['EADRESE', ...PMLP_IN], proc: 'mixed', days: 20,
    fee: 80, law: [IMIGR('23. pants'), IMIGR('9. pants')], tg: RB, comps: ['PMLP-UZTURESANAS'], merges: ['PMLP-DARBA-ATLAUJA'], rs: ['PMLP-VMIS'],
    deps: ['PMLP-REGISTRS-DATI', 'VID-DATI'], stage: 'maintainImprove',
    desc: ['Darba devēja pieprasījumu un ārzemnieka uzturēšanās atļauju izskata kopā; ja darba devējam nav nodokļu parādu, darba tiesības piešķir bez atsevišķa iesnieguma.', 'The employer’s request and the residence permit are examined together; where the employer has no tax debts the right to work is granted without a separate application.'],
  }),
  svc('PMLP', 'IELUGUMS', 'Ielūguma apstiprināšana ārzemniekam', 'Approval of an invitation for a foreign national', {
    dir: 'IMIGRACIJA', needs: ['N-IELUGUMS'], req: ['LVPORTAL', 'PMLP-RIGA'], rec: ['LVPORTAL', 'EADRESE'], proc: 'mixed', days: 5, fee: 10, law: IMIGR('9. pants'), tg: RB,
  }),
  svc('PMLP', 'PILSONIBA', 'Naturalizācijas iesnieguma izskatīšana', 'Examination of a naturalisation application', {
    dir: 'PILSONIBA', needs: ['N-PILSONIBA'], req: PMLP_IN, rec: [...PMLP_IN, 'EADRESE'], proc: 'physical', days: 120, fee: 28,
    law: ['Pilsonības likums', '12. pants'], docs: [['Latviešu valodas prasmes apliecinājums', 'Proof of Latvian language skills']],
  }),
  svc('PMLP', 'DZIVESVIETAS-IZZINA', 'Izziņas par deklarēto dzīvesvietu izsniegšana', 'Statement of the declared place of residence', {
    dir: 'REGISTRS', needs: ['N-DZIVESVIETA'], req: ['LVPORTAL'], rec: ['LVPORTAL', 'EADRESE'], proc: 'electronic', days: 1,
    law: ['Dzīvesvietas deklarēšanas likums', '10. pants'], rs: ['FPR'], deps: ['VDAA-EID'],
  }),

  // ── VID: taxes and customs ────────────────────────────────────────────────
  svc('VID', 'GID', 'Gada ienākumu deklarācijas pieņemšana', 'Acceptance of the annual income return', {
    dir: 'NODOKLU-ADMIN', needs: ['N-IENAKUMU-DEKLARACIJA'], req: ['VID-EDS', 'VID-CENTRE'], rec: ['VID-EDS'], proc: 'electronic', days: 1,
    law: ['Likums „Par iedzīvotāju ienākuma nodokli”', '19. pants'], rs: ['VID-EDS'],
  }),
  svc('VID', 'ATMAKSA', 'Pārmaksātā ienākuma nodokļa atmaksāšana', 'Refund of overpaid income tax', {
    dir: 'NODOKLU-ADMIN', needs: ['N-NODOKLU-ATMAKSA'], req: ['VID-EDS'], rec: ['VID-EDS'], proc: 'electronic', days: 30,
    law: NIN('28. pants'), rs: ['VID-EDS', 'VID-NMR'], deps: ['VK-MAKSAJUMI'],
  }),
  svc('VID', 'DEKL-ATMAKSA', 'Ienākumu deklarācijas pieņemšana un nodokļa atmaksāšana', 'Income return with tax refund', {
    cx: 'smart', dir: 'NODOKLU-ADMIN', needs: ['N-IENAKUMU-DEKLARACIJA', 'N-NODOKLU-ATMAKSA'], req: ['VID-EDS'], rec: ['VID-EDS'], proc: 'electronic', days: 15,
    law: [NIN('28. pants'), ['Likums „Par iedzīvotāju ienākuma nodokli”', '19. pants']], comps: ['VID-GID', 'VID-ATMAKSA'], rs: ['VID-EDS'], deps: ['VDAA-EID'],
    desc: ['VID sagatavo deklarācijas projektu no sev zināmajiem datiem; iedzīvotājs to apstiprina, un pārmaksātais nodoklis tiek atmaksāts automātiski.', 'The SRS prepares a draft return from the data it holds; the resident confirms it and the overpaid tax is refunded automatically.'],
  }),
  svc('VID', 'PVN', 'PVN maksātāja reģistrācija', 'VAT registration', {
    dir: 'MAKSATAJI', needs: ['N-PVN'], req: ['VID-EDS', 'VID-CENTRE'], rec: ['VID-EDS'], proc: 'mixed', days: 5,
    law: ['Pievienotās vērtības nodokļa likums', '59. pants'], tg: B, rs: ['VID-NMR'],
  }),
  svc('VID', 'AKCIZE', 'Akcīzes preču noliktavas atļaujas izsniegšana', 'Excise warehouse licence', {
    dir: 'MUITA', needs: ['N-AKCIZE'], req: ['VID-EDS', 'VID-CENTRE'], rec: ['VID-EDS', 'EADRESE'], proc: 'mixed', days: 30, fee: 300,
    law: ['Likums „Par akcīzes nodokli”', '11. pants'], tg: B,
  }),
  svc('VID', 'MUITA', 'Muitas deklarāciju izskatīšana', 'Processing of customs declarations', {
    dir: 'MUITA', needs: ['N-MUITA'], req: ['VID-EMDAS'], rec: ['VID-EMDAS'], proc: 'electronic', days: 1, law: ['Muitas likums', '8. pants'], tg: B, rs: ['VID-EMDAS'],
  }),
  svc('VID', 'TERMINS', 'Nodokļu samaksas termiņa pagarināšana', 'Extension of the tax payment deadline', {
    dir: 'NODOKLU-ADMIN', needs: ['N-NODOKLU-GRUTIBAS'], req: ['VID-EDS', 'VID-CENTRE'], rec: ['VID-EDS'], proc: 'mixed', days: 20, law: NIN('24. pants'), tg: RB,
  }),
  svc('VID', 'DARBINIEKI', 'Darba ņēmēju reģistrācija', 'Registration of employees', {
    dir: 'MAKSATAJI', needs: ['N-DARBINIEKU-REG'], req: ['VID-EDS'], rec: ['VID-EDS'], proc: 'electronic', days: 1,
    law: ['Likums „Par valsts sociālo apdrošināšanu”', '20.1 pants'], tg: B, rs: ['VID-EDS'],
  }),
  svc('VID', 'KONSULTACIJAS', 'Konsultācijas par nodokļu jautājumiem', 'Advice on tax matters', {
    dir: 'NODOKLU-ADMIN', needs: ['N-IENAKUMU-DEKLARACIJA'], req: ['VID-PHONE', 'VID-CENTRE'], rec: ['VID-PHONE'], proc: 'physical', law: NIN('18. pants'), tg: RB,
    st: 'archived', stage: 'terminated',
    desc: ['Izņemts no pakalpojumu saraksta: konsultācijas par iestādes pakalpojumiem ir katra pakalpojuma atbalsts, nevis atsevišķs pakalpojums.', 'Removed from the list: advice on the institution’s own services is part of each service’s support, not a separate service.'],
  }),
  svc('VID', 'PROAKTIVA-ATMAKSA', 'Nodokļa pārmaksas proaktīva atmaksāšana', 'Proactive refund of overpaid tax', {
    cx: 'smart', dir: 'NODOKLU-ADMIN', needs: ['N-NODOKLU-ATMAKSA', 'N-IENAKUMU-DEKLARACIJA'], req: ['VID-EDS'], rec: ['VID-EDS'], proc: 'electronic', days: 10,
    law: NIN('28. pants'), repl: ['VID-ATMAKSA'], st: 'draft', stage: 'plan',
  }),
  // ── CSDD and VDzTI: vehicles, drivers, railways ──────────────────────────
  svc('CSDD', 'TL-REG', 'Transportlīdzekļa pirmreizēja reģistrācija Latvijā', 'First registration of a vehicle in Latvia', {
    dir: 'TRANSPORTLIDZEKLI', needs: ['N-TL-REGISTRACIJA'], req: CSDD_IN, rec: CSDD_IN, proc: 'physical', days: 1, fee: 40, law: CSL('9. pants'), tg: RB,
    rs: ['CSDD-REG'], docs: [['Transportlīdzekļa izcelsmi apliecinošs dokuments', 'Proof of the vehicle’s origin']],
    out: ['Transportlīdzeklis reģistrēts; izsniegta reģistrācijas apliecība un numura zīmes.', 'The vehicle is registered; a registration certificate and number plates are issued.'],
  }),
  svc('CSDD', 'IPASNIEKA-MAINA', 'Transportlīdzekļa īpašnieka maiņas reģistrācija', 'Registration of a change of vehicle owner', {
    dir: 'TRANSPORTLIDZEKLI', needs: ['N-TL-REGISTRACIJA'], req: ['E-CSDD', 'CSDD-MOBILE', 'CSDD-RIGA'], rec: ['E-CSDD', 'CSDD-RIGA'], proc: 'mixed', days: 1, fee: 12,
    law: CSL('10. pants'), tg: RB, rs: ['CSDD-REG', 'CSDD-ECSDD'], deps: ['VDAA-EID'], st: 'v2',
  }),
  svc('CSDD', 'APLIECIBA', 'Transportlīdzekļa reģistrācijas apliecības izsniegšana', 'Issue of a vehicle registration certificate', {
    dir: 'TRANSPORTLIDZEKLI', needs: ['N-TL-REGISTRACIJA'], req: [...CSDD_IN, 'E-CSDD'], rec: [...CSDD_IN, 'POST'], proc: 'mixed', days: 3, fee: 9,
    law: CSL('9. pants'), tg: RB, rs: ['CSDD-REG'], repl: ['CSDD-DUBLIKATS'],
  }),
  svc('CSDD', 'DUBLIKATS', 'Reģistrācijas apliecības dublikāta izsniegšana', 'Duplicate registration certificate', {
    dir: 'TRANSPORTLIDZEKLI', needs: ['N-TL-REGISTRACIJA'], req: CSDD_IN, rec: CSDD_IN, proc: 'physical', days: 1, fee: 15, law: CSL('9. pants'), st: 'archived', stage: 'terminated',
  }),
  svc('CSDD', 'APSKATE', 'Transportlīdzekļa valsts tehniskā apskate', 'Roadworthiness test', {
    dir: 'TRANSPORTLIDZEKLI', needs: ['N-TEHNISKA-APSKATE'], req: ['CSDD-RIGA', 'APSKATE-STACIJA', 'E-CSDD'], rec: ['CSDD-RIGA', 'APSKATE-STACIJA'], proc: 'physical', days: 1, fee: 35,
    law: [CSL('16. pants'), ['Ministru kabineta 2019. gada 29. oktobra noteikumi Nr. 506 „Transportlīdzekļu valsts tehniskās apskates noteikumi”', '4. punkts']],
    tg: RB, prov: ['APSKATE'], rs: ['CSDD-REG'],
  }),
  svc('CSDD', 'VADITAJA-APL', 'Vadītāja apliecības izsniegšana', 'Issue of a driving licence', {
    dir: 'VADITAJI', needs: ['N-VADITAJA-APLIECIBA'], req: [...CSDD_IN, 'E-CSDD'], rec: [...CSDD_IN, 'POST'], proc: 'mixed', days: 5, fee: 20, fast: [1, 40],
    law: CSL('22. pants'), rs: ['CSDD-REG'],
  }),
  svc('CSDD', 'VADITAJA-ATJAUNOSANA', 'Vadītāja apliecības derīguma atjaunošana', 'Renewal of a driving licence', {
    dir: 'VADITAJI', needs: ['N-VADITAJA-APLIECIBA'], req: ['E-CSDD', 'CSDD-MOBILE'], rec: ['E-CSDD', 'CSDD-SMS'], proc: 'electronic', days: 2, fee: 10,
    law: CSL('22. pants'), rs: ['CSDD-ECSDD'], deps: ['VDAA-EID', 'NVD-VESELIBA-DATI'],
  }),
  svc('CSDD', 'PIRKUMS', 'Lietota transportlīdzekļa iegādes darījuma noformēšana', 'Completing the purchase of a used vehicle', {
    cx: 'smart', dir: 'TRANSPORTLIDZEKLI', needs: ['N-TL-REGISTRACIJA', 'N-TEHNISKA-APSKATE'], req: ['E-CSDD', 'CSDD-MOBILE'], rec: ['E-CSDD', 'CSDD-SMS'], proc: 'mixed', days: 1, fee: 12,
    law: [CSL('10. pants'), CSL('16. pants')], tg: RB, comps: ['CSDD-IPASNIEKA-MAINA', 'CSDD-APSKATE'], rs: ['CSDD-ECSDD'], deps: ['VDAA-EID'],
    desc: ['Pircējs un pārdevējs darījumu noformē mobilajā lietotnē; ja tehniskā apskate ir beigusies, sistēma piedāvā pieteikt apskati tuvākajā stacijā.', 'Buyer and seller complete the deal in the mobile app; if the roadworthiness test has expired the system offers a slot at the nearest station.'],
  }),
  svc('CSDD', 'CSN', 'Saskaņotā paziņojuma par negadījumu reģistrācija', 'Registration of an agreed accident report', {
    dir: 'TRANSPORTLIDZEKLI', needs: ['N-CSN'], req: ['CSDD-MOBILE'], rec: ['CSDD-MOBILE', 'CSDD-SMS'], proc: 'electronic', days: 1,
    law: ['Sauszemes transportlīdzekļu īpašnieku civiltiesiskās atbildības obligātās apdrošināšanas likums', '40. pants'], tg: RB, rs: ['CSDD-ECSDD'],
  }),
  svc('VDZTI', 'VILCES', 'Vilces līdzekļa vadītāja apliecības izsniegšana', 'Train driver licence', {
    dir: 'SERTIFIKACIJA', needs: ['N-VILCES-VADITAJS'], req: ['VDZTI-EMAIL', 'EADRESE'], rec: ['POST'], proc: 'mixed', days: 20, fee: 14, law: ['Dzelzceļa likums', '35. pants'],
  }),
  svc('VDZTI', 'RITEKLIS', 'Ritekļa ekspluatācijas atļaujas izsniegšana', 'Authorisation of rolling stock', {
    dir: 'RITOSAIS-SASTAVS', needs: ['N-RITEKLIS'], req: ['VDZTI-EMAIL', 'EADRESE'], rec: ['EADRESE'], proc: 'mixed', days: 30, fee: 142, law: ['Dzelzceļa likums', '36. pants'], tg: B,
  }),

  // ── VP and VUGD: police, rescue, civil protection ─────────────────────────
  svc('VP', 'IEROCIS', 'Ieroču atļaujas izsniegšana', 'Firearm permit', {
    dir: 'ATLAUJAS', needs: ['N-IEROCIS'], req: ['VP-STATION'], rec: ['VP-STATION'], proc: 'physical', days: 30, fee: 28, law: ['Ieroču aprites likums', '17. pants'],
    docs: [['Medicīniskās komisijas atzinums', 'Medical board opinion'], ['Mednieka apliecība', 'Hunting licence']],
  }),
  svc('VP', 'NOZIEGUMS', 'Iesnieguma par noziedzīgu nodarījumu pieņemšana', 'Acceptance of a crime report', {
    dir: 'NOZIEGUMI', needs: ['N-NOZIEGUMS'], req: ['VP-STATION', 'VP-PHONE', 'VP-EMAIL', 'LVPORTAL'], rec: ['VP-EMAIL', 'EADRESE', 'VP-STATION'], proc: 'mixed', days: 3,
    law: ['Kriminālprocesa likums', '369. pants'], tg: RB,
  }),
  svc('VP', 'KARTIBA', 'Sabiedriskās kārtības nodrošināšana publiskās vietās', 'Public order in public places', {
    t: 'PG', dir: 'KARTIBA', needs: ['N-DROSIBA'], req: ['VP-PHONE'], rec: ['VP-STATION'], proc: 'physical', law: ['Likums „Par policiju”', '10. pants'], tg: SR,
  }),
  svc('VUGD', 'GLABSANA', 'Ugunsdzēsības un glābšanas darbu veikšana', 'Firefighting and rescue', {
    t: 'PG', dir: 'GLABSANA', needs: ['N-GLABSANA'], req: ['VUGD-112'], rec: ['VUGD-SCENE'], proc: 'physical', law: ['Ugunsdrošības un ugunsdzēsības likums', '12. pants'], tg: SR,
  }),
  svc('VUGD', 'APZINOSANA', 'Iedzīvotāju apziņošana par apdraudējumu', 'Warning the population of danger', {
    t: 'PG', dir: 'CIVILA-AIZSARDZIBA', needs: ['N-BRIDINAJUMS'], req: ['VUGD-112'], rec: ['VUGD-SMS', 'VUGD-SOCIAL'], proc: 'electronic',
    law: ['Civilās aizsardzības un katastrofas pārvaldīšanas likums', '20. pants'], tg: SR, stage: 'maintainImprove', deps: ['LVGMC-DATI-API'],
  }),
  svc('VUGD', 'ATZINUMS', 'Ugunsdrošības atzinuma izsniegšana', 'Fire safety opinion', {
    dir: 'UGUNSDROSIBA', needs: ['N-UGUNSDROSIBA'], req: ['VUGD-CENTRE', 'LVPORTAL'], rec: ['EADRESE', 'VUGD-CENTRE'], proc: 'mixed', days: 15, law: ['Ugunsdrošības un ugunsdzēsības likums', '8. pants'], tg: B,
  }),
];
